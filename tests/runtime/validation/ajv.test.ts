import { describe, expect, it } from "vitest";
import { translateJavaPattern } from "../../../codegen/model/pattern/translate.ts";
import { createAjv } from "../../../runtime/validation/ajv.ts";

const errorsOf = (validate: { errors?: unknown }) =>
  ((validate.errors ?? []) as { keyword: string; instancePath: string }[]).map((e) => [e.keyword, e.instancePath]);

// Shapes in the emitter's forms (see codegen/schema/shape-schema.ts).
const structure = {
  type: "object",
  properties: {
    name: { type: "string", minLength: 1 },
    tags: { $ref: "#/$defs/Tags" },
    doc: {},
    choice: { $ref: "#/$defs/Choice" },
    when: { type: "string", format: "date-time" },
  },
  required: ["name"],
  additionalProperties: false,
  $defs: {
    Tags: { type: "object", additionalProperties: { anyOf: [{ type: "string" }, { type: "null" }] } },
    Choice: { type: "object", allOf: [{ properties: { a: { type: "string" }, b: { type: "integer" } }, additionalProperties: false }], minProperties: 1, maxProperties: 1 },
  },
};

describe("createAjv", () => {
  it("is strict: an unknown keyword is a compile error", () => {
    expect(() => createAjv().compile({ type: "string", maxLenght: 3 })).toThrow(/unknown keyword: "maxLenght"/);
  });

  it("reports every error, not just the first", () => {
    const validate = createAjv().compile(structure);
    expect(validate({ name: "", when: "yesterday", extra: 1 })).toBe(false);
    expect(errorsOf(validate)).toEqual([
      ["additionalProperties", ""],
      ["minLength", "/name"],
      ["format", "/when"],
    ]);
  });

  it("lenient: unknown structure and union members are dropped, map keys are kept", () => {
    const validate = createAjv({ lenient: true }).compile(structure);
    const data = { name: "n", extra: 1, tags: { anything: "x", other: null }, choice: { a: "x", unknown: 2 } };
    expect(validate(data)).toBe(true);
    expect(data).toEqual({ name: "n", tags: { anything: "x", other: null }, choice: { a: "x" } });
  });

  it("lenient: a union counts its members after unknown ones are dropped", () => {
    const validate = createAjv({ lenient: true }).compile(structure);
    expect(validate({ name: "n", choice: { unknown: 1 } })).toBe(false);
    expect(errorsOf(validate)).toEqual([["minProperties", "/choice"]]);
    expect(validate({ name: "n", choice: { a: "x", b: 1 } })).toBe(false);
    expect(errorsOf(validate)).toEqual([["maxProperties", "/choice"]]);
  });

  it("members named like Object.prototype's are absent unless the value has them (model fuzzer)", () => {
    const inherited = {
      type: "object",
      properties: { toString: { type: "string" }, valueOf: { type: "integer" }, constructor: { type: "boolean" } },
      required: ["toString"],
      additionalProperties: false,
    };
    for (const validate of [createAjv().compile(inherited), createAjv({ lenient: true }).compile(inherited)]) {
      expect(validate({})).toBe(false);
      expect(errorsOf(validate)).toEqual([["required", ""]]);
      expect(validate(JSON.parse('{"toString": "x", "valueOf": 1}'))).toBe(true);
    }
  });

  it("lenient does not treat null as absent: that is readLeniently's job (runtime/serde/lenient.ts)", () => {
    const validate = createAjv({ lenient: true }).compile(structure);
    expect(validate({ name: "n", when: null })).toBe(false);
    expect(errorsOf(validate)).toEqual([["type", "/when"]]);
  });

  describe("patterns that backtrack catastrophically are answered within seconds (runtime/validation/regexp/)", () => {
    const A30 = "a".repeat(30);
    // Each as our translation writes it into a schema (codegen/model/pattern/).
    it.each([
      ["^(a+)+$", `${A30}!`, A30],
      ["(a|a)*b", `${A30}!`, `${A30}b`],
      ["^(a|aa)+$", `${A30}!`, A30],
      ["^(\\w+\\s?)+$", `${A30}!`, "aaa bbb"],
      ["(.*a){12}", `${"a".repeat(11)}${"!".repeat(20_000)}`, `${A30}!`],
      ["^arn:([a-z\\d-]+):personalize:.*:.*:.+$", `arn:aws:personalize${":".repeat(3000)}\n\n`, `arn:aws:personalize${":".repeat(3000)}x`],
    ])("%s", { timeout: 20_000 }, (java, crafted, matching) => {
      const validate = createAjv().compile({ type: "string", pattern: translateJavaPattern(java).ecmaScript });
      expect(validate(crafted)).toBe(false);
      expect(errorsOf(validate)).toEqual([["pattern", ""]]);
      expect(validate(matching)).toBe(true);
    });
  });
});
