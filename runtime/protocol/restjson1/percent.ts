/**
 * Percent-encoding of URI parts as Smithy's HTTP bindings say: every octet of a value's UTF-8 bytes
 * outside RFC 3986's unreserved set (`A-Z a-z 0-9 - . _ ~`) is written `%XX`; a greedy label keeps
 * its `/`. Decoding undoes `%XX` octets only (a `+` stays a `+`: Smithy clients encode a space as
 * `%20`), and refuses a malformed escape or octets that are not UTF-8.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#httplabel-serialization-rules
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-2.1
 */

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * `text` percent-encoded; with `keepSlash`, `/` is written as it is (a greedy label's segments).
 *
 * @example percentEncode(" %:/?#😹") // "%20%25%3A%2F%3F%23%F0%9F%98%B9"
 * @example percentEncode("a/b c", { keepSlash: true }) // "a/b%20c"
 */
export function percentEncode(text: string, options: { readonly keepSlash?: boolean } = {}): string {
  let out = "";
  for (const char of text) {
    if (UNRESERVED.test(char) || (options.keepSlash === true && char === "/")) out += char;
    else for (const byte of new TextEncoder().encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/**
 * `text` with its `%XX` escapes decoded as UTF-8; undefined when an escape is malformed or the
 * octets are not UTF-8 (a server answers such a request as malformed).
 *
 * @example percentDecode("hello%2Fescape") // "hello/escape"
 * @example percentDecode("%E0%A4%A") // undefined
 */
export function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
