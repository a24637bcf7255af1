import { describe, expect, it } from "vitest";
import { closure, selectService } from "../../codegen/model/closure.ts";
import { loadModelText } from "../../codegen/model/load.ts";
import type { Shape } from "../../codegen/model/shapes.ts";

const svcShapes = (ops: string[], extra: Record<string, unknown> = {}) => ({
  "ex#Svc": {
    type: "service",
    version: "2024-01-01",
    operations: ops.map((target) => ({ target })),
    traits: { "aws.protocols#awsJson1_0": {}, "aws.api#service": { sdkId: "Ex Ample" } },
    ...extra,
  },
});
const load = (shapes: Record<string, unknown>, smithy = "2.0") => loadModelText(JSON.stringify({ smithy, shapes }), "m.json");
const shape = (m: ReturnType<typeof load>, id: string): Shape => {
  const s = m.shapes.get(id);
  if (!s) throw new Error(`no ${id}`);
  return s;
};

describe("loader", () => {
  it("resolves member targets to shapes, built-in prelude included", () => {
    const m = load({ ...svcShapes([]), "ex#S": { type: "structure", members: { a: { target: "smithy.api#String" }, b: { target: "ex#S" } } } });
    const s = shape(m, "ex#S");
    if (s.kind !== "structure") throw new Error("kind");
    expect(s.members.map((x) => [x.name, x.target.id, x.target.kind])).toEqual([
      ["a", "smithy.api#String", "string"],
      ["b", "ex#S", "structure"],
    ]);
    expect(s.members[1]!.target).toBe(s); // recursion is a real reference
  });

  it("applies mixins: members first in mixin order, traits inherited except @mixin and localTraits", () => {
    const m = load({
      ...svcShapes([]),
      "ex#Base": {
        type: "structure",
        members: { id: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
        traits: { "smithy.api#mixin": { localTraits: ["smithy.api#sensitive"] }, "smithy.api#sensitive": {}, "smithy.api#documentation": "base" },
      },
      "ex#Thing": {
        type: "structure",
        mixins: [{ target: "ex#Base" }],
        members: { name: { target: "smithy.api#String" }, id: { target: "smithy.api#String", traits: { "smithy.api#documentation": "the id" } } },
      },
    });
    const t = shape(m, "ex#Thing");
    if (t.kind !== "structure") throw new Error("kind");
    expect(t.members.map((x) => x.name)).toEqual(["id", "name"]);
    expect(t.members[0]!.id).toBe("ex#Thing$id");
    expect(t.members[0]!.traits.required).toBe(true);
    expect(t.members[0]!.traits.documentation).toBe("the id");
    expect(t.traits.mixin).toBe(false);
    expect(t.traits.sensitive).toBe(false);
    expect(t.traits.documentation).toBe("base");
  });

  it("applies `apply` statements to shapes and members", () => {
    const m = load({
      ...svcShapes([]),
      "ex#S": { type: "structure", members: { a: { target: "smithy.api#String" } } },
      "ex#S$a": { type: "apply", traits: { "smithy.api#required": {} } },
    });
    const s = shape(m, "ex#S");
    if (s.kind !== "structure") throw new Error("kind");
    expect(s.members[0]!.traits.required).toBe(true);
  });

  it("reads Smithy 1.0: set as a unique list, @enum with names as an enum, without names as a constrained string", () => {
    const m = load(
      {
        ...svcShapes([]),
        "ex#Tags": { type: "set", member: { target: "smithy.api#String" } },
        "ex#Named": { type: "string", traits: { "smithy.api#enum": [{ value: "a-1", name: "A_1" }, { value: "b", name: "B", documentation: "bee" }] } },
        "ex#Unnamed": { type: "string", traits: { "smithy.api#enum": [{ value: "x" }, { value: "y" }] } },
      },
      "1.0",
    );
    expect(m.smithyVersion).toBe("1.0");
    const tags = shape(m, "ex#Tags");
    expect([tags.kind, tags.kind === "list" && tags.isSet, tags.traits.uniqueItems]).toEqual(["list", true, true]);
    const named = shape(m, "ex#Named");
    expect(named.kind === "enum" && named.members.map((x) => [x.name, x.value, x.traits.documentation])).toEqual([
      ["A_1", "a-1", undefined],
      ["B", "b", "bee"],
    ]);
    const unnamed = shape(m, "ex#Unnamed");
    expect([unnamed.kind, unnamed.traits.enum?.map((d) => d.value)]).toEqual(["string", ["x", "y"]]);
  });

  it("reads enum and intEnum values (enumValue, or the member name)", () => {
    const m = load({
      ...svcShapes([]),
      "ex#E": { type: "enum", members: { A: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "a" } }, B: { target: "smithy.api#Unit" } } },
      "ex#I": { type: "intEnum", members: { ONE: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 1 } } } },
    });
    const e = shape(m, "ex#E");
    const i = shape(m, "ex#I");
    expect(e.kind === "enum" && e.members.map((x) => x.value)).toEqual(["a", "B"]);
    expect(i.kind === "intEnum" && i.members.map((x) => x.value)).toEqual([1]);
  });

  it("merges member traits over target traits (effective), keeping each side's own", () => {
    const m = load({
      ...svcShapes([]),
      "ex#Name": { type: "string", traits: { "smithy.api#length": { min: 1, max: 10 }, "smithy.api#documentation": "name" } },
      "ex#S": { type: "structure", members: { n: { target: "ex#Name", traits: { "smithy.api#length": { max: 5 }, "smithy.api#required": {} } } } },
    });
    const s = shape(m, "ex#S");
    if (s.kind !== "structure") throw new Error("kind");
    const n = s.members[0]!;
    expect(n.traits.length).toEqual({ max: 5 });
    expect(n.effective.length).toEqual({ max: 5 });
    expect(n.effective.required).toBe(true);
    expect(n.effective.documentation).toBe("name");
    expect(n.target.traits.length).toEqual({ min: 1, max: 10 });
  });

  it("binds operations through resources, reads service errors (once each), sdkId, version, protocol and rename", () => {
    const m = load({
      ...svcShapes(["ex#Top"], {
        resources: [{ target: "ex#Res" }],
        errors: [{ target: "ex#Throttled" }, { target: "ex#Throttled" }],
        rename: { "other#Thing": "OtherThing" },
      }),
      "ex#Top": { type: "operation", errors: [{ target: "ex#Bad" }] },
      "ex#Res": { type: "resource", read: { target: "ex#GetRes" }, resources: [{ target: "ex#Child" }] },
      "ex#Child": { type: "resource", operations: [{ target: "ex#PokeChild" }] },
      "ex#GetRes": { type: "operation" },
      "ex#PokeChild": { type: "operation" },
      "ex#Bad": { type: "structure", members: {}, traits: { "smithy.api#error": "client" } },
      "ex#Throttled": { type: "structure", members: {}, traits: { "smithy.api#error": "server", "smithy.api#httpError": 503 } },
    });
    const svc = selectService(m);
    expect([svc.sdkId, svc.version, svc.protocol, svc.rename]).toEqual(["Ex Ample", "2024-01-01", "awsJson1_0", { "other#Thing": "OtherThing" }]);
    expect(svc.operations.map((o) => o.name)).toEqual(["GetRes", "PokeChild", "Top"]);
    expect(svc.operations[2]!.errors.map((e) => e.name)).toEqual(["Bad"]);
    expect(svc.errors.map((e) => e.name)).toEqual(["Throttled"]);
    expect(svc.operations[0]!.input.kind).toBe("unit");
    const c = closure(m, svc, ["Top"]);
    expect(c.errorsOf(svc.operations[2]!).map((e) => e.name)).toEqual(["Bad", "Throttled"]);
    expect(c.errors.map((e) => [e.name, e.traits.error, e.traits.httpError])).toEqual([
      ["Bad", "client", undefined],
      ["Throttled", "server", 503],
    ]);
  });

  it("rewrites Java-flavoured patterns into Unicode-mode ECMAScript, keeping the model's text", () => {
    // Java's `$` (before a final line terminator) and `.` (no line terminator), pinned as written.
    const DOLLAR = "(?=(?:\\r\\n|[\\n\\r\\x85\\u2028\\u2029])?$)(?!(?<=\\r)\\n)";
    const DOT = "[^\\x0A\\x0D\\x85\\u2028\\u2029]";
    const cases: [string, string][] = [
      ["^\\p{Print}+$", `^[ -~]+${DOLLAR}`],
      ["^[\\p{Alnum}_]+$", `^[0-9A-Z_a-z]+${DOLLAR}`],
      ["^[A-Za-z0-9\\-\\_\\.]{0,126}$", `^[\\-.0-9A-Z_a-z]{0,126}${DOLLAR}`],
      ["^\\!?[a-z \\=]*$", `^!?[ =a-z]*${DOLLAR}`],
      ["^a\\-b$", `^a-b${DOLLAR}`],
      ["^\\p{L}+$", `^\\p{L}+${DOLLAR}`],
      ["^arn:([a-z\\d-]+):personalize:.*:.*:.+$", `^arn:[\\-0-9a-z]+:personalize:${DOT}*:${DOT}*:${DOT}+${DOLLAR}`],
    ];
    for (const [source, want] of cases) {
      const m = load({ ...svcShapes([]), "ex#S": { type: "string", traits: { "smithy.api#pattern": source } } });
      const s = shape(m, "ex#S");
      expect([s.traits.pattern, s.traits.patternSource]).toEqual([want, source]);
      expect(() => new RegExp(s.traits.pattern!, "u")).not.toThrow();
    }
    // The rewrite keeps the meaning: \p{Print} is printable ASCII, not the letters "p{Print}".
    expect(new RegExp("^[ -~]+$", "u").test("Hello, world!")).toBe(true);
  });

  it("hashes the model bytes (sha256) and keeps the file name", () => {
    const text = JSON.stringify({ smithy: "2.0", shapes: svcShapes([]) });
    const m = loadModelText(text, "some/file.json");
    expect(m.file).toBe("some/file.json");
    expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loadModelText(text + " ", "x").sha256).not.toBe(m.sha256);
  });
});
