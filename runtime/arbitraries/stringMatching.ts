/**
 * Strings that match a Smithy `@pattern` and respect its `@length` together, built by construction.
 *
 * Most generators (json-schema-faker, Prism, zod-fast-check) draw from the pattern and then drop what
 * breaks `@length`, or the reverse; with `^arn:([a-z\d-]+):personalize:.*:.*:.+$` and a max of 256
 * that either loops or yields invalid data. Here the pattern is parsed (regex/parse.ts), the lengths
 * each part can match are computed (regex/plan.ts), a length inside the bounds that some match really
 * has is chosen, and the budget is split among the parts so that the result matches by construction.
 *
 * Fallback, for assertions that cannot be built by construction (lookarounds, anchors inside groups,
 * a `\b` whose sides are not known statically): candidates are built from the pattern without those
 * assertions, and the first that the engine's own `RegExp` (with the `u` flag) accepts is kept, out
 * of {@link StringMatchingSettings.attempts} tries; when none passes, generation throws an
 * {@link UnsupportedPatternError} naming the shape and the pattern. When no whole-string candidate
 * passes (a look-behind or a word boundary that needs context, such as `(?<=a)b`), candidates are
 * drawn as the ECMAScript search sees the pattern (Java's `find()`, padded on unanchored sides)
 * before giving up. In the AWS models only ISO-8601 durations (`(?=\d|T\d)`) need the fallback.
 *
 * Patterns come from the `@pattern` translation (codegen/model/pattern/), whose idioms for Java's
 * anchors, word boundaries and atomic groups the parser reads back (regex/javaIdioms.ts).
 *
 * Lengths count code points, as Smithy's `@length` does for strings.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html#pattern-trait
 * @see https://smithy.io/2.0/spec/constraint-traits.html#length-trait
 */
import * as fc from "fast-check";
import { UnsupportedPatternError } from "./errors.ts";
import { anchor, minLength, type AnchorMode } from "./regex/anchor.ts";
import type { RegexNode } from "./regex/ast.ts";
import type { CharSet } from "./regex/charSet.ts";
import type { LengthSet } from "./regex/lengthSet.ts";
import { parsePattern } from "./regex/parse.ts";
import { Plan } from "./regex/plan.ts";
import { Tape } from "./regex/tape.ts";

export interface StringMatchingConstraints {
  /** Minimum length in code points (`@length` min). */
  readonly minLength?: number;
  /** Maximum length in code points (`@length` max). */
  readonly maxLength?: number;
  /** The shape or member id the pattern belongs to, named in errors. */
  readonly where?: string;
  /**
   * The only code points values may hold (a header-bound string's: visible ASCII, space, tab):
   * every character class of the pattern, the padding of unanchored sides too, is cut down to it.
   */
  readonly alphabet?: CharSet;
}

export interface StringMatchingSettings {
  /** Usual lengths lie within `softLength` code points of the shortest allowed one (default 32). */
  readonly softLength?: number;
  /** When `maxLength` is at most this (default 4096), one value in eight has the longest allowed length. */
  readonly hardLength?: number;
  /** Candidates tried by the fallback for assertions (default 32). */
  readonly attempts?: number;
  /**
   * `"full"` (default): values match the whole pattern, as Java's `Matcher.matches()` wants, and so
   * also as an ECMAScript search. `"search"`: any string the ECMAScript search accepts (an unanchored
   * side is padded with arbitrary code points). See regex/anchor.ts.
   */
  readonly anchoring?: AnchorMode;
}

/** A pattern prepared for generation: what the arbitrary is a thin wrapper of. */
export interface CompiledPattern {
  /** False when the fallback (candidates checked against the real `RegExp`) is in use. */
  readonly byConstruction: boolean;
  /** The lengths usual values take. */
  readonly usualLengths: LengthSet;
  /** The longest allowed length, when values sometimes take it. */
  readonly longest?: number;
  /** How many tape entries a value usually reads. */
  readonly tapeLength: number;
  /** Builds one string from a tape of choices (same tape, same string). */
  build(tape: readonly number[]): string;
}

/**
 * Prepares `pattern` with `constraints`. Throws an {@link UnsupportedPatternError} when the pattern
 * is not valid with the `u` flag, uses a backreference, or has no match within the length bounds.
 */
