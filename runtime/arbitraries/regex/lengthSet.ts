/**
 * A set of string lengths (non-negative integers up to a cap) as sorted, disjoint, non-adjacent
 * inclusive intervals. The lengths a sub-pattern can match are rarely one interval (`(ab)+` matches
 * only even lengths, `([0-9a-f]{16})+` only multiples of 16), so generation plans with sets, never
 * with a bare min and max: a length is chosen only when some match has exactly that length.
 *
 * @internal
 */

export type Interval = readonly [number, number];

export class LengthSet {
  private constructor(readonly intervals: readonly Interval[]) {}

  static readonly EMPTY = new LengthSet([]);

  static of(intervals: Iterable<Interval>, cap: number): LengthSet {
    const sorted = [...intervals]
      .map(([lo, hi]) => [lo, Math.min(hi, cap)] as [number, number])
      .filter(([lo, hi]) => lo <= hi)
      .sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [lo, hi] of sorted) {
      const last = merged[merged.length - 1];
      if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
      else merged.push([lo, hi]);
    }
    return new LengthSet(merged);
  }

  static single(n: number, cap: number): LengthSet {
    return LengthSet.of([[n, n]], cap);
  }

  get isEmpty(): boolean {
    return this.intervals.length === 0;
  }

  get min(): number | undefined {
    return this.intervals[0]?.[0];
  }

  get max(): number | undefined {
    return this.intervals[this.intervals.length - 1]?.[1];
  }

  get size(): number {
    let size = 0;
    for (const [lo, hi] of this.intervals) size += hi - lo + 1;
    return size;
  }

  has(n: number): boolean {
    return this.intervals.some(([lo, hi]) => lo <= n && n <= hi);
  }

  union(other: LengthSet, cap: number): LengthSet {
    return LengthSet.of([...this.intervals, ...other.intervals], cap);
  }

  /** `{ a + b | a in this, b in other }`, capped. */
  plus(other: LengthSet, cap: number): LengthSet {
    const out: Interval[] = [];
    for (const [a, b] of this.intervals) {
      for (const [c, d] of other.intervals) if (a + c <= cap) out.push([a + c, b + d]);
    }
    return LengthSet.of(out, cap);
  }

  /** `{ n - x | x in this }` restricted to non-negative values. */
  reflect(n: number): LengthSet {
    return LengthSet.of(this.intervals.map(([lo, hi]) => [Math.max(0, n - hi), n - lo] as const), n);
  }

  intersect(other: LengthSet): LengthSet {
    const out: Interval[] = [];
    let i = 0;
    let j = 0;
    while (i < this.intervals.length && j < other.intervals.length) {
      const [a, b] = this.intervals[i]!;
      const [c, d] = other.intervals[j]!;
      const lo = Math.max(a, c);
      const hi = Math.min(b, d);
      if (lo <= hi) out.push([lo, hi]);
      if (b < d) i++;
      else j++;
    }
    return new LengthSet(out);
  }

  /** Members within `[lo, hi]`. */
  within(lo: number, hi: number): LengthSet {
    return this.intersect(new LengthSet([[lo, hi]]));
  }

  /** The `index`-th member in increasing order (0 ≤ index < size). */
  nth(index: number): number {
    let rest = index;
    for (const [lo, hi] of this.intervals) {
      const count = hi - lo + 1;
      if (rest < count) return lo + rest;
      rest -= count;
    }
    throw new RangeError(`index ${index} out of a set of ${this.size} lengths`);
  }
}
