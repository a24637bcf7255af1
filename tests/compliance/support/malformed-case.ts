/**
 * Runs one expanded `@httpMalformedRequestTests` case against our mock runtime: the case's request
 * goes to the service's mock through msw's own `getResponse`, and the answer must have the case's
 * status, its headers (names case-insensitive) and — where the case names one — its body: equal as
 * JSON to `contents`, or matching `messageRegex`.
 *
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html#httpmalformedrequesttests
 */
import { getResponse } from "msw";
import { expect } from "vitest";
import { createServiceMock } from "../../../runtime/msw/index.ts";
import { describeDifferences, differences } from "./differences.ts";
import type { ExpandedMalformedCase } from "./malformed-cases.ts";
import type { CaseSite } from "./protocol-folder.ts";
import { LOCAL_ENDPOINT } from "./request-case.ts";
import { isJsonMediaType } from "./response-case.ts";

/** The request of a malformed case: its method, URI, query, headers and body, as written. */
export function malformedRequestOf(c: ExpandedMalformedCase): Request {
  const { request } = c;
  const origin = request.host === undefined ? LOCAL_ENDPOINT.replace(/\/$/, "") : `https://${request.host}`;
  const query = request.queryParams === undefined || request.queryParams.length === 0 ? "" : `?${request.queryParams.join("&")}`;
  const bodyless = request.method === "GET" || request.method === "HEAD" || request.body === undefined;
  // Bytes, not text: fetch would add `Content-Type: text/plain` to a string body.
  return new Request(`${origin}${request.uri}${query}`, { method: request.method, headers: request.headers ?? {}, body: bodyless ? undefined : new TextEncoder().encode(request.body) });
}

/** Runs a malformed case; throws (an assertion error) at the first difference. */
export async function runMalformedCase(c: ExpandedMalformedCase, site: CaseSite): Promise<void> {
  const mock = createServiceMock(site.service.contract).create({ seed: 0, endpoint: c.request.host === undefined ? LOCAL_ENDPOINT : `https://${c.request.host}` });
  const request = malformedRequestOf(c);
  const response = await getResponse(mock.handlers, request);
  expect(response, `no handler of the mock answered ${request.method} ${request.url}`).toBeDefined();
  const text = await response!.text();
  expect(response!.status, `status (body ${text})`).toBe(c.response.code);
  for (const [header, value] of Object.entries(c.response.headers ?? {})) expect(response!.headers.get(header), `header ${header}`).toBe(value);
  const body = c.response.body;
  if (body === undefined) return;
  const { contents, messageRegex } = body.assertion;
  if (messageRegex !== undefined) expect(text, "body").toMatch(new RegExp(messageRegex));
  if (contents === undefined) return;
  if (!isJsonMediaType(body.mediaType)) {
    expect(text, "body").toBe(contents);
    return;
  }
  const got = JSON.parse(text) as unknown;
  const want = JSON.parse(contents) as unknown;
  expect(got, `body (as JSON) differs at ${describeDifferences(differences(got, want))}`).toEqual(want);
}
