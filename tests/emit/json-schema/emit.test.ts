/** The files: paths, heads, roots, error bodies, and what is left out. */
import { describe, expect, it } from "vitest";
import { emitJsonSchemas } from "../../../codegen/emit/json-schema/index.ts";
import { jsonStamp } from "../../../codegen/emit/file.ts";
import { errorTypePattern } from "../../../runtime/protocol/awsjson.ts";
import { CTX, fragmentClosure, fragmentFiles, inDef } from "./fragment.ts";

const S = "smithy.api#";
const ref = (key: string) => ({ $ref: `#/$defs/${key}` });
const head = (name: string, kind: string) => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: `urn:smithy-contract:ex:${name}.${kind}`,
  $comment: jsonStamp(CTX),
  title: `${name} ${kind}`,
});

const errorShapes = {
  "ex#Oops": {
    type: "structure",
    members: { message: { target: "ex#Msg" }, code: { target: `${S}Integer`, traits: { [`${S}required`]: {} } } },
    traits: { [`${S}error`]: "client", [`${S}httpError`]: 404 },
  },
  "ex#Crash": { type: "structure", members: { Message: { target: `${S}String` } }, traits: { [`${S}error`]: "server" } },
  "ex#Both": { type: "structure", members: { message: { target: `${S}String` }, Message: { target: `${S}Boolean` } }, traits: { [`${S}error`]: "client" } },
  "ex#Msg": { type: "string", traits: { [`${S}length`]: { max: 10 } } },
  "ex#Out": { type: "structure", members: { n: { target: `${S}Long` } } },
};
const withErrors = () =>
  fragmentFiles({ a: { target: `${S}String` } }, errorShapes, {
    operation: { output: { target: "ex#Out" }, errors: [{ target: "ex#Oops" }, { target: "ex#Crash" }, { target: "ex#Both" }] },
  });

describe("emitJsonSchemas", () => {
  it("writes one input, one output and one error file each, sorted by path", () => {
    expect(Object.keys(withErrors())).toEqual([
      "schemas/Both.error.schema.json",
      "schemas/Crash.error.schema.json",
      "schemas/Oops.error.schema.json",
      "schemas/Op.input.schema.json",
      "schemas/Op.output.schema.json",
    ]);
  });

  it("input and output: the head, a $ref to the structure, everything under $defs", () => {
    const files = withErrors();
    expect(files["schemas/Op.input.schema.json"]).toEqual({ ...head("Op", "input"), ...ref("In"), $defs: { In: inDef({ a: { type: "string" } }) } });
    expect(files["schemas/Op.output.schema.json"]).toEqual({
      ...head("Op", "output"),
      ...ref("Out"),
      $defs: { Out: { $comment: "ex#Out", type: "object", properties: { n: { type: "integer", minimum: -(2 ** 63), maximum: 2 ** 63 } }, additionalProperties: false } },
    });
  });

  it("no input or output (smithy.api#Unit) → an empty closed object, no $defs", () => {
    const files = fragmentFiles(undefined);
    const unit = { type: "object", additionalProperties: false };
    expect(files).toEqual({
      "schemas/Op.input.schema.json": { ...head("Op", "input"), ...unit },
      "schemas/Op.output.schema.json": { ...head("Op", "output"), ...unit },
    });
  });

  it("error body: the members, the other spelling of message, __type required", () => {
    const files = withErrors();
    expect(files["schemas/Oops.error.schema.json"]).toEqual({
      ...head("Oops", "error"),
      type: "object",
      properties: {
        message: ref("Msg"),
        code: { type: "integer", minimum: -2147483648, maximum: 2147483647 },
        Message: ref("Msg"),
        __type: { type: "string", pattern: errorTypePattern("Oops") },
      },
      required: ["code", "__type"],
      additionalProperties: false,
      $defs: { Msg: { $comment: "ex#Msg", type: "string", maxLength: 10 } },
    });
    expect(files["schemas/Crash.error.schema.json"]).toEqual({
      ...head("Crash", "error"),
      type: "object",
      properties: { Message: { type: "string" }, message: { type: "string" }, __type: { type: "string", pattern: errorTypePattern("Crash") } },
      required: ["__type"],
      additionalProperties: false,
    });
    // A model that has both spellings keeps its own schemas for each.
    expect((files["schemas/Both.error.schema.json"] as { properties: unknown }).properties).toEqual({
      message: { type: "string" },
      Message: { type: "boolean" },
      __type: { type: "string", pattern: errorTypePattern("Both") },
    });
  });

  it("uses the service's rename for $defs keys and file names, but the shape's own name in __type", () => {
    const files = fragmentFiles({ a: { target: "ex#Thing" } }, { ...errorShapes, "ex#Thing": { type: "string" } }, {
      service: { rename: { "ex#Thing": "Widget", "ex#Oops": "Whoops" } },
      operation: { errors: [{ target: "ex#Oops" }] },
    });
    expect(Object.keys(files)).toEqual(["schemas/Op.input.schema.json", "schemas/Op.output.schema.json", "schemas/Whoops.error.schema.json"]);
    expect(files["schemas/Op.input.schema.json"]!.$defs).toEqual({ In: inDef({ a: ref("Widget") }), Widget: { $comment: "ex#Thing", type: "string" } });
    const whoops = files["schemas/Whoops.error.schema.json"] as { $id: string; properties: { __type: unknown } };
    expect(whoops.$id).toBe("urn:smithy-contract:ex:Whoops.error");
    expect(whoops.properties.__type).toEqual({ type: "string", pattern: errorTypePattern("Oops") });
  });

  it("keeps a member named __proto__ as an ordinary key", () => {
    // A computed key: `{ __proto__: … }` in a literal would set the prototype instead.
    const files = fragmentFiles({ ["__proto__"]: { target: `${S}String` }, constructor: { target: `${S}Boolean` } });
    const inSchema = (files["schemas/Op.input.schema.json"]!.$defs as Record<string, { properties: object }>).In!;
    expect(Object.keys(inSchema.properties)).toEqual(["__proto__", "constructor"]);
    // (ajv 8.20 itself reports a `__proto__` data key as additional even when listed: not ours to fix.)
  });

  it("leaves out operations the closure cannot serve (event streams)", () => {
    const closure = fragmentClosure({ a: { target: `${S}String` } }, {
      "ex#Out": { type: "structure", members: { events: { target: "ex#Events" } } },
      "ex#Events": { type: "union", members: { tick: { target: "ex#Tick" } }, traits: { [`${S}streaming`]: {} } },
      "ex#Tick": { type: "structure", members: {} },
    }, { operation: { output: { target: "ex#Out" } } });
    expect(closure.unsupported.map((u) => u.operation)).toEqual(["Op"]);
    expect(emitJsonSchemas(closure, CTX)).toEqual([]);
  });

  it("is deterministic: same closure, same bytes; JSON with two-space indent and a final newline", () => {
    const closure = fragmentClosure({ a: { target: `${S}String` } }, errorShapes, { operation: { errors: [{ target: "ex#Oops" }] } });
    const first = emitJsonSchemas(closure, CTX);
    expect(emitJsonSchemas(closure, CTX)).toEqual(first);
    for (const f of first) expect(f.contents).toBe(`${JSON.stringify(JSON.parse(f.contents), null, 2)}\n`);
  });
});
