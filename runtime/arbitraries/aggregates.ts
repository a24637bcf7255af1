/**
 * Structures, unions, lists and maps of pairs. Nesting is bounded: optional members, unions and
 * collections that lead back to their own shape share one fast-check depth identifier, and past
 * `maxDepth` an optional member is absent, a union takes its first member (generated code lists
 * members that do not recurse first) and a recursive collection is empty.
 *
 * @see https://smithy.io/2.0/spec/aggregate-types.html
 * @see https://fast-check.dev/docs/core-blocks/arbitraries/combiners/recursive-structure/
 */
import * as fc from "fast-check";
import { canonicalJson } from "../serde/canonical.ts";
import type { Pair } from "./pair.ts";

export interface DepthSettings {
  readonly depthIdentifier: fc.DepthIdentifier;
  readonly maxDepth: number;
  readonly size: fc.SizeForArbitrary;
}

export interface MemberSpec {
  readonly arbitrary: fc.Arbitrary<Pair>;
  readonly required: boolean;
}

export interface CollectionConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  /** `@sparse`: items (or map values) are sometimes null. */
  readonly sparse?: boolean;
  /** The collection leads back to its own shape: it is empty past the maximum depth. */
  readonly recursive?: boolean;
}

const ABSENT: unique symbol = Symbol("absent");
const NULL_PAIR: Pair<null, null> = { wire: null, sdk: null };

/**
 * A structure: required members always present, optional ones absent one time in four (more often
 * deeper down). Members keep the order given. Absent members are left out of both sides, as the SDK
 * leaves out what the JSON does not hold.
 */
export function structurePair(members: Readonly<Record<string, MemberSpec>>, depth: DepthSettings): fc.Arbitrary<Pair> {
  const names = Object.keys(members);
  const arbs = names.map((name): fc.Arbitrary<Pair | typeof ABSENT> => {
    const m = members[name]!;
    return m.required
      ? m.arbitrary
      : fc.option<Pair, typeof ABSENT>(m.arbitrary, { nil: ABSENT, freq: 4, depthIdentifier: depth.depthIdentifier, maxDepth: depth.maxDepth, depthSize: depth.size });
  });
  return fc.tuple(...arbs).map((values) => {
    const wire: [string, unknown][] = [];
    const sdk: [string, unknown][] = [];
    values.forEach((v, i) => {
      if (v === ABSENT) return;
      wire.push([names[i]!, v.wire]);
      sdk.push([names[i]!, v.sdk]);
    });
    // fromEntries defines own properties, so a member named __proto__ stays a member.
    return { wire: Object.fromEntries(wire), sdk: Object.fromEntries(sdk) };
  });
}

/** A union: exactly one member set, `{ name: value }` on both sides (the SDK's `{ name: value }` variant). */
export function unionPair(members: Readonly<Record<string, fc.Arbitrary<Pair>>>, depth: DepthSettings): fc.Arbitrary<Pair> {
  const variants = Object.entries(members).map(([name, arb]) =>
    arb.map((v) => ({ wire: Object.fromEntries([[name, v.wire]]), sdk: Object.fromEntries([[name, v.sdk]]) })),
  );
  if (variants.length === 0) throw new Error("a union needs at least one member");
  return fc.oneof({ depthIdentifier: depth.depthIdentifier, maxDepth: depth.maxDepth, depthSize: depth.size }, ...variants);
}

/**
 * A list (or Smithy 1.0 set) within `@length`; `uniqueItems` compares items by their canonical wire
 * JSON (object keys sorted), the equality `@uniqueItems` means.
 */
export function listPair(item: fc.Arbitrary<Pair>, c: CollectionConstraints & { readonly uniqueItems?: boolean }, depth: DepthSettings): fc.Arbitrary<Pair> {
  const items = c.sparse ? fc.option(item, { nil: NULL_PAIR, freq: 5 }) : item;
  const bounds = { ...lengthBounds(c), size: depth.size, depthIdentifier: depth.depthIdentifier };
  const array = c.uniqueItems ? fc.uniqueArray(items, { ...bounds, selector: (p: Pair) => canonicalJson(p.wire) }) : fc.array(items, bounds);
  const list = array.map((ps) => ({ wire: ps.map((p) => p.wire), sdk: ps.map((p) => p.sdk) }));
  return recursiveGuard(list, { wire: [], sdk: [] }, c, depth);
}

/** A map within `@length` (entry count); keys are unique by their wire string. */
export function mapPair(key: fc.Arbitrary<Pair>, value: fc.Arbitrary<Pair>, c: CollectionConstraints, depth: DepthSettings): fc.Arbitrary<Pair> {
  const values = c.sparse ? fc.option(value, { nil: NULL_PAIR, freq: 5 }) : value;
  const entries = fc.uniqueArray(fc.tuple(key, values), {
    ...lengthBounds(c),
    size: depth.size,
    depthIdentifier: depth.depthIdentifier,
    selector: ([k]) => k.wire,
  });
  const map = entries.map((es) => ({
    wire: Object.fromEntries(es.map(([k, v]) => [k.wire as string, v.wire])),
    sdk: Object.fromEntries(es.map(([k, v]) => [k.sdk as string, v.sdk])),
  }));
  return recursiveGuard(map, { wire: {}, sdk: {} }, c, depth);
}

function lengthBounds(c: CollectionConstraints): { minLength?: number; maxLength?: number } {
  return { ...(c.minLength !== undefined && { minLength: c.minLength }), ...(c.maxLength !== undefined && { maxLength: c.maxLength }) };
}

/** Past the maximum depth, a recursive collection that may be empty is empty. */
function recursiveGuard(arb: fc.Arbitrary<Pair>, empty: Pair, c: CollectionConstraints, depth: DepthSettings): fc.Arbitrary<Pair> {
  if (!c.recursive || (c.minLength ?? 0) > 0) return arb;
  return fc.oneof(
    { depthIdentifier: depth.depthIdentifier, maxDepth: depth.maxDepth, depthSize: depth.size },
    { arbitrary: fc.constant(empty).map(clonePair), weight: 1 },
    { arbitrary: arb, weight: 3 },
  );
}

function clonePair(p: Pair): Pair {
  return { wire: structuredClone(p.wire), sdk: structuredClone(p.sdk) };
}
