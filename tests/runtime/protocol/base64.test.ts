import { describe, expect, it } from "vitest";
import { BASE64_PATTERN, base64Length, base64LengthBounds, decodeBase64, encodeBase64, isBase64 } from "../../../runtime/protocol/awsjson.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("base64", () => {
  it.each([
    ["", ""],
    ["f", "Zg=="],
    ["fo", "Zm8="],
    ["foo", "Zm9v"],
    ["foobar", "Zm9vYmFy"],
  ])("RFC 4648 vector %j ⇄ %j", (text, encoded) => {
    expect(encodeBase64(bytes(text))).toBe(encoded);
    expect(decodeBase64(encoded)).toEqual(bytes(text));
  });

  it("round-trips every byte value and large inputs", () => {
    const all = Uint8Array.from({ length: 256 * 300 }, (_, i) => i % 256);
    expect(decodeBase64(encodeBase64(all))).toEqual(all);
    expect(encodeBase64(Uint8Array.of(0xfb, 0xff))).toBe("+/8=");
  });

  it.each([
    ["Zg"], // missing padding
    ["Zg="],
    ["Zm9v\n"], // whitespace
    ["Zm 9v"],
    ["-_8="], // URL-safe alphabet
    ["Zg==Zg=="], // padding in the middle
    ["Z==="],
    ["Zm9vY"],
    ["=Zm9"],
  ])("rejects %j", (value) => {
    expect(isBase64(value)).toBe(false);
    expect(() => decodeBase64(value)).toThrow(TypeError);
  });

  it("exports the check as a pattern that compiles with the u flag", () => {
    const re = new RegExp(BASE64_PATTERN, "u");
    expect(re.test("Zm9vYmFy")).toBe(true);
    expect(re.test("Zm9vYmF")).toBe(false);
  });

  it.each([
    [0, 0],
    [1, 4],
    [2, 4],
    [3, 4],
    [4, 8],
    [256, 344],
  ])("%s bytes take %s characters", (n, want) => {
    expect(base64Length(n)).toBe(want);
    expect(encodeBase64(new Uint8Array(n)).length).toBe(want);
  });

  it.each([
    [{}, {}],
    [{ min: 0 }, {}],
    [{ min: 1 }, { minLength: 4 }],
    [{ max: 0 }, { maxLength: 0 }],
    [{ min: 1, max: 10 }, { minLength: 4, maxLength: 16 }],
    [{ min: 4, max: 6 }, { minLength: 8, maxLength: 8 }],
  ])("byte bounds %j give string bounds %j", (given, want) => {
    expect(base64LengthBounds(given)).toEqual(want);
  });

  it("string bounds are necessary for the byte bounds: every in-range blob fits, misses are at most 2 bytes", () => {
    for (let min = 0; min <= 7; min++) {
      for (let max = min; max <= 9; max++) {
        const { minLength = 0, maxLength = Infinity } = base64LengthBounds({ min, max });
        for (let n = 0; n <= 12; n++) {
          const len = base64Length(n);
          const fits = len >= minLength && len <= maxLength;
          if (n >= min && n <= max) expect(fits).toBe(true);
          if (fits) expect(n >= min - 2 && n <= max + 2).toBe(true);
        }
      }
    }
  });
});
