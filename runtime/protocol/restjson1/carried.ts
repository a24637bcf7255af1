/**
 * What a restJson1 message carries of a document: the document the other side reads back from the
 * message written for it. Most of a document travels unchanged; what does not is decided here, by
 * location, so that data drawn for whole HTTP messages (runtime/data/http-arbitraries.ts) reads
 * back exactly:
 *
 * - JSON (the body, a JSON payload): `-0` is written `0`.
 * - Text (labels, query, headers): a value goes through its text form (an http-date header holds
 *   whole seconds; a float `-0` reads `0`); labels and query values travel as percent-encoded
 *   UTF-8, so a lone surrogate arrives as U+FFFD.
 * - Labels: never empty, never a dot segment (`.`, `..`: URLs resolve them away); a greedy label's
 *   segments neither. Host-prefix labels are DNS labels (`[A-Za-z0-9-]+`).
 * - Headers: values are visible ASCII with inner spaces and tabs (RFC 9110 §5.5: no control
 *   characters; a client refuses anything else, and surrounding whitespace is not part of a
 *   value); prefix-header keys are tokens, read back in lower case.
 * - `@httpQueryParams`: a server puts every query parameter in the map, the members' own and the
 *   URI's literals too (compliance `RestJsonServersPutAllQueryParamsInMap`); a name a member sets
 *   takes the member's value (`RestJsonQueryPrecedence`). An empty list in the query sends nothing.
 * - Payloads: an empty blob or string is no body, and so unset; so is an empty structure
 *   (`RestJsonHttpWithEmptyStructurePayload`).
 * - Answers: the status is the `@httpResponseCode` member's (a success status: 200–299, the range
 *   a client reads as an output), else `@http`'s, and the client reads it back into the member;
 *   204 and 205 carry no body, so no body members.
 *
 * A value that cannot travel as it is is replaced by one that can, character for character (so
 * `@length` in code points holds); the replacement may break a `@pattern`, which the caller checks.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.5
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.3 (dot segments)
 */
import type { BoundMember, MessageBindings, OperationContract } from "../../contract.ts";
import { defineOwn, ownValue } from "../../validation/pointer.ts";
import type { CarriedMessage } from "../protocol.ts";
import { parseUriPattern } from "./uri-pattern.ts";
import { documentToText, textToDocument, type TextSite } from "./text-values.ts";
import { isSet } from "./write-message.ts";

/** Statuses whose answers carry no body (see protocol.ts). */
const NO_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);
const REPLACEMENTS = "abcdefghijklmnopqrstuvwxyz";
/** RFC 9110 §5.6.2 token characters, less upper case (header names are read back in lower case). */
const TOKEN_CHAR = /^[!#$%&'*+\-.^_`|~0-9a-z]$/;

/**
 * The document the other side reads back from the restJson1 message written for `document`;
 * `written` gives the headers of the message written for a fitted document (the prefix-header map
 * reads them).
 *
 * @example carriedRestJson1(invoke, { kind: "output", requestId: "r" }, { StatusCode: 7, Payload: "" }, headersOf) // { StatusCode: 207 }
 */
export function carriedRestJson1(
  operation: OperationContract,
  message: CarriedMessage,
  document: unknown,
  written: (document: Record<string, unknown>) => Readonly<Record<string, string>>,
): Record<string, unknown> {
  const doc = jsonCarried(typeof document === "object" && document !== null ? document : {}) as Record<string, unknown>;
  const http = operation.http;
  const bindings: MessageBindings | undefined = message.kind === "input" ? http?.input : message.kind === "output" ? http?.output : message.error.bindings;
  if (bindings === undefined) return doc;
  if (message.kind === "input") {
    for (const b of bindings.labels ?? []) if (isSet(ownValue(doc, b.member))) defineOwn(doc, b.member, labelCarried(ownValue(doc, b.member), b));
    for (const name of hostLabels(operation.hostPrefix)) if (typeof ownValue(doc, name) === "string") defineOwn(doc, name, dnsLabel(ownValue(doc, name) as string));
    queryCarried(doc, bindings, http?.uri ?? "");
  }
  for (const b of bindings.headers ?? []) {
    const value = ownValue(doc, b.member);
    if (!isSet(value)) continue;
    const site = siteOf(b, "header");
    if (b.kind === "list") defineOwn(doc, b.member, (value as unknown[]).filter(isSet).map((v) => viaText(v, b.item!, site, headerItem)));
    else defineOwn(doc, b.member, viaText(value, b.kind, site, headerValue));
  }
  const prefix = bindings.prefixHeaders;
  if (prefix !== undefined && isSet(ownValue(doc, prefix.member))) {
    const map: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(ownValue(doc, prefix.member) as Record<string, unknown>)) {
      // A header's name is never empty: with an empty prefix, neither is the key.
      const name = token(key) || (prefix.name === "" ? "a" : "");
      // Of two keys that read back the same, the first.
      if (isSet(value) && !Object.prototype.hasOwnProperty.call(map, name)) defineOwn(map, name, headerValue(String(value)));
    }
    defineOwn(doc, prefix.member, map);
  }
  payloadCarried(doc, bindings);
  if (message.kind === "output") {
    const status = statusOf(doc, bindings, http?.code ?? 200);
    if (bindings.responseCode !== undefined) defineOwn(doc, bindings.responseCode, status);
    if (NO_BODY_STATUSES.has(status)) for (const b of [...(bindings.body ?? []), ...(bindings.payload === undefined ? [] : [bindings.payload])]) delete doc[b.member];
  }
  if (prefix !== undefined) prefixCarried(doc, prefix, written(doc));
  return doc;
}

