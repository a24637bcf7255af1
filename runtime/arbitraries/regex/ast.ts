/**
 * The parsed form of a pattern, reduced to what generation needs: capturing and non-capturing
 * groups disappear into their content, a character class and every single-character atom become
 * one set of code points.
 *
 * @internal
 */
import type { CharSet } from "./charSet.ts";

export type AssertKind =
  | "start"
  | "end"
  | "wordBoundary"
  | "notWordBoundary"
  | "lookahead"
  | "negativeLookahead"
  | "lookbehind"
  | "negativeLookbehind";

export type RegexNode =
  /** One code point out of `set`. */
  | { readonly type: "chars"; readonly set: CharSet }
  | { readonly type: "seq"; readonly items: readonly RegexNode[] }
  | { readonly type: "alt"; readonly options: readonly RegexNode[] }
  /** `node` repeated `min` to `max` times (`max` may be `Infinity`). */
  | { readonly type: "repeat"; readonly node: RegexNode; readonly min: number; readonly max: number }
  /**
   * A zero-width assertion; a lookaround's own pattern is left to the engine (see plan.ts). A word
   * boundary may name its word characters (`word`, default ECMAScript's `\w`) and characters whose
   * side cannot be known from themselves alone (`unsure`: Java's non-spacing marks).
   */
  | {
      readonly type: "assert";
      readonly kind: AssertKind;
      readonly word?: CharSet;
      readonly unsure?: CharSet;
      /** A lookaround's own pattern (anchor.ts may build a leading look-behind as text before the match). */
      readonly body?: RegexNode;
    };

export const EMPTY_SEQ: RegexNode = { type: "seq", items: [] };
