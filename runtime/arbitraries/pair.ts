/**
 * A value in the two forms a contract test compares: `wire`, the JSON value that crosses HTTP in the
 * awsJson protocols (epoch-second numbers, base64 strings, `"NaN"`), and `sdk`, what the AWS SDK for
 * JavaScript v3 hands its caller for that JSON (Date, Uint8Array, NaN). Generating both at once keeps
 * them in step by construction: serve `wire` from a mock and expect `sdk` from the real client, or
 * send `sdk` through the client and expect `wire` at the mock.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#shape-serialization
 */
import type * as fc from "fast-check";

export interface Pair<W = unknown, S = unknown> {
  readonly wire: W;
  readonly sdk: S;
}

/** One arbitrary seen three ways, as generated files export them per operation input, output and error. */
export interface Sides<S = unknown> {
  readonly pair: fc.Arbitrary<Pair<unknown, S>>;
  readonly wire: fc.Arbitrary<unknown>;
  /** Values as the SDK client takes and returns them, typed with the generated types when given. */
  readonly sdk: fc.Arbitrary<S>;
}

/**
 * `{ pair, wire, sdk }` for one pair arbitrary.
 *
 * @example fc.assert(fc.property(sides(pairs.DescribeDatasetImportJobResponse).wire, (body) => ...))
 */
export function sides<S = unknown>(pair: fc.Arbitrary<Pair>): Sides<S> {
  // The generator builds SDK values from the same model the types come from; the type is a promise
  // the contract tests check (pairs round-trip through the real SDK client).
  const typed = pair as fc.Arbitrary<Pair<unknown, S>>;
  return { pair: typed, wire: typed.map((p) => p.wire), sdk: typed.map((p) => p.sdk) };
}

/** The wire side of every pair arbitrary of a record (same keys). */
export function wireOf<K extends string>(pairs: { readonly [P in K]: fc.Arbitrary<Pair> }): { readonly [P in K]: fc.Arbitrary<unknown> } {
  return mapRecord(pairs, (a) => a.map((p) => p.wire));
}

/** The SDK side of every pair arbitrary of a record (same keys). */
export function sdkOf<K extends string>(pairs: { readonly [P in K]: fc.Arbitrary<Pair> }): { readonly [P in K]: fc.Arbitrary<unknown> } {
  return mapRecord(pairs, (a) => a.map((p) => p.sdk));
}

function mapRecord<K extends string, A, B>(record: { readonly [P in K]: A }, f: (a: A) => B): { readonly [P in K]: B } {
  return Object.fromEntries(Object.entries<A>(record).map(([k, v]) => [k, f(v)])) as { readonly [P in K]: B };
}

/** A pair of the same value on both sides (strings, booleans, enums, integers). */
export function same<T>(value: T): Pair<T, T> {
  return { wire: value, sdk: value };
}
