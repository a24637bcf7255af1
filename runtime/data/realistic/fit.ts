/**
 * Fitting a realistic string to its `@length` and `@pattern`: each candidate (strings.ts) is cut or
 * padded readably to the length bounds, and the first that matches the whole pattern is kept; then,
 * for a pattern that starts with `^` and has no alternatives (`^arn:aws.*:kms:.*:key/`, a prefix
 * rule), the first that matches it as a search (what Smithy's `@pattern` means, and what the contract's schema checks). When none does,
 * the regex engine (runtime/arbitraries/stringMatching.ts, used through its public `compilePattern`
 * only) builds matches from several tapes of small numbers — small numbers pick lower-case letters,
 * first alternatives and short repetitions — and the most readable is kept, once per pattern and
 * bounds; each value is that match repaired (repair.ts) with the value's own seed.
 * A value is never invalid: when nothing readable matches, the engine's value is returned as it is.
 *
 * Lengths count code points, as `@length` does; every candidate is ASCII, so that is its length.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html#pattern-trait
 */
import type { StringShapeConstraints } from "../../arbitraries/builder.ts";
import { compilePattern, type CompiledPattern } from "../../arbitraries/stringMatching.ts";
import { Rng } from "./random.ts";
import { repairMatch } from "./repair.ts";
import type { ResolvedSettings } from "./settings.ts";
import { NOUNS } from "./vocabulary.ts";

/** The compiled patterns and regular expressions of one generator (state kept in its instance). */
export class PatternCache {
  readonly #full = new Map<string, RegExp>();
  readonly #search = new Map<string, RegExp>();
  readonly #skeletons = new Map<string, string>();