/**
 * The prefix-header map as the other side reads it: every header of the message whose name starts
 * with the prefix — the map's own, a member's header (which wins over the map's of the same name),
 * and, for a short prefix (`""` takes them all), those the protocol writes itself (Content-Type,
 * Content-Length, the request id).
 */
function prefixCarried(doc: Record<string, unknown>, prefix: BoundMember, headers: Readonly<Record<string, string>>): void {
  const lower = prefix.name.toLowerCase();
  const map: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) if (name.startsWith(lower)) defineOwn(map, name.slice(lower.length), value);
  if (Object.keys(map).length === 0) delete doc[prefix.member];
  else defineOwn(doc, prefix.member, map);
}

/** A JSON value as JSON text carries it (`-0` is written `0`). */
function jsonCarried(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonCarried);
  if (typeof value === "number") return Object.is(value, -0) ? 0 : value;
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) defineOwn(out, k, jsonCarried(v));
  return out;
}

function siteOf(b: BoundMember, location: TextSite["location"]): TextSite {
  return { location, ...(b.timestampFormat !== undefined && { timestampFormat: b.timestampFormat }), ...(b.mediaType !== undefined && { mediaType: b.mediaType }) };
}

/**
 * `value` through its text form, the text made fit by `fit` first. Only plain strings and enums can
 * hold what does not travel; a header string with `@mediaType` goes as base64 of its UTF-8, which
 * carries any text (a lone surrogate arrives as U+FFFD).
 */
function viaText(value: unknown, kind: BoundMember["kind"], site: TextSite, fit: (text: string) => string): unknown {
  const text = documentToText(value, kind, site);
  const fitted = kind === "enum" || (kind === "string" && site.mediaType === undefined) ? fit(text) : text;
  return textToDocument(fitted, kind, site);
}

/** A code point that cannot travel, replaced by a letter (the same one for the same code point). */
function replacement(char: string): string {
  return REPLACEMENTS[char.codePointAt(0)! % REPLACEMENTS.length]!;
}

/** A header value: visible ASCII, spaces and tabs inside only. */
function headerValue(text: string): string {
  const chars = Array.from(headerItem(text));
  for (let i = 0; i < chars.length && (chars[i] === " " || chars[i] === "\t"); i++) chars[i] = replacement(chars[i]!);
  for (let i = chars.length - 1; i >= 0 && (chars[i] === " " || chars[i] === "\t"); i--) chars[i] = replacement(chars[i]!);
  return chars.join("");
}

/** An item of a header list (quoted when it needs it, so its spaces stay): visible ASCII, spaces and tabs. */
function headerItem(text: string): string {
  return Array.from(text, (c) => (c === "\t" || (c >= " " && c <= "~") ? c : replacement(c))).join("");
}

/** A prefix-header key: token characters, in lower case. */
function token(key: string): string {
  return Array.from(key.toLowerCase(), (c) => (TOKEN_CHAR.test(c) ? c : replacement(c))).join("");
}

/** Text in a URI (label, query): percent-encoded UTF-8, so a lone surrogate arrives as U+FFFD. */
function uriText(text: string): string {
  return wellFormed(text);
}

/** `text` with each lone surrogate replaced by U+FFFD, as a UTF-8 encoder writes it (String.prototype.toWellFormed, ES2024). */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

