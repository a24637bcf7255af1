/**
 * Blobs on the awsJson wire: standard base64 (RFC 4648 §4, `+` and `/`, `=` padding), as the SDK's
 * `toBase64`/`fromBase64` write and read them.
 *
 * Works in Node and browsers alike (`btoa`/`atob`, no `Buffer`), since the mock runtime runs in both.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#shape-serialization
 * @see https://www.rfc-editor.org/rfc/rfc4648#section-4
 */

/**
 * A strict base64 string: the standard alphabet, length a multiple of 4, padding only at the end.
 * No whitespace, no URL-safe alphabet, no missing padding. The empty string (zero bytes) is valid.
 * An ECMAScript pattern source, valid with and without the `u` flag (the schema emitter uses it).
 */
export const BASE64_PATTERN = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$";

const BASE64 = new RegExp(BASE64_PATTERN);

/** True when `value` is a strict base64 string (see {@link BASE64_PATTERN}). */
export function isBase64(value: string): boolean {
  return BASE64.test(value);
}

/**
 * Encodes bytes as a padded standard base64 string.
 *
 * @example encodeBase64(new TextEncoder().encode("hi")) // "aGk="
 */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  // Chunked so that large blobs do not overflow the argument limit of String.fromCharCode.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * Decodes a strict base64 string; throws a `TypeError` for anything else (a real service answers
 * such a blob with a 400 `SerializationException`).
 *
 * @example decodeBase64("aGk=") // Uint8Array [104, 105]
 */
export function decodeBase64(value: string): Uint8Array {
  if (!isBase64(value)) throw new TypeError(`not a valid base64 string: ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`);
  const binary = atob(value);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Number of base64 characters that encode `bytes` bytes: `4 * ceil(bytes / 3)`. */
export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/**
 * The bounds on the length of the base64 string that follow from `@length` bounds on the decoded
 * blob. They are necessary, not sufficient: a string within them decodes to at most 2 bytes fewer
 * than `min` or 2 bytes more than `max`, because padding hides the exact byte count of the last
 * group. A validator that needs the exact count decodes ({@link decodeBase64}) and counts.
 *
 * @example base64LengthBounds({ min: 1, max: 10 }) // { minLength: 4, maxLength: 16 }
 */
export function base64LengthBounds(bytes: { min?: number; max?: number }): { minLength?: number; maxLength?: number } {
  return {
    ...(bytes.min !== undefined && bytes.min > 0 && { minLength: base64Length(bytes.min) }),
    ...(bytes.max !== undefined && { maxLength: base64Length(bytes.max) }),
  };
}
