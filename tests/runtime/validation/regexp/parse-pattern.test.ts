/**
 * The pattern parser of the linear-time matcher (runtime/validation/regexp/parse-pattern.ts): the
 * tree's shape, character sets decided by the native engine, and what it refuses.
 */
import { describe, expect, it } from "vitest";
import { parsePattern, UnsupportedPattern, type CharNode, type PatternNode } from "../../../../runtime/validation/regexp/parse-pattern.ts";

/** The tree without its character tests (functions), literals kept. */
const shape = (node: PatternNode): unknown => {
  switch (node.type) {
    case "char":
      return node.literals === undefined ? "set" : String.fromCodePoint(...node.literals);
    case "seq":
      return node.items.map(shape);
    case "alt":
      return { alt: node.options.map(shape) };
    case "repeat":
      return { repeat: shape(node.body), min: node.min, max: node.max };
    case "assert":
      return node.kind;
    case "look":
      return { look: `${node.ahead ? "ahead" : "behind"}${node.negated ? " negated" : ""}`, body: shape(node.body) };
    case "backref":
      return "backref";
  }
};

describe("parsePattern", () => {
  it.each([
    ["^a+$", ["start", { repeat: "a", min: 1, max: Infinity }, "end"]],
    ["a|bc", { alt: ["a", ["b", "c"]] }],
    ["(?:ab){2,5}?", { repeat: ["a", "b"], min: 2, max: 5 }],
    ["(?<name>x){3}", { repeat: "x", min: 3, max: 3 }],
    ["[,;]\\b\\B", [",;", "wordBoundary", "notWordBoundary"]],
    ["(?=a)(?!b)(?<=c)(?<!d)", [{ look: "ahead", body: "a" }, { look: "ahead negated", body: "b" }, { look: "behind", body: "c" }, { look: "behind negated", body: "d" }]],
    ["\\u{1F600}\\uD83D\\uDE00\\x41\\n\\/", ["😀", "😀", "A", "\n", "/"]],
    ["[^a]\\p{L}.", ["set", "set", "set"]],
    ["(a)\\1", ["a", "backref"]],
  ])("%s", (pattern, want) => {
    expect(shape(parsePattern(pattern))).toEqual(want);
  });

  it("asks the native engine what a set holds (\\s, \\p{…}, `.` as the whole pattern means them)", () => {
    const [space, letter, dot] = (parsePattern("\\s\\p{L}.") as { readonly items: readonly PatternNode[] }).items as CharNode[];
    expect([0x20, 0xa0, 0xfeff, 0x2028, 0x41].map((cp) => space!.test(cp))).toEqual([true, true, true, true, false]);
    expect([0x41, 0xe9, 0x1d400, 0x31].map((cp) => letter!.test(cp))).toEqual([true, true, true, false]);
    expect([0x41, 0x0a, 0x0d, 0x2028, 0x1f600, 0xd800].map((cp) => dot!.test(cp))).toEqual([true, false, false, false, true, true]);
  });

  it.each([
    ["(a", /not a pattern in Unicode mode/],
    ["\\c", /not a pattern in Unicode mode/], // an incomplete control escape: valid only outside Unicode mode
    ["a{,3}", /not a pattern in Unicode mode/],
  ])("refuses %s", (pattern, message) => {
    expect(() => parsePattern(pattern)).toThrow(UnsupportedPattern);
    expect(() => parsePattern(pattern)).toThrow(message);
  });
});
