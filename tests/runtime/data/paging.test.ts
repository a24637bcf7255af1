/**
 * runtime/data/paging.ts as given/want tables: the collection a request pages through (the request
 * without its token and page size), the page size it asks for, and the tokens one mock hands out
 * (each leads to one place of one collection; a token it never handed out leads nowhere).
 */
import { describe, expect, it } from "vitest";
import type { PagingSpec } from "../../../runtime/contract.ts";
import { collectionKey, PageTokens, pageSizeOf } from "../../../runtime/data/paging.ts";

const PAGING: PagingSpec = { inputToken: "/NextToken", outputToken: "/NextToken", items: "/Items", pageSize: "/MaxResults", defaultPageSize: 100 };
const NO_SIZE: PagingSpec = { inputToken: "/NextToken", outputToken: "/NextToken", defaultPageSize: 20 };
const NESTED: PagingSpec = { inputToken: "/Page/Token", outputToken: "/Next", pageSize: "/Page/Size", defaultPageSize: 100 };
const DYNAMO: PagingSpec = { inputToken: "/ExclusiveStartKey", outputToken: "/LastEvaluatedKey", items: "/Items", pageSize: "/Limit", defaultPageSize: 100 };

describe("collectionKey", () => {
  it.each<[string, string, unknown, PagingSpec, string]>([
    ["drops the token and the page size", "ListThings", { MaxResults: 2, NextToken: "abc", Filter: "x" }, PAGING, 'ListThings {"Filter":"x"}'],
    ["a first page (no token) reads the same collection", "ListThings", { MaxResults: 5, Filter: "x" }, PAGING, 'ListThings {"Filter":"x"}'],
    ["members in any order: one spelling", "ListThings", { b: [2, { d: 1, c: 0 }], a: "1" }, PAGING, 'ListThings {"a":"1","b":[2,{"c":0,"d":1}]}'],
    ["no request body at all", "ListThings", undefined, PAGING, "ListThings {}"],
    ["null request body", "ListThings", null, PAGING, "ListThings {}"],
    ["no page-size member: a member named like one stays", "ListThings", { MaxResults: 2, NextToken: "t" }, NO_SIZE, 'ListThings {"MaxResults":2}'],
    ["nested token and page size: only they go", "ListThings", { Page: { Token: "t", Size: 3, Sort: "asc" } }, NESTED, 'ListThings {"Page":{"Sort":"asc"}}'],
    ["a key-map token (DynamoDB's) goes whole", "Scan", { TableName: "t", Limit: 2, ExclusiveStartKey: { pk: { S: "a" } } }, DYNAMO, 'Scan {"TableName":"t"}'],
  ])("%s", (_, operation, input, paging, want) => {
    expect(collectionKey(operation, input, paging)).toBe(want);
  });

  it("two operations with the same request page through two collections", () => {
    expect(collectionKey("ListA", { x: 1 }, PAGING)).not.toBe(collectionKey("ListB", { x: 1 }, PAGING));
  });

  it("a different filter is a different collection", () => {
    expect(collectionKey("ListThings", { Filter: "x" }, PAGING)).not.toBe(collectionKey("ListThings", { Filter: "y" }, PAGING));
  });

  it("leaves the request as it was", () => {
    const input = { NextToken: "abc", MaxResults: 2, Filter: "x" };
    collectionKey("ListThings", input, PAGING);
    expect(input).toEqual({ NextToken: "abc", MaxResults: 2, Filter: "x" });
  });
});

describe("pageSizeOf", () => {
  it.each<[string, unknown, PagingSpec, number]>([
    ["the page-size member's value", { MaxResults: 5 }, PAGING, 5],
    ["none given: the operation's default", {}, PAGING, 100],
    ["no request body: the default", undefined, PAGING, 100],
    ["0 still pages: at least 1", { MaxResults: 0 }, PAGING, 1],
    ["a negative size: 1", { MaxResults: -3 }, PAGING, 1],
    ["a fraction: rounded down", { MaxResults: 2.9 }, PAGING, 2],
    ["a string is not a size: the default", { MaxResults: "5" }, PAGING, 100],
    ["not finite: the default", { MaxResults: Number.POSITIVE_INFINITY }, PAGING, 100],
    ["no page-size member in the paging: the default, whatever the request holds", { MaxResults: 5 }, NO_SIZE, 20],
    ["a nested page size", { Page: { Size: 7 } }, NESTED, 7],
    ["a default of 0 (a model with max 0): 1", {}, { ...NO_SIZE, defaultPageSize: 0 }, 1],
  ])("%s", (_, input, paging, want) => {
    expect(pageSizeOf(input, paging)).toBe(want);
  });
});

