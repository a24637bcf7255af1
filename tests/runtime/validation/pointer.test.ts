import { describe, expect, it } from "vitest";
import { deleteAt, formatPointer, getAt, ownValue, parsePointer, setAt } from "../../../runtime/validation/pointer.ts";

describe("JSON pointers (RFC 6901)", () => {
  it.each([
    ["", []],
    ["/a", ["a"]],
    ["/a/0/b", ["a", "0", "b"]],
    ["/a~1b/c~0d", ["a/b", "c~d"]],
    ["/", [""]],
  ])("parses %j", (pointer, tokens) => {
    expect(parsePointer(pointer)).toEqual(tokens);
    expect(formatPointer(tokens)).toBe(pointer);
  });

  it("refuses a pointer without a leading slash", () => {
    expect(() => parsePointer("a/b")).toThrow('not a JSON pointer: "a/b"');
  });

  it("reads values, and undefined for missing steps", () => {
    const doc = { a: [{ b: 1 }], "x/y": 2, n: null };
    expect(getAt(doc, "/a/0/b")).toBe(1);
    expect(getAt(doc, "/x~1y")).toBe(2);
    expect(getAt(doc, "")).toBe(doc);
    expect(getAt(doc, "/a/1/b")).toBeUndefined();
    expect(getAt(doc, "/n/b")).toBeUndefined();
    expect(getAt(doc, "/toString")).toBeUndefined();
  });

  it("writes, creating missing objects on the way", () => {
    const doc: Record<string, unknown> = { a: null };
    setAt(doc, "/a/b/c", 1);
    setAt(doc, "/d", "x");
    expect(doc).toEqual({ a: { b: { c: 1 } }, d: "x" });
    expect(() => setAt(doc, "/d/e", 1)).toThrow("cannot write /d/e: d is not an object");
    expect(() => setAt(doc, "", 1)).toThrow("cannot replace the whole document");
  });

  it("deletes a member if there", () => {
    const doc = { a: { b: 1, c: 2 } };
    deleteAt(doc, "/a/b");
    deleteAt(doc, "/a/zz");
    deleteAt(doc, "/q/zz");
    expect(doc).toEqual({ a: { c: 2 } });
  });
});

describe("ownValue", () => {
  it("reads a document's own members only: Object.prototype's names are absent unless held", () => {
    expect(["constructor", "toString", "__proto__", "hasOwnProperty"].map((k) => ownValue({}, k))).toEqual([undefined, undefined, undefined, undefined]);
    const held: Record<string, unknown> = JSON.parse('{"constructor":"c","toString":1,"__proto__":{"a":1},"x":null}');
    expect(["constructor", "toString", "__proto__", "x"].map((k) => ownValue(held, k))).toEqual(["c", 1, { a: 1 }, null]);
  });
});
