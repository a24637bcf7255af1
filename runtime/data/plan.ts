/**
 * The plan of a shape's values as data: which construct of the runtime's pair builder
 * (runtime/arbitraries) to call with which constraints. The generator makes one plan per data
 * shape (codegen/arbitraries/plan.ts) and prints it twice: as the `b.<method>(…)` calls of a
 * generated `arbitraries.ts`, and as data in the generated contract (`contract.shapes`), from
 * which the runtime builds the same exhaustive arbitraries (exhaustive.ts) and the realistic
 * values of the mocks (realistic/). One plan, so every consumer draws from the same space.
 *
 * Plans are plain JSON: no functions, no classes.
 */
import type { CollectionConstraints } from "../arbitraries/aggregates.ts";
import type { StringShapeConstraints } from "../arbitraries/builder.ts";
import type { FloatKind, IntegerKind, Range } from "../arbitraries/numbers.ts";
import type { TimestampFormat } from "../protocol/timestamp.ts";

export interface LengthBounds {
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** A structure member: its wire name, whether it is always present, and its value's plan. */
export interface MemberPlan {
  readonly name: string;
  readonly required: boolean;
  readonly plan: ArbitraryPlan;
}

/**
 * One pair-builder call (`method` names the builder's method and its arguments follow), or `tie`:
 * a reference to a shape declared in the same `fc.letrec` by its key.
 */
export type ArbitraryPlan =
  | { readonly method: "tie"; readonly key: string }
  | { readonly method: "unit" | "boolean" | "document" }
  | { readonly method: "blob"; readonly constraints: LengthBounds }
  | { readonly method: "string"; readonly constraints: StringShapeConstraints; readonly where: string }
  | { readonly method: "enumeration"; readonly values: readonly string[] }
  | { readonly method: "intEnumeration"; readonly values: readonly number[] }
  | { readonly method: "integer"; readonly kind: IntegerKind; readonly range: Range; readonly where: string }
  | { readonly method: "float"; readonly kind: FloatKind; readonly range: Range }
  | { readonly method: "bigInteger"; readonly range: Range; readonly where: string }
  | { readonly method: "bigDecimal"; readonly range: Range }
  | { readonly method: "timestamp"; readonly format: TimestampFormat }
  | { readonly method: "list"; readonly item: ArbitraryPlan; readonly constraints: CollectionConstraints & { readonly uniqueItems?: boolean } }
  | { readonly method: "map"; readonly key: ArbitraryPlan; readonly value: ArbitraryPlan; readonly constraints: CollectionConstraints }
  | { readonly method: "structure"; readonly members: readonly MemberPlan[] }
  | { readonly method: "union"; readonly members: readonly { readonly name: string; readonly plan: ArbitraryPlan }[] };

