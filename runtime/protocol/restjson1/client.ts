/**
 * The client's side of restJson1: the request an SDK client sends for an input document (labels
 * expanded into the path, query members and `@httpQueryParams` in the query — a member's own
 * parameter and the URI's literals winning over the map's —, headers, the body), to the
 * operation's host prefix under the endpoint; and an answer read back into an output document, or
 * the error it names.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 * @see https://smithy.io/2.0/spec/endpoint-traits.html#endpoint-trait
 */
import type { OperationContract, ServiceContract } from "../../contract.ts";
import { defineOwn, ownValue } from "../../validation/pointer.ts";
import { ERROR_TYPE_FIELD, ERROR_TYPE_HEADER, sanitizeErrorType } from "../awsjson.ts";
import type { ResponseRead } from "../protocol.ts";
import { bodyMedia } from "./media-types.ts";
import { formatQuery } from "./query.ts";
import { MalformedPart, readBodyMembers, readHeaderMembers } from "./read-message.ts";
import { isEmptyStructure, isUnit, jsonContextOf } from "./shapes.ts";
import { documentToText } from "./text-values.ts";
import { expandUri, parseUriPattern } from "./uri-pattern.ts";
import { bodyOf, headersOf, isSet } from "./write-message.ts";

/**
 * The request for `document` (an input document) to `endpoint`.
 *
 * @example writeRestJson1Request(contract, getFunction, { FunctionName: "f" }, "https://lambda.us-east-1.amazonaws.com").url
 * // "https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/f"
 */
export function writeRestJson1Request(contract: ServiceContract, operation: OperationContract, document: unknown, endpoint: string): Request {
  const http = operation.http;
  if (http === undefined) throw new TypeError(`${operation.name} has no @http binding in the contract`);
  const doc = (typeof document === "object" && document !== null ? document : {}) as Record<string, unknown>;
  const bindings = http.input;
  const labels: Record<string, string> = {};
  for (const b of bindings.labels ?? []) if (isSet(ownValue(doc, b.member))) labels[b.name] = documentToText(ownValue(doc, b.member), b.kind, { location: "label", ...(b.timestampFormat !== undefined && { timestampFormat: b.timestampFormat }) });
  const pattern = parseUriPattern(http.uri);
  const target = expandUri(pattern, labels);
  const pairs: [string, string][] = [];
  const named = new Set<string>();
  for (const b of bindings.query ?? []) {
    const value = ownValue(doc, b.member);
    if (!isSet(value)) continue;
    named.add(b.name);
    const site = { location: "query" as const, ...(b.timestampFormat !== undefined && { timestampFormat: b.timestampFormat }) };
    if (b.kind === "list") for (const v of (value as unknown[]).filter(isSet)) pairs.push([b.name, documentToText(v, b.item!, site)]);
    else pairs.push([b.name, documentToText(value, b.kind, site)]);
  }
  const params = bindings.queryParams === undefined ? undefined : ownValue(doc, bindings.queryParams.member);
  if (isSet(params)) {
    // The URI's literals are in the query already: a map key of the same name would repeat them.
    for (const literal of pattern.query) named.add(literal.name);
    for (const [name, value] of Object.entries(params as Record<string, unknown>)) {
      if (named.has(name) || !isSet(value)) continue;
      for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, String(v)]);
    }
  }
  const query = formatQuery(pairs);
  const url = new URL(endpoint);
  url.hostname = `${hostPrefixOf(operation, doc)}${url.hostname}`;
  const base = url.pathname.replace(/\/+$/, "");
  const separator = target.includes("?") ? "&" : "?";
  const headers = headersOf(bindings, doc);
  const media = bodyMedia(bindings, isEmptyStructure(operation.input, bindings));
  const body = bodyOf(bindings, media, doc, operation.plans?.input, jsonContextOf(contract));
  if (body.contentType !== undefined && body.bytes.byteLength > 0) headers.set("Content-Type", body.contentType);
  const bodyless = http.method === "GET" || http.method === "HEAD" || body.bytes.byteLength === 0;
  return new Request(`${url.origin}${base}${target}${query === "" ? "" : `${separator}${query}`}`, { method: http.method, headers, body: bodyless ? null : body.bytes });
}

/** The operation's `@endpoint(hostPrefix)` with its `{label}`s filled from the input's members of those names. */
function hostPrefixOf(operation: OperationContract, doc: Readonly<Record<string, unknown>>): string {
  return (operation.hostPrefix ?? "").replace(/\{([^}]+)\}/g, (_, name: string) => String(ownValue(doc, name) ?? ""));
}

/**
 * An answer as a client reads it: below 300 the output document (status into the
 * `@httpResponseCode` member, header members, body), else the error `X-Amzn-Errortype` names (or
 * the body's `code` / `__type`), with its document.
 */
export async function readRestJson1Response(contract: ServiceContract, operation: OperationContract, response: Response): Promise<ResponseRead> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  const all: [string, string][] = [];
  response.headers.forEach((value, name) => all.push([name, value]));
  const valueOf = (name: string) => response.headers.get(name) ?? undefined;
  const ctx = jsonContextOf(contract);
  try {
    if (response.status < 300) {
      const bindings = operation.http?.output ?? {};
      const document: Record<string, unknown> = { ...readHeaderMembers(bindings, valueOf, all), ...readBodyMembers(bindings, bytes, text, !isUnit(operation.output), operation.plans?.output, ctx) };
      if (bindings.responseCode !== undefined) defineOwn(document, bindings.responseCode, response.status);
      return { kind: "output", document };
    }
    let body: unknown;
    try {
      body = text.trim() === "" ? {} : (JSON.parse(text) as unknown);
    } catch {
      body = undefined;
    }
    const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
    const raw = response.headers.get(ERROR_TYPE_HEADER) ?? (typeof record.code === "string" ? record.code : typeof record[ERROR_TYPE_FIELD] === "string" ? (record[ERROR_TYPE_FIELD] as string) : undefined);
    if (raw === undefined) return { kind: "unreadable", message: `an error answer (${response.status}) that names no error` };
    const name = sanitizeErrorType(raw);
    const error = Object.values(operation.errors).find((e) => e.name === name);
    if (error === undefined) return { kind: "error", name, document: body };
    const bindings = error.bindings ?? {};
    const plan = operation.plans?.errors[error.name];
    const members = error.bindings === undefined ? record : { ...readHeaderMembers(bindings, valueOf, all), ...readBodyMembers(bindings, bytes, text, true, plan, ctx) };
    return { kind: "error", name, document: { [ERROR_TYPE_FIELD]: error.name, ...members } };
  } catch (e) {
    if (e instanceof MalformedPart) return { kind: "unreadable", message: e.message };
    throw e;
  }
}
