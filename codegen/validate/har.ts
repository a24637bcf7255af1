/**
 * Recorded HTTP traffic (HAR 1.2) as awsJson exchanges: which operation each entry called (its
 * `X-Amz-Target` header, looked up case-insensitively) and the request and response bodies, decoded.
 * Pure: the caller reads the file.
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
