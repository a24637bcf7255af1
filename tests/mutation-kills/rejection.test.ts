/**
 * runtime/validation/rejection.ts word for word: AWS's ValidationException text for each
 * constraint keyword, paths (list items 1-based, a lower-case first letter), Java's toString of
 * values, sensitive values left out, and the SerializationException texts. Written against the
 * mutants `npm run mutate` can leave alive in it; every expected text is typed out.
 */
import { describe, expect, it } from "vitest";
import { BASE64_PATTERN } from "../../runtime/protocol/base64.ts";
import { HTTP_DATE_PATTERN } from "../../runtime/protocol/timestamp.ts";
import { createAjv } from "../../runtime/validation/ajv.ts";
import { rejectionOf, validationMessage } from "../../runtime/validation/rejection.ts";

const ajv = createAjv({ lenient: true });
const reject = (schema: object, data: unknown) => {
  const validate = ajv.compile(schema);
  expect(validate(data)).toBe(false);
  return rejectionOf(validate.errors ?? [], data, schema as Record<string, unknown>);
};
const one = (schema: object, data: unknown) => {
  const r = reject(schema, data);
  expect(r?.kind).toBe("validation");
  return r?.kind === "validation" ? r.violations : [];
};
const obj = (properties: Record<string, object>, extra: object = {}) => ({ type: "object", properties, ...extra });

describe("ValidationException: one text per constraint", () => {
  it.each<[string, object, unknown, string]>([
    ["maxLength", obj({ s: { type: "string", maxLength: 2 } }), { s: "abc" }, "Value 'abc' at 's' failed to satisfy constraint: Member must have length less than or equal to 2"],
    ["minLength", obj({ s: { type: "string", minLength: 2 } }), { s: "a" }, "Value 'a' at 's' failed to satisfy constraint: Member must have length greater than or equal to 2"],
    ["minItems", obj({ l: { type: "array", minItems: 2 } }), { l: [1] }, "Value '[1]' at 'l' failed to satisfy constraint: Member must have length greater than or equal to 2"],
    ["maxProperties", obj({ m: { type: "object", maxProperties: 1 } }), { m: { a: 1, b: [2, null] } }, "Value '{a=1, b=[2, null]}' at 'm' failed to satisfy constraint: Member must have length less than or equal to 1"],
    ["minProperties", obj({ m: { type: "object", minProperties: 1 } }), { m: {} }, "Value '{}' at 'm' failed to satisfy constraint: Member must have length greater than or equal to 1"],
    ["maximum", obj({ n: { type: "integer", maximum: 3 } }), { n: 4 }, "Value '4' at 'n' failed to satisfy constraint: Member must have value less than or equal to 3"],
    ["minimum", obj({ n: { type: "integer", minimum: 3 } }), { n: 2 }, "Value '2' at 'n' failed to satisfy constraint: Member must have value greater than or equal to 3"],
    ["exclusiveMaximum", obj({ n: { type: "number", exclusiveMaximum: 3 } }), { n: 3 }, "Value '3' at 'n' failed to satisfy constraint: Member must have value less than 3"],
    ["exclusiveMinimum", obj({ n: { type: "number", exclusiveMinimum: 3 } }), { n: 3 }, "Value '3' at 'n' failed to satisfy constraint: Member must have value greater than 3"],
    ["pattern", obj({ s: { type: "string", pattern: "^a+$" } }), { s: "b" }, "Value 'b' at 's' failed to satisfy constraint: Member must satisfy regular expression pattern: ^a+$"],
    ["the model's pattern", obj({ s: { type: "string", pattern: "^\\d+$", "x-smithy-pattern": "^[0-9]+$" } }), { s: "b" }, "Value 'b' at 's' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9]+$"],
    ["enum", obj({ e: { type: "string", enum: ["A", "B"] } }), { e: "C" }, "Value 'C' at 'e' failed to satisfy constraint: Member must satisfy enum value set: [A, B]"],
    ["another keyword", obj({ n: { type: "integer", multipleOf: 2 } }), { n: 3 }, "Value '3' at 'n' failed to satisfy constraint: Member must satisfy constraint: multipleOf"],
    ["a missing member", obj({ a: { type: "string" } }, { required: ["a"] }), {}, "Value null at 'a' failed to satisfy constraint: Member must not be null"],
    ["a missing nested member", obj({ Outer: obj({ Inner: { type: "string" } }, { required: ["Inner"] }) }), { Outer: {} }, "Value null at 'outer.inner' failed to satisfy constraint: Member must not be null"],
    ["a list item, 1-based", obj({ l: { type: "array", items: { type: "string", maxLength: 1 } } }), { l: ["a", "b", "cc"] }, "Value 'cc' at 'l.3.member' failed to satisfy constraint: Member must have length less than or equal to 1"],
    ["a member of a list item", obj({ L: { type: "array", items: obj({ K: { type: "string", maxLength: 1 } }) } }), { L: [{ K: "a" }, { K: "bb" }] }, "Value 'bb' at 'l.2.member.k' failed to satisfy constraint: Member must have length less than or equal to 1"],
    ["a null value", obj({ m: { type: "object", additionalProperties: { type: ["string", "null"], maxLength: 1 } } }), { m: { k: "ab" } }, "Value 'ab' at 'm.k' failed to satisfy constraint: Member must have length less than or equal to 1"],
  ])("%s", (_, schema, data, want) => {
    expect(one(schema, data)).toEqual([want]);
  });

  it("counts several, in the schema's order, and keeps the errors behind them out of sight", () => {
    const schema = obj({ a: { type: "string", maxLength: 1 }, b: { type: "integer", minimum: 5 }, c: { type: "string" } }, { required: ["c"] });
    const r = reject(schema, { a: "xy", b: 1 });
    expect(r).toEqual({
      kind: "validation",
      message:
        "3 validation errors detected: Value null at 'c' failed to satisfy constraint: Member must not be null; Value 'xy' at 'a' failed to satisfy constraint: Member must have length less than or equal to 1; Value '1' at 'b' failed to satisfy constraint: Member must have value greater than or equal to 5",
      violations: [
        "Value null at 'c' failed to satisfy constraint: Member must not be null",
        "Value 'xy' at 'a' failed to satisfy constraint: Member must have length less than or equal to 1",
        "Value '1' at 'b' failed to satisfy constraint: Member must have value greater than or equal to 5",
      ],
    });
    expect(Object.keys(r!)).toEqual(["kind", "message", "violations"]);
    const hidden = r as unknown as { errors: { keyword: string }[]; data: unknown };
    expect(hidden.errors.map((e) => e.keyword)).toEqual(["required", "maxLength", "minimum"]);
    expect(hidden.data).toEqual({ a: "xy", b: 1 });
  });

  it("ignores unknown members (the lenient reading drops them): no rejection at all", () => {
    const validate = createAjv().compile(obj({ a: { type: "string" } }, { additionalProperties: false }));
    expect(validate({ z: 1 })).toBe(false);
    expect(rejectionOf(validate.errors ?? [], { z: 1 }, obj({ a: { type: "string" } }, { additionalProperties: false }))).toBeUndefined();
  });

  it("leaves a sensitive value out, but still says null", () => {
    const schema = obj({ s: { type: "string", maxLength: 1, "x-smithy-sensitive": true }, r: { type: "string", "x-smithy-sensitive": true } }, { required: ["r"] });
    expect(one(schema, { s: "secret" })).toEqual([
      "Value null at 'r' failed to satisfy constraint: Member must not be null",
      "Value at 's' failed to satisfy constraint: Member must have length less than or equal to 1",
    ]);
  });

  it("map keys: the key as the value, the constraint inside Map keys must satisfy", () => {
    expect(one(obj({ m: { type: "object", propertyNames: { pattern: "^[a-z]+$" } } }), { m: { AB: 1 } })).toEqual([
      "Value 'AB' at 'm' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: ^[a-z]+$]",
    ]);
  });

  it("counts in the singular and the plural", () => {
    expect(validationMessage(["x"])).toBe("1 validation error detected: x");
    expect(validationMessage(["x", "y"])).toBe("2 validation errors detected: x; y");
  });
});

