/**
 * Exhaustive data: the whole space the contract allows, as fast-check pair arbitraries built from
 * the contract's plans (runtime/data/plan.ts) with the pair builder (runtime/arbitraries). The
 * generated `arbitraries.ts` prints the very same builder calls, so for the same seed both draw the
 * same values; a mock and `smithy-contract serve` (which cannot import generated TypeScript) build
 * theirs here.
 *
 * @see https://fast-check.dev/docs/core-blocks/arbitraries/combiners/recursive-structure/
 */
import * as fc from "fast-check";
import type { MemberSpec } from "../arbitraries/aggregates.ts";
import { pairBuilder, unitPair, type PairBuilder, type PairBuilderOptions } from "../arbitraries/builder.ts";
import { sides, type Pair, type Sides } from "../arbitraries/pair.ts";
import type { ServiceContract } from "../contract.ts";
import type { ArbitraryPlan } from "./plan.ts";
import { defineOwn } from "../validation/pointer.ts";

/** What a generated `arbitraries.ts` exports as `pairs` and `operations`, built from a contract. */
export interface ExhaustiveArbitraries {
  /** The pair arbitrary of every data shape, by key. */
  readonly pairs: Readonly<Record<string, fc.Arbitrary<Pair>>>;
  /** Each operation's input, output and errors (by name), as `{ pair, wire, sdk }`. */
  readonly operations: Readonly<Record<string, { readonly input: Sides; readonly output: Sides; readonly errors: Readonly<Record<string, Sides>> }>>;
}

/**
 * The exhaustive arbitraries of a contract's operations, as the generated file's `makePairs(options)`
 * and `operations` give them. Operations without plans (a hand-written contract) are left out.
 *
 * @example
 * const { operations } = exhaustiveArbitraries(contract);
 * fc.sample(operations.DescribeDatasetImportJob.output.wire, { seed: 7, numRuns: 1 }) // as the generated file draws
 */
export function exhaustiveArbitraries(contract: ServiceContract, options: PairBuilderOptions = {}): ExhaustiveArbitraries {
  const plans = Object.entries(contract.shapes ?? {});
  const b = pairBuilder(options);
  const pairs = plans.length === 0 ? {} : fc.letrec<Record<string, Pair>>((tie) => Object.fromEntries(plans.map(([key, plan]) => [key, build(plan, b, tie)])));
  const resolve = (plan: ArbitraryPlan): fc.Arbitrary<Pair> => {
    if (plan.method === "unit") return unitPair();
    if (plan.method === "tie") {
      const arbitrary = Object.prototype.hasOwnProperty.call(pairs, plan.key) ? (pairs as Record<string, fc.Arbitrary<Pair>>)[plan.key] : undefined;
      if (arbitrary === undefined) throw new Error(`${contract.serviceName} contract: no shape ${plan.key} in its shapes`);
      return arbitrary;
    }
    return build(plan, b, () => {
      throw new Error(`${contract.serviceName} contract: an operation's plan refers to a shape only through its shapes`);
    });
  };
  const operations: Record<string, ExhaustiveArbitraries["operations"][string]> = {};
  for (const [name, op] of Object.entries(contract.operations)) {
    if (op.plans === undefined) continue;
    const errors = Object.fromEntries(Object.entries(op.plans.errors).map(([error, plan]) => [error, sides(resolve(plan))]));
    defineOwn(operations, name, { input: sides(resolve(op.plans.input)), output: sides(resolve(op.plans.output)), errors });
  }
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
    default: {
      const never: never = plan;
      throw new Error(`unknown plan ${JSON.stringify(never)}`);
    }
  }
}
