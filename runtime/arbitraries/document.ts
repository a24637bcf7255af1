/**
 * Smithy documents: small JSON values (depth at most `maxDepth`, at most 3 items per array or
 * object). Numbers are safe integers or doubles of magnitude below 2^53: the SDK parses document
 * numbers with a reviver that turns larger ones into `bigint` or `NumericValue`, so only these
 * survive the client unchanged. The SDK side is a deep copy of the wire side.
 *
 * @see https://smithy.io/2.0/spec/simple-types.html#document
 */
import * as fc from "fast-check";
import type { Pair } from "./pair.ts";

export function documentPair(maxDepth = 2): fc.Arbitrary<Pair> {
  const scalar = fc.oneof(
    fc.boolean(),
    fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    fc.double({ min: -(2 ** 53), max: 2 ** 53, noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)),
    fc.string({ maxLength: 12 }),
  );
  // null only inside a document: a document that is null is no value where it stands (a structure
  // or union member is then absent, a list item or map value of a collection that is not @sparse is
  // invalid); a sparse collection draws its nulls itself.
  const { top } = fc.letrec<{ value: unknown; top: unknown }>((tie) => {
    const array = fc.array(tie("value"), { maxLength: 3 });
    const object = fc.uniqueArray(fc.tuple(fc.string({ maxLength: 8 }), tie("value")), { maxLength: 3, selector: ([k]) => k }).map((entries) => Object.fromEntries(entries));
    return {
      value: fc.oneof({ maxDepth, depthSize: "small" }, fc.oneof(fc.constant(null), scalar), array, object),
      top: fc.oneof({ maxDepth, depthSize: "small" }, scalar, array, object),
    };
  });
  return top.map((v) => ({ wire: v, sdk: structuredClone(v) }));
}
