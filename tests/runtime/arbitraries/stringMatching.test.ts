import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UnsupportedPatternError } from "../../../runtime/arbitraries/errors.ts";
import { compilePattern, stringMatching, type StringMatchingConstraints, type StringMatchingSettings } from "../../../runtime/arbitraries/stringMatching.ts";

/** Every property here runs with this seed (fast-check prints it with any failure). */
const SEED = 1_2024_0501;

function sample(pattern: string, c: StringMatchingConstraints = {}, numRuns = 64, settings?: StringMatchingSettings): string[] {
  return fc.sample(stringMatching(pattern, c, settings), { numRuns, seed: SEED });
}

const cpLength = (s: string) => [...s].length;

/** Asserts that every value matches `pattern` (u flag) and lies within the bounds, as a seeded property. */
function assertMatches(pattern: string, c: StringMatchingConstraints = {}, settings?: StringMatchingSettings): void {
  const re = new RegExp(pattern, "u");
  fc.assert(
    fc.property(stringMatching(pattern, c, settings), (s) => {
      expect(s).toMatch(re);
      expect(cpLength(s)).toBeGreaterThanOrEqual(c.minLength ?? 0);
      expect(cpLength(s)).toBeLessThanOrEqual(c.maxLength ?? Infinity);
      expect(s).not.toMatch(/\p{Cs}/u); // no lone surrogate, ever
    }),
    { seed: SEED, numRuns: 100 },
  );
}

describe("stringMatching: regressions", () => {
  it("^arn:([a-z\\d-]+):personalize:.*:.*:.+$ with max 256: matches, and reaches exactly 256 sometimes", () => {
    const pattern = "^arn:([a-z\\d-]+):personalize:.*:.*:.+$";
    assertMatches(pattern, { maxLength: 256 });
    expect(sample(pattern, { maxLength: 256 }).map(cpLength)).toContain(256);
  });

  it("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$ with 1..63: matches, short ones and 63 both occur", () => {
    const pattern = "^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$";
    assertMatches(pattern, { minLength: 1, maxLength: 63 });
    const lengths = sample(pattern, { minLength: 1, maxLength: 63 }).map(cpLength);
    expect(lengths).toContain(63);
    expect(Math.min(...lengths)).toBeLessThanOrEqual(3);
  });
});

describe("stringMatching: the subset of ECMAScript it builds by construction", () => {
  const rows: { name: string; pattern: string; c?: StringMatchingConstraints }[] = [
    { name: "literals and escapes", pattern: "^a\\.b\\$\\t\\x41\\u0042\\u{43}\\cJ\\0$" },
    { name: "classes: ranges, negation, class escapes, \\- and \\b (backspace) inside", pattern: "^[a-c\\d\\-_][^a-z\\s]*[\\b]?$", c: { maxLength: 9 } },
    { name: "\\w \\W \\d \\D \\s \\S", pattern: "^\\w\\W\\d\\D\\s\\S$" },
    { name: "dot", pattern: "^.{2,5}$" },
    { name: "groups: capturing, named, non-capturing, nested alternation", pattern: "^(?<scheme>s3|https?)://(?:[a-z]+\\.)+(com|org)$", c: { maxLength: 40 } },
    { name: "quantifiers * + ? {n} {n,} {n,m}, lazy ones too", pattern: "^a*b+c?d{2}e{1,}f{0,3}?g+?$", c: { maxLength: 30 } },
    { name: "Unicode property escapes, negated too", pattern: "^\\p{Lu}\\p{Script=Greek}+\\P{L}$", c: { maxLength: 6 } },
    { name: "surrogate-pair escapes make one astral range", pattern: "^[\\uD800\\uDC00-\\uDBFF\\uDFFF]{2}$" },
    { name: "top-level alternation with anchors in each branch", pattern: "^Action$|^.+::Action$", c: { minLength: 1, maxLength: 200 } },
    { name: "an unanchored end", pattern: "^arn:aws.*:kms:.*:[0-9]{12}:key/", c: { maxLength: 2048 } },
    { name: "\\b decided statically on both sides", pattern: "^\\b[0-9a-f]{8}\\b-[0-9a-f]{4}-\\b[0-9a-f]{12}\\b$", c: { minLength: 26, maxLength: 26 } },
    { name: "the empty pattern", pattern: "", c: { maxLength: 3 } },
  ];
  for (const row of rows) {
    it(row.name, () => {
      assertMatches(row.pattern, row.c);
      expect(compilePattern(row.pattern, row.c).byConstruction).toBe(true);
    });
  }

  it("plans with exact length sets: (ab)+ only even lengths, ([0-9a-f]{16})+ only multiples of 16", () => {
    expect(compilePattern("^(ab)+$", { minLength: 1, maxLength: 9 }).usualLengths.intervals).toEqual([[2, 2], [4, 4], [6, 6], [8, 8]]);
    const hex = compilePattern("^([0-9a-f]{16})+$", { minLength: 112, maxLength: 1024 });
    expect(hex.usualLengths.intervals).toEqual([[112, 112], [128, 128], [144, 144]]);
    expect(hex.longest).toBe(1024);
    assertMatches("^([0-9a-f]{16})+$", { minLength: 112, maxLength: 1024 });
  });

  it("keeps \\s to ASCII white space (Java's \\s) and . away from U+0085 (Java's line terminator)", () => {
    for (const s of sample("^\\s{4}$", {}, 200)) expect(s).toMatch(/^[ \t\n\v\f\r]{4}$/);
    for (const s of sample("^.{8}$", {}, 200)) expect(s).not.toContain("\u0085");
  });

  it("counts lengths in code points", () => {
    const values = sample("^[\\u{1F600}-\\u{1F64F}]{3}$");
    for (const v of values) {
      expect(cpLength(v)).toBe(3);
      expect(v.length).toBe(6);
    }
  });

  it('anchoring "full" (default) matches the whole pattern, as Java\'s matches(); "search" also pads unanchored sides', () => {
    const pattern = "^0|([1-9]\\d{0,3})$";
    const whole = /^(?:0|[1-9]\d{0,3})$/u;
    for (const s of sample(pattern)) expect(s).toMatch(whole);
    assertMatches(pattern, {}, { anchoring: "search" });
    expect(sample(pattern, {}, 64, { anchoring: "search" }).some((s) => !whole.test(s))).toBe(true);
  });

  it("an unanchored pattern whose whole matches are all shorter than @length pads them, as Java's find() accepts (model fuzzer)", () => {
    assertMatches("[a-z]", { minLength: 3, maxLength: 3 });
    assertMatches("^\\d{2}", { minLength: 5, maxLength: 6 });
    expect(() => stringMatching("^(ab)+$", { minLength: 3, maxLength: 3 })).toThrow("no match has a length within [3, 3]");
  });
});

