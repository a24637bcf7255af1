import { describe, expect, it } from "vitest";
import { emitShapes, entry, fragment } from "./fixture.ts";

/** given: shapes of a fragment; want: the exact letrec entry of each named shape. */
const rows: { name: string; given: Record<string, unknown>; want: Record<string, string> }[] = [
  {
    name: "strings: @length with @pattern as a string literal (quotes, backslashes, U+2028 escaped), bare, 1.0 @enum without names",
    given: {
      "test#Arn": { type: "string", traits: { "smithy.api#length": { max: 256 }, "smithy.api#pattern": "^arn:([a-z\\d-]+):personalize:" } },
      "test#Odd": { type: "string", traits: { "smithy.api#pattern": '^["\\\\]\u2028' } },
      "test#Free": { type: "string" },
      "test#Legacy": { type: "string", traits: { "smithy.api#enum": [{ value: "a" }, { value: "b-c" }] } },
    },
    want: {
      Arn: `Arn: b.string({ maxLength: 256, pattern: "^arn:[\\\\-0-9a-z]+:personalize:" }, "test#Arn"),`,
      Odd: `Odd: b.string({ pattern: "^[\\"\\\\\\\\]\\\\u2028" }, "test#Odd"),`,
      Free: `Free: b.string({}, "test#Free"),`,
      Legacy: `Legacy: b.enumeration(["a", "b-c"]),`,
    },
  },
  {
    name: "a pattern the loader rewrites for the u flag (Java identity escape, POSIX class) is emitted rewritten",
    given: { "test#Java": { type: "string", traits: { "smithy.api#pattern": "^\\p{Print}\\_" } } },
    want: { Java: `Java: b.string({ pattern: "^[ -~]_" }, "test#Java"),` },
  },
  {
    name: "numbers: integer kinds with @range and their where, floats, big numbers",
    given: {
      "test#Small": { type: "byte" },
      "test#Count": { type: "integer", traits: { "smithy.api#range": { min: 1, max: 100 } } },
      "test#Big": { type: "long", traits: { "smithy.api#range": { min: 0 } } },
      "test#Ratio": { type: "double", traits: { "smithy.api#range": { min: 0, max: 1.5 } } },
      "test#Weight": { type: "float" },
      "test#Huge": { type: "bigInteger", traits: { "smithy.api#range": { max: 10 } } },
      "test#Exact": { type: "bigDecimal" },
    },
    want: {
      Small: `Small: b.integer("byte", {}, "test#Small"),`,
      Count: `Count: b.integer("integer", { min: 1, max: 100 }, "test#Count"),`,
      Big: `Big: b.integer("long", { min: 0 }, "test#Big"),`,
      Ratio: `Ratio: b.float("double", { min: 0, max: 1.5 }),`,
      Weight: `Weight: b.float("float", {}),`,
      Huge: `Huge: b.bigInteger({ max: 10 }, "test#Huge"),`,
      Exact: `Exact: b.bigDecimal({}),`,
    },
  },
  {
    name: "timestamps by @timestampFormat (epoch-seconds by default), blobs with @length, booleans, documents",
    given: {
      "test#When": { type: "timestamp" },
      "test#Iso": { type: "timestamp", traits: { "smithy.api#timestampFormat": "date-time" } },
      "test#Http": { type: "timestamp", traits: { "smithy.api#timestampFormat": "http-date" } },
      "test#Bytes": { type: "blob", traits: { "smithy.api#length": { min: 1, max: 16 } } },
      "test#On": { type: "boolean" },
      "test#Doc": { type: "document" },
    },
    want: {
      When: `When: b.timestamp("epoch-seconds"),`,
      Iso: `Iso: b.timestamp("date-time"),`,
      Http: `Http: b.timestamp("http-date"),`,
      Bytes: `Bytes: b.blob({ minLength: 1, maxLength: 16 }),`,
      On: `On: b.boolean(),`,
      Doc: `Doc: b.document(),`,
    },
  },
  {
    name: "enums and intEnums: values in model order",
    given: {
      "test#Mode": { type: "enum", members: { INCREMENTAL: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "INCREMENTAL" } }, FULL: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "FULL" } } } },
      "test#Level": { type: "intEnum", members: { LOW: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 1 } }, HIGH: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 10 } } } },
    },
    want: {
      Mode: `Mode: b.enumeration(["INCREMENTAL", "FULL"]),`,
      Level: `Level: b.intEnumeration([1, 10]),`,
    },
  },
  {
    name: "structures: @required and @idempotencyToken members always present, others optional; members that refine their target are inlined (a member's @length replaces the target's whole)",
    given: {
      "test#Job": {
        type: "structure",
        members: {
          name: { target: "test#Name", traits: { "smithy.api#required": {} } },
          token: { target: "test#Name", traits: { "smithy.api#idempotencyToken": {} } },
          short: { target: "test#Name", traits: { "smithy.api#length": { max: 4 } } },
          at: { target: "test#When", traits: { "smithy.api#timestampFormat": "date-time" } },
          when: { target: "test#When" },
          count: { target: "smithy.api#Integer", traits: { "smithy.api#range": { min: 0 } } },
          note: { target: "smithy.api#String", traits: { "smithy.api#documentation": "no constraint: still inlined, String is a prelude shape" } },
        },
      },
      "test#Name": { type: "string", traits: { "smithy.api#length": { min: 1, max: 63 }, "smithy.api#pattern": "^[a-z]+" } },
      "test#When": { type: "timestamp" },
      "test#Empty": { type: "structure", members: {} },
    },
    want: {
      Job: `Job: b.structure({
  name: b.required(tie("Name")),
  token: b.required(tie("Name")),
  short: b.optional(b.string({ maxLength: 4, pattern: "^[a-z]+" }, "test#Job$short")),
  at: b.optional(b.timestamp("date-time")),
  when: b.optional(tie("When")),
  count: b.optional(b.integer("integer", { min: 0 }, "test#Job$count")),
  note: b.optional(b.string({}, "test#Job$note")),
}),`,
      Empty: `Empty: b.structure({}),`,
    },
  },
  {
    name: "a member named __proto__ is a computed key, so it stays a property of the literal",
    // Object.fromEntries: in a literal, the key would set the fixture's own prototype.
    given: { "test#Odd": { type: "structure", members: Object.fromEntries([["__proto__", { target: "smithy.api#Boolean" }]]) } },
    want: { Odd: `Odd: b.structure({\n  ["__proto__"]: b.optional(b.boolean()),\n}),` },
  },
  {
    name: "lists: @length, @sparse, @uniqueItems; a Smithy 1.0 set is unique; maps: enum keys, @length (entries), @sparse",
    given: {
      "test#Names": { type: "list", member: { target: "test#Name" }, traits: { "smithy.api#length": { min: 1, max: 5 } } },
      "test#Holes": { type: "list", member: { target: "smithy.api#String" }, traits: { "smithy.api#sparse": {} } },
      "test#Distinct": { type: "list", member: { target: "test#Name" }, traits: { "smithy.api#uniqueItems": {} } },
      "test#Tags": { type: "map", key: { target: "test#Mode" }, value: { target: "test#Name" }, traits: { "smithy.api#length": { max: 2 } } },
      "test#Loose": { type: "map", key: { target: "smithy.api#String" }, value: { target: "smithy.api#Integer" }, traits: { "smithy.api#sparse": {} } },
      "test#Name": { type: "string" },
      "test#Mode": { type: "enum", members: { A: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "A" } } } },
    },
    want: {
      Names: `Names: b.list(tie("Name"), { minLength: 1, maxLength: 5 }),`,
      Holes: `Holes: b.list(b.string({}, "test#Holes$member"), { sparse: true }),`,
      Distinct: `Distinct: b.list(tie("Name"), { uniqueItems: true }),`,
      Tags: `Tags: b.map(tie("Mode"), tie("Name"), { maxLength: 2 }),`,
      Loose: `Loose: b.map(b.string({}, "test#Loose$key"), b.integer("integer", {}, "test#Loose$value"), { sparse: true }),`,
    },
  },
  {
    name: "unions: one entry per member, Unit members, and members that recurse listed last; recursive collections flagged",
    given: {
      "test#Value": {
        type: "union",
        members: {
          L: { target: "test#Values" },
          M: { target: "test#ValueMap" },
          S: { target: "smithy.api#String" },
          NULL: { target: "smithy.api#Unit" },
          B: { target: "smithy.api#Blob" },
        },
      },
      "test#Values": { type: "list", member: { target: "test#Value" } },
      "test#ValueMap": { type: "map", key: { target: "smithy.api#String" }, value: { target: "test#Value" } },
    },
    want: {
      Value: `Value: b.union({
  S: b.string({}, "test#Value$S"),
  NULL: b.unit(),
  B: b.blob({}),
  L: tie("Values"),
  M: tie("ValueMap"),
}),`,
      Values: `Values: b.list(tie("Value"), { recursive: true }),`,
      ValueMap: `ValueMap: b.map(b.string({}, "test#ValueMap$key"), tie("Value"), { recursive: true }),`,
    },
  },
];

describe("emitArbitraries: one entry per construct", () => {
  for (const row of rows) {
    it(row.name, () => {
      const text = emitShapes(fragment(row.given));
      for (const [shape, want] of Object.entries(row.want)) expect(entry(text, shape)).toBe(want);
    });
  }
});
