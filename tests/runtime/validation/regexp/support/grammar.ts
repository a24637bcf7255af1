/**
 * Random Unicode-mode ECMAScript patterns of the subset the linear-time matcher runs (every
 * construct the `@pattern` translation writes, its idioms for Java's anchors, boundaries, `\R` and
 * `\X` included, except the backreference of its atomic groups), and
 * random strings over an alphabet that tells those constructs apart: word and non-word characters,
 * line terminators and `\r\n`, a combining mark, an astral letter (a surrogate pair) and lone
 * surrogates.
 */
import * as fc from "fast-check";
import * as idioms from "../../../../../runtime/arbitraries/regex/javaIdioms.ts";

const ATOMS = [
  "a", "b", "c", "-", "\\.", "\\n", "\\r", "é", "\\u0301", "\\u{1F600}", "\\uD83D\\uDE00", "\\x41", "\\/",
  idioms.JAVA_LINE_BREAK, idioms.JAVA_LINE_BREAK_FIRST, "(?:\\r\\n|\\P{M}\\p{M}*|\\p{M}+)",
  ".", "[^]", "[ab]", "[^a]", "[a-c]", "[\\w-]", "[^\\s]", "[\\d\\n]", "[\\u{1F600}a]", "[\\uD800-\\uDBFF]",
  "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\p{L}", "\\P{L}", "\\p{Mn}", "\\p{Lu}", "[\\p{L}\\p{Nd}_]", "\\p{Alphabetic}",
];
/** Anchors and boundaries, ECMAScript's and the lookaround idioms our translation writes for Java's (`$`, `\\b`, `^` under MULTILINE…). */
const ASSERTIONS = [
  "^", "$", "\\b", "\\B",
  idioms.JAVA_DOLLAR, idioms.JAVA_DOLLAR_MULTILINE, idioms.JAVA_UNIX_DOLLAR, idioms.JAVA_CARET_MULTILINE, idioms.JAVA_UNIX_CARET_MULTILINE,
  idioms.JAVA_BOUNDARY, idioms.JAVA_NOT_BOUNDARY, idioms.JAVA_UNICODE_BOUNDARY,
];
const QUANTIFIERS = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{0,2}", "{1,}", "{2,3}?", "{0}", "{3,5}"];

/** A pattern of the matcher's subset (valid with the `u` flag by construction). */
export const supportedPattern: fc.Arbitrary<string> = fc.letrec((tie) => ({
  term: fc.oneof(
    { maxDepth: 3, depthSize: "small", withCrossShrink: true },
    fc.tuple(fc.constantFrom(...ATOMS), fc.constantFrom(...QUANTIFIERS)).map(([a, q]) => a + q),
    fc.constantFrom(...ASSERTIONS),
    fc
      .tuple(fc.constantFrom("(", "(?:", "(?<g>"), tie("alt"), fc.constantFrom(...QUANTIFIERS))
      .map(([open, body, q]) => `${open}${body})${q}`),
    fc.tuple(fc.constantFrom("(?=", "(?!", "(?<=", "(?<!"), tie("alt")).map(([open, body]) => `${open}${body})`),
  ),
  seq: fc.array(tie("term"), { maxLength: 3 }).map((xs) => xs.join("")),
  alt: fc.array(tie("seq"), { minLength: 1, maxLength: 2 }).map((xs) => xs.join("|")),
})).alt.filter(compiles) as fc.Arbitrary<string>;

/** False for the few drawn patterns Node refuses (a group name used twice). */
function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

const UNITS = ["a", "b", "c", "A", "-", ".", "_", "1", " ", "\n", "\r", "\u2028", "é", "\u0301", "😀", "\ud800", "\udc00", "!"];

/** A short string over {@link UNITS} (kept short: the native engine is the oracle, and may backtrack). */
export const text = (maxLength = 10): fc.Arbitrary<string> => fc.array(fc.constantFrom(...UNITS), { maxLength }).map((xs) => xs.join(""));

/**
 * Random patterns made to backtrack: few characters, alternations that overlap, repeats nested in
 * repeats, optional and counted pieces side by side — the shapes ReDoS is made of.
 */
export const backtrackingPattern: fc.Arbitrary<string> = fc.letrec((tie) => {
  const atom = fc.constantFrom("a", "b", "[ab]", ".", "\\w", "\\s", "[^b]", "(?:a|b)", "(?:a|ab)", "\\d");
  const quantifier = fc.constantFrom("", "*", "+", "?", "{0,3}", "{1,2}", "{2}", "*?", "{0,20}", "{1,40}");
  return {
    term: fc.oneof(
      { maxDepth: 3 },
      fc.tuple(atom, quantifier).map(([a, q]) => a + q),
      fc.tuple(fc.array(tie("term"), { minLength: 1, maxLength: 3 }), quantifier).map(([xs, q]) => `(?:${xs.join("")})${q}`),
      fc.array(tie("term"), { minLength: 2, maxLength: 2 }).map((xs) => `(?:${xs.join("|")})`),
    ),
    pattern: fc
      .tuple(fc.constantFrom("^", "", "^"), fc.array(tie("term"), { minLength: 1, maxLength: 4 }), fc.constantFrom("$", "", "$", "!"))
      .map(([start, xs, end]) => start + xs.join("") + end),
  };
}).pattern as fc.Arbitrary<string>;
