/**
 * Sets of Unicode code points as sorted, disjoint, non-adjacent inclusive ranges: the algebra Java's
 * character classes need (union, intersection `&&`, negation), over every code point U+0000–U+10FFFF.
 * Unlike the arbitraries' `CharSet`, surrogate code points stay members when Java's class has them:
 * `[^a]` must still print as a class that matches a lone surrogate, as Java's does.
 *
 * @example
 * CodePoints.range(0x61, 0x7a).minus(CodePoints.of("aeiou")).ranges.length // 5
 * @see https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html#cc
 */
import { countOf, inRanges, MAX_CODE_POINT, normalize, subtract, type Range } from "../../../runtime/arbitraries/regex/ranges.ts";

export { MAX_CODE_POINT, type Range } from "../../../runtime/arbitraries/regex/ranges.ts";

export class CodePoints {
  private constructor(readonly ranges: readonly Range[]) {}

  static readonly EMPTY = new CodePoints([]);
  static readonly ALL = new CodePoints([[0, MAX_CODE_POINT]]);

  /** Normalizes any list of ranges (any order, overlapping). */
  static fromRanges(ranges: Iterable<Range>): CodePoints {
    return new CodePoints(normalize(ranges));
  }

  static range(lo: number, hi: number): CodePoints {
    return CodePoints.fromRanges([[lo, hi]]);
  }

  static char(cp: number): CodePoints {
    return CodePoints.fromRanges([[cp, cp]]);
  }

  /** The code points of `text`. */
  static of(text: string): CodePoints {
    return CodePoints.fromRanges([...text].map((c) => [c.codePointAt(0)!, c.codePointAt(0)!] as const));
  }

  /** The members of a list of code points. */
  static list(cps: Iterable<number>): CodePoints {
    return CodePoints.fromRanges([...cps].map((c) => [c, c] as const));
  }

  get isEmpty(): boolean {
    return this.ranges.length === 0;
  }

  /** Number of members. */
  get size(): number {
    return countOf(this.ranges);
  }

  /** The only member, when there is exactly one. */
  get single(): number | undefined {
    return this.ranges.length === 1 && this.ranges[0]![0] === this.ranges[0]![1] ? this.ranges[0]![0] : undefined;
  }

  has(cp: number): boolean {
    return inRanges(this.ranges, cp);
  }

  union(other: CodePoints): CodePoints {
    return CodePoints.fromRanges([...this.ranges, ...other.ranges]);
  }

  complement(): CodePoints {
    return new CodePoints(subtract([[0, MAX_CODE_POINT]], this.ranges));
  }

  minus(other: CodePoints): CodePoints {
    return new CodePoints(subtract(this.ranges, other.ranges));
  }

  intersect(other: CodePoints): CodePoints {
    return this.minus(other.complement());
  }

  equals(other: CodePoints): boolean {
    return this.ranges.length === other.ranges.length && this.ranges.every(([lo, hi], i) => other.ranges[i]![0] === lo && other.ranges[i]![1] === hi);
  }

  /** Members `cp` for which `keep(cp)` holds (a scan: keep it to small sets). */
  filter(keep: (cp: number) => boolean): CodePoints {
    const out: number[] = [];
    for (const [lo, hi] of this.ranges) for (let c = lo; c <= hi; c++) if (keep(c)) out.push(c);
    return CodePoints.list(out);
  }
}
