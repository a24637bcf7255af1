/**
 * The limits every request passes before a protocol reads it, and the checks of a JSON body's text
 * before it is parsed — whatever the protocol, so that what a hostile request costs the mock is
 * bounded: its size (headers and body, after any Content-Encoding is undone), the bytes of a JSON
 * body being UTF-8, and how deep it nests (every walk over a request — the lenient reading, the
 * restJson1 reader, ajv over recursive shapes — recurses once per level).
 *
 * AWS documents no general figures. These follow the services' front ends and their JSON reader:
 * 10 MiB of body (API Gateway's payload limit, and the common service limit: "Request size exceeded
 * 10485760 bytes"), 16 KiB of headers (Node's own `maxHeaderSize`, which `serve` enforces before
 * any mock sees a request), and Jackson's default nesting limit of 1000 (`StreamReadConstraints`,
 * the JSON reader of AWS's Java services).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
 * @see https://nodejs.org/api/http.html#httpmaxheadersize
 * @see https://www.rfc-editor.org/rfc/rfc8259#section-9 (parsers may limit nesting depth)
 */

import { REQUEST_ENTITY_TOO_LARGE, REQUEST_HEADER_FIELDS_TOO_LARGE, type FrameworkError } from "./framework-errors.ts";
import type { IncomingRequest } from "./message.ts";

/** The largest request body a mock reads, in bytes (after its Content-Encoding is undone). */
export const MAX_REQUEST_BODY_BYTES = 10 * 1024 * 1024;
/** The largest header block a mock reads: the sum over headers of `name: value\r\n`, in UTF-16 code units. */
export const MAX_REQUEST_HEADER_BYTES = 16 * 1024;
/** The deepest nesting of arrays and objects a JSON body may have. */
export const MAX_JSON_DEPTH = 1000;

/** A request over a limit: the framework error it is answered with, and the message. */
export interface OverLimit {
  readonly error: FrameworkError;
  readonly message: string;
}

/**
 * Whether a request is over the size limits before anything of it is read: headers over
 * {@link MAX_REQUEST_HEADER_BYTES}, a body (or a `Content-Length` announcing one) over
 * {@link MAX_REQUEST_BODY_BYTES}. A coded body's decoded size is checked where it is decoded (body.ts).
 *
 * @example overLimits(await incomingOf(new Request(url, { method: "POST", body: new Uint8Array(11 * 2 ** 20) })))?.error.status // 413
 */
export function overLimits(request: IncomingRequest): OverLimit | undefined {
  let headerBytes = 0;
  request.headers.forEach((value, name) => (headerBytes += name.length + value.length + 4));
  if (headerBytes > MAX_REQUEST_HEADER_BYTES) return { error: REQUEST_HEADER_FIELDS_TOO_LARGE, message: `Request header fields must be smaller than ${MAX_REQUEST_HEADER_BYTES} bytes` };
  const announced = Number(request.headers.get("content-length") ?? "0");
  if (request.body.byteLength > MAX_REQUEST_BODY_BYTES || announced > MAX_REQUEST_BODY_BYTES) return bodyTooLarge();
  return undefined;
}

/** The answer to a body over {@link MAX_REQUEST_BODY_BYTES}. */
export function bodyTooLarge(): OverLimit {
  return { error: REQUEST_ENTITY_TOO_LARGE, message: `Request must be smaller than ${MAX_REQUEST_BODY_BYTES} bytes` };
}

/** The text of a JSON body, or why it cannot be read. */
export type JsonBodyText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The text of a JSON body: its bytes decoded as UTF-8 (a leading byte order mark dropped), refused
 * when they are not UTF-8 or nest deeper than {@link MAX_JSON_DEPTH}. Linear in the body's size.
 *
 * @example jsonBodyText(new Uint8Array([0x7b, 0xff, 0x7d])) // { ok: false, message: "Invalid UTF-8 start byte 0xff at byte 1 of the request body" }
 * @see https://www.rfc-editor.org/rfc/rfc8259#section-8.1 (JSON text is UTF-8)
 */
export function jsonBodyText(bytes: Uint8Array): JsonBodyText {
  const decoded = utf8Text(bytes);
  if (!decoded.ok) return decoded;
  const depth = nestingBeyond(decoded.text, MAX_JSON_DEPTH);
  if (depth !== undefined) return { ok: false, message: `Document nesting depth (${depth}) exceeds the maximum allowed (${MAX_JSON_DEPTH})` };
  return decoded;
}

/**
 * Bytes decoded as UTF-8 (a leading byte order mark dropped), refused when they are not UTF-8 (a
 * body read as text: JSON, a string payload).
 *
 * @example utf8Text(new Uint8Array([0x68, 0x69])) // { ok: true, text: "hi" }
 */
export function utf8Text(bytes: Uint8Array): JsonBodyText {
  try {
    return { ok: true, text: STRICT_UTF8.decode(bytes) };
  } catch {
    return { ok: false, message: invalidUtf8Message(bytes) };
  }
}

/**
 * The nesting depth of `[` and `{` outside strings once it passes `max` (`max + 1`), or undefined
 * when the text never nests deeper than `max`. Not a JSON parser: text that is not JSON is left to
 * the parser, which refuses it.
 *
 * @example nestingBeyond('{"a":[[1]]}', 2) // 3
 * @example nestingBeyond('["[[[["]', 1) // undefined
 */
export function nestingBeyond(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}

/**
 * Where the bytes stop being UTF-8, in the words of Jackson's reader: a start byte that begins no
 * sequence, or a continuation byte missing (a sequence cut short, an overlong form, a surrogate).
 */
function invalidUtf8Message(bytes: Uint8Array): string {
  const hex = (b: number | undefined) => (b === undefined ? "end of input" : `0x${b.toString(16).padStart(2, "0")}`);
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The sequence length a start byte announces, and the range its second byte must fall in.
    const [n, lo, hi] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    if (n === 0) return `Invalid UTF-8 start byte ${hex(b)} at byte ${i} of the request body`;
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return `Invalid UTF-8 middle byte ${hex(c)} at byte ${i + k} of the request body`;
    }
    i += n;
  }
  return "Invalid UTF-8 in the request body";
}
