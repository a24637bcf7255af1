/**
 * Realistic data: what the service would plausibly send, drawn from the model alone — readable
 * strings by naming rule (ARNs, ids, names, sentences, URLs…), small numbers, timestamps in the
 * recent past of the mock's clock in the order their names imply — and always valid against the
 * contract. The mocks and `serve` answer with it by default; exhaustive data (../exhaustive.ts) is
 * the whole space the contract allows, for property tests. Both are seeded and deterministic. The
 * README's "Realistic data" section states every rule.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html
 */
import * as fc from "fast-check";
import type { ArbitraryPlan } from "../plan.ts";
import type { RealisticSettings } from "./settings.ts";
import { RealisticGenerator, type WalkOptions } from "./walk.ts";

export { DEFAULT_ACCOUNT, DEFAULT_OPTIONAL_PRESENCE, DEFAULT_PARTITION, type RealisticSettings } from "./settings.ts";
export { TIMESTAMP_WINDOW, timestampRole, type TimestampRole } from "./timestamps.ts";
export { RealisticGenerator, type WalkOptions } from "./walk.ts";

/**
 * A realistic wire-form value for `plan` (ties resolved in `shapes`), drawn deterministically from
 * `seed`. `topLevel: true` (the default) makes every member of a root structure present; `member`
 * names the member the value is for, so its naming rule applies.
 *
 * For many values over the same shapes, make one {@link RealisticGenerator} (it keeps compiled
 * patterns) and call its `value`; the values are the same.
 *
 * @example
 * const body = realisticValue(contract.operations.DescribeDatasetImportJob.plans!.output, contract.shapes!,
 *   { now: Date.now(), region: "eu-west-1", arnNamespace: "personalize", endpointPrefix: "personalize" }, 7);
 * // { datasetImportJob: { datasetImportJobArn: "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/…", … } }
 */
export function realisticValue(
  plan: ArbitraryPlan,
  shapes: Readonly<Record<string, ArbitraryPlan>>,
  settings: RealisticSettings,
  seed: number,
  options?: { readonly topLevel?: boolean; readonly member?: string },
): unknown {
  return new RealisticGenerator(shapes, settings).value(plan, seed, options satisfies WalkOptions | undefined);
}

/**
 * The same as a fast-check arbitrary (for the generated arbitraries module's realistic side): each
 * value is {@link realisticValue} of a seed drawn from fast-check's own random source, so a run's
 * seed replays it. Seeds are drawn without fast-check's bias to small numbers, and values do not
 * shrink (a smaller seed is not a simpler value).
 *
 * @example fc.sample(realisticArbitrary(plan, contract.shapes!, settings), { seed: 42, numRuns: 3 })
 * @see https://fast-check.dev/docs/core-blocks/arbitraries/combiners/any/#noshrink
 */
export function realisticArbitrary(plan: ArbitraryPlan, shapes: Readonly<Record<string, ArbitraryPlan>>, settings: RealisticSettings): fc.Arbitrary<unknown> {
  return realisticDraws(new RealisticGenerator(shapes, settings), plan);
}

/**
 * {@link realisticArbitrary} with a generator of one's own: many plans' arbitraries over one
 * generator share its compiled patterns.
 *
 * @example realisticDraws(new RealisticGenerator(contract.shapes!, settings), plan)
 */
export function realisticDraws(generator: RealisticGenerator, plan: ArbitraryPlan): fc.Arbitrary<unknown> {
  // Unbiased: fast-check's bias towards small integers would draw seeds 0, 1, 2… and so the same few values again and again.
  return fc.noShrink(fc.noBias(fc.integer({ min: 0, max: 0xffffffff }))).map((seed) => generator.value(plan, seed));
}
