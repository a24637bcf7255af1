/**
 * Body values to and from documents (runtime/protocol/restjson1/json-values.ts): `@jsonName`s both
 * ways at any depth, and the strict reading where the malformed-request cases do not go.
 */
import { describe, expect, it } from "vitest";
import type { ArbitraryPlan } from "../../../../runtime/data/plan.ts";
import { documentToJson, jsonToDocument, MalformedJson, type JsonContext } from "../../../../runtime/protocol/restjson1/json-values.ts";

const ctx: JsonContext = {
  shapes: {
    Outer: { method: "structure", members: [{ name: "inner", required: false, plan: { method: "tie", key: "Inner" } }, { name: "items", required: false, plan: { method: "list", item: { method: "tie", key: "Inner" }, constraints: {} } }] },
    Inner: { method: "structure", members: [{ name: "value", required: false, plan: { method: "integer", kind: "short", range: {}, where: "a#V" } }, { name: "choice", required: false, plan: { method: "tie", key: "Choice" } }] },
    Choice: { method: "union", members: [{ name: "a", plan: { method: "string", constraints: {}, where: "a#A" } }, { name: "b", plan: { method: "timestamp", format: "date-time" } }] },
  },
  jsonNames: { Inner: { value: "Value" }, Choice: { a: "A" } },
};
const outer: ArbitraryPlan = { method: "tie", key: "Outer" };

describe("JSON names", () => {
  const doc = { inner: { value: 1, choice: { a: "x" } }, items: [{ value: 2 }, { choice: { b: "2020-01-01T00:00:00Z" } }] };
  const json = { inner: { Value: 1, choice: { A: "x" } }, items: [{ Value: 2 }, { choice: { b: "2020-01-01T00:00:00Z" } }] };
  it("are the body's, at any depth", () => {
    expect(documentToJson(doc, outer, ctx)).toEqual(json);
  });
  it("read back into member names", () => {
    expect(jsonToDocument(json, outer, ctx)).toEqual(doc);
  });
  it("drop unknown structure members and null ones", () => {
    expect(jsonToDocument({ inner: { value: 1, Value: null, other: 3 } }, outer, ctx)).toEqual({ inner: {} });
  });
});

describe("strict reading", () => {
  it.each([
    [{ inner: { Value: 32768 } }, "/inner/Value"],
    [{ inner: { Value: 1.5 } }, "/inner/Value"],
    [{ inner: { choice: { A: "x", b: "2020-01-01T00:00:00Z" } } }, "/inner/choice"],
    [{ inner: { choice: { a: "x" } } }, "/inner/choice"],
    [{ inner: { choice: { b: "2020-01-01T00:00:00+01:00" } } }, "/inner/choice/b"],
    [{ items: [null] }, "/items"],
    [{ items: {} }, "/items"],
  ])("refuses %j at %s", (json, pointer) => {
    expect(() => jsonToDocument(json, outer, ctx)).toThrow(MalformedJson);
    try {
      jsonToDocument(json, outer, ctx);
    } catch (e) {
      expect((e as MalformedJson).pointer).toBe(pointer);
    }
  });
});
