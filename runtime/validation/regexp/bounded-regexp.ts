/**
 * The `pattern`s of our validators, bounded in time whatever the value. A model's `@pattern` may
 * backtrack catastrophically on a crafted string — `^(a|aa)+$` on 30 `a`s and a `!`, Personalize's
 * own ARN pattern (`…:.*:.*:.+$`) on a few thousand colons, which takes V8 over a minute — and a mock
 * or `validate` must not hang on one. So each pattern is judged once, when ajv compiles it
 * (backtracking-risk.ts), and answered:
 *
 * - by the native engine (fast: the common case), when its worst case on a string of this length
 *   stays under {@link NATIVE_STEP_BUDGET} steps: always for a pattern of degree 0 or 1 (whose short
 *   repeats multiply the steps by at most {@link NATIVE_FACTOR}), up to 4096 characters for degree
 *   2, 256 for degree 3 (the ARN pattern: every ARN `@length` allows);
 * - else by our linear-time matcher (linear-matcher.ts), which gives the same answer in
 *   O(length × pattern size): always for an exponential pattern, past the length for the others.
 *
 * Patterns the matcher does not run — backreferences (our translation of Java's possessive
 * quantifiers and atomic groups writes one), or more than 20,000 states once counted repeats are
 * unrolled — stay native, after the classic nested quantifier is folded (nested-quantifiers.ts).
 *
 * @see https://ajv.js.org/options.html#code (the `regExp` engine option)
 */
import { foldNestedQuantifiers } from "../nested-quantifiers.ts";
import { backtrackingRisk } from "./backtracking-risk.ts";
import { LinearMatcher } from "./linear-matcher.ts";
import { compileNfa } from "./nfa.ts";
import { parsePattern } from "./parse-pattern.ts";

/** What ajv calls a compiled pattern: `test` is all it uses. */
export interface RegExpLike {
  test(input: string): boolean;
  /** ajv keys its compiled patterns by it: `/pattern/flags`, as a RegExp says it. */
  toString(): string;
}

/** The most steps (the pattern's degree as the exponent of the length) left to the native engine. */
export const NATIVE_STEP_BUDGET = 2 ** 24;

/** Up to this factor (short repeats and options retried, backtracking-risk.ts), a pattern of degree 0 or 1 stays native at any length. */
export const NATIVE_FACTOR = 1024;

/** How a pattern is matched: natively always, or natively up to `nativeUpTo` characters and linearly past. */
export type PatternEngine = { readonly engine: "native"; readonly why: string } | { readonly engine: "bounded"; readonly nativeUpTo: number; readonly why: string };

/**
 * How `pattern` (ECMAScript, `flags` as ajv passes them: `u`) is matched, and why.
 *
 * @example patternEngine("^(a|aa)+$", "u") // { engine: "bounded", nativeUpTo: 0, why: "exponential" }
 * @example patternEngine("^[a-z]+$", "u") // { engine: "native", why: "degree 1" }
 */
export function patternEngine(pattern: string, flags: string): PatternEngine & { readonly matcher?: LinearMatcher } {
  if (flags !== "u") return { engine: "native", why: `flags ${JSON.stringify(flags)}` };
  try {
    const tree = parsePattern(pattern);
    const risk = backtrackingRisk(tree);
    if (risk.kind === "polynomial" && risk.degree <= 1 && risk.factor <= NATIVE_FACTOR) return { engine: "native", why: `degree ${risk.degree}` };
    const matcher = new LinearMatcher(compileNfa(tree));
    if (risk.kind === "exponential") return { engine: "bounded", nativeUpTo: 0, why: "exponential", matcher };
    const why = `degree ${risk.degree}${risk.factor > 1 ? ` × ${risk.factor}` : ""}`;
    // Steps ≈ factor × length^degree: the longest length that keeps them within the budget.
    const nativeUpTo = risk.factor >= NATIVE_STEP_BUDGET ? 0 : Math.floor((NATIVE_STEP_BUDGET / risk.factor) ** (1 / Math.max(risk.degree, 1)) + 1e-9);
    return { engine: "bounded", nativeUpTo, why, matcher };
  } catch (e) {
    return { engine: "native", why: (e as Error).message };
  }
}

/**
 * `pattern` compiled for a validator: a `RegExp`, or an object whose `test` uses one up to the
 * length where it could take long and the linear-time matcher past it. Same answers as
 * `new RegExp(pattern, flags).test`.
 *
 * @example boundedRegExp("^(a+)+b$", "u").test("a".repeat(10_000)) // false, in milliseconds
 */
export function boundedRegExp(pattern: string, flags: string): RegExpLike {
  const folded = foldNestedQuantifiers(pattern);
  const native = new RegExp(folded, flags);
  const chosen = patternEngine(folded, flags);
  if (chosen.engine === "native") return native;
  const { nativeUpTo, matcher } = chosen;
  return {
    test: (input: string) => (input.length <= nativeUpTo ? native.test(input) : matcher!.test(input)),
    toString: () => native.toString(),
  };
}
