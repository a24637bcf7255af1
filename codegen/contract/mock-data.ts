/**
 * What the mock runtime needs to serve a service — its contract, and the exhaustive output
 * arbitraries the runtime builds from the contract's plans — made in memory from the model, with no
 * generated files: `smithy-contract serve` runs from the built package on plain Node, where it
 * cannot import generated TypeScript.
 */
import type { Arbitrary } from "fast-check";
import type { PairBuilderOptions } from "../../runtime/arbitraries/builder.ts";
import type { ServiceContract } from "../../runtime/contract.ts";
import { exhaustiveArbitraries } from "../../runtime/data/exhaustive.ts";
import type { Closure } from "../model/closure.ts";
import type { Overlay } from "../model/overlay.ts";
import { buildServiceContract } from "./service-contract.ts";

export interface MockData {
  readonly contract: ServiceContract;
  /** Wire-form output arbitraries by operation name (`ServiceData.outputs` of runtime/mock). */
  readonly outputs: Readonly<Record<string, Arbitrary<unknown>>>;
}

/**
 * The contract and output arbitraries of the closure's operations (those the closure lists as
 * unsupported have neither, as in a generated contract).
 *
 * @example
 * const { contract } = buildMockData(closure(model, selectService(model)), overlay);
 * const mock = createServiceMock(contract).create({ seed: 7 });
 */
export function buildMockData(closure: Closure, overlay?: Overlay, options: PairBuilderOptions = {}): MockData {
  const contract = buildServiceContract(closure, overlay);
  const { operations } = exhaustiveArbitraries(contract, options);
  return { contract, outputs: Object.fromEntries(Object.entries(operations).map(([name, op]) => [name, op.output.wire])) };
}