describe("SerializationException: the reader's words", () => {
  it.each<[string, object, unknown, string]>([
    ["a string for an integer", obj({ n: { type: "integer" } }), { n: "1" }, "STRING_VALUE can not be converted to an Integer"],
    ["a number for a string", obj({ s: { type: "string" } }), { s: 1 }, "NUMBER_VALUE can not be converted to a String"],
    ["true for a number", obj({ n: { type: "number" } }), { n: true }, "TRUE_VALUE can not be converted to a Number"],
    ["false for a string", obj({ s: { type: "string" } }), { s: false }, "FALSE_VALUE can not be converted to a String"],
    ["a string for a boolean", obj({ b: { type: "boolean" } }), { b: "x" }, "STRING_VALUE can not be converted to a Boolean"],
    ["a string for a list", obj({ l: { type: "array" } }), { l: "x" }, "STRING_VALUE can not be converted to a list"],
    ["a string for a map", obj({ m: { type: "object" } }), { m: "x" }, "STRING_VALUE can not be converted to a structure or map"],
    ["a list for a string", obj({ s: { type: "string" } }), { s: [] }, "Start of list found where not expected"],
    ["an object for a string", obj({ s: { type: "string" } }), { s: {} }, "Start of structure or map found where not expected"],
    ["a whole body of the wrong type", { type: "object" }, 5, "NUMBER_VALUE can not be converted to a structure or map"],
    ["a base64 blob", obj({ b: { type: "string", pattern: BASE64_PATTERN } }), { b: "@" }, "Invalid base64 blob at 'b': '@'"],
    ["an http-date", obj({ Item: { type: "object", properties: { T: { type: "string", pattern: HTTP_DATE_PATTERN } } } }), { Item: { T: "x" } }, "Invalid http-date timestamp at 'item.t': 'x'"],
    ["a date-time", obj({ t: { type: "string", format: "date-time" } }), { t: "x" }, "Invalid date-time timestamp at 't': 'x'"],
    ["a const", obj({ c: { const: "A" } }), { c: "B" }, "Unexpected value 'B' at 'c'"],
  ])("%s", (_, schema, data, message) => {
    expect(reject(schema, data)).toEqual({ kind: "serialization", message });
  });

  it("leaves a sensitive value out of malformed blobs, timestamps and other values", () => {
    const s = { "x-smithy-sensitive": true };
    expect(reject(obj({ b: { type: "string", pattern: BASE64_PATTERN, ...s } }), { b: "@" })).toEqual({ kind: "serialization", message: "Invalid base64 blob at 'b'" });
    expect(reject(obj({ t: { type: "string", format: "date-time", ...s } }), { t: "x" })).toEqual({ kind: "serialization", message: "Invalid date-time timestamp at 't'" });
    expect(reject(obj({ c: { const: "A", ...s } }), { c: "B" })).toEqual({ kind: "serialization", message: "Unexpected value at 'c'" });
  });
});