function labelCarried(value: unknown, b: BoundMember): unknown {
  const site = siteOf(b, "label");
  const fit = (text: string): string => {
    const well = uriText(text);
    if (b.greedy !== true) return segment(well);
    // A greedy label spans `/`, but none of its segments may be empty or a dot segment.
    return well.split("/").map(segment).join("/");
  };
  return viaText(value, b.kind, site, fit);
}

/** A path segment that survives: not empty, not `.` or `..` (a URL resolves those away). */
function segment(text: string): string {
  if (text === "") return "a";
  return text === "." || text === ".." ? text.replace(/\./g, "a") : text;
}

/** The `{label}`s of an `@endpoint(hostPrefix)`. */
function hostLabels(hostPrefix: string | undefined): string[] {
  return [...(hostPrefix ?? "").matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

/** A DNS label: letters, digits and `-`, never empty. */
function dnsLabel(text: string): string {
  const fitted = Array.from(text, (c) => (/^[A-Za-z0-9-]$/.test(c) ? c : replacement(c))).join("");
  return fitted === "" ? "a" : fitted;
}

/**
 * The query members as they arrive, and the `@httpQueryParams` map as a server fills it: every
 * parameter of the query in the order the client writes them (the URI's literals, the members',
 * then the map's own entries that no member names), a list map taking every value, a string map
 * the first.
 */
function queryCarried(doc: Record<string, unknown>, bindings: MessageBindings, uri: string): void {
  const pairs: [string, string][] = parseUriPattern(uri).query.map(({ name, value }) => [name, value ?? ""]);
  const named = new Set<string>();
  for (const b of bindings.query ?? []) {
    const value = ownValue(doc, b.member);
    if (!isSet(value)) continue;
    const site = siteOf(b, "query");
    if (b.kind === "list") {
      const items = (value as unknown[]).filter(isSet).map((v) => viaText(v, b.item!, site, uriText));
      // An empty list sends nothing (compliance `RestJsonOmitsEmptyListQueryValues`): it arrives unset.
      if (items.length === 0) {
        delete doc[b.member];
        continue;
      }
      defineOwn(doc, b.member, items);
      for (const item of items) pairs.push([b.name, documentToText(item, b.item!, site)]);
    } else {
      const item = viaText(value, b.kind, site, uriText);
      defineOwn(doc, b.member, item);
      pairs.push([b.name, documentToText(item, b.kind, site)]);
    }
    named.add(b.name);
  }
  const params = bindings.queryParams;
  if (params === undefined) return;
  const own = ownValue(doc, params.member);
  if (isSet(own)) {
    for (const [name, value] of Object.entries(own as Record<string, unknown>)) {
      const key = uriText(name);
      if (named.has(key) || !isSet(value)) continue;
      for (const v of Array.isArray(value) ? value.filter(isSet) : [value]) pairs.push([key, uriText(String(v))]);
    }
  }
  if (pairs.length === 0) {
    delete doc[params.member];
    return;
  }
  const map: Record<string, unknown> = {};
  for (const [name, value] of pairs) {
    const known = Object.prototype.hasOwnProperty.call(map, name) ? map[name] : undefined;
    if (params.item === "list") defineOwn(map, name, [...((known as string[] | undefined) ?? []), value]);
    else if (known === undefined) defineOwn(map, name, value);
  }
  defineOwn(doc, params.member, map);
}

function payloadCarried(doc: Record<string, unknown>, bindings: MessageBindings): void {
  const payload = bindings.payload;
  if (payload === undefined || !isSet(ownValue(doc, payload.member))) return;
  const value = ownValue(doc, payload.member);
  switch (payload.kind) {
    case "blob":
      if (value === "") delete doc[payload.member];
      return;
    case "string":
    case "enum": {
      // The body is the text's UTF-8; none at all reads as unset.
      const text = wellFormed(String(value));
      if (text === "") delete doc[payload.member];
      else defineOwn(doc, payload.member, text);
      return;
    }
    case "structure":
      if (typeof value === "object" && !Array.isArray(value) && Object.keys(value as object).length === 0) delete doc[payload.member];
      return;
    default:
      return;
  }
}

/** The status an answer goes with: the response-code member's, moved into 200–299, else `code`. */
function statusOf(doc: Readonly<Record<string, unknown>>, bindings: MessageBindings, code: number): number {
  const value = bindings.responseCode === undefined ? undefined : ownValue(doc, bindings.responseCode);
  if (typeof value !== "number" || !Number.isInteger(value)) return code;
  if (value >= 200 && value <= 299) return value;
  return 200 + (((value % 100) + 100) % 100);
}
