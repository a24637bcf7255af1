import { describe, expect, it } from "vitest";
import type { RegexNode } from "../../../../runtime/arbitraries/regex/ast.ts";
import { JAVA_BOUNDARY, JAVA_DOLLAR, JAVA_UNIX_DOLLAR, atomicGroup } from "../../../../runtime/arbitraries/regex/javaIdioms.ts";
import { parsePattern } from "../../../../runtime/arbitraries/regex/parse.ts";

/** The single character set of a one-atom pattern. */
function setOf(pattern: string) {
  const node = parsePattern(pattern);
  if (node.type !== "chars") throw new Error(`not one atom: ${pattern}`);
  return node.set;
}

/** A compact picture of a tree, sets as their ranges. */
function show(node: RegexNode): unknown {
  switch (node.type) {
    case "chars":
      return node.set.ranges.map(([lo, hi]) => (lo === hi ? String.fromCodePoint(lo) : `${String.fromCodePoint(lo)}-${String.fromCodePoint(hi)}`)).join("");
    case "seq":
      return node.items.map(show);
    case "alt":
      return { alt: node.options.map(show) };
    case "repeat":
      return { repeat: show(node.node), min: node.min, max: node.max };
    case "assert":
      return `<${node.kind}>`;
  }
}

describe("parsePattern", () => {
  it("turns groups into their content, quantifiers into repeats, anchors and lookarounds into assertions", () => {
    expect(show(parsePattern("^(?:ab|c){2,}(?<n>d)?e*?(?=f)$"))).toEqual([
      "<start>",
      { repeat: { alt: [["a", "b"], "c"] }, min: 2, max: Infinity },
      { repeat: "d", min: 0, max: 1 },
      { repeat: "e", min: 0, max: Infinity },
      "<lookahead>",
      "<end>",
    ]);
  });

  it("reads escapes and classes in Unicode mode", () => {
    expect(show(parsePattern("[a-c\\-\\]x]"))).toBe("-]a-cx");
    expect(setOf("\\uD83D\\uDE00").ranges).toEqual([[0x1f600, 0x1f600]]);
    expect(setOf("[\\u{10000}-\\u{10FFFF}]").ranges).toEqual([[0x10000, 0x10ffff]]);
    expect(setOf("\\cJ").ranges).toEqual([[10, 10]]);
    expect(setOf("\\p{Lu}").has(0x41)).toBe(true);
    expect(setOf("\\P{Lu}").has(0x41)).toBe(false);
  });

  it("keeps to what ECMAScript and Java both accept: . never U+0085, \\s only ASCII, [^\\s] excludes every space", () => {
    const dot = setOf(".");
    expect([dot.has(0x0a), dot.has(0x85), dot.has(0x2028), dot.has(0x41)]).toEqual([false, false, false, true]);
    expect(setOf("\\s").ranges).toEqual([[0x09, 0x0d], [0x20, 0x20]]);
    expect(setOf("[^\\s]").has(0xa0)).toBe(false);
    expect(setOf("\\S").has(0xa0)).toBe(false);
  });

  it("reads the @pattern translation's idioms back: Java's $ as the end, Java's \\b with Java's word characters, atomic groups as their content", () => {
    expect(show(parsePattern(`^a${JAVA_DOLLAR}`))).toEqual(["<start>", "a", "<end>"]);
    expect(show(parsePattern(`a${JAVA_UNIX_DOLLAR}`))).toEqual(["a", "<end>"]);
    const bound = parsePattern(`${JAVA_BOUNDARY}x`);
    if (bound.type !== "seq" || bound.items[0]?.type !== "assert") throw new Error("not a boundary then x");
    const b = bound.items[0];
    expect([b.kind, b.word?.has(0xe9), b.word?.has(0x5f), b.word?.has(0x2d), b.unsure?.has(0x301)]).toEqual(["wordBoundary", true, true, false, true]);
    // X, then an assertion that sends candidates to the check (an atomic X may refuse a match).
    expect(show(parsePattern(`${atomicGroup("a*", 1)}b`))).toEqual([{ repeat: "a", min: 0, max: Infinity }, "<lookahead>", "b"]);
  });
});
