/**
 * A restJson1 request read into its input document, as a Smithy server reads it: its media types
 * checked (Content-Type 415, Accept 406), then each member from where it is bound — labels, query
 * parameters (`@httpQueryParams` takes them all), headers, the payload or the JSON body —
 * converted to its document form. A value that cannot be read is a `SerializationException`;
 * constraints are the contract checker's, afterwards.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 * @see https://smithy.io/2.0/spec/http-bindings.html
 */
import type { OperationContract, ServiceContract } from "../../contract.ts";
import { defineOwn } from "../../validation/pointer.ts";
import { bodyBytesUnderCodings, utf8 } from "../body.ts";
import { SERIALIZATION_EXCEPTION } from "../framework-errors.ts";
import { bodyTooLarge, jsonBodyText, utf8Text } from "../request-limits.ts";
import type { IncomingRequest } from "../message.ts";
import type { RequestRead } from "../protocol.ts";
import { NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE } from "./framework-errors.ts";
import { accepts, answerMedia, bodyMedia, contentTypeFits } from "./media-types.ts";
import { parseQuery } from "./query.ts";
import { MalformedPart, readBodyMembers, readHeaderMembers, siteOf, textMember } from "./read-message.ts";
import { isEmptyStructure, isUnit, jsonContextOf } from "./shapes.ts";

/**
 * The input document of a request routed to `operation` (`labels`: the path's label values, decoded).
 *
 * @example await readRestJson1Request(request, operation, contract, { foo: "a" }) // { ok: true, document: { foo: "a", … }, … }
 */
export async function readRestJson1Request(request: IncomingRequest, operation: OperationContract, contract: ServiceContract, labels: Readonly<Record<string, string>>): Promise<RequestRead> {
  const decoded = await bodyBytesUnderCodings(request);
  if (!decoded.ok) {
    const over = decoded.tooLarge === true ? bodyTooLarge() : { error: SERIALIZATION_EXCEPTION, message: decoded.message };
    return { ok: false, ...over, text: "", body: undefined };
  }
  const { bytes, remaining } = decoded;
  // A body read as text (JSON, or a string payload) must be UTF-8 and, as JSON, not nest too deep (request-limits.ts).
  const payloadKind = operation.http?.input?.payload?.kind;
  const strict = payloadKind === "string" || payloadKind === "enum" ? utf8Text(bytes) : jsonBodyText(bytes);
  const text = strict.ok ? strict.text : utf8(bytes);
  let body: unknown;
  try {
    body = !strict.ok || text.trim() === "" ? undefined : (JSON.parse(text) as unknown);
  } catch {
    body = undefined;
  }
  const fail = (error: typeof SERIALIZATION_EXCEPTION, message: string): RequestRead => ({ ok: false, error, message, text, body });

  const bindings = operation.http?.input ?? {};
  const media = bodyMedia(bindings, isEmptyStructure(operation.input, bindings));
  const contentType = request.headers.get("content-type");
  if (!contentTypeFits(contentType, media, bytes.length === 0)) {
    return fail(UNSUPPORTED_MEDIA_TYPE, `${operation.name} does not accept ${contentType === null ? "a body without a Content-Type" : `Content-Type ${JSON.stringify(contentType)}`}`);
  }
  const answer = answerMedia(operation.http?.output, isUnit(operation.output));
  const accept = request.headers.get("accept");
  if (!accepts(accept, answer)) return fail(NOT_ACCEPTABLE, `${operation.name} answers ${answer.kind === "exact" ? answer.mediaType : "no body"}, which Accept ${JSON.stringify(accept)} does not admit`);

  try {
    const document: Record<string, unknown> = {};
    const set = (member: string, value: unknown) => defineOwn(document, member, value);
    for (const b of bindings.labels ?? []) {
      const value = labels[b.name];
      if (value !== undefined) set(b.member, textMember(value, b, siteOf(b, "label"), `label ${b.name}`));
    }
    const query = parseQuery(new URL(request.url).search);
    if (query === undefined) throw new MalformedPart("the query string has a malformed percent-escape");
    for (const b of bindings.query ?? []) {
      const values = query.get(b.name);
      if (values === undefined) continue;
      const site = siteOf(b, "query");
      set(b.member, b.kind === "list" ? values.map((v) => textMember(v, b, site, `query ${b.name}`)) : textMember(values[0]!, b, site, `query ${b.name}`));
    }
    const params = bindings.queryParams;
    if (params !== undefined && query.size > 0) {
      const map: Record<string, unknown> = {};
      for (const [name, values] of query) defineOwn(map, name, params.item === "list" ? [...values] : values[0]);
      set(params.member, map);
    }
    // `Content-Encoding` as the operation sees it: without the codings the service undid.
    const valueOf = (name: string) => (name.toLowerCase() === "content-encoding" ? (remaining.length === 0 ? undefined : remaining.join(", ")) : (request.headers.get(name) ?? undefined));
    const all: [string, string][] = [];
    request.headers.forEach((value, name) => all.push([name, value]));
    for (const [member, value] of Object.entries(readHeaderMembers(bindings, valueOf, all))) set(member, value);
    const readsText = bindings.payload !== undefined ? bindings.payload.kind !== "blob" : media.kind !== "none";
    if (!strict.ok && bytes.length > 0 && readsText) throw new MalformedPart(strict.message);
    const members = readBodyMembers(bindings, bytes, text, media.kind !== "none", operation.plans?.input, jsonContextOf(contract));
    for (const [member, value] of Object.entries(members)) set(member, value);
    return { ok: true, document, text, body };
  } catch (e) {
    if (e instanceof MalformedPart) return fail(SERIALIZATION_EXCEPTION, e.message);
    throw e;
  }
}
