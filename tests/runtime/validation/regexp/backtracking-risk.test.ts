/**
 * The backtracking risk read off a pattern (runtime/validation/regexp/backtracking-risk.ts): the
 * classic catastrophic shapes are exponential; side-by-side repeats that can share characters add
 * a degree each; a repeat that ends where it must adds nothing; short repeats multiply a factor.
 * Expected values are worked out by hand from the rules in the module's header.
 */
import { describe, expect, it } from "vitest";
import { backtrackingRisk } from "../../../../runtime/validation/regexp/backtracking-risk.ts";
import { parsePattern } from "../../../../runtime/validation/regexp/parse-pattern.ts";

const risk = (pattern: string) => backtrackingRisk(parsePattern(pattern));

describe("backtrackingRisk", () => {
  // `^(?:a?a?)+$` was once read as degree 1 (only `+`, `*` and alternations counted as choices), and
  // V8 did not answer it on 28 `a`s and a `!` within 20 s. `(?:(?:ab)?)+` is read as exponential too,
  // conservatively (one way to split, but an optional inside a repeat). A fixed count is no choice:
  // `^([0-9a-f]{16})+$` below is not exponential.
  it.each(["^(a+)+$", "(a|a)*b", "^(a|aa)+$", "^(\\w+\\s?)+$", "(.*a){12}", "^(?:[a-z]+-)*\\d$", "^(?:a?a?)+$", "^(?:(?:ab)?)+$", "(?=(a+)+)", "^(?:x[0-9]{1,2})+$"])("%s is exponential", (pattern) => {
    expect(risk(pattern)).toEqual({ kind: "exponential" });
  });

  it.each([
    // `$` is an assertion a shorter run might satisfy: the last repeat counts.
    ["^[a-z]+$", 1, 1],
    // The first run ends at the colon, which it never takes.
    ["^[a-z]+:[a-z]+$", 1, 1],
    // Unanchored: tried from every position, one more degree.
    ["[a-z]+:", 1, 1],
    ["[a-z]+$", 2, 1],
    // Personalize's ARN pattern: the group ends at its colon; the three `.`-runs all take colons.
    ["^arn:([a-z\\d-]+):personalize:.*:.*:.+$", 3, 1],
    ["^.*.*$", 2, 1],
    ["^([0-9a-f]{16})+$", 1, 1],
    // Short repeats: a count of 3 choices; twelve optional `a`s in front of `a`s, 2^12.
    ["^[a-z]{1,3}$", 0, 3],
    [`^${"a?".repeat(12)}${"a".repeat(12)}$`, 0, 4096],
    // A long repeat in a lookaround counts, and so does the lookaround.
    ["^(?=[a-z]+1)a$", 2, 1],
  ] as const)("%s is polynomial of degree %i, factor %i", (pattern, degree, factor) => {
    expect(risk(pattern)).toEqual({ kind: "polynomial", degree, factor });
  });
});
