/**
 * The translation, pinned: `given` Java pattern → `want` ECMAScript source, one or more rows per
 * construct of Java's dialect (issue 7). What each row means is checked against the JDK in
 * java-differential.test.ts; these rows hold the printed form steady and readable.
 */
import { describe, expect, it } from "vitest";
import { translateJavaPattern } from "../../../codegen/model/pattern/translate.ts";

const DOLLAR = "(?=(?:\\r\\n|[\\n\\r\\x85\\u2028\\u2029])?$)(?!(?<=\\r)\\n)";
const WORD = "[\\p{L}\\p{Nd}_]";
const BOUND = `(?:(?<=${WORD}|[\\p{L}\\p{Nd}]\\p{Mn}+)(?!${WORD})(?!\\p{Mn}(?<=[\\p{L}\\p{Nd}]\\p{Mn}+))|(?<!${WORD}|[\\p{L}\\p{Nd}]\\p{Mn}+)(?=${WORD}))`;
const UWORD = "[\\p{Alphabetic}\\p{Mn}\\p{Me}\\p{Mc}\\p{Nd}\\p{Pc}\\u200C\\u200D]";

const EXACT: readonly (readonly [string, string])[] = [
  // inline and scoped flags, flags in the middle (they last to the end of the group)
  ["(?i)ab", "[Aa][Bb]"],
  ["(?iu)k", "[Kk\\u212A]"],
  ["(?i:a)b", "[Aa]b"],
  ["a(?i)b|c", "a[Bb]|[Cc]"],
  ["(?i)a(?-i)b", "[Aa]b"],
  ["(?s).", "[^]"],
  [".", "[^\\x0A\\x0D\\x85\\u2028\\u2029]"],
  ["(?d).", "[^\\x0A]"],
  ["(?x) a b # a comment", "ab"],
  ["(?x)[a b]", "[ab]"],
  ["(?u)k", "k"],
  ["(?U)\\w", UWORD],
  ["(?iu)\u00dfx", "[\\xDF\\u1E9E][Xx]"],
  ["(?iu)\u00df", "\\xDF"],
  // possessive quantifiers and atomic groups: a lookahead captures, a backreference consumes
  ["a*+", "(?:(?=(a*))\\1)"],
  ["a++", "(?:(?=(a+))\\1)"],
  ["a?+", "(?:(?=(a?))\\1)"],
  ["a{2}+", "(?:(?=(a{2}))\\1)"],
  ["a{1,3}+", "(?:(?=(a{1,3}))\\1)"],
  ["(?>ab|a)c", "(?:(?=(ab|a))\\1)c"],
  ["(a)(?>b)\\1", "(a)(?:(?=(b))\\2)(?:\\1)"],
  // a possessive repetition of a group: each repetition atomic, and the whole
  ["(?:ab|a)*+", "(?:(?=((?:(?=(ab|a))\\2)*))\\1)"],
  // Java's `?` takes its atom's first match, even an empty one
  ["(a|)?b", "(?:a||)b"],
  ["(|a)??b", "(?:||a)b"],
  // `\R` where Java never backtracks into it (the atom of a quantifier) keeps \r\n whole
  ["\\R{2}", "(?:\\r\\n|\\r(?!\\n)|[\\n\\x0B\\f\\x85\\u2028\\u2029]){2}"],
  // anchors
  ["\\Aa", "^a"],
  ["a\\z", "a$"],
  ["a\\Z", `a${DOLLAR}`],
  ["a$", `a${DOLLAR}`],
  ["\\Ga", "^a"],
  ["(?m)^a$", "(?<=^|[\\n\\r\\x85\\u2028\\u2029])(?!$)(?!(?<=\\r)\\n)a(?=[\\n\\r\\x85\\u2028\\u2029]|$)(?!(?<=\\r)\\n)"],
  ["(?d)a$", "a(?=\\n?$)"],
  ["(?dm)^a", "(?<=^|\\n)(?!$)a"],
  // \Q…\E
  ["\\Q.*\\E", "\\.\\*"],
  ["\\Q*\\E+", "\\*+"],
  // class algebra: intersection, subtraction, nesting, class escapes as range ends
  ["[a-z&&[^aeiou]]", "[b-df-hj-np-tv-z]"],
  ["[a-z&&def]", "[d-f]"],
  ["[a[bc]]", "[a-c]"],
  ["[^a[b]]", "[^ab]"],
  ["[\\w-_]", "[\\-0-9A-Z_a-z]"],
  ["[a-zA-Z0-9-_]", "[\\-0-9A-Z_a-z]"],
  ["[]a]", "[\\]a]"],
  ["[\\p{L}&&[^\\p{Lu}]]", "" /* explicit ranges: checked below */],
  // POSIX and Java classes
  ["\\p{Alnum}", "[0-9A-Za-z]"],
  ["\\p{Punct}", "[!-/:-@\\[-`{-~]"],
  ["\\p{Print}", "[ -~]"],
  ["\\p{Blank}", "[\\x09 ]"],
  ["\\p{LD}", "[\\p{L}\\p{Nd}]"],
  ["\\p{javaLowerCase}", "\\p{Lowercase}"],
  ["(?i)\\p{javaLowerCase}", "[\\p{Lowercase}\\p{Uppercase}\\p{Lt}]"],
  ["\\p{IsAlphabetic}", "\\p{Alphabetic}"],
  ["\\p{InGreek}", "[\\u0370-\\u03FF]"],
  ["\\p{IsLatin}", "\\p{Script=Latin}"],
  ["\\p{Lu}", "\\p{Lu}"],
  ["(?i)\\p{Lu}", "\\p{LC}"],
  ["\\PL", "\\P{L}"],
  ["[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*", "[\\p{L}\\p{Z}\\p{N}+\\--/:=@_]*"],
  // escapes
  ["\\0101", "A"],
  ["\\07", "\\x07"],
  ["\\x{1F600}", "\\u{1F600}"],
  ["\\uD83D\\uDE00", "\\u{1F600}"],
  ["\\cA\\e\\a", "\\x01\\x1B\\x07"],
  ["\\!\\_\\ ", "!_ "],
  ["a\\/b}]", "a\\/b\\}\\]"],
  ["\\h", "[\\x09 \\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]"],
  ["\\v", "[\\x0A-\\x0D\\x85\\u2028\\u2029]"],
  ["\\R", "(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])"],
  // quantifiers after anchors, lookarounds, quantifiers
  ["^*a", "a"],
  ["$+", DOLLAR],
  ["(?=a)*b", "b"],
  ["(?=a)+b", "(?=a)b"],
  ["a{2}{3}", "a{2}"],
  ["x*?y", "x*?y"],
  ["(a|b)??", "(?:a|b)??"],
  // word boundaries
  ["\\bx", `${BOUND}x`],
  ["\\Bx", `(?!${BOUND})x`],
  ["(?U)\\bx", `(?:(?<=${UWORD})(?!${UWORD})|(?<!${UWORD})(?=${UWORD}))x`],
  // look-behind bounds as Java computes them (32-bit overflow: a*b* never matches)
  ["(?<=a{1,3})b", "(?<=a{1,3})b"],
  ["(?<=a*b*)c", "[]c"],
  ["(?<!a*b*)c", "c"],
  ["(?<=a*b*x)c", "[]c"],
  ["(?<=a*a)c", "(?<=a*a)c"],
  ["(?<=a*ab)c", "(?<=a*ab)c"],
  ["(?<=a*a?b?)c", "(?<=[^]{1})(?<=a*a?b?)c"],
  ["(?<!a*a?b?)c", "(?:(?<![^]{1})|(?<!a*a?b?))c"],
  // groups and backreferences: captures only where referenced
  ["(a)\\1", "(a)(?:\\1)"],
  ["(?<n>a)\\k<n>", "(a)(?:\\1)"],
  ["(a)(b)", "ab"],
  ["\\8", "[]"],
  ["", ""],
  ["|a", "|a"],
  // a corpus pattern: a surrogate pair range, and Java's $
  ["^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*$", `^[\\x09\\x0A\\x0D -\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]*${DOLLAR}`],
];