export function compilePattern(pattern: string, constraints: StringMatchingConstraints = {}, settings: StringMatchingSettings = {}): CompiledPattern {
  const { where } = constraints;
  const soft = settings.softLength ?? 32;
  const hard = settings.hardLength ?? 4096;
  const attempts = settings.attempts ?? 32;
  const fail = (reason: string): never => {
    throw new UnsupportedPatternError(pattern, reason, where);
  };
  let parsed;
  try {
    parsed = parsePattern(pattern);
  } catch (e) {
    throw e instanceof UnsupportedPatternError && where !== undefined ? e.at(where) : e;
  }
  const anchored = anchor(parsed, settings.anchoring);
  const { checked } = anchored;
  const root = constraints.alphabet === undefined ? anchored.root : within(anchored.root, constraints.alphabet);
  // An empty class (`[]`, how the translation writes "Java never matches here") can leave nothing to build.
  if (matchesNothing(root)) fail(constraints.alphabet === undefined ? "it matches no string" : "it matches no string of the characters allowed here (an HTTP header's)");
  const lo = Math.max(constraints.minLength ?? 0, minLength(root));
  const hi = constraints.maxLength ?? Infinity;
  const bounds = `[${constraints.minLength ?? 0}, ${constraints.maxLength ?? "∞"}]`;
  if (lo > hi) fail(`its shortest match is longer than the length bounds ${bounds} allow`);

  // Plan up to a cap, raising it while no allowed length is found (sparse lengths such as (x{16})+).
  const bounded = hi <= hard;
  let cap = bounded ? hi : Math.min(hi, lo + soft);
  let plan = new Plan(root, cap);
  let allowed = plan.lengthsOf().within(lo, cap);
  while (allowed.isEmpty && cap < hi && cap < 1 << 20) {
    cap = Math.min(hi, Math.max(cap * 2, lo + soft));
    plan = new Plan(root, cap);
    allowed = plan.lengthsOf().within(lo, cap);
  }
  if (allowed.isEmpty) {
    // Java's find() also accepts a longer string around a match: an unanchored pattern whose whole
    // matches are all too short for `@length` still has values (`[a-z]` with length 3: `Z9a`).
    if (settings.anchoring !== "search") {
      try {
        return compilePattern(pattern, constraints, { ...settings, anchoring: "search" });
      } catch (e) {
        if (!(e instanceof UnsupportedPatternError)) throw e;
      }
    }
    fail(`no match has a length within ${bounds}`);
  }
  const usualLengths = allowed.within(allowed.min!, allowed.min! + soft);
  const longest = bounded && allowed.max! > usualLengths.max! ? allowed.max! : undefined;
  const re = !checked ? undefined : new RegExp(settings.anchoring === "search" ? pattern : `^(?:${pattern})$`, "u");

  const build = (tape: readonly number[]): string => {
    const choices = new Tape(tape);
    for (let attempt = 0; attempt < (re ? attempts : 1); attempt++) {
      const n = longest !== undefined && choices.next(8) === 7 ? longest : usualLengths.nth(choices.next(usualLengths.size));
      const out: number[] = [];
      plan.generate(plan.root, n, choices, out);
      const s = fromCodePoints(out);
      if (!re || re.test(s)) return s;
    }
    // No whole-string match passed: a look-behind or boundary may need context around the match,
    // which is what Java's find() (and the ECMAScript search) allows.
    const search = searchPlan();
    if (search) return search.build(tape);
    return fail(`none of ${attempts} candidates satisfied its lookarounds or inner anchors, which generation cannot build by construction`);
  };
  let searchCompiled: CompiledPattern | null | undefined;
  const searchPlan = (): CompiledPattern | null => {
    if (searchCompiled !== undefined) return searchCompiled;
    searchCompiled = null;
    if (re && settings.anchoring !== "search") {
      try {
        searchCompiled = compilePattern(pattern, constraints, { ...settings, anchoring: "search" });
      } catch (e) {
        if (!(e instanceof UnsupportedPatternError)) throw e;
      }
    }
    return searchCompiled;
  };
  return {
    byConstruction: !checked,
    usualLengths,
    ...(longest !== undefined && { longest }),
    tapeLength: Math.min(512, 8 + 2 * usualLengths.max!),
    build,
  };
}

/**
 * An arbitrary of strings matching `pattern` (an ECMAScript pattern, valid with the `u` flag) whose
 * length in code points lies within `minLength..maxLength`. Deterministic under fast-check's seed;
 * shrinks towards short, readable matches. Throws an {@link UnsupportedPatternError} at once for a
 * pattern it cannot serve (see {@link compilePattern}).
 *
 * @example
 * fc.sample(stringMatching("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$", { minLength: 1, maxLength: 63 }), 3)
 * // e.g. ["a", "Qz-9", "k_x"]
 */
export function stringMatching(pattern: string, constraints: StringMatchingConstraints = {}, settings: StringMatchingSettings = {}): fc.Arbitrary<string> {
  const compiled = compilePattern(pattern, constraints, settings);
  return fc.array(fc.nat(), { minLength: compiled.tapeLength, maxLength: compiled.tapeLength }).map((tape) => compiled.build(tape));
}

/** True when no string matches `node` (an empty class on every path). */
/** `node` with every character set cut down to `alphabet` (lookaround bodies are the engine's to check). */
function within(node: RegexNode, alphabet: CharSet): RegexNode {
  switch (node.type) {
    case "chars":
      return { type: "chars", set: node.set.intersect(alphabet) };
    case "assert":
      return node;
    case "seq":
      return { type: "seq", items: node.items.map((n) => within(n, alphabet)) };
    case "alt":
      return { type: "alt", options: node.options.map((n) => within(n, alphabet)) };
    case "repeat":
      return { ...node, node: within(node.node, alphabet) };
  }
}

function matchesNothing(node: RegexNode): boolean {
  switch (node.type) {
    case "chars":
      return node.set.size === 0;
    case "assert":
      return false;
    case "seq":
      return node.items.some(matchesNothing);
    case "alt":
      return node.options.every(matchesNothing);
    case "repeat":
      return node.min > 0 && matchesNothing(node.node);
  }
}

function fromCodePoints(cps: readonly number[]): string {
  let s = "";
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...cps.slice(i, i + 4096));
  return s;
}
