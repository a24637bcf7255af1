/**
 * A service's arbitraries built in memory: the plans the arbitraries emitter prints into
 * `arbitraries.ts` (plan.ts), run against the runtime's pair builder instead. `smithy-contract
 * serve` runs on plain Node from the built package and cannot import a generated `.ts` file; with
 * this it draws the same values the generated file would for the same seed (same builder calls,
 * same `fc.letrec`).
 *
 * @see https://fast-check.dev/docs/core-blocks/arbitraries/combiners/recursive-structure/
 */
import * as fc from "fast-check";
import type { MemberSpec } from "../../runtime/arbitraries/aggregates.ts";
import { pairBuilder, unitPair, type PairBuilder, type PairBuilderOptions } from "../../runtime/arbitraries/builder.ts";
import { sides, type Pair, type Sides } from "../../runtime/arbitraries/pair.ts";
import type { Closure } from "../model/closure.ts";
import { assertNever, type StructureShape, type UnitShape } from "../model/shapes.ts";
import { arbitraryKeys, operationErrors } from "./keys.ts";
import { shapePlan, type ArbitraryPlan, type PlanContext } from "./plan.ts";
import { findRecursion } from "./recursion.ts";

/** What a generated `arbitraries.ts` exports as `pairs` and `operations`, built in memory. */
export interface ServiceArbitraries {
  /** The pair arbitrary of every data shape, by key (see keys.ts). */
  readonly pairs: Readonly<Record<string, fc.Arbitrary<Pair>>>;
  /** Each operation's input, output and errors (by error key), as `{ pair, wire, sdk }`. */
  readonly operations: Readonly<Record<string, { readonly input: Sides; readonly output: Sides; readonly errors: Readonly<Record<string, Sides>> }>>;
}

/**
 * The arbitraries of the closure, as the generated file's `makePairs(options)` and `operations`
 * would give them.
 *
 * @example
 * const { operations } = interpretArbitraries(closure(model, selectService(model)));
 * fc.sample(operations.DescribeDatasetImportJob.output.wire, { seed: 7, numRuns: 1 }) // as the generated file draws
 * @throws ModelError when two shapes would take the same key (as the emitter does).
 */
export function interpretArbitraries(closure: Closure, options: PairBuilderOptions = {}): ServiceArbitraries {
  const keys = arbitraryKeys(closure);
  const pc: PlanContext = { keys, recursion: findRecursion(closure.shapes) };
  const plans = closure.shapes.map((shape) => [keys.get(shape.id)!, shapePlan(shape, shape.traits, shape.id, pc)] as const);
  const b = pairBuilder(options);
  const pairs = fc.letrec<Record<string, Pair>>((tie) => Object.fromEntries(plans.map(([key, plan]) => [key, build(plan, b, tie)])));
  const side = (shape: StructureShape | UnitShape): Sides => sides(shape.kind === "unit" ? unitPair() : pairs[keys.get(shape.id)!]!);
  const operations: ServiceArbitraries["operations"] = Object.fromEntries(
    closure.operations.map((op) => [
      op.name,
      { input: side(op.input), output: side(op.output), errors: Object.fromEntries(operationErrors(closure, op, keys).map((e) => [keys.get(e.id)!, side(e)])) },
    ]),
  );
  return { pairs, operations };
}

/** The builder call a plan describes (what the printed plan does in a generated file). */
function build(plan: ArbitraryPlan, b: PairBuilder, tie: (key: string) => fc.Arbitrary<unknown>): fc.Arbitrary<Pair> {
  const inner = (p: ArbitraryPlan) => build(p, b, tie);
  switch (plan.method) {
    case "tie":
      return tie(plan.key) as fc.Arbitrary<Pair>;
    case "unit":
      return b.unit();
    case "boolean":
      return b.boolean();
    case "document":
      return b.document();
    case "blob":
      return b.blob(plan.constraints);
    case "string":
      return b.string(plan.constraints, plan.where);
    case "enumeration":
      return b.enumeration(plan.values);
    case "intEnumeration":
      return b.intEnumeration(plan.values);
    case "integer":
      return b.integer(plan.kind, plan.range, plan.where);
    case "float":
      return b.float(plan.kind, plan.range);
    case "bigInteger":
      return b.bigInteger(plan.range, plan.where);
    case "bigDecimal":
      return b.bigDecimal(plan.range);
    case "timestamp":
      return b.timestamp(plan.format);
    case "list":
      return b.list(inner(plan.item), plan.constraints);
    case "map":
      return b.map(inner(plan.key), inner(plan.value), plan.constraints);
    case "structure":
      return b.structure(Object.fromEntries(plan.members.map((m): [string, MemberSpec] => [m.name, m.required ? b.required(inner(m.plan)) : b.optional(inner(m.plan))])));
    case "union":
      return b.union(Object.fromEntries(plan.members.map((m) => [m.name, inner(m.plan)])));
    default:
      return assertNever(plan, "arbitrary plan");
  }
}
