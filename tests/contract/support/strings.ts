/**
 * String surgery for "one constraint broken" values, built with `map` (never `filter`) so that
 * every draw breaks exactly the constraint it names. Lengths are in code points, as Smithy's
 * `@length` and ajv count them.
 */
import { fc } from "@fast-check/vitest";

/**
 * The characters a Java `.` does not match (java.util.regex without DOTALL: its line terminators,
 * U+0085 among them), as the translated patterns in the schemas keep it.
 */
export const LINE_TERMINATORS = ["\n", "\r", "\u0085", "\u2028", "\u2029"] as const;

export function codePoints(s: string): string[] {
  return Array.from(s);
}

export function lengthOf(s: string): number {
  return codePoints(s).length;
}

/** Any one code point, from the whole of Unicode. */
const anyCodePoint = fc.string({ unit: "binary", minLength: 1, maxLength: 1 });

/**
 * One code point that `.` matches: anything but a line terminator (those become `x`). The lone
 * surrogate is a high one only: a high and a low one side by side would make one code point.
 */
export const dotChar: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("a", "Z", "9", ":", "-", "'", '"', "\\", " ", "\t", "é", "😀", "\u0086", "\ud800"),
  anyCodePoint.map((c) => ((LINE_TERMINATORS as readonly string[]).includes(c) ? "x" : c)),
);

/** One code point outside `allowed` (a RegExp of one character class); those drawn inside become `fallback`. */
export function charOutside(allowed: RegExp, fallback: string): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(" ", ".", "é", "😀", "\n", "'", "/", ":", "\u2028", "\ud800"), anyCodePoint).map((c) => (allowed.test(c) ? fallback : c));
}

/**
 * `s` (at most `max` code points) padded with `pad` characters to a length in `(max, max + 64]`, so
 * it breaks `@length(max)` and nothing else when `pad` keeps its pattern matching.
 */
export function tooLong(s: fc.Arbitrary<string>, max: number, pad: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(s, fc.integer({ min: max + 1, max: max + 64 }), fc.array(pad, { minLength: max + 64, maxLength: max + 64 }))
    .map(([value, length, chars]) => value + chars.slice(0, length - lengthOf(value)).join(""));
}

/** `s` with the code point at a drawn index replaced by `char(index)`; `s` must not be empty. */
export function replacedAt(s: fc.Arbitrary<string>, char: (index: number) => fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(s, fc.nat(), char(0), char(1)).map(([value, n, first, other]) => {
    const points = codePoints(value);
    const i = n % points.length;
    points[i] = i === 0 ? first : other;
    return points.join("");
  });
}

/**
 * `s` with a line terminator in place of one code point other than the last: no pattern made of
 * `.` and literals matches it. (Java's `$` matches before a final line terminator, so one in the
 * last place may still match.)
 */
export function withLineTerminator(s: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(s, fc.nat(), fc.constantFrom(...LINE_TERMINATORS)).map(([value, n, lt]) => {
    const points = codePoints(value);
    const i = points.length < 2 ? 0 : n % (points.length - 1);
    points[i] = lt;
    return points.join("");
  });
}

/** A member name no model member has (`zz…`), for unknown-member cases. */
export const unknownMemberName: fc.Arbitrary<string> = fc.string({ maxLength: 8 }).map((s) => `zz${s}`);
