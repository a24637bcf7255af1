/**
 * Runs one `@httpRequestTests` case against our mock runtime, server-side: the case's request is
 * built as a Fetch `Request` and answered by the service's mock through msw's own `getResponse`
 * (no interception); it must be routed to the case's operation and read into exactly `params`.
 *
 * What the mock read is compared in SDK form (see node-values.ts): the mock hands its resolvers the
 * input in wire form, where one value has several spellings (`1.5` and `1.500`, a date-time with or
 * without `.000`, a blob's base64); the captured wire input is read into SDK form by the runtime's
 * own reader (`sdkForm`, from the contract's plans) and `params` by the shape-guided `sdkValue`.
 *
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html#httprequesttests
 */
import { gzipSync } from "node:zlib";
import { getResponse } from "msw";
import { expect } from "vitest";
import { shapeName } from "../../../codegen/naming.ts";
import { sdkForm } from "../../../runtime/data/sdk-form.ts";
import { createServiceMock } from "../../../runtime/msw/index.ts";
import { buildTarget, contentType } from "../../../runtime/protocol/awsjson.ts";
import { protocolOf } from "../../../runtime/protocol/index.ts";
import { bodyMedia } from "../../../runtime/protocol/restjson1/media-types.ts";
import { isEmptyStructure } from "../../../runtime/protocol/restjson1/shapes.ts";
import type { AwsJsonProtocol } from "../../../runtime/contract.ts";
import { toWire } from "../../../runtime/serde/toWire.ts";
import type { HttpRequestTestCase } from "./cases.ts";
import { describeDifferences, differences } from "./differences.ts";
import { sdkValue } from "./node-values.ts";
import { headerOf, type CaseSite, type LocatedCase } from "./protocol-folder.ts";

/** The endpoint the mock serves when a case names no host: a custom endpoint, as a test gives it. */
export const LOCAL_ENDPOINT = "http://localhost/";

/**
 * The headers a case leaves out that every request of its protocol carries, added as a client
 * sends them (the case's own headers are kept as given):
 *
 * - awsJson: `X-Amz-Target` and `Content-Type` — a server cannot route without the target, and
 *   Smithy's maintainers add it to cases that omit it (smithy-lang/smithy#1391), but not yet to all;
 * - restJson1: `Content-Type` when the case sends a body the operation reads as a given media type
 *   (a JSON body, a string payload): a server refuses a body without it (compliance
 *   `RestJsonWithBodyExpectsApplicationJsonContentTypeNoHeaders`). A blob payload takes any type or
 *   none, and gets none.
 *
 * @example addedHeaders(caseWithoutTarget, site) // { "X-Amz-Target": "JsonRpc10.OperationWithDefaults" }
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html#protocol-behaviors
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#content-type
 */
export function addedHeaders(c: HttpRequestTestCase, site: CaseSite): Record<string, string> {
  const added: Record<string, string> = {};
  const { contract } = site.service;
  if (contract.protocol === "restJson1") {
    const operation = contract.operations[shapeName(site.operation, site.service.shape)];
    if (operation === undefined || headerOf(c.headers, "Content-Type") !== undefined) return added;
    const bindings = operation.http?.input ?? {};
    const media = bodyMedia(bindings, isEmptyStructure(operation.input, bindings));
    // A case without a body gets the client's (see `requestOf`): none for GET and HEAD.
    const sendsBody = c.body === undefined ? media.kind !== "none" && c.method !== "GET" && c.method !== "HEAD" : c.body !== "";
    if (sendsBody && media.kind === "exact") added["Content-Type"] = media.mediaType;
    return added;
  }
  if (headerOf(c.headers, "X-Amz-Target") === undefined) added["X-Amz-Target"] = buildTarget(site.service.shape.name, shapeName(site.operation, site.service.shape));
  if (headerOf(c.headers, "Content-Type") === undefined) added["Content-Type"] = contentType(contract.protocol as AwsJsonProtocol);
  return added;
}

