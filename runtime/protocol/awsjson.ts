/**
 * The awsJson1_0 / awsJson1_1 wire rules, in one place: the schema emitter builds its schemas from
 * them and the mock runtime reads and writes requests with them, so the two cannot disagree.
 * Plain parameters only (strings, numbers, dates): the runtime never imports the generator.
 *
 * Timestamps live in `timestamp.ts` and blobs in `base64.ts`; both are re-exported here.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html
 */
import type { AwsJsonProtocol } from "../contract.ts";

export type { AwsJsonProtocol } from "../contract.ts";
export * from "./base64.ts";
export * from "./framework-errors.ts";
export * from "./timestamp.ts";

// ---------------------------------------------------------------------------------------------
// Headers

/** Request header that names the operation: `<service shape name>.<operation name>`. */
export const TARGET_HEADER = "X-Amz-Target";
/** Response header that names an error (sent together with the body's `__type`). */
export const ERROR_TYPE_HEADER = "X-Amzn-Errortype";
/** Response header the SDK reads the request id from. */
export const REQUEST_ID_HEADER = "x-amzn-RequestId";

/** Headers as fetch (`Headers`), Node (`IncomingHttpHeaders`) or a plain record carry them. */
export type HeaderSource = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * A header's value, looked up case-insensitively (HTTP header names are). Repeated values are
 * joined with `, ` as HTTP says.
 *
 * @example headerValue({ "x-amz-target": "A.B" }, "X-Amz-Target") // "A.B"
 */
export function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function" && typeof (headers as Headers).forEach === "function") {
    return (headers as Headers).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === "string" ? value : value.join(", ");
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Content-Type

const CONTENT_TYPES = {
  awsJson1_0: "application/x-amz-json-1.0",
  awsJson1_1: "application/x-amz-json-1.1",
} as const satisfies Record<AwsJsonProtocol, string>;

/**
 * The media type of requests and responses of `protocol`.
 *
 * @example contentType("awsJson1_1") // "application/x-amz-json-1.1"
 */
export function contentType(protocol: AwsJsonProtocol): (typeof CONTENT_TYPES)[AwsJsonProtocol] {
  return CONTENT_TYPES[protocol];
}

export interface ParsedContentType {
  /** `type/subtype`, lower case. */
  readonly mediaType: string;
  /** Parameters by lower-case name; quoted values unquoted. */
  readonly parameters: Readonly<Record<string, string>>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Parses a Content-Type header value (RFC 9110 §8.3.1): `type/subtype *(; name=value)`.
 * Returns undefined when it is not a media type at all.
 *
 * @example parseContentType("application/x-amz-json-1.1; charset=utf-8")
 * // { mediaType: "application/x-amz-json-1.1", parameters: { charset: "utf-8" } }
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.3.1
 */
export function parseContentType(header: string | null | undefined): ParsedContentType | undefined {
  if (header === null || header === undefined) return undefined;
  const [head = "", ...rest] = splitParameters(header);
  const mediaType = head.trim().toLowerCase();
  const [type, subtype, extra] = mediaType.split("/");
  if (type === undefined || subtype === undefined || extra !== undefined || !TOKEN.test(type) || !TOKEN.test(subtype)) return undefined;
  const parameters: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1).replace(/\\(.)/g, "$1");
    if (name !== "" && !Object.prototype.hasOwnProperty.call(parameters, name)) parameters[name] = value;
  }
  return { mediaType, parameters };
}

/**
 * True when a Content-Type header names `protocol`'s media type, whatever its parameters (the
 * compliance test `AwsJson11MustSupportParametersInContentType` requires servers to accept them).
 *
 * @example isAwsJsonContentType("application/x-amz-json-1.1; charset=utf-8", "awsJson1_1") // true
 */
export function isAwsJsonContentType(header: string | null | undefined, protocol: AwsJsonProtocol): boolean {
  if (header === null || header === undefined) return false;
  const key = `${protocol} ${header}`;
  let known = KNOWN_CONTENT_TYPES.get(key);
  if (known === undefined) {
    known = parseContentType(header)?.mediaType === contentType(protocol);
    // Every request of a client sends the same header: decide it once (bounded: cleared when full).
    if (KNOWN_CONTENT_TYPES.size >= 256) KNOWN_CONTENT_TYPES.clear();
    KNOWN_CONTENT_TYPES.set(key, known);
  }
  return known;
}

const KNOWN_CONTENT_TYPES = new Map<string, boolean>();

/** Splits at `;` outside quoted strings. */
function splitParameters(header: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i]!;
    if (quoted && c === "\\" && i + 1 < header.length) {
      current += c + header[++i];
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ";" && !quoted) {
      parts.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts;
}

// ---------------------------------------------------------------------------------------------
// X-Amz-Target

/**
 * The `X-Amz-Target` value of an operation: the service shape's name (not its sdkId), a dot, the
 * operation's name.
 *
 * @example buildTarget("AmazonPersonalize", "DescribeDatasetImportJob") // "AmazonPersonalize.DescribeDatasetImportJob"
 */
export function buildTarget(serviceName: string, operationName: string): string {
  return `${serviceName}.${operationName}`;
}