describe("stringMatching: the fallback for lookarounds, and errors", () => {
  it("serves a lookahead by checking candidates against the real RegExp (ISO-8601 durations)", () => {
    const pattern =
      "^(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$";
    expect(compilePattern(pattern, { minLength: 1, maxLength: 100 }).byConstruction).toBe(false);
    assertMatches(pattern, { minLength: 1, maxLength: 100 });
  });

  it("throws an UnsupportedPatternError naming the shape when no candidate satisfies the assertions", () => {
    const arb = stringMatching("^x(?=y)$", { where: "ns#Never" });
    expect(() => fc.sample(arb, { numRuns: 1, seed: SEED })).toThrow(
      'ns#Never: cannot generate strings for pattern "^x(?=y)$": none of 32 candidates satisfied its lookarounds or inner anchors, which generation cannot build by construction',
    );
  });

  const errors: { pattern: string; c?: StringMatchingConstraints; message: string }[] = [
    { pattern: "^(a)\\1$", message: 'ns#S: cannot generate strings for pattern "^(a)\\\\1$": a backreference is not supported at offset 4' },
    {
      pattern: "^[a-z",
      message: 'ns#S: cannot generate strings for pattern "^[a-z": it is not a valid ECMAScript regular expression with the u flag (Invalid regular expression: /^[a-z/u: Unterminated character class)',
    },
    { pattern: "^a{3}$", c: { maxLength: 2 }, message: 'ns#S: cannot generate strings for pattern "^a{3}$": its shortest match is longer than the length bounds [0, 2] allow' },
    { pattern: "^(ab)+$", c: { minLength: 3, maxLength: 3 }, message: 'ns#S: cannot generate strings for pattern "^(ab)+$": no match has a length within [3, 3]' },
    { pattern: "^a\\bb$", message: 'ns#S: cannot generate strings for pattern "^a\\\\bb$": it matches no string' },
  ];
  for (const row of errors) {
    it(`rejects ${row.pattern} at once`, () => {
      const run = () => stringMatching(row.pattern, { ...row.c, where: "ns#S" });
      expect(run).toThrow(UnsupportedPatternError);
      expect(run).toThrow(row.message);
    });
  }
});

describe("stringMatching: as a fast-check arbitrary", () => {
  it("gives the same values for the same seed, and other values for another seed", () => {
    const arb = stringMatching("^[a-z0-9]{4,12}$");
    const a = fc.sample(arb, { numRuns: 20, seed: SEED });
    expect(fc.sample(arb, { numRuns: 20, seed: SEED })).toEqual(a);
    expect(fc.sample(arb, { numRuns: 20, seed: SEED + 1 })).not.toEqual(a);
  });

  it("shrinks towards the shortest, most readable match", () => {
    const failing = (pattern: string, c: StringMatchingConstraints) =>
      fc.check(fc.property(stringMatching(pattern, c), () => false), { seed: SEED }).counterexample;
    expect(failing("^[a-z]+@[a-z]+\\.com$", { maxLength: 40 })).toEqual(["a@a.com"]);
    expect(failing("^arn:([a-z\\d-]+):personalize:.*:.*:.+$", { maxLength: 256 })).toEqual(["arn:a:personalize:::a"]);
  });
});