  /** True when `s` matches the whole of `pattern` (as the engine's values do, and so also as a search). */
  matches(pattern: string, s: string): boolean {
    return regexp(this.#full, pattern, `^(?:${pattern})$`).test(s);
  }

  /** True when `pattern` finds a match in `s` (the schema's `pattern`, Smithy's meaning). */
  finds(pattern: string, s: string): boolean {
    return regexp(this.#search, pattern, pattern).test(s);
  }

  /**
   * The engine's most readable match of `pattern` within `c` ({@link readableMatch}), drawn from a
   * stream seeded by the pattern and bounds alone: a pure function of them, so it can be kept for
   * the generator's life without making a value depend on the values drawn before it. Each value
   * then varies it through repair.ts.
   */
  skeleton(pattern: string, c: StringShapeConstraints, where: string): string {
    const key = `${c.minLength ?? ""}:${c.maxLength ?? ""}:${pattern}`;
    let skeleton = this.#skeletons.get(key);
    if (skeleton === undefined) {
      const compiled = compilePattern(pattern, { ...(c.minLength !== undefined && { minLength: c.minLength }), ...(c.maxLength !== undefined && { maxLength: c.maxLength }), where });
      skeleton = readableMatch(compiled, new Rng(0).fork(key));
      this.#skeletons.set(key, skeleton);
    }
    return skeleton;
  }
}

function regexp(cache: Map<string, RegExp>, pattern: string, source: string): RegExp {
  let re = cache.get(pattern);
  if (re === undefined) {
    re = new RegExp(source, "u");
    cache.set(pattern, re);
  }
  return re;
}

/** How many tapes the engine fallback tries, and the bounds of their numbers (cycled). */
const TAPES = 16;
/** Tapes tried before a long but readable match is good enough. */
const GOOD_ENOUGH_AFTER = 4;
const TAPE_LIMITS = [26, 10, 36, 95] as const;
/** Strings longer than this read worse than shorter ones. */
const READABLE_LENGTH = 48;

/**
 * The first candidate that fits `c` once cut or padded, else the most readable match the engine
 * builds. Throws the engine's `UnsupportedPatternError` when the pattern cannot be served at all.
 *
 * @example fitString(["nightly-orders"], { maxLength: 7, pattern: "^[a-z-]+$" }, "ns#Name", settings, rng, cache) // "nightly"
 */
export function fitString(candidates: readonly string[], c: StringShapeConstraints, where: string, settings: ResolvedSettings, rng: Rng, cache: PatternCache): string {
  const min = c.minLength ?? 0;
  const max = c.maxLength ?? Infinity;
  const filler = rng.fork("filler");
  const fitted = candidates.flatMap((candidate) => lengthVariants(candidate, min, max, filler));
  const { pattern } = c;
  if (pattern === undefined) return fitted[0] ?? "a".repeat(min); // padding always fits bounds without a pattern
  const full = fitted.find((s) => cache.matches(pattern, s));
  if (full !== undefined) return full;
  // A prefix rule (`^arn:aws.*:kms:.*:key/`): a search match is what the model means (and all the schema checks).
  const prefixed = pattern.startsWith("^") && !pattern.includes("|") ? fitted.find((s) => cache.finds(pattern, s)) : undefined;
  if (prefixed !== undefined) return prefixed;
  return repairMatch(cache.skeleton(pattern, c, where), { ...c, pattern }, candidates.slice(0, 1), settings, rng.fork("repair"), cache);
}

/** `s` fitted to `[min, max]`: as it is, cut at a readable place, or padded with words (hyphenated, then joined, then digits). */
export function lengthVariants(s: string, min: number, max: number, filler: Rng): string[] {
  const length = [...s].length;
  if (length > max) return [cut(s, max, min)];
  if (length >= min) return [s];
  const spaced = s.includes(" ") && !s.includes("-");
  return [pad(s, min, max, spaced ? " " : "-", filler), pad(s, min, max, "", filler), padDigits(s, min, filler)];
}

/**
 * The first `max` code points, ending at a word's end where one lies past `min` (so `new-metrics`
 * cut to 5 is `new`, not `new-m`), less trailing separators (while the result stays at least `min` long).
 */
function cut(s: string, max: number, min: number): string {
  const points = [...s];
  let out = points.slice(0, max).join("");
  if (points.length > max && /[A-Za-z0-9]/.test(points[max]!)) {
    const boundary = Math.max(...[...out.matchAll(/[\s\-_./:@=+,]/g)].map((m) => m.index));
    if (boundary >= Math.max(min, 1)) out = out.slice(0, boundary);
  }
  while (out.length > Math.max(min, 1) && /[\s\-_./:@=+,]$/.test(out)) out = out.slice(0, -1);
  return out;
}

function pad(s: string, min: number, max: number, separator: string, filler: Rng): string {
  let out = s;
  while (out.length < min) out += (out.length === 0 ? "" : separator) + filler.pick(NOUNS);
  return cut(out, max, min);
}

function padDigits(s: string, min: number, filler: Rng): string {
  let out = s;
  while (out.length < min) out += String(filler.int(10));
  return out;
}

/**
 * The engine's most readable match among {@link TAPES} tapes: word characters and common
 * punctuation over printable ASCII, over anything without control characters, over the rest;
 * shorter than {@link READABLE_LENGTH} before longer. The first tape that reads well wins.
 */
export function readableMatch(compiled: CompiledPattern, rng: Rng): string {
  let best: string | undefined;
  let bestScore = Infinity;
  let failure: unknown;
  // Stop at the first tape that reads best, or once a few tapes have found a readable one (a long one will do).
  for (let t = 0; t < TAPES && bestScore > 0 && !(t >= GOOD_ENOUGH_AFTER && bestScore <= 1); t++) {
    const limit = TAPE_LIMITS[t % TAPE_LIMITS.length]!;
    const tape = Array.from({ length: compiled.tapeLength }, () => rng.int(limit));
    let s: string;
    try {
      s = compiled.build(tape);
    } catch (e) {
      failure = e;
      continue;
    }
    const score = readability(s);
    if (score < bestScore) {
      best = s;
      bestScore = score;
    }
  }
  if (best === undefined) throw failure;
  return best;
}

/** 0 reads best: see {@link readableMatch}. */
export function readability(s: string): number {
  const long = [...s].length > READABLE_LENGTH ? 1 : 0;
  if (/^[A-Za-z0-9 _.:/@=+,()*?#-]*$/.test(s)) return long;
  if (/^[\x20-\x7e]*$/.test(s)) return 2 + long;
  if (!hasControlOrLoneSurrogate(s)) return 4 + long;
  return 6 + long;
}

/** True when `s` holds a C0 control (U+0000–U+001F), DEL, a C1 control or an unpaired surrogate. */
export function hasControlOrLoneSurrogate(s: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}
