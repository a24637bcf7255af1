/**
 * runtime/validation/pointer.ts at its edges, pinned: written to kill the mutants `npm run mutate`
 * left alive (escape order, canonical indexes, own members only, the parse cache handing out
 * copies, `__proto__` as data, deletes that must not happen).
 */
import { describe, expect, it } from "vitest";
import { childPointer, defineOwn, deleteAt, escapeToken, formatPointer, getAt, isWithin, parsePointer, setAt, unescapeToken } from "../../runtime/validation/pointer.ts";

describe("escaping, both ways", () => {
  it.each([
    ["a/b~c", "a~1b~0c"],
    ["~1", "~01"],
    ["//", "~1~1"],
    ["~~", "~0~0"],
    ["plain", "plain"],
  ])("%j escapes to %j and back", (token, escaped) => {
    expect(escapeToken(token)).toBe(escaped);
    expect(unescapeToken(escaped)).toBe(token);
  });

  it("unescapes ~1 before ~0 (RFC 6901 §4): ~01 is the token ~1, not /", () => {
    expect(unescapeToken("~01")).toBe("~1");
    expect(parsePointer("/~01/~10")).toEqual(["~1", "/0"]);
  });

  it("formats and extends pointers", () => {
    expect(formatPointer([])).toBe("");
    expect(formatPointer(["", 0, "a~b"])).toBe("//0/a~0b");
    expect(childPointer("", 3)).toBe("/3");
    expect(childPointer("/a", "b/c")).toBe("/a/b~1c");
    expect(childPointer("/a", "~")).toBe("/a/~0");
  });
});

describe("isWithin", () => {
  it.each([
    ["/a", "/a", true],
    ["/a/b", "/a", true],
    ["/a/b/c", "/a", true],
    ["/ab", "/a", false],
    ["/a", "/a/b", false],
    ["/b", "/a", false],
    ["/a", "", true],
    ["", "/a", false],
  ])("%j within %j: %s", (pointer, ancestor, want) => {
    expect(isWithin(pointer, ancestor)).toBe(want);
  });
});

describe("parsePointer hands out copies of what it caches", () => {
  it("a caller changing the tokens changes nothing for the next one", () => {
    const first = parsePointer("/mutation-kills/a/b");
    first.pop();
    first.push("zzz");
    expect(parsePointer("/mutation-kills/a/b")).toEqual(["mutation-kills", "a", "b"]);
  });

  it("setAt twice at one pointer writes the same place twice (setAt pops its tokens)", () => {
    const doc: Record<string, unknown> = {};
    setAt(doc, "/mutation-kills-set/x/y", 1);
    setAt(doc, "/mutation-kills-set/x/y", 2);
    expect(doc).toEqual({ "mutation-kills-set": { x: { y: 2 } } });
  });

  it("refuses pointers without a leading slash, naming them", () => {
    expect(() => parsePointer("#/a")).toThrow(SyntaxError);
    expect(() => parsePointer("a")).toThrow('not a JSON pointer: "a"');
  });
});

describe("getAt: own members and canonical indexes only", () => {
  const list = Array.from({ length: 12 }, (_, i) => `item${i}`);
  it.each([
    ["/0", "item0"],
    ["/1", "item1"],
    ["/1 ", undefined],
    ["/ 1", undefined],
    ["/10", "item10"],
    ["/11", "item11"],
    ["/01", undefined],
    ["/00", undefined],
    ["/1x", undefined],
    ["/x1", undefined],
    ["/-1", undefined],
    ["/", undefined],
    ["/length", undefined],
    ["/12", undefined],
  ])("list %s → %j", (pointer, want) => {
    expect(getAt(list, pointer)).toBe(want);
  });

  it("follows no inherited member and steps into no string", () => {
    expect(getAt({ a: {} }, "/a/constructor")).toBeUndefined();
    expect(getAt({ s: "abc" }, "/s/0")).toBeUndefined();
    expect(getAt({ s: "abc" }, "/s/length")).toBeUndefined();
    expect(getAt({ n: null }, "/n")).toBeNull();
    expect(getAt({ n: 0 }, "/n/x")).toBeUndefined();
    expect(getAt(null, "/a")).toBeUndefined();
    expect(getAt({ "": 5 }, "/")).toBe(5);
  });
});

describe("setAt", () => {
  it("treats an inherited name as missing: it creates an object there", () => {
    const doc: Record<string, unknown> = {};
    setAt(doc, "/toString/x", 1);
    expect(Object.prototype.hasOwnProperty.call(doc, "toString")).toBe(true);
    expect(doc.toString).toEqual({ x: 1 });
  });

  it("keeps an existing object on the way and writes beside its members", () => {
    const doc: Record<string, unknown> = { a: { keep: true } };
    setAt(doc, "/a/b", 2);
    expect(doc).toEqual({ a: { keep: true, b: 2 } });
  });

  it("replaces undefined on the way and refuses a string, a number and false", () => {
    const doc: Record<string, unknown> = { u: undefined, s: "x", n: 1, f: false };
    setAt(doc, "/u/v", 1);
    expect(doc.u).toEqual({ v: 1 });
    expect(() => setAt(doc, "/s/v", 1)).toThrow("cannot write /s/v: s is not an object");
    expect(() => setAt(doc, "/n/v", 1)).toThrow("cannot write /n/v: n is not an object");
    expect(() => setAt(doc, "/f/v", 1)).toThrow("cannot write /f/v: f is not an object");
  });

  it("writes __proto__ as data, at the end and on the way, leaving prototypes alone", () => {
    const doc: Record<string, unknown> = {};
    setAt(doc, "/__proto__/polluted", "yes");
    setAt(doc, "/a/__proto__", "x");
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.keys(doc)).toEqual(["__proto__", "a"]);
    expect(JSON.stringify(doc)).toBe('{"__proto__":{"polluted":"yes"},"a":{"__proto__":"x"}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("deleteAt", () => {
  it("does nothing for the whole document, even one with a member named undefined", () => {
    const doc = { undefined: 1, a: 2 };
    deleteAt(doc, "");
    expect(doc).toEqual({ undefined: 1, a: 2 });
  });

  it("never deletes from a list, a string or through null", () => {
    const doc = { l: [1, 2], s: "abc", n: null, o: { k: 1 } };
    deleteAt(doc, "/l/0");
    expect(() => deleteAt(doc, "/s/0")).not.toThrow();
    expect(() => deleteAt(doc, "/n/x")).not.toThrow();
    deleteAt(doc, "/o/toString");
    expect(doc).toEqual({ l: [1, 2], s: "abc", n: null, o: { k: 1 } });
  });

  it("deletes a nested own member, and a top-level one", () => {
    const doc: Record<string, unknown> = { a: { b: { c: 1, d: 2 } }, e: 3 };
    deleteAt(doc, "/a/b/c");
    deleteAt(doc, "/e");
    expect(doc).toEqual({ a: { b: { d: 2 } } });
  });
});

describe("defineOwn", () => {
  it("sets a plain key by assignment and __proto__ as an own, enumerable, writable member", () => {
    const o: Record<string, unknown> = {};
    defineOwn(o, "a", 1);
    defineOwn(o, "__proto__", { p: 1 });
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(o, "__proto__")).toEqual({ value: { p: 1 }, enumerable: true, writable: true, configurable: true });
    o["__proto__"] = 2;
    expect(Object.getOwnPropertyDescriptor(o, "__proto__")?.value).toBe(2);
    expect(Object.keys(o)).toEqual(["a", "__proto__"]);
  });
});
