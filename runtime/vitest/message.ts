/**
 * The matchers of whole HTTP messages: a fetch `Request` or a request a mock recorded
 * (`mock.requests[i]`), and a fetch `Response`, read through the contract's protocol into the
 * operation's document (http-message.ts) and checked as any value is, with the same violation
 * lines. Reading a message is asynchronous (a body is a stream), so these matchers are awaited and
 * have no asymmetric form:
 *
 * ```ts
 * await expect(mock.requests[0]).toMatchOperationRequest(contract, "Invoke");
 * await expect(await fetch(url, init)).toMatchOperationResponse(contract, "GetRecommendations");
 * ```
 *
 * @see https://vitest.dev/guide/extending-matchers.html
 */
import type { ServiceContract } from "../contract.ts";
import type { CheckTarget } from "../validation/checker.ts";
import type { MatchOptions } from "./check.ts";
import { checkMessage, isMessage } from "./http-message.ts";
import { assertContract, matchResult, type MatchResult } from "./matchers.ts";

/** The message matchers, for `expect.extend` (importing `smithy-contract/vitest` registers them on vitest's `expect`). */
export const messageMatchers = {
  /**
   * The request (a fetch `Request` or a mock's recorded request) routes to `operation` and reads into a valid input.
   *
   * @example await expect(mock.requests[0]).toMatchOperationRequest(contract, "Invoke");
   */
  async toMatchOperationRequest(received: unknown, contract: ServiceContract, operation: string, options?: MatchOptions): Promise<MatchResult> {
    return matchMessage("toMatchOperationRequest", received, contract, { operation, kind: "input" }, options);
  },

  /**
   * The answer (a fetch `Response`) reads into a valid output of `operation`, or into a valid
   * document of the error it names, which `operation` declares.
   *
   * @example await expect(await fetch(request)).toMatchOperationResponse(contract, "GetRecommendations");
   */
  async toMatchOperationResponse(received: unknown, contract: ServiceContract, operation: string, options?: MatchOptions): Promise<MatchResult> {
    return matchMessage("toMatchOperationResponse", received, contract, { operation, kind: "output" }, options);
  },
};

async function matchMessage(matcher: string, received: unknown, contract: unknown, target: CheckTarget, options: MatchOptions | undefined): Promise<MatchResult> {
  assertContract(matcher, contract);
  if (!isMessage(received)) {
    throw new TypeError(`${matcher}: the value must be ${target.kind === "input" ? "a fetch Request or a mock's recorded request" : "a fetch Response"}; check a document (a body, an SDK value) with ${target.kind === "input" ? "toMatchOperationInput" : "toMatchOperationOutput"}`);
  }
  return matchResult(await checkMessage(contract, target, received, options));
}
