/**
 * The contract matchers as a plain `expect.extend` object. Each checks the received value (SDK or
 * wire form) against one wire schema of a generated {@link ServiceContract} and, when it does not
 * match, fails with the violation lines `smithy-contract validate` prints for the same value:
 *
 * ```
 * expected value to match DescribeDatasetImportJob output (2 violations):
 *   /datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "aaaa…"
 *   /datasetImportJob/importMode (DatasetImportJob.importMode): must be one of FULL, INCREMENTAL, got "PARTIAL"
 * ```
 *
 * These check documents (bodies, SDK values). Whole HTTP messages — a fetch `Request` or `Response`,
 * or a request a mock recorded — have their own matchers, `toMatchOperationRequest` and
 * `toMatchOperationResponse` (message.ts, http-message.ts), which read them through the contract's protocol first.
 *
 * The first argument is the contract object, not a model file: the matchers run inside the user's
 * test suite, which loads only the runtime, never the generator that reads Smithy models
 * (the house rule: `runtime/` never imports `codegen/`). `smithy-contract generate` turns the
 * model into `generated/<service>/contract.ts` once; tests import its `contract`.
 *
 * @see https://vitest.dev/api/expect.html#expect-extend
 */
import type { ServiceContract } from "../contract.ts";
import { formatViolation } from "../validation/format.ts";
import { checkValue, isServiceContract, type CheckResult, type CheckTarget, type MatchOptions } from "./check.ts";
import { isMessage } from "./http-message.ts";

/** What a matcher returns to vitest (`SyncExpectationResult`): `message` is read only on failure. */
export interface MatchResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/**
 * The three matchers, for `expect.extend(matchers)` on an `expect` of your own (importing
 * `smithy-contract/vitest` already registers them on vitest's).
 */
export const matchers = {
  /**
   * The value is a valid response body of `operation`.
   *
   * @example expect(await client.send(new DescribeDatasetImportJobCommand(input))).toMatchOperationOutput(contract, "DescribeDatasetImportJob");
   */
  toMatchOperationOutput(received: unknown, contract: ServiceContract, operation: string, options?: MatchOptions): MatchResult {
    return match("toMatchOperationOutput", received, contract, { operation, kind: "output" }, options);
  },

  /**
   * The value is a valid request body of `operation`.
   *
   * @example expect(JSON.parse(request.body)).toMatchOperationInput(contract, "DescribeDatasetImportJob");
   */
  toMatchOperationInput(received: unknown, contract: ServiceContract, operation: string, options?: MatchOptions): MatchResult {
    return match("toMatchOperationInput", received, contract, { operation, kind: "input" }, options);
  },

  /**
   * The value is a valid body of the error `error` (shape name or absolute shape id) of
   * `operation`, `__type` included; a thrown SDK exception is read back into its body.
   *
   * @example await expect(client.send(command)).rejects.toMatchOperationError(contract, "DescribeDatasetImportJob", "ResourceNotFoundException");
   */
  toMatchOperationError(received: unknown, contract: ServiceContract, operation: string, error: string, options?: MatchOptions): MatchResult {
    return match("toMatchOperationError", received, contract, { operation, kind: "error", error }, options);
  },
};

function match(matcher: string, received: unknown, contract: unknown, target: CheckTarget, options: MatchOptions | undefined): MatchResult {
  assertContract(matcher, contract);
  if (isMessage(received)) {
    // A message is not a document: its members are spread over its parts (restJson1), and reading it takes a promise.
    const which = target.kind === "input" ? "toMatchOperationRequest" : "toMatchOperationResponse";
    throw new TypeError(`${matcher}: the value is an HTTP message (a Request, a Response or a mock's recorded request), not a document; use \`await expect(message).${which}(contract, ${JSON.stringify(target.operation)})\`, which reads it through the contract's protocol`);
  }
  return matchResult(checkValue(contract, target, received, options));
}

/** Throws a TypeError explaining that a matcher's first argument is the generated contract, unless it is one. */
export function assertContract(matcher: string, contract: unknown): asserts contract is ServiceContract {
  if (isServiceContract(contract)) return;
  throw new TypeError(
    `${matcher}: the first argument must be a generated ServiceContract (the \`contract\` export of generated/<service>/contract.ts), got ${describe(contract)}. ` +
      "The matchers cannot read a Smithy model: they run in your test suite, which loads only the runtime; run `smithy-contract generate` to turn the model into a contract.",
  );
}

/** What a check's result is to vitest: it passes without violations; the message lists them. */
export function matchResult(result: CheckResult): MatchResult {
  const pass = result.violations.length === 0;
  return { pass, message: () => (pass ? `expected value not to match ${result.label}, but it does` : failure(result)) };
}

/** `expected value to match <label> (N violations):` and one indented line per violation, as `validate` prints them. */
function failure(result: CheckResult): string {
  const n = result.violations.length;
  const lines = result.violations.map((v) => `  ${formatViolation(v)}`);
  return [`expected value to match ${result.label} (${n} violation${n === 1 ? "" : "s"}):`, ...lines].join("\n");
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || typeof value !== "object") return String(value);
  return "an object without `serviceName` and `operations`";
}
