/**
 * runtime/data/sdk-form.ts: a wire value in the form an `@aws-sdk/client-*` client hands its
 * caller, guided by the value's plan (Dates, Uint8Arrays, float specials, bigints, NumericValues).
 */
import { describe, expect, it } from "vitest";
import type { ArbitraryPlan } from "../../../runtime/data/plan.ts";
import { sdkForm } from "../../../runtime/data/sdk-form.ts";

const tie = (key: string): ArbitraryPlan => ({ method: "tie", key });
const EPOCH: ArbitraryPlan = { method: "timestamp", format: "epoch-seconds" };
const DATE_TIME: ArbitraryPlan = { method: "timestamp", format: "date-time" };
const HTTP_DATE: ArbitraryPlan = { method: "timestamp", format: "http-date" };
const BLOB: ArbitraryPlan = { method: "blob", constraints: {} };
const DOUBLE: ArbitraryPlan = { method: "float", kind: "double", range: {} };
const BIG_INT: ArbitraryPlan = { method: "bigInteger", range: {}, where: "ns#Big" };
const BIG_DEC: ArbitraryPlan = { method: "bigDecimal", range: {} };
const STRING: ArbitraryPlan = { method: "string", constraints: {}, where: "ns#S" };
const INT: ArbitraryPlan = { method: "integer", kind: "integer", range: {}, where: "ns#I" };

const SHAPES: Record<string, ArbitraryPlan> = {
  Job: {
    method: "structure",
    members: [
      { name: "name", required: true, plan: STRING },
      { name: "createdAt", required: false, plan: tie("Stamp") },
      { name: "data", required: false, plan: BLOB },
    ],
  },
  Stamp: EPOCH,
  Stamps: { method: "list", item: tie("Stamp"), constraints: {} },
  ByName: { method: "map", key: STRING, value: tie("Stamp"), constraints: {} },
  Source: { method: "union", members: [{ name: "at", plan: DATE_TIME }, { name: "raw", plan: BLOB }] },
};

const date = (iso: string) => new Date(iso);

describe("sdkForm", () => {
  it.each<[string, ArbitraryPlan, unknown, unknown]>([
    ["epoch seconds → Date", EPOCH, 1.5, new Date(1500)],
    ["epoch seconds, whole → Date", EPOCH, 1767225600, date("2026-01-01T00:00:00Z")],
    ["date-time → Date", DATE_TIME, "2026-01-01T00:00:00.5Z", date("2026-01-01T00:00:00.500Z")],
    ["http-date → Date", HTTP_DATE, "Thu, 01 Jan 2026 00:00:00 GMT", date("2026-01-01T00:00:00Z")],
    ["base64 blob → Uint8Array", BLOB, "aGk=", new Uint8Array([104, 105])],
    ["an empty blob → empty Uint8Array", BLOB, "", new Uint8Array([])],
    ["a blob already bytes: as is", BLOB, new Uint8Array([1]), new Uint8Array([1])],
    ["a double: as is", DOUBLE, 1.5, 1.5],
    ["NaN → NaN", DOUBLE, "NaN", Number.NaN],
    ["Infinity → Infinity", DOUBLE, "Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity → -Infinity", DOUBLE, "-Infinity", Number.NEGATIVE_INFINITY],
    ["bigInteger → bigint", BIG_INT, 12, 12n],
    ["bigInteger with a fraction → truncated bigint", BIG_INT, -12.7, -12n],
    ["bigInteger that is not a number: as is", BIG_INT, "12", "12"],
    ["bigDecimal → the SDK's NumericValue", BIG_DEC, 1.25, { string: "1.25", type: "bigDecimal" }],
    ["bigDecimal that is not a number: as is", BIG_DEC, "1.25", "1.25"],
    ["a string: as is", STRING, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"],
    ["an integer: as is", INT, 3, 3],
    ["a document: as is, timestamp-like text included", { method: "document" }, { at: 1.5, s: "aGk=" }, { at: 1.5, s: "aGk=" }],
    ["null: as is", EPOCH, null, null],
    ["undefined: as is", EPOCH, undefined, undefined],
    ["a tie, followed", tie("Stamp"), 2, new Date(2000)],
    ["a tie to nothing: as is", tie("Missing"), 2, 2],
    ["a list: each item", tie("Stamps"), [1, 2], [new Date(1000), new Date(2000)]],
    ["a list plan over a non-list: as is", tie("Stamps"), "x", "x"],
    ["a map: each value, keys as they are", tie("ByName"), { a: 1, "b c": 2 }, { a: new Date(1000), "b c": new Date(2000) }],
    [
      "a structure: each member by its plan; a member the plan lacks as is",
      tie("Job"),
      { name: "j", createdAt: 3, data: "aGk=", extra: 4 },
      { name: "j", createdAt: new Date(3000), data: new Uint8Array([104, 105]), extra: 4 },
    ],
    ["a structure plan over a list: as is", tie("Job"), [1], [1]],
    ["a union member", tie("Source"), { at: "2026-01-01T00:00:00Z" }, { at: date("2026-01-01T00:00:00Z") }],
  ])("%s", (_, plan, wire, want) => {
    expect(sdkForm(plan, SHAPES, wire)).toEqual(want);
  });

  it("a map key __proto__ stays an own key (not the result's prototype)", () => {
    const wire = JSON.parse('{"__proto__": 1, "b": 2}') as unknown;
    const sdk = sdkForm(tie("ByName"), SHAPES, wire) as Record<string, unknown>;
    expect(Object.getPrototypeOf(sdk)).toBe(Object.prototype);
    expect(Object.keys(sdk)).toEqual(["__proto__", "b"]);
    expect(Object.getOwnPropertyDescriptor(sdk, "__proto__")?.value).toEqual(new Date(1000));
  });

  it("leaves the wire value as it was", () => {
    const wire = { name: "j", createdAt: 3 };
    sdkForm(tie("Job"), SHAPES, wire);
    expect(wire).toEqual({ name: "j", createdAt: 3 });
  });

  it.each<[string, ArbitraryPlan, unknown, string]>([
    ["a string where epoch seconds are due", EPOCH, "1.5", 'an epoch-seconds timestamp must be a JSON number, not a string'],
    ["a number where a date-time is due", DATE_TIME, 1.5, "a date-time timestamp must be a JSON string, not a number"],
    ["a blob that is not base64", BLOB, "a!", 'not a valid base64 string: "a!"'],
    ["a float special in the wrong case", DOUBLE, "nan", 'a float must be a JSON number or one of NaN, Infinity, -Infinity, not "nan"'],
  ])("a wire value of the wrong form throws the protocol's TypeError: %s", (_, plan, wire, message) => {
    expect(() => sdkForm(plan, SHAPES, wire)).toThrow(new TypeError(message));
  });
});
