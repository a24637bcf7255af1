/**
 * runtime/validation/messages.ts word for word: every keyword's message, the articles of type
 * words, which enum values are quoted, the union messages and the uniqueItems order. Written to
 * kill the mutants `npm run mutate` left alive; each expected text is typed out here.
 */
import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { constraintMessage, expectation, jsonKind } from "../../runtime/validation/messages.ts";
import type { SchemaNode } from "../../runtime/validation/schema.ts";

const error = (keyword: string, params: Record<string, unknown>, extra: Partial<ErrorObject> = {}): ErrorObject => ({ keyword, params, instancePath: "", schemaPath: `#/${keyword}`, ...extra });
const root: SchemaNode = { type: "object" };
const say = (keyword: string, params: Record<string, unknown>, value: unknown = "v", extra: Partial<ErrorObject> = {}, schema: SchemaNode = root) =>
  constraintMessage(error(keyword, params, extra), value, { root: schema, rootName: "Root" });

describe("constraintMessage: one text per keyword", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["type", { type: "string" }, "must be a string"],
    ["type", { type: "integer" }, "must be an integer"],
    ["type", { type: "object" }, "must be an object"],
    ["type", { type: "array" }, "must be an array"],
    ["type", { type: "null" }, "must be null"],
    ["type", { type: "boolean" }, "must be a boolean"],
    ["type", { type: ["number", "null"] }, "must be a number or null"],
    ["type", { type: ["integer", "string", "array"] }, "must be an integer or a string or an array"],
    ["enum", { allowedValues: ["A", "B"] }, "must be one of A, B"],
    ["enum", { allowedValues: [1, 2.5] }, "must be one of 1, 2.5"],
    ["const", { allowedValue: "X" }, 'must be "X"'],
    ["const", { allowedValue: 7 }, "must be 7"],
    ["format", { format: "date-time" }, "must be a valid date-time (format)"],
    ["minLength", { limit: 2 }, "length must be >= 2 (minLength)"],
    ["maxLength", { limit: 63 }, "length must be <= 63 (maxLength)"],
    ["minItems", { limit: 1 }, "must have >= 1 items (minItems)"],
    ["maxItems", { limit: 5 }, "must have <= 5 items (maxItems)"],
    ["minProperties", { limit: 2 }, "must have >= 2 entries (minProperties)"],
    ["maxProperties", { limit: 3 }, "must have <= 3 entries (maxProperties)"],
    ["minimum", { comparison: ">=", limit: 0 }, "must be >= 0 (minimum)"],
    ["maximum", { comparison: "<=", limit: 10 }, "must be <= 10 (maximum)"],
    ["exclusiveMinimum", { comparison: ">", limit: 1 }, "must be > 1 (exclusiveMinimum)"],
    ["exclusiveMaximum", { comparison: "<", limit: 9 }, "must be < 9 (exclusiveMaximum)"],
    ["multipleOf", { multipleOf: 0.5 }, "must be a multiple of 0.5 (multipleOf)"],
    ["uniqueItems", { i: 3, j: 1 }, "must not repeat items: items 1 and 3 are equal (uniqueItems)"],
    ["uniqueItems", { i: 2, j: 10 }, "must not repeat items: items 2 and 10 are equal (uniqueItems)"],
    ["oneOf", { passingSchemas: [0, 1] }, "matches more than one alternative ([0,1]) (oneOf)"],
    ["false schema", {}, "is not allowed"],
  ])("%s %j: %s", (keyword, params, want) => {
    expect(say(keyword, params)).toBe(want);
  });

  it("not: null is named, anything else is the excluded schema", () => {
    expect(say("not", {}, null)).toBe("must not be null");
    expect(say("not", {}, 0)).toBe("must not match the excluded schema (not)");
    expect(say("not", {}, undefined)).toBe("must not match the excluded schema (not)");
  });

  it("an unknown keyword keeps ajv's message, or says it is invalid", () => {
    expect(say("dependentRequired", {}, "v", { message: "must have property b" })).toBe("must have property b (dependentRequired)");
    expect(say("dependentRequired", {})).toBe("is invalid (dependentRequired)");
  });

  it("pattern: the model's pattern where the schema keeps it, else ajv's", () => {
    const schema: SchemaNode = { type: "object", properties: { a: { type: "string", pattern: "^\\d+$", "x-smithy-pattern": "^[0-9]+$" }, b: { type: "string", pattern: "^x$" } } };
    expect(say("pattern", { pattern: "^\\d+$" }, "q", { schemaPath: "#/properties/a/pattern", instancePath: "/a" }, schema)).toBe("must match pattern ^[0-9]+$");
    expect(say("pattern", { pattern: "^x$" }, "q", { schemaPath: "#/properties/b/pattern", instancePath: "/b" }, schema)).toBe("must match pattern ^x$");
  });
});

