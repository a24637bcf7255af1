/**
 * Numbers within `@range` and within their Smithy type, in both forms.
 *
 * - byte, short, integer: the type's two's-complement bounds; long: JavaScript's safe integers (the
 *   SDK types a long as `number`, so a larger one could not survive the client).
 * - float, double: finite values within `@range` (bounds rounded inward to the type); without a
 *   range, one value in ten is NaN, Infinity or -Infinity, which the wire carries as the strings
 *   `"NaN"`, `"Infinity"`, `"-Infinity"`. Never -0: JSON cannot tell it from 0.
 * - bigInteger: safe integers (a wire JSON number, a `bigint` in the SDK); bigDecimal: finite doubles
 *   (the SDK's `NumericValue` is given as `{ string, type: "bigDecimal" }`).
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html#range-trait
 * @see https://smithy.io/2.0/spec/simple-types.html
 */
import * as fc from "fast-check";
import { same, type Pair } from "./pair.ts";

export type IntegerKind = "byte" | "short" | "integer" | "long";
export type FloatKind = "float" | "double";

export interface Range {
  readonly min?: number;
  readonly max?: number;
}

const INTEGER_BOUNDS: Readonly<Record<IntegerKind, readonly [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/** The integers of `kind` within `range`; throws when none is (`where` names the shape). */
export function integerBounds(kind: IntegerKind, range: Range, where: string): { min: number; max: number } {
  const [typeMin, typeMax] = INTEGER_BOUNDS[kind];
  const min = Math.max(typeMin, Math.ceil(range.min ?? typeMin));
  const max = Math.min(typeMax, Math.floor(range.max ?? typeMax));
  if (min > max) throw new RangeError(`${where}: no ${kind} lies within @range ${JSON.stringify(range)}`);
  return { min, max };
}

export function integerPair(kind: IntegerKind, range: Range, where: string): fc.Arbitrary<Pair> {
  return fc.integer(integerBounds(kind, range, where)).map(same);
}

export function bigIntegerPair(range: Range, where: string): fc.Arbitrary<Pair> {
  return fc.integer(integerBounds("long", range, where)).map((n) => ({ wire: n, sdk: BigInt(n) }));
}

export function bigDecimalPair(range: Range): fc.Arbitrary<Pair> {
  return finiteDouble(range).map((n) => ({ wire: n, sdk: { string: String(n), type: "bigDecimal" } }));
}

export function floatPair(kind: FloatKind, range: Range): fc.Arbitrary<Pair> {
  const finite = (kind === "float" ? finiteFloat(range) : finiteDouble(range)).map(same);
  if (range.min !== undefined || range.max !== undefined) return finite;
  const special = fc.constantFrom(NaN, Infinity, -Infinity).map((n) => ({ wire: String(n), sdk: n }));
  return fc.oneof({ arbitrary: finite, weight: 9 }, { arbitrary: special, weight: 1 });
}

function finiteDouble(range: Range): fc.Arbitrary<number> {
  return fc
    .double({ noNaN: true, noDefaultInfinity: true, ...(range.min !== undefined && { min: range.min }), ...(range.max !== undefined && { max: range.max }) })
    .map(noNegativeZero);
}

function finiteFloat(range: Range): fc.Arbitrary<number> {
  const min = range.min === undefined ? undefined : float32AtLeast(range.min);
  const max = range.max === undefined ? undefined : float32AtMost(range.max);
  return fc
    .float({ noNaN: true, noDefaultInfinity: true, ...(min !== undefined && { min }), ...(max !== undefined && { max }) })
    .map(noNegativeZero);
}

function noNegativeZero(n: number): number {
  return n === 0 ? 0 : n;
}

/** The smallest 32-bit float ≥ x. */
export function float32AtLeast(x: number): number {
  const f = Math.fround(x);
  return f >= x ? f : nextFloat32(f, 1);
}

/** The largest 32-bit float ≤ x. */
export function float32AtMost(x: number): number {
  const f = Math.fround(x);
  return f <= x ? f : nextFloat32(f, -1);
}

function nextFloat32(f: number, direction: 1 | -1): number {
  const buf = new DataView(new ArrayBuffer(4));
  buf.setFloat32(0, f);
  let bits = buf.getInt32(0);
  if (f === 0) bits = direction === 1 ? 1 : -2147483647; // the smallest subnormals either side of zero
  else bits += (f > 0) === (direction === 1) ? 1 : -1;
  buf.setInt32(0, bits);
  return buf.getFloat32(0);
}
