import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../../../runtime/contract.ts";
import { canonicalJson } from "../../../runtime/serde/canonical.ts";
import { readLeniently } from "../../../runtime/serde/lenient.ts";

const schema: JsonSchema = {
  $ref: "#/$defs/In",
  $defs: {
    In: {
      type: "object",
      properties: {
        name: { type: "string" },
        size: { type: "integer", default: 10 },
        inner: { $ref: "#/$defs/Inner" },
        map: { type: "object", additionalProperties: { anyOf: [{ type: "string" }, { type: "null" }] } },
        list: { type: "array", items: { $ref: "#/$defs/Inner" } },
      },
      additionalProperties: false,
    },
    Inner: { type: "object", properties: { flag: { type: "boolean", default: false }, note: { type: "string" } }, additionalProperties: false },
  },
};

describe("readLeniently", () => {
  it.each<[string, unknown, unknown]>([
    ["drops null structure members", { name: null, size: 3 }, { size: 3 }],
    ["fills defaults of missing members", {}, { size: 10 }],
    ["fills defaults of nested and listed structures", { inner: { note: null }, list: [{}, { flag: true }] }, { size: 10, inner: { flag: false }, list: [{ flag: false }, { flag: true }] }],
    ["keeps nulls in maps and lists", { map: { a: null }, list: [null] }, { size: 10, map: { a: null }, list: [null] }],
    ["keeps unknown members (the lenient ajv drops them)", { bogus: 1 }, { bogus: 1, size: 10 }],
    ["leaves non-objects alone", "x", "x"],
  ])("%s", (_, value, want) => {
    expect(readLeniently(value, schema)).toEqual(want);
  });

  it("fills a default given beside the $ref to the member's target (awsJson1_0 compliance: AwsJson10ServerPopulatesDefaultsWhenMissingInRequestBody)", () => {
    const withRefs: JsonSchema = {
      type: "object",
      properties: {
        mode: { $ref: "#/$defs/Mode", default: "FAST" },
        tags: { $ref: "#/$defs/Tags", default: [] },
        given: { $ref: "#/$defs/Mode", default: "FAST" },
      },
      $defs: { Mode: { type: "string", enum: ["FAST", "SLOW"] }, Tags: { type: "array", items: { type: "string" } } },
    };
    expect(readLeniently({ given: "SLOW" }, withRefs)).toEqual({ given: "SLOW", mode: "FAST", tags: [] });
  });

  it("does not change its argument", () => {
    const value = { name: null, inner: {} };
    readLeniently(value, schema);
    expect(value).toEqual({ name: null, inner: {} });
  });
});

describe("canonicalJson", () => {
  it.each<[unknown, string]>([
    [{ b: 1, a: [true, null, { d: 1, c: 2 }] }, '{"a":[true,null,{"c":2,"d":1}],"b":1}'],
    [{ a: undefined, b: "x" }, '{"b":"x"}'],
    ["é", '"é"'],
    [undefined, "null"],
  ])("spells %j one way", (value, want) => {
    expect(canonicalJson(value)).toBe(want);
  });
});

describe("a member or map key named __proto__", () => {
  it("stays data through the lenient read and the wire conversion", async () => {
    const { toWire } = await import("../../../runtime/serde/toWire.ts");
    const schema = { type: "object", additionalProperties: { type: "string" } } as const;
    const body = JSON.parse(`{"__proto__": "x", "a": "b"}`) as Record<string, unknown>;
    for (const out of [readLeniently(body, schema), toWire(body, schema)] as Record<string, unknown>[]) {
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(Object.keys(out)).toEqual(["__proto__", "a"]);
      expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toBe("x");
    }
  });
});
