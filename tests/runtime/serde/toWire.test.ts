import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../../../runtime/contract.ts";
import { HTTP_DATE_PATTERN } from "../../../runtime/protocol/awsjson.ts";
import { toWire } from "../../../runtime/serde/toWire.ts";

const schema: JsonSchema = {
  $ref: "#/$defs/S",
  $defs: {
    S: {
      type: "object",
      properties: {
        epoch: { type: "number" },
        iso: { type: "string", format: "date-time" },
        http: { type: "string", pattern: HTTP_DATE_PATTERN },
        blob: { type: "string" },
        big: { type: "integer" },
        dec: { type: "number" },
        dbl: { anyOf: [{ type: "number" }, { enum: ["NaN", "Infinity", "-Infinity"] }] },
        list: { type: "array", items: { type: "number" } },
        sparse: { type: "array", items: { anyOf: [{ type: "string" }, { type: "null" }] } },
        map: { type: "object", additionalProperties: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] } },
        nested: { $ref: "#/$defs/S" },
        union: { type: "object", allOf: [{ properties: { a: { type: "string" }, b: { type: "number" } }, additionalProperties: false }], minProperties: 1, maxProperties: 1 },
      },
      additionalProperties: false,
    },
  },
};

const at = new Date("2024-01-02T03:04:05.678Z");

describe("toWire", () => {
  it.each<[string, unknown, unknown]>([
    ["a Date as epoch seconds where the schema wants a number", { epoch: at }, { epoch: 1704164645.678 }],
    ["a Date as a date-time where the schema says so", { iso: at }, { iso: "2024-01-02T03:04:05.678Z" }],
    ["a Date as an http-date where the schema says so", { http: at }, { http: "Tue, 02 Jan 2024 03:04:05 GMT" }],
    ["a Uint8Array as base64", { blob: new Uint8Array([104, 105]) }, { blob: "aGk=" }],
    ["a bigint as a number", { big: 12n }, { big: 12 }],
    ["a NumericValue as a number", { dec: { string: "1.25", type: "bigDecimal" } }, { dec: 1.25 }],
    ["non-finite doubles as their strings", { dbl: -Infinity }, { dbl: "-Infinity" }],
    ["Dates inside lists", { list: [at, 2] }, { list: [1704164645.678, 2] }],
    ["Dates inside maps, keeping map nulls", { map: { k: at, n: null } }, { map: { k: "2024-01-02T03:04:05.678Z", n: null } }],
    ["nested structures through $ref", { nested: { epoch: new Date(1500) } }, { nested: { epoch: 1.5 } }],
    ["a union's $unknown as its member", { union: { $unknown: ["c", 1] } }, { union: { c: 1 } }],
    ["without undefined members or null structure members", { epoch: undefined, iso: null, blob: "eA==" }, { blob: "eA==" }],
    ["keeping nulls in sparse lists", { sparse: ["a", null] }, { sparse: ["a", null] }],
    ["wire values unchanged", { epoch: 1.5, iso: "2024-01-02T03:04:05Z", blob: "aGk=" }, { epoch: 1.5, iso: "2024-01-02T03:04:05Z", blob: "aGk=" }],
    ["members the schema does not know, converted by their own type", { other: at }, { other: 1704164645.678 }],
  ])("writes %s", (_, value, want) => {
    expect(toWire(value, schema)).toEqual(want);
  });

  it("drops a top-level $metadata (a CommandOutput given as an output)", () => {
    expect(toWire({ $metadata: { httpStatusCode: 200 }, epoch: 1 }, schema)).toEqual({ epoch: 1 });
  });

  it("refuses values with no JSON form", () => {
    expect(() => toWire({ epoch: () => 1 }, schema)).toThrow("a function has no JSON wire form");
    expect(() => toWire({ epoch: new Date(NaN) }, schema)).toThrow("invalid Date");
  });
});
