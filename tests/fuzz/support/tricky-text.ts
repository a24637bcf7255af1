/**
 * Test support: text that has broken code generators — comment terminators, template-literal
 * openers, backticks, `</script>`, JavaScript's line terminators U+2028/U+2029, NUL and the literal
 * text `\u0000`, quotes and backslashes — for documentation, enum values, defaults and patterns of
 * the fuzzer's models.
 */
import * as fc from "fast-check";

/** Pieces each known to end, open or escape something in generated TypeScript, JSON or HTML. */
export const TRICKY_PIECES = [
  "*/", "/*", "/**", "${", "${process.exit(1)}", "`", "```", "</script>", "<script>alert(1)</script>", "<!--", "-->",
  "\u2028", "\u2029", "\u0000", "\\u0000", "\\", '"', "'", "\\'", "@public", "@deprecated", "{@link x}", "<p>", "</p>",
  "&amp;", "😀", "\u0001", "\u001b", "\u007f", "\n", "\r\n", "\t", " * ", "//", "#{x}", "\u0085", "\ufeff", "\u200b", "é", "日本",
] as const;

/** A string made of tricky pieces and random text (may be empty). */
export const trickyText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TRICKY_PIECES) }, { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) }, { weight: 1, arbitrary: fc.constantFrom("Widget", "The value.", "x") }), { maxLength: 6 })
  .map((parts) => parts.join(""));

/** Documentation: tricky text that is never empty. */
export const trickyDoc: fc.Arbitrary<string> = trickyText.map((s) => (s === "" ? "*/" : s));

/** The number of Unicode code points of `s`: what Smithy's `@length` counts on a string. */
export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
