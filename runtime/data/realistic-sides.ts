/**
 * The realistic side of a generated arbitraries module: for an operation's input or output, the
 * values a service would plausibly send (runtime/data/realistic), in wire form and in SDK form,
 * next to the exhaustive `{ pair, wire, sdk }` of the same operation.
 */
import type * as fc from "fast-check";
import type { ServiceContract } from "../contract.ts";
import { DEFAULT_NOW } from "./clock.ts";
import { realisticArbitrary, type RealisticSettings } from "./realistic/index.ts";
import { sdkForm } from "./sdk-form.ts";

/** Realistic values of one side of an operation. */
export interface RealisticSides<S = unknown> {
  readonly wire: fc.Arbitrary<unknown>;
  readonly sdk: fc.Arbitrary<S>;
}

/** Settings of realistic values drawn outside a mock (no request): the defaults a mock uses without one. */
export type RealisticDefaults = Partial<Omit<RealisticSettings, "arnNamespace" | "endpointPrefix">>;

/**
 * The realistic arbitraries of `operation`'s `side`, from the contract's plans.
 *
 * @example fc.sample(realisticSides(contract, "DescribeDatasetImportJob", "output").sdk, { seed: 1, numRuns: 1 })
 */
export function realisticSides<S = unknown>(contract: ServiceContract, operation: string, side: "input" | "output", defaults: RealisticDefaults = {}): RealisticSides<S> {
  const op = Object.prototype.hasOwnProperty.call(contract.operations, operation) ? contract.operations[operation] : undefined;
  if (op?.plans === undefined) throw new Error(`${contract.serviceName} contract: ${operation} has no plans to draw realistic values from`);
  const shapes = contract.shapes ?? {};
  const plan = op.plans[side];
  const wire = realisticArbitrary(plan, shapes, realisticSettings(contract, defaults));
  return { wire, sdk: wire.map((w) => sdkForm(plan, shapes, w) as S) };
}

/**
 * The settings of realistic values drawn outside a mock for `contract`: `defaults` over the mock's.
 *
 * @example realisticArbitrary(plan, contract.shapes!, realisticSettings(contract, { region: "eu-west-1" }))
 */
export function realisticSettings(contract: ServiceContract, defaults: RealisticDefaults = {}): RealisticSettings {
  return {
    now: defaults.now ?? DEFAULT_NOW,
    region: defaults.region ?? "us-east-1",
    arnNamespace: contract.arnNamespace ?? contract.endpointPrefix,
    endpointPrefix: contract.endpointPrefix,
    ...(defaults.account !== undefined && { account: defaults.account }),
    ...(defaults.partition !== undefined && { partition: defaults.partition }),
    ...(defaults.optionalPresence !== undefined && { optionalPresence: defaults.optionalPresence }),
  };
}
