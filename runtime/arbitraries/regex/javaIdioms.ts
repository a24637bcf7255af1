/**
 * The ECMAScript forms that the `@pattern` translation (codegen/model/pattern/) writes for Java
 * constructs ECMAScript has no word for. They live here, below both, so that the translation writes
 * exactly what the generator's parser recognises (parse.ts): each is read back as the assertion it
 * stands for, and generation stays by construction instead of falling back to checked candidates.
 *
 * @internal
 * @see https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html#lt
 */

/** Java's line terminators (without UNIX_LINES), as class contents. */
const TERMINATORS = "\\n\\r\\x85\\u2028\\u2029";

/**
 * Java's `$` (and `\Z`): the end of the input, or just before a final line terminator, where `\r\n`
 * counts as one (so never between its `\r` and `\n`).
 */
export const JAVA_DOLLAR = `(?=(?:\\r\\n|[${TERMINATORS}])?$)(?!(?<=\\r)\\n)`;

/** Java's `$` under MULTILINE: before any line terminator (not inside `\r\n`), or at the end. */
export const JAVA_DOLLAR_MULTILINE = `(?=[${TERMINATORS}]|$)(?!(?<=\\r)\\n)`;

/** Java's `$` and `\Z` under UNIX_LINES: the end, or just before a final `\n`. */
export const JAVA_UNIX_DOLLAR = "(?=\\n?$)";

/** Java's `$` under UNIX_LINES and MULTILINE. */
export const JAVA_UNIX_DOLLAR_MULTILINE = "(?=\\n|$)";

/** Java's `^` under MULTILINE: at the start or after a line terminator (not inside `\r\n`), never at the end. */
export const JAVA_CARET_MULTILINE = `(?<=^|[${TERMINATORS}])(?!$)(?!(?<=\\r)\\n)`;

/** Java's `^` under MULTILINE and UNIX_LINES. */
export const JAVA_UNIX_CARET_MULTILINE = "(?<=^|\\n)(?!$)";

/** Java's `\R`: `\r\n`, or one vertical space (it may give `\r\n` back to what follows, as Java's does). */
export const JAVA_LINE_BREAK = "(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])";

/** Java's `\R` where nothing can make it give back: `\r\n` whole whenever it is there. */
export const JAVA_LINE_BREAK_FIRST = "(?:\\r\\n|\\r(?!\\n)|[\\n\\x0B\\f\\x85\\u2028\\u2029])";

/** Java's word characters for `\b` (JDK 17: `Character.isLetterOrDigit` or `_`). */
export const JAVA_WORD = "[\\p{L}\\p{Nd}_]";
const LETTER_OR_DIGIT = "[\\p{L}\\p{Nd}]";

/**
 * Java's `\b`: a word character on exactly one side, where a non-spacing mark counts as a word
 * character when the letters or digits before it (across other marks) start with one
 * (`Pattern.Bound`, `hasBaseCharacter`).
 */
export const JAVA_BOUNDARY =
  `(?:(?<=${JAVA_WORD}|${LETTER_OR_DIGIT}\\p{Mn}+)(?!${JAVA_WORD})(?!\\p{Mn}(?<=${LETTER_OR_DIGIT}\\p{Mn}+))` +
  `|(?<!${JAVA_WORD}|${LETTER_OR_DIGIT}\\p{Mn}+)(?=${JAVA_WORD}))`;

/** Java's `\B`. */
export const JAVA_NOT_BOUNDARY = `(?!${JAVA_BOUNDARY})`;

/** Java's word characters under UNICODE_CHARACTER_CLASS (`CharPredicates.WORD`). */
export const JAVA_UNICODE_WORD = "[\\p{Alphabetic}\\p{Mn}\\p{Me}\\p{Mc}\\p{Nd}\\p{Pc}\\u200C\\u200D]";

/** Java's `\b` under UNICODE_CHARACTER_CLASS (marks are word characters by themselves). */
export const JAVA_UNICODE_BOUNDARY = `(?:(?<=${JAVA_UNICODE_WORD})(?!${JAVA_UNICODE_WORD})|(?<!${JAVA_UNICODE_WORD})(?=${JAVA_UNICODE_WORD}))`;

/** Java's `\B` under UNICODE_CHARACTER_CLASS. */
export const JAVA_UNICODE_NOT_BOUNDARY = `(?!${JAVA_UNICODE_BOUNDARY})`;

/**
 * An atomic group or possessive quantifier: `(?=(X))\N` matches what X matches first and never
 * gives any of it back, because a lookahead is atomic and the backreference then consumes exactly
 * its capture. `n` is the capture's group number.
 */
export function atomicGroup(body: string, n: number | string): string {
  return `(?:(?=(${body}))\\${n})`;
}
