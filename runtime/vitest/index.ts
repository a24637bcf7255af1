/**
 * `smithy-contract/vitest`: contract matchers for vitest. Importing this module registers them on
 * vitest's `expect` and declares their types, so in a test file (or a `setupFiles` entry):
 *
 * ```ts
 * import "smithy-contract/vitest";
 * import { contract } from "./generated/personalize/contract.ts";
 *
 * expect(output).toMatchOperationOutput(contract, "DescribeDatasetImportJob");
 * expect(request).toMatchOperationInput(contract, "DescribeDatasetImportJob", { allowUnknown: true });
 * await expect(promise).rejects.toMatchOperationError(contract, "DescribeDatasetImportJob", "ResourceNotFoundException");
 * await expect(mock.requests[0]).toMatchOperationRequest(restContract, "Invoke"); // a whole message, read as its protocol says
 * expect(log).toEqual([expect.objectContaining({ body: expect.toMatchOperationOutput(contract, "DescribeDatasetImportJob") })]);
 * ```
 *
 * Values may be in SDK form (Dates, Uint8Arrays, a `CommandOutput`, a thrown exception) or wire
 * form (parsed JSON, checked exactly as given). Checking is strict: a member the schema does not
 * know is a violation unless `{ allowUnknown: true }` is passed last. A failure lists the same
 * violation lines `smithy-contract validate` prints. The first argument is the generated
 * `contract`, not a model file: the runtime never loads the generator that reads Smithy models.
 *
 * @see https://vitest.dev/guide/extending-matchers.html
 */
// Kept in the emitted .d.ts so that `declare module "vitest"` below augments vitest instead of declaring a new module.
import "vitest";
import { expect } from "vitest";
import type { ServiceContract } from "../contract.ts";
import { installAsymmetric } from "./asymmetric.ts";
import type { MatchOptions } from "./check.ts";
import { matchers } from "./matchers.ts";
import { messageMatchers } from "./message.ts";

export { matchers, type MatchResult } from "./matchers.ts";
export { messageMatchers } from "./message.ts";
export type { MatchOptions } from "./check.ts";

/**
 * The matchers' signatures, with what they return (`void` on `expect(value)`, a matcher on
 * `expect.…` when used inside `toEqual`/`objectContaining`).
 */
export interface ContractMatchers<R = unknown> {
  /** The value is a valid response body of `operation` (SDK or wire form). */
  toMatchOperationOutput(contract: ServiceContract, operation: string, options?: MatchOptions): R;
  /** The value is a valid request body of `operation` (SDK or wire form). */
  toMatchOperationInput(contract: ServiceContract, operation: string, options?: MatchOptions): R;
  /** The value is a valid body of `operation`'s error `error` (shape name), or the SDK exception of one. */
  toMatchOperationError(contract: ServiceContract, operation: string, error: string, options?: MatchOptions): R;
}

/**
 * The matchers of whole HTTP messages (fetch `Request`/`Response`, a mock's recorded request), read
 * through the contract's protocol (awsJson or restJson1): awaited, and only on `expect(value)`.
 */
export interface MessageMatchers {
  /** The request routes to `operation` and reads into a valid input. */
  toMatchOperationRequest(contract: ServiceContract, operation: string, options?: MatchOptions): Promise<void>;
  /** The answer reads into a valid output of `operation`, or a valid document of an error it declares. */
  toMatchOperationResponse(contract: ServiceContract, operation: string, options?: MatchOptions): Promise<void>;
}

declare module "vitest" {
  // The type parameter must repeat vitest's own declaration for the interfaces to merge.
  interface Assertion<T = any> extends ContractMatchers<void>, MessageMatchers {}
  interface AsymmetricMatchersContaining extends ContractMatchers<any> {}
}

expect.extend({ ...matchers, ...messageMatchers });
// Asymmetric forms that name the contract by its service in a diff instead of printing all of it.
installAsymmetric(expect, matchers);
