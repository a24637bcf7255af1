import { describe, expect, it } from "vitest";
import { CharSet } from "../../../../runtime/arbitraries/regex/charSet.ts";

describe("CharSet", () => {
  it("normalizes ranges: sorted, merged when overlapping or adjacent, surrogates removed", () => {
    expect(CharSet.of([[0x66, 0x6a], [0x61, 0x65], [0x70, 0x70], [0x6b, 0x6b]]).ranges).toEqual([[0x61, 0x6b], [0x70, 0x70]]);
    expect(CharSet.of([[0xd000, 0xe0ff]]).ranges).toEqual([[0xd000, 0xd7ff], [0xe000, 0xe0ff]]);
    expect(CharSet.ALL.size).toBe(0x110000 - 0x800);
  });

  it("complements, intersects and subtracts", () => {
    const az = CharSet.of([[0x61, 0x7a]]);
    expect(az.complement().has(0x61)).toBe(false);
    expect(az.complement().size).toBe(CharSet.ALL.size - 26);
    expect(az.intersect(CharSet.chars("xyz!")).ranges).toEqual([[0x78, 0x7a]]);
    expect(az.minus(CharSet.chars("bcd")).ranges).toEqual([[0x61, 0x61], [0x65, 0x7a]]);
    expect(CharSet.chars("ab").isSubsetOf(az)).toBe(true);
    expect(CharSet.chars("a!").isSubsetOf(az)).toBe(false);
  });

  it("picks in a readable order: lower case, upper case, digits, other printable ASCII, then the rest", () => {
    const set = CharSet.of([[0x00, 0x7f], [0x4e00, 0x4e01]]);
    const at = (i: number) => String.fromCodePoint(set.pick(i));
    expect([at(0), at(25), at(26), at(52), at(62)]).toEqual(["a", "z", "A", "0", " "]);
    expect(set.pick(set.size - 1)).toBe(0x4e01);
    expect(new Set(Array.from({ length: set.size }, (_, i) => set.pick(i))).size).toBe(set.size);
  });
});
