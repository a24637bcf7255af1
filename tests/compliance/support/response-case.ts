/**
 * Runs one `@httpResponseTests` case against our mock runtime, server-side: the mock answers a
 * request for the case's operation with `params` — as the operation's output, or for a case on an
 * error shape as that error's body — and the response must have exactly the case's status, its
 * headers (names case-insensitive; `forbidHeaders` absent, `requireHeaders` present) and its body
 * (compared as JSON when `bodyMediaType` is JSON, else as text; an empty body as empty).
 *
 * `params` go to the mock in SDK form (`Date`, `Uint8Array`, `NaN`; see node-values.ts), as a test
 * gives them to a helper, so the body is the mock's own serialization: converting them to wire form
 * here would test this file, not the runtime.
 *
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html#httpresponsetests
 */
import * as fc from "fast-check";
import { getResponse } from "msw";
import { expect } from "vitest";
import { shapeName } from "../../../codegen/naming.ts";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { exhaustiveArbitraries } from "../../../runtime/data/exhaustive.ts";
import { createServiceMock } from "../../../runtime/msw/index.ts";
import { protocolOf } from "../../../runtime/protocol/index.ts";
import { checkerOf } from "../../../runtime/validation/checker.ts";
import type { HttpResponseTestCase } from "./cases.ts";
import { describeDifferences, differences } from "./differences.ts";
import { sdkValue } from "./node-values.ts";
import type { LocatedCase } from "./protocol-folder.ts";
import { LOCAL_ENDPOINT } from "./request-case.ts";

/** True for `application/json` and `<anything>+json` (RFC 6839), parameters ignored. */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  if (mediaType === undefined) return false;
  const essence = mediaType.split(";")[0]!.trim().toLowerCase();
  return essence === "application/json" || essence.endsWith("+json");
}

/**
 * A request body the operation accepts, so that the answer under test is the one sent: `{}` when
 * the input requires nothing, else a seeded draw from the input's arbitrary (valid by construction).
 */
export function validInput(contract: ServiceContract, operation: string): unknown {
  const op = contract.operations[operation]!;
  if (checkerOf(contract).read(op, {}).ok) return {};
  return fc.sample(exhaustiveArbitraries(contract).operations[operation]!.input.wire, { seed: 1, numRuns: 1 })[0];
}

/** Runs a response case; throws (an assertion error) at the first difference. */
export async function runResponseCase(c: LocatedCase & HttpResponseTestCase): Promise<void> {
  const { site } = c;
  const service = site.service.shape;
  const { contract } = site.service;
  const name = shapeName(site.operation, service);
  const mock = createServiceMock(contract).create({ seed: 0, endpoint: LOCAL_ENDPOINT });
  const helper = mock.operation(name);
  const handler =
    site.error === undefined
      ? helper(sdkValue(c.params ?? {}, site.operation.output) as object)
      : helper.error(shapeName(site.error, service), sdkValue(c.params ?? {}, site.error) as object);
  // The request as the protocol's client side writes it, for an input the operation accepts.
  const request = protocolOf(contract).writeRequest(contract, contract.operations[name]!, validInput(contract, name), LOCAL_ENDPOINT);
  const response = await getResponse([handler], request);
  expect(response, `the helper of ${name} did not answer`).toBeInstanceOf(Response);
  const text = await response!.text();
  expect(response!.status, `status (body ${text})`).toBe(c.code);
  for (const [header, value] of Object.entries(c.headers ?? {})) expect(response!.headers.get(header), `header ${header}`).toBe(value);
  for (const header of c.forbidHeaders ?? []) expect(response!.headers.has(header), `forbidden header ${header} is present`).toBe(false);
  for (const header of c.requireHeaders ?? []) expect(response!.headers.has(header), `required header ${header} is absent`).toBe(true);
  if (c.body === undefined) return; // the case asserts nothing about the body
  if (c.body === "" || !isJsonMediaType(c.bodyMediaType)) {
    expect(text, "body").toBe(c.body);
    return;
  }
  expect(text, "body (empty, where JSON is due)").not.toBe("");
  const got = JSON.parse(text) as unknown;
  const want = JSON.parse(c.body) as unknown;
  expect(got, `body (as JSON) differs at ${describeDifferences(differences(got, want))}`).toEqual(want);
}
