/**
 * What the matchers check a value against: one schema of a generated {@link ServiceContract}
 * (an operation's input or output, or one of its error bodies), through the contract's one
 * checker (runtime/validation/checker.ts) — the same that the mocks and `validate` use.
 */
import type { ServiceContract } from "../contract.ts";
import { checkerOf, type CheckOptions, type CheckResult, type CheckTarget } from "../validation/checker.ts";
import { wireForm } from "./wireForm.ts";

export { isServiceContract } from "../validation/checker.ts";
export type { CheckResult, CheckTarget } from "../validation/checker.ts";

/** Options of every matcher, as its last argument. */
export type MatchOptions = CheckOptions;

/**
 * The violations of `value` (SDK or wire form) against the target's schema in `contract`; none
 * when it matches. Throws an Error naming the known ones when the operation or error is not in
 * the contract: a mistake in the test, not a mismatch, so it fails under `.not` as well.
 *
 * @example
 * checkValue(contract, { operation: "DescribeDatasetImportJob", kind: "input" }, {}).violations
 * // [{ pointer: "/datasetImportJobArn", memberPath: "DescribeDatasetImportJobRequest.datasetImportJobArn", keyword: "required", message: "is required" }]
 */
export function checkValue(contract: ServiceContract, target: CheckTarget, value: unknown, options: MatchOptions = {}): CheckResult {
  const checker = checkerOf(contract);
  const { schema } = checker.target(target);
  return checker.check(target, wireForm(value, schema), options);
}