const APPROXIMATED: readonly (readonly [string, string, string])[] = [
  ["\\X", "(?:\\r\\n|\\P{M}\\p{M}*|\\p{M}+)", "\\X (grapheme cluster)"],
  ["a\\b{g}", "a(?:^|$|(?![\\p{M}\\u200D])(?!(?<=\\r)\\n))", "\\b{g} (grapheme cluster boundary)"],
  ["\\N{LATIN SMALL LETTER A}", "[^]", "\\N{LATIN SMALL LETTER A}"],
  ["(?c)a", "a", "(?c) canonical equivalence"],
  ["(?<=(?>a))b", "(?<=(?:a))b", "(?>…) inside a look-behind"],
  ["(?<=a?+)b", "(?<=a?)b", "possessive quantifier inside a look-behind"],
  ["(a)?\\1", "(a)?(?:\\1)", "backreference \\1"],
  ["(?i)(a)\\1", "([Aa])(?:\\1)", "backreference \\1"],
  ["(?>(?:|a)*)", "(?:(?=((?:|a)*))\\1)", "a repetition that can match empty inside an atomic group or possessive quantifier"],
  ["[\\wa&&]", "[]", "class intersection with nothing on its right"],
];

describe("translateJavaPattern", () => {
  it("prints each Java construct as the pinned ECMAScript, exactly", () => {
    for (const [given, want] of EXACT) {
      const t = translateJavaPattern(given);
      if (want !== "") expect(t.ecmaScript, given).toBe(want);
      expect(t.approximations, given).toEqual([]);
      expect(() => new RegExp(t.ecmaScript, "u"), given).not.toThrow();
    }
  });

  it("computes class algebra over property escapes as explicit sets", () => {
    const re = new RegExp(`^${translateJavaPattern("[\\p{L}&&[^\\p{Lu}]]").ecmaScript}$`, "u");
    expect(["a", "é", "ß", "ǅ", "A", "É", "1"].map((c) => re.test(c))).toEqual([true, true, true, true, false, false, false]);
  });

  it("names what it approximates, and still translates", () => {
    for (const [given, want, construct] of APPROXIMATED) {
      const t = translateJavaPattern(given);
      expect(t.ecmaScript, given).toBe(want);
      expect(t.approximations.map((a) => a.construct), given).toEqual([construct]);
    }
  });

  it("keeps the model's text", () => {
    expect(translateJavaPattern("^\\p{Print}+$").source).toBe("^\\p{Print}+$");
  });
});