describe("PageTokens", () => {
  /** A `make` that hands out `values` in turn and counts its calls. */
  const maker = (...values: unknown[]) => {
    const calls: number[] = [];
    const make = (attempt: number) => {
      calls.push(attempt);
      return values[attempt];
    };
    return { make, calls };
  };

  it("hands out make(0) for a new place, and the same token for that place ever after (make not called again)", () => {
    const tokens = new PageTokens();
    const first = maker("t-2");
    expect(tokens.tokenFor("c", 2, first.make)).toBe("t-2");
    const again = maker("other");
    expect(tokens.tokenFor("c", 2, again.make)).toBe("t-2");
    expect(first.calls).toEqual([0]);
    expect(again.calls).toEqual([]);
  });

  it.each<[string, unknown[], unknown]>([
    ["undefined is no token: the next attempt", [undefined, "t"], "t"],
    ["a token another place holds: the next attempt", ["held", "t"], "t"],
    ["a key map equal to a held one in another key order: the next attempt", [{ b: 2, a: 1 }, { a: 1, b: 3 }], { a: 1, b: 3 }],
    // A client sends "" or null back as "no token", which reads the first page again: a walk would never end.
    ["the empty string reads as no token: the next attempt", ["", "t"], "t"],
    ["null reads as no token: the next attempt", [null, "t"], "t"],
  ])("%s", (_, values, want) => {
    const tokens = new PageTokens();
    tokens.tokenFor("c", 2, () => "held");
    tokens.tokenFor("c", 3, () => ({ a: 1, b: 2 }));
    const { make, calls } = maker(...values);
    expect(tokens.tokenFor("c", 4, make)).toEqual(want);
    expect(calls).toEqual([0, 1]);
    expect(tokens.start("c", want)).toEqual({ ok: true, offset: 4 });
  });

  it("a token is never handed out for two places, in one collection or two", () => {
    const tokens = new PageTokens();
    expect(tokens.tokenFor("a", 2, () => "same")).toBe("same");
    expect(() => tokens.tokenFor("b", 2, () => "same")).toThrow("no fresh page token for b at 2: the token's constraints leave too few values");
  });

  it("gives up after 32 attempts with one line naming the collection and the offset", () => {
    const tokens = new PageTokens();
    const { make, calls } = maker();
    expect(() => tokens.tokenFor("ListThings {}", 10, make)).toThrow(new Error("no fresh page token for ListThings {} at 10: the token's constraints leave too few values"));
    expect(calls).toEqual(Array.from({ length: 32 }, (_, i) => i));
  });

  describe("start", () => {
    const tokens = new PageTokens();
    tokens.tokenFor("c", 5, () => "five");
    tokens.tokenFor("c", 10, () => ({ pk: { S: "k" }, sk: { N: "1" } }));
    tokens.tokenFor("d", 3, () => "three");
    it.each<[string, string, unknown, unknown]>([
      ["no token: the first page", "c", undefined, { ok: true, offset: 0 }],
      ["null: the first page", "c", null, { ok: true, offset: 0 }],
      ["the empty string: the first page", "c", "", { ok: true, offset: 0 }],
      ["a token handed out: its offset", "c", "five", { ok: true, offset: 5 }],
      ["a key-map token in another key order: its offset", "c", { sk: { N: "1" }, pk: { S: "k" } }, { ok: true, offset: 10 }],
      ["a token of another collection: not readable", "c", "three", { ok: false, token: "three" }],
      ["a token never handed out: not readable", "c", "forged", { ok: false, token: "forged" }],
      ["the string of a number token is another token", "d", 3, { ok: false, token: 3 }],
    ])("%s", (_, collection, token, want) => {
      expect(tokens.start(collection, token)).toEqual(want);
    });
  });

  it("reset forgets every token: one handed out before leads nowhere, and the place gets a fresh one", () => {
    const tokens = new PageTokens();
    tokens.tokenFor("c", 5, () => "five");
    tokens.reset();
    expect(tokens.start("c", "five")).toEqual({ ok: false, token: "five" });
    expect(tokens.tokenFor("c", 5, () => "again")).toBe("again");
    expect(tokens.start("c", "again")).toEqual({ ok: true, offset: 5 });
  });

  it("two PageTokens share nothing (state lives in the instance, never in the module)", () => {
    const a = new PageTokens();
    const b = new PageTokens();
    a.tokenFor("c", 5, () => "five");
    expect(b.start("c", "five")).toEqual({ ok: false, token: "five" });
    expect(b.tokenFor("c", 5, () => "five")).toBe("five");
  });
});
