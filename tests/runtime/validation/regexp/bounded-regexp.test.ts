/**
 * The engine a validator's pattern gets (runtime/validation/regexp/bounded-regexp.ts): native where
 * backtracking stays small, the linear-time matcher past a length for polynomial patterns and
 * always for exponential ones, native for what the matcher does not run; the same answers as
 * `new RegExp(pattern, "u")` either way.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedRegExp, NATIVE_STEP_BUDGET, patternEngine } from "../../../../runtime/validation/regexp/bounded-regexp.ts";
import { corpusPatterns } from "./support/corpus-patterns.ts";
import { backtrackingPattern, supportedPattern, text } from "./support/grammar.ts";
import { NativeWorker } from "./support/native-worker.ts";

const SEED = Number(process.env.BOUNDED_REGEXP_SEED ?? 12_2026);

describe("patternEngine", () => {
  it.each([
    ["^[a-z]+$", "degree 1"],
    // Each run ends at its colon; a fixed count is no choice.
    ["^[a-z]+:[a-z]+:[0-9]{12}$", "degree 0"],
    // A backreference is fine natively where the risk is low (the matcher is not even tried).
    ["^(a+)\\1$", "degree 1"],
    ["^$", "degree 0"],
  ])("%s: native (%s)", (pattern, why) => {
    expect(patternEngine(pattern, "u")).toEqual({ engine: "native", why });
  });

  it.each([
    // The matcher does not run backreferences (our translation of atomic groups writes one): a
    // risky pattern with one stays native, unbounded (README, Patterns that backtrack).
    ["^(a|aa)+\\1$", "a backreference"],
    ["^(?:(?=(a*))\\1)b$", "a backreference"],
    // Counted repeats unrolled past the matcher's size.
    ["^(?:a|b){20000}c*c*$", "more than 20000 states"],
  ])("%s: native, the matcher does not take it (%s)", (pattern, why) => {
    expect(patternEngine(pattern, "u")).toEqual({ engine: "native", why });
  });

  it("other flags than ajv's `u`: native", () => {
    expect(patternEngine("^(a|aa)+$", "")).toEqual({ engine: "native", why: 'flags ""' });
  });

  it.each([
    ["^(a|aa)+$", 0, "exponential"],
    ["(.*a){12}", 0, "exponential"],
    // Degree 3: 2^24 steps is 256^3.
    ["^arn:([a-z\\d-]+):personalize:.*:.*:.+$", 256, "degree 3"],
    // Degree 2: 4096^2.
    ["^.*.*$", 4096, "degree 2"],
    // Degree 0 and a factor of 2^12 (past NATIVE_FACTOR): 2^24 / 2^12 = 4096 characters.
    [`^${"a?".repeat(12)}${"a".repeat(12)}$`, 4096, "degree 0 × 4096"],
  ])("%s: native up to %i characters, then linear (%s)", (pattern, nativeUpTo, why) => {
    const chosen = patternEngine(pattern, "u");
    expect({ engine: chosen.engine, nativeUpTo: chosen.engine === "bounded" ? chosen.nativeUpTo : undefined, why: chosen.why }).toEqual({ engine: "bounded", nativeUpTo, why });
    expect(nativeUpTo ** Math.max(Number(why.match(/degree (\d)/)?.[1] ?? 1), 1)).toBeLessThanOrEqual(NATIVE_STEP_BUDGET);
  });
});

describe("boundedRegExp", () => {
  it("is a plain RegExp where the native engine is kept", () => {
    const re = boundedRegExp("^[a-z]+$", "u");
    expect(re).toBeInstanceOf(RegExp);
    expect(re.toString()).toBe("/^[a-z]+$/u");
  });

  it("otherwise says the pattern as a RegExp does (ajv keys compiled patterns by it)", () => {
    expect(boundedRegExp("^(a|aa)+$", "u").toString()).toBe("/^(a|aa)+$/u");
  });

  it("answers the classic ReDoS cases at once (a hang is the failure)", { timeout: 20_000 }, () => {
    const crafted = `${"a".repeat(30)}!`;
    expect(boundedRegExp("^(a+)+$", "u").test(crafted)).toBe(false);
    expect(boundedRegExp("(a|a)*b", "u").test(crafted)).toBe(false);
    expect(boundedRegExp("^(a|aa)+$", "u").test(crafted)).toBe(false);
    expect(boundedRegExp("^(\\w+\\s?)+$", "u").test(crafted)).toBe(false);
    expect(boundedRegExp("^(?:a?a?)+$", "u").test(crafted)).toBe(false);
    expect(boundedRegExp("(.*a){12}", "u").test(`${"a".repeat(11)}${"!".repeat(20_000)}`)).toBe(false);
    expect(boundedRegExp("^arn:([a-z\\d-]+):personalize:.*:.*:.+$", "u").test(`arn:aws:personalize${":".repeat(3000)}\n\n`)).toBe(false);
    expect(boundedRegExp("^(a|aa)+$", "u").test("a".repeat(30))).toBe(true);
  });

  it(`answers as the native engine on random patterns (seed ${SEED}, BOUNDED_REGEXP_SEED replays it)`, { timeout: 300_000 }, () => {
    console.log(`bounded regexp seed: ${SEED}`);
    fc.assert(
      fc.property(supportedPattern, fc.array(text(), { minLength: 1, maxLength: 8 }), (pattern, strings) => {
        const bounded = boundedRegExp(pattern, "u");
        const native = new RegExp(pattern, "u");
        for (const s of strings) expect(bounded.test(s), `${pattern} on ${JSON.stringify(s)}`).toBe(native.test(s));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("answers as the native engine on every reference model's pattern, past the native length too", { timeout: 300_000 }, () => {
    // Strings longer than nativeUpTo that the native engine still answers quickly: a drawn prefix
    // stretched by a run of a character the pattern takes (answers both ways are checked).
    const wrong: string[] = [];
    let linear = 0;
    for (const { java, ecmaScript } of corpusPatterns()) {
      const chosen = patternEngine(ecmaScript, "u");
      if (chosen.engine !== "bounded") continue;
      linear++;
      const native = new RegExp(ecmaScript, "u");
      const bounded = boundedRegExp(ecmaScript, "u");
      const long = chosen.nativeUpTo + 10;
      const strings = ["a", "0", ":", "-", "/", ".", " "].flatMap((c) => [c.repeat(long), `arn:aws:x:${c.repeat(long)}`, `${c.repeat(long)}:x`]);
      const differ = strings.filter((s) => bounded.test(s) !== native.test(s));
      if (differ.length > 0) wrong.push(`${java}: ${differ.length} differ`);
    }
    expect(linear).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});

describe("what stays native answers quickly", () => {
  const SECONDS = 5;
  it(`random backtracking shapes: the native engine, where kept, answers pumped strings of the longest native length within ${SECONDS} s (seed ${SEED})`, { timeout: 600_000 }, async () => {
    // A string that almost matches: a prefix, a short unit repeated up to the length the engine
    // leaves to V8 (5000 where it always does), and a character that breaks the match.
    // Mostly the characters the shapes are made of (`a`, `b`), so that the runs feed their repeats.
    const UNITS = ["a", "a", "a", "b", "b", "1", " ", "\n", "é", "😀", "!"];
    const cases = fc.sample(fc.tuple(backtrackingPattern, fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 2 }), fc.array(fc.constantFrom(...UNITS), { maxLength: 2 }), fc.constantFrom("!", "!", "\n", "b", "a")), {
      seed: SEED,
      numRuns: 600,
    });
    const worker = new NativeWorker();
    const slow: string[] = [];
    let kept = 0;
    try {
      for (const [pattern, unit, prefix, breaker] of cases) {
        const chosen = patternEngine(pattern, "u");
        // Too large for the matcher: native and unbounded, the known gap (README).
        if (chosen.why.startsWith("more than")) continue;
        const length = chosen.engine === "native" ? 5000 : chosen.nativeUpTo;
        if (length < 20) continue;
        kept++;
        const run = unit.join("").repeat(Math.floor((length - 3) / unit.length));
        const inputs = [`${prefix.join("")}${run}${breaker}`, `${run}${breaker}`, `${prefix.join("")}${run}`];
        if (!(await worker.answersWithin(pattern, inputs, SECONDS * 1000))) slow.push(`${pattern} (${chosen.why}) on ${JSON.stringify(inputs[0]!.slice(0, 12))}…`);
      }
    } finally {
      await worker.close();
    }
    console.log(`native kept for ${kept} of ${cases.length} random backtracking shapes`);
    expect(kept).toBeGreaterThan(30);
    expect(slow).toEqual([]);
  });
});
