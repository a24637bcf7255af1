/**
 * Recorded HTTP traffic (HAR 1.2) as exchanges: each entry's method, URL, headers and bodies (as
 * text and as bytes), and the two headers that name an operation and an error outright
 * (`X-Amz-Target`, `X-Amzn-Errortype`, looked up case-insensitively). Which operation an entry
 * called is the protocol's to say (route.ts). Pure: the caller reads the file.
 *
 * @see http://www.softwareishard.com/blog/har-12-spec/
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
import { ERROR_TYPE_HEADER, TARGET_HEADER } from "../../runtime/protocol/awsjson.ts";
import { InputError } from "../write.ts";

/** One HAR entry, reduced to what validation needs. */
export interface HarExchange {
  /** Index in `log.entries` (0-based). */
  readonly index: number;
  readonly method: string;
  readonly url: string;
  /** The request's X-Amz-Target, if any. */
  readonly target: string | undefined;
  /** The request body as text; undefined when none was recorded. */
  readonly requestBody: string | undefined;
  /** The response status; undefined when no response was recorded (HAR writes 0 for those). */
  readonly status: number | undefined;
  /** The response's X-Amzn-Errortype header, if any. */
  readonly errorType: string | undefined;
  /** The response body as text; undefined when none was recorded. */
  readonly responseBody: string | undefined;
  /** The request's headers as recorded, `[name, value]` (HTTP/2 pseudo-headers left out); undefined when the entry has no header list. */
  readonly requestHeaders?: readonly (readonly [string, string])[] | undefined;
  /** The request body's bytes (base64 content decoded); undefined when none was recorded. */
  readonly requestBytes?: Uint8Array | undefined;
  /** The response's headers as recorded; undefined when the entry has no header list. */
  readonly responseHeaders?: readonly (readonly [string, string])[] | undefined;
  /** The response body's bytes; undefined when none was recorded. */
  readonly responseBytes?: Uint8Array | undefined;
}

/**
 * The entries of a parsed HAR document. Throws InputError (naming `file`) when the document has no
 * `log.entries` array.
 *
 * @example harExchanges(JSON.parse(text), "rec.har")[0]?.target // "AmazonPersonalize.DescribeDatasetImportJob"
 */
export function harExchanges(doc: unknown, file: string): HarExchange[] {
  const entries = field(field(doc, "log"), "entries");
  if (!Array.isArray(entries)) throw new InputError(`${file}: not a HAR file: no log.entries array`);
  return entries.map((entry, index) => {
    const request = field(entry, "request");
    const response = field(entry, "response");
    const status = field(response, "status");
    const postData = field(request, "postData");
    const content = field(response, "content");
    return {
      index,
      method: str(field(request, "method")) ?? "?",
      url: str(field(request, "url")) ?? "?",
      target: header(field(request, "headers"), TARGET_HEADER),
      requestBody: body(field(postData, "text"), field(postData, "encoding")),
      status: typeof status === "number" && status > 0 ? status : undefined,
      errorType: header(field(response, "headers"), ERROR_TYPE_HEADER),
      responseBody: body(field(content, "text"), field(content, "encoding")),
      requestHeaders: headerList(field(request, "headers")),
      requestBytes: bytes(field(postData, "text"), field(postData, "encoding")),
      responseHeaders: headerList(field(response, "headers")),
      responseBytes: bytes(field(content, "text"), field(content, "encoding")),
    };
  });
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** A header of HAR's `[{ name, value }]` list, by case-insensitive name; repeats joined with `, `. */
function header(headers: unknown, name: string): string | undefined {
  if (!Array.isArray(headers)) return undefined;
  const wanted = name.toLowerCase();
  const values = headers
    .filter((h) => str(field(h, "name"))?.toLowerCase() === wanted)
    .map((h) => str(field(h, "value")))
    .filter((v): v is string => v !== undefined);
  return values.length === 0 ? undefined : values.join(", ");
}

/** A recorded body; HAR marks base64-encoded content with `encoding: "base64"`. */
function body(text: unknown, encoding: unknown): string | undefined {
  if (typeof text !== "string") return undefined;
  return encoding === "base64" ? Buffer.from(text, "base64").toString("utf8") : text;
}

/** HAR's `[{ name, value }]` list as pairs, in order; pseudo-headers (`:authority`) and malformed items left out. */
function headerList(headers: unknown): [string, string][] | undefined {
  if (!Array.isArray(headers)) return undefined;
  const out: [string, string][] = [];
  for (const h of headers) {
    const name = str(field(h, "name"));
    const value = str(field(h, "value"));
    if (name !== undefined && value !== undefined && !name.startsWith(":")) out.push([name, value]);
  }
  return out;
}

/** A recorded body's bytes: base64 decoded, text as UTF-8. */
function bytes(text: unknown, encoding: unknown): Uint8Array | undefined {
  if (typeof text !== "string") return undefined;
  return encoding === "base64" ? new Uint8Array(Buffer.from(text, "base64")) : new TextEncoder().encode(text);
}
