/**
 * A Java regular expression after parsing, with every flag already applied: case-insensitivity,
 * UNICODE_CHARACTER_CLASS and comments mode are gone into the character sets and the tree, so the
 * printer (print.ts) needs no flags, only the node kinds below.
 *
 * @see https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html
 */
import type { ClassValue } from "./classValue.ts";

export type JavaAssertKind =
  /** `^` without MULTILINE, `\A`: the start of the input. */
  | "begin"
  /** `\z`: the end of the input. */
  | "end"
  /** `$` without MULTILINE, `\Z`: the end, or before a final line terminator (`\r\n` counts as one). */
  | "dollar"
  /** `$` with MULTILINE: before any line terminator (not between `\r` and `\n`), or the end. */
  | "dollarMultiline"
  /** `$`, `\Z` with UNIX_LINES: the end, or before a final `\n`. */
  | "unixDollar"
  /** `$` with UNIX_LINES and MULTILINE: before any `\n`, or the end. */
  | "unixDollarMultiline"
  /** `^` with MULTILINE: after the start or a line terminator (not between `\r` and `\n`), never at the end. */
  | "caret"
  /** `^` with MULTILINE and UNIX_LINES: after the start or a `\n`, never at the end. */
  | "unixCaret"
  /** `\G`: where the previous match ended; for a fresh matcher, the start. */
  | "lastMatch"
  /** `\b` (`\B` negated): Java's own word boundary, see print.ts. */
  | "bound"
  | "notBound"
  /** `\b{g}`: a grapheme cluster boundary. */
  | "graphemeBound";

export type Quantifier = "greedy" | "lazy" | "possessive";

export type JavaNode =
  /** One code point out of the class. */
  | { readonly type: "chars"; readonly cls: ClassValue }
  | { readonly type: "seq"; readonly items: readonly JavaNode[] }
  | { readonly type: "alt"; readonly options: readonly JavaNode[] }
  /** A group; `index` is Java's capturing-group number when it captures. */
  | { readonly type: "group"; readonly index?: number; readonly body: JavaNode }
  | { readonly type: "look"; readonly behind: boolean; readonly negated: boolean; readonly body: JavaNode; readonly study?: Study }
  /** `(?>…)` */
  | { readonly type: "atomic"; readonly body: JavaNode }
  /** `max` is `Infinity` for `*`, `+`, `{n,}`. */
  | {
      readonly type: "repeat";
      readonly body: JavaNode;
      readonly min: number;
      readonly max: number;
      readonly mode: Quantifier;
      /** The node Java builds for it, which decides what a look-behind may contain (see study.ts). */
      readonly javaKind: "ques" | "charGreedy" | "curly" | "loop";
    }
  | { readonly type: "assert"; readonly kind: JavaAssertKind; readonly unicodeWord?: boolean }
  /** `\n`, `\k<name>`: the text group `group` captured; `caseInsensitive` as the flags were. */
  | { readonly type: "backref"; readonly group: number; readonly caseInsensitive: "no" | "ascii" | "unicode" }
  /** `\R` */
  | { readonly type: "lineBreak" }
  /** `\X` */
  | { readonly type: "grapheme" }
  /** `\N{name}`: a named character, which only the JDK's name table can resolve. */
  | { readonly type: "namedChar"; readonly name: string };

/** What Java's `TreeInfo` says of a look-behind body: the lengths it tries (32-bit arithmetic, as Java's). */
export interface Study {
  readonly minLength: number;
  readonly maxLength: number;
  readonly maxValid: boolean;
  readonly deterministic: boolean;
  /** A `maxLength` sum or product wrapped around on the way (Java does not notice). */
  readonly overflowed: boolean;
}

export const EMPTY: JavaNode = { type: "seq", items: [] };
