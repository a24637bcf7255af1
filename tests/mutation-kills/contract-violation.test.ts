/**
 * runtime/validation/contract-violation.ts word for word: the message of an output's and of an
 * error's violation, the redacted body, the errors kept out of sight, the summary of many, ajv's
 * errors described one per line, and redaction through lists, maps and `__proto__`. Written to kill
 * the mutants `npm run mutate` left alive; every expected text is typed out.
 */
import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { createAjv } from "../../runtime/validation/ajv.ts";
import { ContractViolation, ContractViolations, describeError, redact } from "../../runtime/validation/contract-violation.ts";
import type { SchemaNode } from "../../runtime/validation/schema.ts";

const output: SchemaNode = {
  $ref: "#/$defs/Out",
  $defs: {
    Out: { type: "object", properties: { name: { type: "string", maxLength: 3 }, secret: { $ref: "#/$defs/Secret" } }, additionalProperties: false },
    Secret: { type: "string", "x-smithy-sensitive": true, maxLength: 2 },
  },
};
const errorsOf = (schema: SchemaNode, body: unknown): ErrorObject[] => {
  const validate = createAjv().compile(schema);
  expect(validate(body)).toBe(false);
  return validate.errors ?? [];
};

describe("ContractViolation", () => {
  it("an output's: operation, each problem in the matchers' words, sensitive values nowhere", () => {
    const body = { name: "abcd", secret: "hunter2" };
    const v = new ContractViolation("GetThing", { kind: "output" }, errorsOf(output, body), body, output);
    expect(v.name).toBe("ContractViolation");
    expect(v).toBeInstanceOf(Error);
    expect(v.operation).toBe("GetThing");
    expect(v.subject).toEqual({ kind: "output" });
    expect(v.message).toBe(
      'GetThing output violates the contract: /name (Out.name): length must be <= 3 (maxLength), got "abcd"; /secret (Out.secret): length must be <= 2 (maxLength), got <sensitive>',
    );
    expect(v.violations.map((x) => x.pointer)).toEqual(["/name", "/secret"]);
    expect(v.body).toEqual({ name: "abcd", secret: "<sensitive>" });
    expect(body.secret).toBe("hunter2");
    expect(Object.keys(v)).not.toContain("errors");
    expect(v.errors.map((e) => e.keyword)).toEqual(["maxLength", "maxLength"]);
    expect(Object.getOwnPropertyDescriptor(v, "errors")?.enumerable).toBe(false);
  });

  it("an error's: named after the error, and its inline root named after it too", () => {
    const schema: SchemaNode = { type: "object", properties: { Message: { type: "string" } }, required: ["Message"] };
    const v = new ContractViolation("GetThing", { kind: "error", error: "NotFound" }, errorsOf(schema, {}), {}, schema);
    expect(v.message).toBe("GetThing error NotFound violates the contract: /Message (NotFound.Message): is required");
    const named = new ContractViolation("GetThing", { kind: "error", error: "NotFound" }, errorsOf(schema, { Message: 1 }), { Message: 1 }, schema, "Other");
    expect(named.message).toBe("GetThing error NotFound violates the contract: /Message (Other.Message): must be a string, got 1");
    const outputRoot = new ContractViolation("GetThing", { kind: "output" }, errorsOf(schema, { Message: 1 }), { Message: 1 }, schema);
    expect(outputRoot.message).toBe("GetThing output violates the contract: /Message (.Message): must be a string, got 1");
  });
});

describe("ContractViolations", () => {
  const one = new ContractViolation("A", { kind: "output" }, errorsOf(output, { name: "abcd" }), { name: "abcd" }, output);
  it("counts answers, singular and plural, one per line", () => {
    const single = new ContractViolations([one]);
    expect(single.name).toBe("ContractViolations");
    expect(single.message).toBe(`1 answer broke the contract:\n- ${one.message}`);
    expect(single.violations).toEqual([one]);
    expect(new ContractViolations([one, one]).message).toBe(`2 answers broke the contract:\n- ${one.message}\n- ${one.message}`);
    expect(new ContractViolations([]).message).toBe("0 answers broke the contract:\n");
  });
});

describe("describeError", () => {
  const e = (over: Partial<ErrorObject>): ErrorObject => ({ keyword: "maxLength", instancePath: "/a/b", schemaPath: "#/x", params: {}, message: "must NOT have more than 3 characters", ...over });
  it.each<[Partial<ErrorObject>, string]>([
    [{}, "/a/b must NOT have more than 3 characters (maxLength)"],
    [{ instancePath: "" }, "(root) must NOT have more than 3 characters (maxLength)"],
    [{ message: undefined }, "/a/b is invalid (maxLength)"],
    [{ keyword: "additionalProperties", params: { additionalProperty: "zz" }, message: "must NOT have additional properties" }, "/a/b must NOT have additional properties: 'zz' (additionalProperties)"],
    [{ keyword: "enum", params: { allowedValues: ["A", "B"] }, message: "must be equal to one of the allowed values" }, '/a/b must be equal to one of the allowed values: ["A","B"] (enum)'],
    [{ keyword: "required", params: { missingProperty: "q" }, message: "must have required property 'q'" }, "/a/b must have required property 'q' (required)"],
  ])("%j", (over, want) => {
    expect(describeError(e(over))).toBe(want);
  });
});

describe("redact", () => {
  const schema: SchemaNode = {
    type: "object",
    properties: {
      list: { type: "array", items: { type: "string", "x-smithy-sensitive": true } },
      map: { type: "object", additionalProperties: { type: "object", properties: { pin: { type: "string", "x-smithy-sensitive": true }, note: { type: "string" } } } },
      open: { type: "string" },
      gone: { type: "string", "x-smithy-sensitive": true },
    },
  };

  it("returns the value itself when nothing is sensitive (and a false flag is not sensitive)", () => {
    const value = { a: 1 };
    expect(redact(value, { type: "object" })).toBe(value);
    expect(redact(value, { type: "object", properties: { a: { "x-smithy-sensitive": false } } })).toBe(value);
  });

  it("replaces sensitive values in lists and maps, keeps the rest and undefined, and copies", () => {
    const value = { list: ["a", "b"], map: { k: { pin: "1234", note: "hi" } }, open: "x", gone: undefined, extra: [1] };
    const out = redact(value, schema) as Record<string, unknown>;
    expect(out).toEqual({ list: ["<sensitive>", "<sensitive>"], map: { k: { pin: "<sensitive>", note: "hi" } }, open: "x", gone: undefined, extra: [1] });
    expect("gone" in out).toBe(true);
    expect(out).not.toBe(value);
    expect(value.list).toEqual(["a", "b"]);
  });

  it("keeps a __proto__ member as data", () => {
    const value = JSON.parse('{"__proto__": {"pin": "1"}, "open": "x"}') as unknown;
    const out = redact(value, schema) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(["__proto__", "open"]);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"pin":"1"},"open":"x"}');
  });

  it("a sensitive root hides the whole value", () => {
    expect(redact("pw", { type: "string", "x-smithy-sensitive": true })).toBe("<sensitive>");
    expect(redact(null, { type: "string", "x-smithy-sensitive": true })).toBe("<sensitive>");
    expect(redact(undefined, { type: "string", "x-smithy-sensitive": true })).toBeUndefined();
  });
});
