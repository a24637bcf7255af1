/**
 * fast-check arbitraries for Smithy shapes: what generated `arbitraries.ts` files import (through
 * `smithy-contract/runtime`), and what a user may call directly (`stringMatching`).
 */
export { PairBuilder, pairBuilder, unitPair, type PairBuilderOptions, type StringShapeConstraints } from "./builder.ts";
export type { CollectionConstraints, MemberSpec } from "./aggregates.ts";
export { UnsupportedPatternError } from "./errors.ts";
export type { FloatKind, IntegerKind, Range as NumberRange } from "./numbers.ts";
export { sdkOf, sides, wireOf, type Pair, type Sides } from "./pair.ts";
export {
  compilePattern,
  stringMatching,
  type CompiledPattern,
  type StringMatchingConstraints,
  type StringMatchingSettings,
} from "./stringMatching.ts";
export type { TimestampBounds } from "./timestamp.ts";
