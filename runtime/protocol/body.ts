/**
 * A request's body as the service reads it, whatever the protocol: its bytes decoded as its
 * `Content-Encoding` says. SDK clients gzip the bodies of operations with `@requestCompression`
 * once they pass a size, and the service reads them (compliance: `SDKAppliedContentEncoding_*`). A
 * coding other than gzip is not readable. Decoded with `DecompressionStream`, so the same code runs
 * in a browser.
 *
 * @see https://smithy.io/2.0/spec/behavior-traits.html#requestcompression-trait
 */

import type { IncomingRequest } from "./message.ts";
import { MAX_REQUEST_BODY_BYTES } from "./request-limits.ts";

/** The body's bytes, or why they cannot be read (`tooLarge`: decoded, they pass {@link MAX_REQUEST_BODY_BYTES}). */
export type BodyBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string; readonly tooLarge?: true };

/** The request's body, decoded. */
export async function bodyBytes(request: IncomingRequest): Promise<BodyBytes> {
  const header = request.headers.get("content-encoding") ?? "";
  const codings = header
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
  if (codings.length === 0 || request.body.byteLength === 0) return { ok: true, bytes: request.body };
  const unknown = codings.find((c) => c !== "gzip" && c !== "x-gzip");
  if (unknown !== undefined) return { ok: false, message: `Unsupported Content-Encoding ${JSON.stringify(unknown)}` };
  // Codings are listed in the order they were applied: undone last to first (all gzip here).
  const bytes = await gunzip(request.body, codings.length);
  if (bytes === TOO_LARGE) return { ok: false, message: "", tooLarge: true };
  return bytes === undefined ? { ok: false, message: `Unable to decode the request body as ${header}` } : { ok: true, bytes };
}

const TOO_LARGE = "too large";

/**
 * `bytes` gunzipped `times` times; undefined when they are not gzip, {@link TOO_LARGE} as soon as
 * the output passes {@link MAX_REQUEST_BODY_BYTES} (a few KB of gzip can inflate to gigabytes: the
 * rest is never inflated).
 */
async function gunzip(bytes: Uint8Array, times: number): Promise<Uint8Array | undefined | typeof TOO_LARGE> {
  let stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream() as ReadableStream<Uint8Array>;
  for (let i = 0; i < times; i++) stream = stream.pipeThrough(new DecompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_REQUEST_BODY_BYTES) {
        await reader.cancel().catch(() => undefined);
        return TOO_LARGE;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The body's bytes with the codings it was not possible to undo, or why they cannot be read (`tooLarge` as in {@link BodyBytes}). */
export type CodedBodyBytes = { readonly ok: true; readonly bytes: Uint8Array; readonly remaining: readonly string[] } | { readonly ok: false; readonly message: string; readonly tooLarge?: true };

/**
 * The request's body with the gzip codings applied last undone (an SDK appends `gzip` after the
 * codings a caller gives, `Content-Encoding: custom, gzip`); `remaining` are the codings left, in
 * order, which an operation may model as data (restJson1 binds `Content-Encoding` to a member:
 * compliance `SDKAppendedGzipAfterProvidedEncoding_restJson1`).
 *
 * @example await bodyBytesUnderCodings(await incomingOf(new Request(url, { method: "POST", headers: { "Content-Encoding": "custom" }, body: "x" }))) // { ok: true, bytes: …"x", remaining: ["custom"] }
 */
export async function bodyBytesUnderCodings(request: IncomingRequest): Promise<CodedBodyBytes> {
  const codings = (request.headers.get("content-encoding") ?? "")
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "" && c.toLowerCase() !== "identity");
  let gzipped = 0;
  while (gzipped < codings.length && ["gzip", "x-gzip"].includes(codings[codings.length - 1 - gzipped]!.toLowerCase())) gzipped++;
  const remaining = codings.slice(0, codings.length - gzipped);
  if (gzipped === 0 || request.body.byteLength === 0) return { ok: true, bytes: request.body, remaining };
  const bytes = await gunzip(request.body, gzipped);
  if (bytes === TOO_LARGE) return { ok: false, message: "", tooLarge: true };
  return bytes === undefined ? { ok: false, message: `Unable to decode the request body as ${codings.slice(remaining.length).join(", ")}` } : { ok: true, bytes, remaining };
}

const UTF8 = new TextDecoder("utf-8");

/** UTF-8 text of bytes (malformed sequences become U+FFFD, as a lenient reader sees them). */
export function utf8(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}
