/**
 * The Thompson automaton of a pattern (runtime/validation/regexp/nfa.ts): its size grows with
 * counted repeats unrolled and is capped; a backreference is refused; each lookaround is its own
 * automaton, inner ones listed first.
 */
import { describe, expect, it } from "vitest";
import { compileNfa, Kind, MAX_STATES } from "../../../../runtime/validation/regexp/nfa.ts";
import { parsePattern, UnsupportedPattern } from "../../../../runtime/validation/regexp/parse-pattern.ts";

const nfa = (pattern: string) => compileNfa(parsePattern(pattern));

describe("compileNfa", () => {
  it("one Char state per character read, one Match state, splits for choices", () => {
    const a = nfa("ab");
    expect([...a.kind]).toEqual([Kind.Char, Kind.Char, Kind.Match]);
    expect(a.match).toBe(2);
    expect([...nfa("a|b").kind].filter((k) => k === Kind.Split)).toHaveLength(1);
  });

  it("unrolls a counted repeat: a{3,5} has five Char states", () => {
    expect([...nfa("a{3,5}").kind].filter((k) => k === Kind.Char)).toHaveLength(5);
  });

  it(`refuses past ${MAX_STATES} states, and a backreference`, () => {
    expect(() => nfa(`a{${MAX_STATES}}`)).toThrow(UnsupportedPattern);
    expect(nfa(`a{${MAX_STATES - 1}}`).size).toBe(MAX_STATES);
    expect(() => nfa("(a)\\1")).toThrow(/a backreference/);
  });

  it("compiles lookarounds inner first, each with its own Match state", () => {
    const n = nfa("(?=a(?<!b))c");
    expect(n.looks.map((l) => [l.ahead, l.negated])).toEqual([
      [false, true],
      [true, false],
    ]);
    for (const l of n.looks) expect(n.kind[l.match]).toBe(Kind.Match);
  });
});
