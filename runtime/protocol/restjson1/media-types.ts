/**
 * The media type of a restJson1 message's body, and the checks a server makes with it: a request's
 * `Content-Type` must name it (415 `UnsupportedMediaTypeException` otherwise) and its `Accept` must
 * admit the answer's (406 `NotAcceptableException`). A payload's type is its `@mediaType`, else the
 * one its kind implies (a blob any, `text/plain` for strings and enums, `application/json` for
 * structures, unions and documents); members in the body make it `application/json`.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#content-type
 * @see https://smithy.io/2.0/spec/protocol-traits.html#mediatype-trait
 */
import type { MessageBindings } from "../../contract.ts";
import { parseContentType } from "../awsjson.ts";

export const JSON_MEDIA_TYPE = "application/json";
export const TEXT_MEDIA_TYPE = "text/plain";
/** What a client sends for a blob payload without `@mediaType`. */
export const BLOB_MEDIA_TYPE = "application/octet-stream";

/** What a message's body may be. */
export type BodyMedia =
  /** No body is modeled: a request must carry no Content-Type. */
  | { readonly kind: "none" }
  /** A blob payload without `@mediaType`: any type, or none. */
  | { readonly kind: "any" }
  /** This media type exactly (its parameters aside). */
  | { readonly kind: "exact"; readonly mediaType: string };

/**
 * The media type of a message's body. `emptyStructure`: the message is a structure without
 * members, whose body may still be `{}` as JSON (`RestJsonEmptyInputAndEmptyOutputWithJson`).
 *
 * @example bodyMedia({ payload: { member: "blob", name: "blob", kind: "blob" } }, false) // { kind: "any" }
 */
export function bodyMedia(bindings: MessageBindings | undefined, emptyStructure: boolean): BodyMedia {
  const payload = bindings?.payload;
  if (payload !== undefined) {
    if (payload.mediaType !== undefined) return { kind: "exact", mediaType: payload.mediaType.toLowerCase() };
    switch (payload.kind) {
      case "blob":
        return { kind: "any" };
      case "string":
      case "enum":
        return { kind: "exact", mediaType: TEXT_MEDIA_TYPE };
      default:
        return { kind: "exact", mediaType: JSON_MEDIA_TYPE };
    }
  }
  return (bindings?.body?.length ?? 0) > 0 || emptyStructure ? { kind: "exact", mediaType: JSON_MEDIA_TYPE } : { kind: "none" };
}

/**
 * The media type of an answer's body: its payload's, else JSON for any structure (an output whose
 * members are all headers still answers `{}`: `RestJsonGreetingWithErrors`); no body for `Unit`.
 *
 * @example answerMedia({ headers: [greeting] }, false) // { kind: "exact", mediaType: "application/json" }
 */
export function answerMedia(bindings: MessageBindings | undefined, unit: boolean): BodyMedia {
  if (bindings?.payload !== undefined) return bodyMedia(bindings, false);
  return unit ? { kind: "none" } : { kind: "exact", mediaType: JSON_MEDIA_TYPE };
}

/** The Content-Type a writer sets for a body of `media` (undefined: no body, no header). */
export function contentTypeOf(media: BodyMedia): string | undefined {
  return media.kind === "none" ? undefined : media.kind === "any" ? BLOB_MEDIA_TYPE : media.mediaType;
}

/**
 * Whether a request's `Content-Type` header fits its body's media type. A body-less request may
 * leave it out; a request with a body must name the type (parameters such as `charset` aside); an
 * operation that models no body takes none.
 *
 * @example contentTypeFits("application/json; charset=utf-8", { kind: "exact", mediaType: "application/json" }, false) // true
 * @example contentTypeFits(null, { kind: "exact", mediaType: "application/json" }, false) // false
 */
export function contentTypeFits(header: string | null, media: BodyMedia, emptyBody: boolean): boolean {
  switch (media.kind) {
    case "any":
      return true;
    case "none":
      // A Content-Type with no body is harmless (compliance `RestJsonHeaderMalformedStringInvalidBase64MediaType`
      // expects the header's own error); with a body, the body is one the operation does not read.
      return header === null || emptyBody;
    case "exact":
      if (header === null) return emptyBody;
      return parseContentType(header)?.mediaType === media.mediaType;
  }
}

/**
 * Whether an `Accept` header admits an answer of `media`: absent, or one of its media ranges
 * (`*\/*`, `type/*`, `type/subtype`, parameters aside) matches.
 *
 * @example accepts("application/*", { kind: "exact", mediaType: "application/json" }) // true
 * @example accepts("application/json", { kind: "exact", mediaType: "text/plain" }) // false
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1
 */
export function accepts(header: string | null, media: BodyMedia): boolean {
  if (header === null || header.trim() === "" || media.kind !== "exact") return true;
  const [type, subtype] = media.mediaType.split("/");
  return header.split(",").some((range) => {
    const essence = range.split(";")[0]!.trim().toLowerCase();
    const [t, s] = essence.split("/");
    return (t === "*" && s === "*") || (t === type && (s === "*" || s === subtype));
  });
}
