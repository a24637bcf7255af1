/**
 * The parts of a restJson1 message written from a document: headers (lists joined and quoted,
 * `@httpPrefixHeaders` first so a member's own header wins), and the body — the payload as its
 * kind says (a blob's bytes, a string's text, JSON otherwise; nothing when unset) or the JSON object
 * of the body members under their JSON names. Shared by answers (the mock) and requests (the
 * client's side).
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#httpheader-serialization-rules
 * @see https://smithy.io/2.0/spec/http-bindings.html#httppayload-trait
 */
import { ownValue } from "../../validation/pointer.ts";
import type { ArbitraryPlan } from "../../data/plan.ts";
import type { BoundMember, MessageBindings } from "../../contract.ts";
import { decodeBase64 } from "../base64.ts";
import { joinHeaderList } from "./header-lists.ts";
import { documentToJson, memberPlanOf, type JsonContext } from "./json-values.ts";
import { BLOB_MEDIA_TYPE, contentTypeOf, type BodyMedia } from "./media-types.ts";
import { documentToText } from "./text-values.ts";

/** A message body: its bytes (empty: none) and the Content-Type it goes with. */
export interface WrittenBody {
  /** Backed by an `ArrayBuffer`, as Fetch's `BodyInit` wants it. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly contentType: string | undefined;
}

/** True for a member value that is set (absent and `null` are not). */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * The headers of the members bound to headers and prefix headers.
 *
 * @example headersOf({ headers: [{ member: "tags", name: "X-Tags", kind: "list", item: "string" }] }, { tags: ["a", "b,c"] }) // { "X-Tags": 'a, "b,c"' }
 */
export function headersOf(bindings: MessageBindings, document: Readonly<Record<string, unknown>>): Headers {
  const headers = new Headers();
  const prefix = bindings.prefixHeaders;
  if (prefix !== undefined && isSet(ownValue(document, prefix.member))) {
    for (const [key, value] of Object.entries(ownValue(document, prefix.member) as Record<string, unknown>)) if (isSet(value)) headers.set(`${prefix.name}${key}`, String(value));
  }
  for (const b of bindings.headers ?? []) {
    const value = ownValue(document, b.member);
    if (!isSet(value)) continue;
    headers.set(b.name, headerText(b, value));
  }
  return headers;
}

function headerText(b: BoundMember, value: unknown): string {
  const site = { location: "header" as const, ...(b.timestampFormat !== undefined && { timestampFormat: b.timestampFormat }), ...(b.mediaType !== undefined && { mediaType: b.mediaType }) };
  if (b.kind !== "list") return documentToText(value, b.kind, site);
  const items = (value as unknown[]).filter(isSet).map((v) => documentToText(v, b.item!, site));
  return joinHeaderList(items, { quote: b.item === "string" || b.item === "enum" });
}

/**
 * The body of a message of `media` (its payload, or its body members as a JSON object; `{}` when
 * a JSON body has no member set). `plan`: the message structure's plan.
 */
export function bodyOf(bindings: MessageBindings, media: BodyMedia, document: Readonly<Record<string, unknown>>, plan: ArbitraryPlan | undefined, ctx: JsonContext): WrittenBody {
  const payload = bindings.payload;
  if (payload !== undefined) {
    const value = ownValue(document, payload.member);
    if (!isSet(value)) return { bytes: new Uint8Array(), contentType: undefined };
    const contentType = payload.kind === "blob" && media.kind === "any" ? BLOB_MEDIA_TYPE : contentTypeOf(media);
    switch (payload.kind) {
      case "blob":
        return { bytes: new Uint8Array(decodeBase64(String(value))), contentType };
      case "string":
      case "enum":
        return { bytes: new TextEncoder().encode(String(value)), contentType };
      default:
        return { bytes: new TextEncoder().encode(JSON.stringify(documentToJson(value, memberPlanOf(plan, payload.member, ctx), ctx))), contentType };
    }
  }
  if (media.kind === "none") return { bytes: new Uint8Array(), contentType: undefined };
  const json: Record<string, unknown> = {};
  for (const b of bindings.body ?? []) {
    const value = ownValue(document, b.member);
    if (isSet(value)) Object.defineProperty(json, b.name, { value: documentToJson(value, memberPlanOf(plan, b.member, ctx), ctx), enumerable: true, writable: true, configurable: true });
  }
  return { bytes: new TextEncoder().encode(JSON.stringify(json)), contentType: contentTypeOf(media) };
}
