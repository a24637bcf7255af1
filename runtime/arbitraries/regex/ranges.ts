/**
 * The algebra of code point sets kept as sorted, disjoint, non-adjacent inclusive ranges — the one
 * implementation behind the arbitraries' `CharSet` (./charSet.ts, which leaves surrogates out) and
 * the pattern translator's `CodePoints` (codegen/model/pattern/codePoints.ts, which keeps them, as
 * Java's classes do).
 *
 * @example subtract(normalize([[0x61, 0x7a]]), [[0x65, 0x65]]) // [[0x61, 0x64], [0x66, 0x7a]]
 */

/** The last code point, U+10FFFF. */
export const MAX_CODE_POINT = 0x10ffff;

/** An inclusive range of code points. */
export type Range = readonly [number, number];

/** Any list of ranges (in any order, overlapping, adjacent, empty ones) as sorted, disjoint, non-adjacent ranges. */
export function normalize(ranges: Iterable<Range>): [number, number][] {
  const sorted = [...ranges].filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = merged[merged.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged;
}

/** `a` minus `b`, both sorted and disjoint. */
export function subtract(a: readonly Range[], b: readonly Range[]): [number, number][] {
  const out: [number, number][] = [];
  let j = 0;
  for (const [lo0, hi] of a) {
    let lo = lo0;
    while (j < b.length && b[j]![1] < lo) j++;
    let k = j;
    while (k < b.length && b[k]![0] <= hi) {
      const [blo, bhi] = b[k]!;
      if (blo > lo) out.push([lo, blo - 1]);
      lo = Math.max(lo, bhi + 1);
      if (lo > hi) break;
      k++;
    }
    if (lo <= hi) out.push([lo, hi]);
  }
  return out;
}

/** True when `cp` lies in one of the sorted, disjoint `ranges` (a binary search). */
export function inRanges(ranges: readonly Range[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (cp < r[0]) hi = mid - 1;
    else if (cp > r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The number of code points in `ranges`. */
export function countOf(ranges: readonly Range[]): number {
  let n = 0;
  for (const [lo, hi] of ranges) n += hi - lo + 1;
  return n;
}
