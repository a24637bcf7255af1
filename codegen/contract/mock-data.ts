/**
 * What the msw mock runtime needs to serve a service — its contract and its wire-form output
 * arbitraries — built in memory from the model, with no generated files: the same objects a
 * generated `msw.ts` passes to `createServiceMock` from its `contract.ts` and `arbitraries.ts`.
 * `smithy-contract serve` runs from the built package on plain Node, where it cannot import
 * generated TypeScript.
 */
import type { Arbitrary } from "fast-check";
import type { PairBuilderOptions } from "../../runtime/arbitraries/builder.ts";
import type { ServiceContract } from "../../runtime/contract.ts";
import { interpretArbitraries } from "../arbitraries/interpret.ts";
import type { Closure } from "../model/closure.ts";
import type { Overlay } from "../model/overlay.ts";
import { shapeName } from "../naming.ts";
import { buildServiceContract } from "./service-contract.ts";

export interface MockData {
  readonly contract: ServiceContract;
  /** Wire-form output arbitraries by operation name (`ServiceData.outputs` of runtime/msw). */
  readonly outputs: Readonly<Record<string, Arbitrary<unknown>>>;
}

/**
 * The contract and output arbitraries of the closure's operations (those the closure lists as
 * unsupported have neither, as in a generated `msw.ts`).
 *
 * @example
 * const { contract, outputs } = buildMockData(closure(model, selectService(model)), overlay);
 * const mock = createServiceMock(contract, { outputs }).create({ seed: 7 });
 */
export function buildMockData(closure: Closure, overlay?: Overlay, options: PairBuilderOptions = {}): MockData {
  const contract = buildServiceContract(closure, overlay);
  const arbitraries = interpretArbitraries(closure, options);
  const outputs: Record<string, Arbitrary<unknown>> = {};
  for (const op of closure.operations) {
    const name = shapeName(op, closure.service);
    const arbitrary = arbitraries.operations[op.name];
    if (Object.prototype.hasOwnProperty.call(contract.operations, name) && arbitrary !== undefined) outputs[name] = arbitrary.output.wire;
  }
  return { contract, outputs };
}
