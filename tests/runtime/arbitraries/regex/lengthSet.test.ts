import { describe, expect, it } from "vitest";
import { LengthSet } from "../../../../runtime/arbitraries/regex/lengthSet.ts";

const set = (intervals: [number, number][], cap = 100) => LengthSet.of(intervals, cap);

describe("LengthSet", () => {
  it("merges, caps and counts", () => {
    expect(set([[5, 9], [1, 2], [3, 3], [50, 200]]).intervals).toEqual([[1, 3], [5, 9], [50, 100]]);
    expect(set([[1, 3], [5, 9]]).size).toBe(8);
    expect(set([[1, 3], [5, 9]]).nth(3)).toBe(5);
  });

  it("adds sets (Minkowski sum) under the cap", () => {
    expect(set([[2, 2]]).plus(set([[2, 2]]), 100).plus(set([[2, 2]]), 100).intervals).toEqual([[6, 6]]);
    expect(set([[0, 0], [16, 16]]).plus(set([[16, 16]]), 100).intervals).toEqual([[16, 16], [32, 32]]);
    expect(set([[1, 3]]).plus(set([[10, 20]]), 15).intervals).toEqual([[11, 15]]);
  });

  it("reflects around n and intersects: the splits of n between two parts", () => {
    // first part in {2, 4, 6}, second in [1, 3], total 7: first can be 4 or 6.
    const first = set([[2, 2], [4, 4], [6, 6]]);
    expect(first.intersect(set([[1, 3]]).reflect(7)).intervals).toEqual([[4, 4], [6, 6]]);
    expect(set([[3, 10]]).reflect(5).intervals).toEqual([[0, 2]]);
    expect(set([[1, 2]]).within(2, 9).intervals).toEqual([[2, 2]]);
  });
});
