import { describe, expect, it } from "vitest";
import { validationContract } from "../../codegen/validate/contract.ts";
import { createAjv } from "../../runtime/validation/ajv.ts";
import { childPointer, getAt, parsePointer } from "../../runtime/validation/pointer.ts";
import { positionAt } from "../../runtime/validation/schema.ts";
import { formatValue, formatViolation, toViolations } from "../../runtime/validation/violations.ts";
import type { Violation } from "../../runtime/validation/violations.ts";
import { keywordsModel } from "./keywords-model.ts";

const contract = validationContract(keywordsModel());
const check = (value: unknown): string[] => contract.check({ operation: "Op", kind: "input" }, value).map(formatViolation);

describe("one violation per broken constraint, in words (schemas emitted from a model fragment)", () => {
  it.each<{ name: string; value: unknown; lines: string[] }>([
    { name: "union with no member set", value: { choice: {} }, lines: ["/choice (OpInput.choice): must set exactly one member (union), sets none, got {}"] },
    {
      name: "union with two members set",
      value: { choice: { a: "x", b: 1 } },
      lines: ['/choice (OpInput.choice): must set exactly one member (union), sets 2: "a", "b", got {"a":"x","b":1}'],
    },
    { name: "union with an unknown member: named by the union", value: { choice: { c: 1 } }, lines: ['/choice/c (Choice.c): unknown member "c", got 1'] },
    { name: "union member out of range", value: { choice: { b: 11 } }, lines: ["/choice/b (Choice.b): must be <= 10 (maximum), got 11"] },
    {
      name: "list: too many items, a bad item, repeated items",
      value: { tags: ["a", "a", "B"] },
      lines: [
        '/tags (OpInput.tags): must have <= 2 items (maxItems), got ["a","a","B"]',
        '/tags/2 (OpInput.tags[]): must match pattern ^[a-z]+$, got "B"',
        '/tags (OpInput.tags): must not repeat items: items 0 and 1 are equal (uniqueItems), got ["a","a","B"]',
      ],
    },
    {
      name: "map: a bad key and a bad value",
      value: { attrs: { long: 1, k: -1 } },
      lines: ['/attrs/long (OpInput.attrs{key}): key "long" length must be <= 3 (maxLength), got "long"', "/attrs/k (OpInput.attrs{}): must be >= 0 (minimum), got -1"],
    },
    {
      name: "float of the wrong kind: one line saying what would do, not a branch per anyOf alternative",
      value: { ratio: true },
      lines: ["/ratio (OpInput.ratio): must be a number or one of NaN, Infinity, -Infinity, got true"],
    },
    { name: "float as a string: the string branch speaks", value: { ratio: "nan" }, lines: ['/ratio (OpInput.ratio): must be one of NaN, Infinity, -Infinity, got "nan"'] },
    { name: "float special", value: { ratio: "-Infinity" }, lines: [] },
    { name: "integer type", value: { count: 1.5 }, lines: ["/count (OpInput.count): must be an integer, got 1.5"] },
    { name: "date-time format", value: { when: "yesterday" }, lines: ['/when (OpInput.when): must be a valid date-time (format), got "yesterday"'] },
    { name: "date-time", value: { when: "2024-05-01T10:00:00Z" }, lines: [] },
    { name: "a list item's missing required member, named by the item's structure", value: { items: [{ id: "x" }, {}] }, lines: ["/items/1/id (Item.id): is required"] },
    { name: "null in a dense list", value: { items: [null] }, lines: ["/items/0 (OpInput.items[]): must be an object, got null"] },
    {
      name: "sparse list: null passes, an object is checked, a string fits no branch",
      value: { sparse: [null, {}, "x"] },
      lines: ["/sparse/1/id (Item.id): is required", '/sparse/2 (OpInput.sparse[]): must be an object or null, got "x"'],
    },
    { name: "null in a dense list of documents", value: { docs: [null, 1, { any: [true] }] }, lines: ["/docs/0 (OpInput.docs[]): must not be null, got null"] },
    { name: "enum values with spaces", value: { state: "PENDING" }, lines: ['/state (OpInput.state): must be one of CREATE PENDING, ACTIVE, got "PENDING"'] },
    { name: "unknown member at the root", value: { zzz: 1 }, lines: ['/zzz (OpInput.zzz): unknown member "zzz", got 1'] },
    { name: "not an object", value: "x", lines: ['/ (OpInput): must be an object, got "x"'] },
  ])("$name", ({ value, lines }) => {
    expect(check(value)).toEqual(lines);
  });

  it("an operation without output takes {} only; its root is named Unit", () => {
    expect(contract.check({ operation: "Op", kind: "output" }, {})).toEqual([]);
    expect(contract.check({ operation: "Op", kind: "output" }, { a: 1 })).toEqual([
      { pointer: "/a", memberPath: "Unit.a", keyword: "additionalProperties", message: 'unknown member "a"', value: "1" },
    ]);
  });
});