describe("unions: one member set, exactly", () => {
  const union: SchemaNode = { type: "object", properties: { a: { type: "string" }, b: { type: "string" } }, minProperties: 1, maxProperties: 1, additionalProperties: false };
  const inAllOf: SchemaNode = { type: "object", allOf: [{ properties: { a: { type: "string" } } }], minProperties: 1, maxProperties: 1 };
  const map: SchemaNode = { type: "object", additionalProperties: { type: "string" }, minProperties: 1, maxProperties: 1 };
  const two: SchemaNode = { type: "object", properties: { a: { type: "string" } }, minProperties: 1, maxProperties: 2 };

  it("names how many members, and which, a union value sets", () => {
    expect(say("maxProperties", { limit: 1 }, { a: "x", b: "y" }, {}, union)).toBe('must set exactly one member (union), sets 2: "a", "b"');
    expect(say("minProperties", { limit: 1 }, {}, {}, union)).toBe("must set exactly one member (union), sets none");
    expect(say("minProperties", { limit: 1 }, "not an object", {}, union)).toBe("must set exactly one member (union), sets none");
    expect(say("maxProperties", { limit: 1 }, { a: "x", c: "y" }, {}, inAllOf)).toBe('must set exactly one member (union), sets 2: "a", "c"');
  });

  it("a map of length 1, or bounds other than 1 and 1, are counted as entries", () => {
    expect(say("maxProperties", { limit: 1 }, { a: "x", b: "y" }, {}, map)).toBe("must have <= 1 entries (maxProperties)");
    expect(say("maxProperties", { limit: 2 }, { a: "x", b: "y", c: "z" }, {}, two)).toBe("must have <= 2 entries (maxProperties)");
    const minOnly: SchemaNode = { ...union, maxProperties: 2 };
    expect(say("minProperties", { limit: 1 }, {}, {}, minOnly)).toBe("must have >= 1 entries (minProperties)");
    const maxOnly: SchemaNode = { ...union, minProperties: 0 };
    expect(say("maxProperties", { limit: 1 }, { a: "x", b: "y" }, {}, maxOnly)).toBe("must have <= 1 entries (maxProperties)");
  });
});

describe("enum lists: unquoted when every value reads plainly", () => {
  it.each<[unknown[], string]>([
    [["FULL", "INCREMENTAL"], "must be one of FULL, INCREMENTAL"],
    [["a b", "c"], "must be one of a b, c"],
    [[" a", "c"], 'must be one of " a", "c"'],
    [["a ", "c"], 'must be one of "a ", "c"'],
    [["a\t", "c"], 'must be one of "a\\t", "c"'],
    [["", "c"], 'must be one of "", "c"'],
    [[",a", "c"], 'must be one of ",a", "c"'],
    [["a,b", "c"], 'must be one of "a,b", "c"'],
    [['a"b', "c"], 'must be one of "a\\"b", "c"'],
    [['"a', "c"], 'must be one of "\\"a", "c"'],
    [["x", 1], "must be one of x, 1"],
    [[true, "c"], 'must be one of true, "c"'],
    [[null, "c"], 'must be one of null, "c"'],
  ])("%j", (values, want) => {
    expect(say("enum", { allowedValues: values })).toBe(want);
  });
});

describe("expectation: what a kind-mismatched branch wanted", () => {
  it("in words after 'must be'", () => {
    expect(expectation(error("type", { type: "integer" }))).toBe("an integer");
    expect(expectation(error("type", { type: ["string", "null"] }))).toBe("a string or null");
    expect(expectation(error("enum", { allowedValues: ["A", "B"] }))).toBe("one of A, B");
    expect(expectation(error("const", { allowedValue: "NaN" }))).toBe('"NaN"');
    expect(expectation(error("minLength", { limit: 1 }))).toBeUndefined();
  });
});

describe("jsonKind", () => {
  it.each<[unknown, string]>([
    [null, "null"],
    [[], "array"],
    [{}, "object"],
    ["", "string"],
    [0, "number"],
    [false, "boolean"],
  ])("%j is %s", (value, kind) => {
    expect(jsonKind(value)).toBe(kind);
  });
});