/**
 * The request of a case, as a client sends it: to `resolvedHost` (else `host`, else
 * {@link LOCAL_ENDPOINT}), with the case's query, headers (and {@link addedHeaders}) and body. A
 * case with no body (it checks only the client's headers) carries the body the protocol's client
 * side writes for `params`. A `Content-Encoding` ending in `gzip` is applied to the body; a
 * `Content-Length` it requires is set.
 */
export async function requestOf(c: LocatedCase & HttpRequestTestCase): Promise<Request> {
  const { site } = c;
  const { contract } = site.service;
  const operation = contract.operations[shapeName(site.operation, site.service.shape)]!;
  const host = c.resolvedHost ?? c.host;
  const origin = host === undefined ? LOCAL_ENDPOINT.replace(/\/$/, "") : `https://${host}`;
  const query = c.queryParams === undefined || c.queryParams.length === 0 ? "" : `?${c.queryParams.join("&")}`;
  const headers = new Headers({ ...c.headers, ...addedHeaders(c, site) });
  let body: Uint8Array = c.body !== undefined ? new TextEncoder().encode(c.body) : await clientBody(c);
  const codings = (headers.get("Content-Encoding") ?? "").split(",").map((coding) => coding.trim().toLowerCase());
  if (headers.has("Content-Encoding")) {
    if (codings[codings.length - 1] !== "gzip") throw new Error(`${c.id}: cannot apply Content-Encoding ${JSON.stringify(headers.get("Content-Encoding"))}`);
    body = gzipSync(body);
  }
  for (const name of c.requireHeaders ?? []) {
    if (headers.has(name)) continue;
    if (name.toLowerCase() !== "content-length") throw new Error(`${c.id}: cannot supply the required header ${name}`);
    headers.set("Content-Length", String(body.byteLength));
  }
  // Bytes, not text: fetch would add `Content-Type: text/plain` to a string body.
  return new Request(`${origin}${c.uri}${query}`, { method: c.method, headers, body: c.method === "GET" || c.method === "HEAD" ? undefined : body });
}

/** The body the protocol's client side writes for the case's `params`. */
async function clientBody(c: LocatedCase & HttpRequestTestCase): Promise<Uint8Array> {
  const { site } = c;
  const { contract } = site.service;
  const operation = contract.operations[shapeName(site.operation, site.service.shape)]!;
  const document = toWire(sdkValue(c.params ?? {}, site.operation.input), operation.input);
  const written = protocolOf(contract).writeRequest(contract, operation, document, LOCAL_ENDPOINT);
  return new Uint8Array(await written.arrayBuffer());
}

/**
 * Runs a request case; throws (an assertion error) when the mock routes it elsewhere, rejects it,
 * or reads anything but `params`.
 */
export async function runRequestCase(c: LocatedCase & HttpRequestTestCase): Promise<void> {
  const { site } = c;
  const { contract } = site.service;
  const name = shapeName(site.operation, site.service.shape);
  const operation = contract.operations[name]!;
  const mock = createServiceMock(contract).create({ seed: 0, endpoint: c.host === undefined ? LOCAL_ENDPOINT : `https://${c.host}` });
  let captured: { input: unknown } | undefined;
  // The answer does not matter here; only what the mock read.
  const helper = mock.operation(name)((input: unknown) => {
    captured = { input };
    return {};
  });
  const request = await requestOf(c);
  const response = await getResponse([helper, ...mock.handlers], request);
  expect(response, `no handler of the mock answered ${request.method} ${request.url} (the mock serves ${mock.options.endpoint as string})`).toBeDefined();
  expect(mock.requests.map((r) => r.operation), "the operation the mock routed the request to").toEqual([name]);
  if (captured === undefined) {
    throw new Error(`the mock did not read the request into an input: it answered ${response!.status} ${await response!.text()}`);
  }
  const read = sdkForm(operation.plans!.input, contract.shapes ?? {}, captured.input);
  const want = sdkValue(c.params ?? {}, site.operation.input);
  expect(read, `the input the mock read (SDK form) differs from params at ${describeDifferences(differences(read, want))}`).toEqual(want);
}
