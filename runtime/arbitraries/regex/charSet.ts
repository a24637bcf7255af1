/**
 * A set of Unicode code points as sorted, disjoint, non-adjacent inclusive ranges. Surrogate code
 * points (U+D800–U+DFFF) are never members: a lone surrogate cannot cross the wire as UTF-8, so no
 * generated string may hold one, whatever the pattern allows.
 *
 * @internal
 */

import { countOf, inRanges, MAX_CODE_POINT, normalize, subtract, type Range } from "./ranges.ts";

export { MAX_CODE_POINT, type Range } from "./ranges.ts";

const SURROGATES: readonly [number, number] = [0xd800, 0xdfff];

export class CharSet {
  /** Sorted, disjoint, non-adjacent ranges, surrogates removed. */
  readonly ranges: readonly Range[];
  readonly size: number;
  private ordered?: { ranges: Range[]; ends: number[] };

  private constructor(ranges: readonly Range[]) {
    this.ranges = ranges;
    this.size = countOf(ranges);
  }

  static readonly EMPTY = new CharSet([]);
  static readonly ALL = CharSet.of([[0, MAX_CODE_POINT]]);

  /** Normalizes any list of ranges (in any order, overlapping) into a set. */
  static of(ranges: Iterable<Range>): CharSet {
    return new CharSet(subtract(normalize(ranges), [SURROGATES]));
  }

  static char(cp: number): CharSet {
    return CharSet.of([[cp, cp]]);
  }

  static chars(text: string): CharSet {
    return CharSet.of([...text].map((c) => [c.codePointAt(0)!, c.codePointAt(0)!] as const));
  }

  union(other: CharSet): CharSet {
    return CharSet.of([...this.ranges, ...other.ranges]);
  }

  complement(): CharSet {
    return CharSet.of(subtract([[0, MAX_CODE_POINT]], this.ranges));
  }

  intersect(other: CharSet): CharSet {
    return CharSet.of(subtract(this.ranges, other.complement().ranges));
  }

  minus(other: CharSet): CharSet {
    return CharSet.of(subtract(this.ranges, other.ranges));
  }

  has(cp: number): boolean {
    return inRanges(this.ranges, cp);
  }

  /** True when every member is also in `other`. */
  isSubsetOf(other: CharSet): boolean {
    return this.minus(other).size === 0;
  }

  /**
   * The `index`-th member (0 ≤ index < size) in a preferred order: ASCII letters and digits first,
   * then the rest of printable ASCII, then everything else. Index 0 is what a shrunk value holds,
   * so shrinking leads to readable strings (`"a"`, `"0"`) whenever the set allows them.
   */
  pick(index: number): number {
    const ordered = (this.ordered ??= this.preferredOrder());
    let lo = 0;
    let hi = ordered.ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (index < ordered.ends[mid]!) hi = mid;
      else lo = mid + 1;
    }
    const start = lo === 0 ? 0 : ordered.ends[lo - 1]!;
    return ordered.ranges[lo]![0] + (index - start);
  }

  private preferredOrder(): { ranges: Range[]; ends: number[] } {
    const tiers = [
      CharSet.of([[0x61, 0x7a]]),
      CharSet.of([[0x41, 0x5a]]),
      CharSet.of([[0x30, 0x39]]),
      CharSet.of([[0x20, 0x7e]]),
      CharSet.ALL,
    ];
    const ranges: Range[] = [];
    let rest: CharSet = this;
    for (const tier of tiers) {
      const part = rest.intersect(tier);
      ranges.push(...part.ranges);
      rest = rest.minus(part);
    }
    const ends: number[] = [];
    let total = 0;
    for (const [lo, hi] of ranges) ends.push((total += hi - lo + 1));
    return { ranges, ends };
  }
}