/**
 * Splits an `X-Amz-Target` value into service and operation names; undefined when it is not of the
 * form `<service>.<operation>` (a real service answers 400 `UnknownOperationException`). Shape
 * names cannot contain a dot, so the value must have exactly one.
 *
 * @example parseTarget("DynamoDB_20120810.GetItem") // { service: "DynamoDB_20120810", operation: "GetItem" }
 */
export function parseTarget(value: string | null | undefined): { service: string; operation: string } | undefined {
  if (value === null || value === undefined) return undefined;
  const parts = value.trim().split(".");
  if (parts.length !== 2) return undefined;
  const [service = "", operation = ""] = parts;
  if (service === "" || operation === "") return undefined;
  return { service, operation };
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** The strings that stand for the float/double values JSON numbers cannot carry. */
export const FLOAT_SPECIALS = ["NaN", "Infinity", "-Infinity"] as const;
export type FloatSpecial = (typeof FLOAT_SPECIALS)[number];

/**
 * A float/double in its wire form: the number, or `"NaN"`, `"Infinity"`, `"-Infinity"`.
 *
 * @example encodeFloat(-Infinity) // "-Infinity"
 */
export function encodeFloat(value: number): number | FloatSpecial {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  return value;
}

/**
 * Reads a float/double from the wire; throws a `TypeError` for anything but a JSON number or one of
 * {@link FLOAT_SPECIALS} (case-sensitive, as the SDK reads them).
 *
 * @example decodeFloat("NaN") // NaN
 */
export function decodeFloat(value: unknown): number {
  if (typeof value === "number") return value;
  switch (value) {
    case "NaN":
      return NaN;
    case "Infinity":
      return Infinity;
    case "-Infinity":
      return -Infinity;
  }
  throw new TypeError(`a float must be a JSON number or one of ${FLOAT_SPECIALS.join(", ")}, not ${JSON.stringify(value)}`);
}

// ---------------------------------------------------------------------------------------------
// Errors

/** The body field that names the error. */
export const ERROR_TYPE_FIELD = "__type";

/**
 * The error name a client reads out of a `__type` or `X-Amzn-Errortype` value, as the SDK does
 * (`sanitizeErrorCode` in `@smithy/core`): cut at the first `,`, then at the first `:`, then keep
 * what follows the first `#` (up to a second `#`, if any).
 *
 * @example sanitizeErrorType("com.amazonaws.dynamodb#ResourceNotFoundException:http://internal.amazon.com/") // "ResourceNotFoundException"
 */
export function sanitizeErrorType(raw: string | number): string {
  let value = String(raw);
  value = value.split(",")[0]!;
  value = value.split(":")[0]!;
  if (value.includes("#")) value = value.split("#")[1]!;
  return value;
}

/**
 * How a server names an error in `__type` and `X-Amzn-Errortype`: awsJson1_0 services send the
 * full shape id, awsJson1_1 services the bare shape name. Clients accept both (see {@link sanitizeErrorType}).
 *
 * @example wireErrorType("awsJson1_0", "com.amazonaws.dynamodb#ResourceNotFoundException") // "com.amazonaws.dynamodb#ResourceNotFoundException"
 * @example wireErrorType("awsJson1_1", "com.amazonaws.personalize#InvalidInputException") // "InvalidInputException"
 */
export function wireErrorType(protocol: AwsJsonProtocol, shapeId: string): string {
  if (protocol === "awsJson1_0") return shapeId;
  const hash = shapeId.indexOf("#");
  return hash < 0 ? shapeId : shapeId.slice(hash + 1);
}

/**
 * A pattern (ECMAScript source, valid with the `u` flag) that matches exactly the `__type` values
 * a client sanitizes to `name` (see {@link sanitizeErrorType}): `Name` or `ns#Name`, then any
 * suffix that starts with `:` or `,`.
 *
 * @example new RegExp(errorTypePattern("Boom"), "u").test("a.b#Boom:http://x") // true
 */
export function errorTypePattern(name: string): string {
  // Only syntax characters are escaped: Unicode mode rejects identity escapes of anything else.
  const escaped = name.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
  return `^(?:${escaped}|[^#,:]*#${escaped}(?:#[^,:]*)?)(?:[,:][\\s\\S]*)?$`;
}

/** The body keys the SDK reads an error's message from, in order (`message ?? Message`). */
export const ERROR_MESSAGE_KEYS = ["message", "Message"] as const;

/**
 * The message of an error body as the SDK reads it: `message`, else `Message`.
 *
 * @example errorMessage({ Message: "nope" }) // "nope"
 */
export function errorMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  for (const key of ERROR_MESSAGE_KEYS) {
    const v = (body as Record<string, unknown>)[key];
    if (typeof v === "string") return v;
  }
  return undefined;
}

/**
 * The HTTP status of an error: its `@httpError`, else 400 for a client fault and 500 for a server fault.
 *
 * @example errorStatus("server") // 500
 * @see https://smithy.io/2.0/spec/type-refinement-traits.html#error-trait
 */
export function errorStatus(fault: "client" | "server", httpError?: number): number {
  return httpError ?? defaultErrorStatus(fault);
}

/** 400 for `client`, 500 for `server` faults. */
export function defaultErrorStatus(fault: "client" | "server"): 400 | 500 {
  return fault === "client" ? 400 : 500;
}

/** The fault a client assigns to an error response it cannot match to a modeled error: status below 500 is the client's. */
export function faultOfStatus(status: number): "client" | "server" {
  return status < 500 ? "client" : "server";
}
