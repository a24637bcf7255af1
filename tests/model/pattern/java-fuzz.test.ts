/**
 * Random Java patterns, built from a grammar of Java's constructs (flags, quantifiers of every
 * kind, atomic groups, look-arounds, class algebra, anchors, escapes, stray metacharacters), put to
 * java.util.regex in one JVM with random strings: where Java rejects a pattern we reject it with the
 * same description and index; where Java accepts it and we translate it exactly, `find()` and
 * `test()` agree on every string. The seed is printed (PATTERN_FUZZ_SEED replays it).
 *
 * Strings stay in the Basic Multilingual Plane: with a character outside it, Java's `find()` also
 * starts inside its surrogate pair, which an ECMAScript Unicode-mode search never does (README,
 * Patterns), and V8 itself mis-answers some zero-width matches there.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JavaPatternError, translateJavaPattern } from "../../../codegen/model/pattern/translate.ts";
import { javaOracle } from "../../support/java/oracle.ts";

const SEED = Number(process.env.PATTERN_FUZZ_SEED ?? 7_2026);
const PATTERNS = 1200;

const atom = fc.constantFrom(
  "a", "b", "A", "k", "K", "\u212a", "ß", "é", ".", "\\d", "\\w", "\\s", "\\S", "\\W", "\\h", "\\v", "\\R", "\\X", "\\b", "\\B",
  "^", "$", "\\A", "\\z", "\\Z", "\\G", "[a-c]", "[^a]", "[\\w-_]", "[a-z&&[^b]]", "[a[b]]", "[^a[b]]", "[a&&b]", "[]a]", "[a-]",
  "\\p{L}", "\\p{Lu}", "\\P{L}", "\\p{Punct}", "\\p{IsLatin}", "\\p{InGreek}", "\\p{javaLowerCase}", "\\x41", "\\0101", "\\u0085",
  "\\Q.*\\E", "\\n", "\\r", "-", "_", " ", "\\.", "#", "[\\s\\S]", "(?i)", "(?-i)", "(?s)", "(?m)", "(?d)", "(?u)", "(?iu)", "(?x)",
  "(?U)", "{", "}", "]", "[", "(", ")", "|", "*", "+", "?", "\\1", "\\k<n>", "&&",
);
const quantifier = fc.constantFrom("", "", "", "*", "+", "?", "*?", "+?", "??", "*+", "++", "?+", "{2}", "{1,2}", "{0,}", "{2}+", "{1,3}?");
const piece: fc.Arbitrary<string> = fc.letrec((tie) => ({
  p: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.tuple(atom, quantifier).map(([a, q]) => a + q),
    fc
      .tuple(fc.constantFrom("(", "(?:", "(?>", "(?=", "(?!", "(?<=", "(?<!", "(?i:", "(?<n>"), fc.array(tie("p"), { maxLength: 3 }), fc.constantFrom(")", ")", "|)"), quantifier)
      .map(([open, inner, close, q]) => open + inner.join("") + close + q),
  ) as fc.Arbitrary<string>,
})).p;
const pattern = fc.array(piece, { minLength: 1, maxLength: 5 }).map((xs) => xs.join(""));
const text = fc
  .array(fc.constantFrom("a", "b", "A", "B", "k", "K", "\u212a", "ß", "ẞ", "é", "É", "1", "_", "-", " ", "\n", "\r", "\u0085", "\u2028", ".", "*", "#", "\u0301", "\u03b1", "n", "x"), { maxLength: 6 })
  .map((xs) => xs.join(""));

describe("random Java patterns against java.util.regex", () => {
  it("are rejected as Java rejects them, or match as Java matches", { timeout: 180_000 }, () => {
    console.log(`pattern fuzz seed: ${SEED} (PATTERN_FUZZ_SEED=${SEED} replays it)`);
    const patterns = fc.sample(pattern, { numRuns: PATTERNS, seed: SEED });
    const strings = [...new Set(fc.sample(text, { numRuns: 40, seed: SEED + 1 }))];
    const answers = javaOracle(patterns.map((p) => ({ pattern: p, strings })));
    const wrong: string[] = [];
    let rejected = 0;
    let crashed = 0;
    let approximated = 0;
    let agreeing = 0;
    patterns.forEach((p, i) => {
      const java = answers[i]!;
      if (java.crash !== undefined) return void crashed++; // java.util.regex's own bug: nothing to compare
      let translated: string | undefined;
      let error: JavaPatternError | undefined;
      let exact = true;
      try {
        const t = translateJavaPattern(p);
        translated = t.ecmaScript;
        exact = t.approximations.length === 0;
      } catch (e) {
        if (!(e instanceof JavaPatternError)) throw e;
        error = e;
      }
      if (java.error !== undefined) {
        rejected++;
        if (error?.description !== java.error || error.index !== java.index) {
          wrong.push(`${JSON.stringify(p)}: Java rejects it (${java.error} near index ${java.index}); ours: ${error ? error.message : "accepted"}`);
        }
        return;
      }
      if (error) return void wrong.push(`${JSON.stringify(p)}: Java accepts it; we reject it (${error.message})`);
      if (!exact) return void approximated++;
      const re = new RegExp(translated!, "u");
      const differ = strings.filter((s, k) => re.test(s) !== java.find![k]);
      if (differ.length > 0) wrong.push(`${JSON.stringify(p)} → ${JSON.stringify(translated)} differs on ${JSON.stringify(differ.slice(0, 3))}`);
      else agreeing++;
    });
    console.log(
      `random patterns: ${rejected} rejected as Java rejects them, ${agreeing} agreeing, ${approximated} approximated and ${crashed} crashing java.util.regex (not compared), ${wrong.length} wrong`,
    );
    expect(wrong).toEqual([]);
    expect(rejected).toBeGreaterThan(PATTERNS / 5);
    expect(agreeing).toBeGreaterThan(PATTERNS / 5);
  });

  it("agree on random character classes: nesting, negation, intersection, ranges, escapes, under every case flag", { timeout: 180_000 }, () => {
    const member: fc.Arbitrary<string> = fc.letrec((tie) => ({
      m: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom(
          "a", "z", "A", "Z", "k", "s", "i", "I", "µ", "ÿ", "å", "Å", "é", "ß", "-", "^", "&", "]", "[", " ", "#", "\\\\", "\\-", "\\]",
          "\\[", "\\w", "\\d", "\\s", "\\W", "\\S", "\\D", "\\h", "\\v", "\\p{L}", "\\p{Lu}", "\\P{Ll}", "\\p{Alpha}",
          "\\p{javaUpperCase}", "\\x41", "\\u212a", "\\0141", "a-z", "A-Z", "a-\\x7a", "\\w-_", "0-9", "\\u00c0-\\u00ff",
          "\\u0370-\\u03ff", "k-s", "&&", "&&[^aeiou]", "&&a-f",
        ),
        tie("c"),
      ),
      c: fc.tuple(fc.constantFrom("[", "[^"), fc.array(tie("m"), { maxLength: 4 })).map(([open, xs]) => `${open}${xs.join("")}]`),
    })).c as fc.Arbitrary<string>;
    const patterns = fc.sample(fc.tuple(fc.constantFrom("", "(?i)", "(?iu)", "(?U)", "(?x)", "(?ix)", "(?iU)"), member).map(([f, c]) => f + c), { numRuns: 1000, seed: SEED + 2 });
    const chars = [..."aAzZkKsSiIıİſ\u212aµΜμÿŸåÅ\u212béÉßẞ-^&][ #\\_0\u0661\u00a0\u2003\n\u0085σςΣǅǄǆ\u0301xα"];
    const answers = javaOracle(patterns.map((p) => ({ pattern: p, strings: chars })));
    const wrong: string[] = [];
    patterns.forEach((p, i) => {
      const java = answers[i]!;
      if (java.crash !== undefined) return;
      let translated: string | undefined;
      try {
        translated = translateJavaPattern(p).ecmaScript;
      } catch (e) {
        if (!(e instanceof JavaPatternError)) throw e;
        if (e.description !== java.error || e.index !== java.index) wrong.push(`${JSON.stringify(p)}: ours ${e.message}; Java ${java.error ?? "accepts it"}`);
        return;
      }
      if (java.error !== undefined) return void wrong.push(`${JSON.stringify(p)}: Java rejects it (${java.error}); we accept it`);
      const re = new RegExp(translated, "u");
      const differ = chars.filter((ch, k) => re.test(ch) !== java.find![k]);
      if (differ.length > 0) wrong.push(`${JSON.stringify(p)} → ${JSON.stringify(translated)} differs on ${JSON.stringify(differ)}`);
    });
    expect(wrong).toEqual([]);
  });
});