describe("toViolations on hand-written schemas", () => {
  const run = (schema: Record<string, unknown>, value: unknown, rootName?: string): Violation[] => {
    const validate = createAjv().compile(schema);
    validate(value);
    return toViolations(validate.errors, schema, value, rootName === undefined ? {} : { rootName });
  };

  it("anyOf over $ref'd branches: the errors of the branch that fits the value, branch found by its $ref", () => {
    const schema = {
      type: "object",
      properties: { g: { anyOf: [{ $ref: "#/$defs/Short" }, { type: "integer" }] } },
      additionalProperties: false,
      $defs: { Short: { type: "string", maxLength: 3 } },
    };
    expect(run(schema, { g: "long" }, "Root")).toEqual([
      { pointer: "/g", memberPath: "Root.g", keyword: "maxLength", message: "length must be <= 3 (maxLength)", value: '"long"' },
    ]);
    expect(run(schema, { g: false }, "Root")).toEqual([
      { pointer: "/g", memberPath: "Root.g", keyword: "anyOf", message: "must be a string or an integer", value: "false" },
    ]);
  });

  it("anyOf as the sole keyword of a $defs entry, beside other errors of the parent", () => {
    const schema = {
      $ref: "#/$defs/R",
      $defs: {
        R: { type: "object", properties: { f: { $ref: "#/$defs/F" }, n: { type: "string" } }, required: ["n"], additionalProperties: false },
        F: { anyOf: [{ type: "number", maximum: 1 }, { enum: ["NaN"] }] },
      },
    };
    expect(run(schema, { f: 2 }).map(formatViolation)).toEqual(["/n (R.n): is required", "/f (R.f): must be <= 1 (maximum), got 2"]);
  });

  it("oneOf matched by two branches, const, and a long enum cut after ten values", () => {
    expect(run({ oneOf: [{ type: "number" }, { type: "number", minimum: 0 }] }, 3).map(formatViolation)).toEqual(["/: matches more than one alternative ([0,1]) (oneOf), got 3"]);
    expect(run({ const: "x" }, "y").map(formatViolation)).toEqual(['/: must be "x", got "y"']);
    const values = Array.from({ length: 13 }, (_, i) => `V${i}`);
    expect(run({ enum: values }, "Z").map((v) => v.message)).toEqual(["must be one of V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, … (13 values)"]);
    expect(run({ enum: ["a,b", "c"] }, "Z").map((v) => v.message)).toEqual(['must be one of "a,b", "c"']);
  });

  it("a map limited to one entry is not a union", () => {
    const schema = { type: "object", additionalProperties: { type: "string" }, minProperties: 1, maxProperties: 1 };
    expect(run(schema, { a: "1", b: "2" }).map((x) => x.message)).toEqual(["must have <= 1 entries (maxProperties)"]);
    expect(run(schema, {}).map((x) => x.message)).toEqual(["must have >= 1 entries (minProperties)"]);
  });

  it("pointers of members whose names need escaping (~ and /)", () => {
    const schema = { type: "object", properties: { "a/b": { type: "string" }, "c~d": { type: "string" } }, required: ["c~d"], additionalProperties: false };
    expect(run(schema, { "a/b": 1 }, "S")).toEqual([
      { pointer: "/c~0d", memberPath: "S.c~d", keyword: "required", message: "is required" },
      { pointer: "/a~1b", memberPath: "S.a/b", keyword: "type", message: "must be a string", value: "1" },
    ]);
  });

  it("no errors, no violations", () => {
    expect(toViolations(null, {}, 1)).toEqual([]);
    expect(toViolations([], {}, 1)).toEqual([]);
  });
});

describe("formatting", () => {
  it("formatValue: JSON, cut to 60 characters with an ellipsis, never half a surrogate pair", () => {
    expect(formatValue(undefined)).toBeUndefined();
    expect(formatValue({ a: [1, "x"] })).toBe('{"a":[1,"x"]}');
    const long = formatValue("y".repeat(100))!;
    expect(long).toBe(`"${"y".repeat(58)}…`);
    expect(long).toHaveLength(60);
    expect(formatValue(`${"y".repeat(57)}😀😀`)).toBe(`"${"y".repeat(57)}…`);
    expect(formatValue("y".repeat(58))).toBe(`"${"y".repeat(58)}"`);
  });

  it("formatViolation: / for the whole value; no member path or value when there is none", () => {
    expect(formatViolation({ pointer: "", memberPath: "", keyword: "json", message: "is not JSON", value: '"{"' })).toBe('/: is not JSON, got "{"');
    expect(formatViolation({ pointer: "/a", memberPath: "S.a", keyword: "required", message: "is required" })).toBe("/a (S.a): is required");
  });
});

describe("JSON pointers and member paths", () => {
  it("parses, builds and follows pointers (RFC 6901)", () => {
    expect(parsePointer("")).toEqual([]);
    expect(parsePointer("/a~1b/~01/0")).toEqual(["a/b", "~1", "0"]);
    expect(childPointer("/x", "a/b~")).toBe("/x/a~1b~0");
    expect(getAt({ a: [{ b: 2 }] }, "/a/0/b")).toBe(2);
    expect(getAt({ a: [1] }, "/a/01")).toBeUndefined();
    expect(getAt({}, "/toString")).toBeUndefined();
  });

  it("names positions by the $defs shape holding the member, lists with [], maps with {}", () => {
    const schema = {
      $ref: "#/$defs/Top",
      $defs: {
        Top: { type: "object", properties: { rows: { type: "array", items: { type: "array", items: { $ref: "#/$defs/Row" } } }, m: { $ref: "#/$defs/M" } } },
        Row: { type: "object", properties: { cell: { type: "string" } } },
        M: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      },
    };
    expect(positionAt(schema, "").memberPath).toBe("Top");
    expect(positionAt(schema, "/rows/0/1").memberPath).toBe("Top.rows[][]");
    expect(positionAt(schema, "/rows/0/1/cell").memberPath).toBe("Row.cell");
    expect(positionAt(schema, "/m/k/0").memberPath).toBe("Top.m{}[]");
    expect(positionAt(schema, "/rows/0/1/nope/deeper/2").memberPath).toBe("Row.nope.deeper[]");
  });
});
