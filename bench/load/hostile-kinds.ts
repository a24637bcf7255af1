/**
 * Hostile requests over raw HTTP, each with the exact answer it must get: AWS's framework errors
 * (`SerializationException` for a body the service cannot read, `ValidationException` for broken
 * constraints, `UnknownOperationException` for a request that names no operation; see
 * ../shared/notes/awsjson-protocol.md and runtime/protocol/framework-errors.ts), pinned message
 * and all. A kind whose answer differed from AWS's would carry a `Deviation` (request-kind.ts);
 * none does since serve refuses requests that name no operation, and bodies that are not UTF-8 or
 * nest past 1000, as AWS does (runtime/protocol/request-limits.ts, tests/hostile).
 */
import { awsError, errorProblem, outputProblem, rawOutcome, type ErrorPin } from "./expect.ts";
import type { RawRequest } from "./load-client.ts";
import { awsJsonHeaders, badArnMessage, jobArn, neverCreatedName, SERVICE } from "./personalize.ts";
import type { RequestKind } from "./request-kind.ts";

const PARSE_ERROR = "Unable to parse the request body as JSON";
const CONTENT_TYPE = "application/x-amz-json-1.1";

const describeHeaders = () => awsJsonHeaders("DescribeDatasetImportJob");
const listHeaders = () => awsJsonHeaders("ListDatasetImportJobs");
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const text = (value: string) => Buffer.from(value, "utf8");
const pick = <T>(variants: readonly T[], draw: number): T => variants[draw % variants.length]!;

/** A hostile request and the answer it must get. */
interface Case {
  readonly request: RawRequest;
  /** The error answer, or `{ output: operation }` for a 200 the contract accepts. */
  readonly pin: ErrorPin | { readonly output: string };
}

/** A hostile kind answered as AWS answers it. */
function hostile(name: string, weight: number, make: (draw: number) => Case): RequestKind {
  return {
    name,
    via: "hostile",
    weight,
    send: async (client, draw) => {
      const { request, pin } = make(draw);
      const answer = await client.post(request);
      return rawOutcome(request, answer, "output" in pin ? outputProblem(answer, pin.output) : errorProblem(answer, pin));
    },
  };
}

/** The body of a DescribeDatasetImportJob request for a job never created, as text. */
function describeText(draw: number): string {
  return JSON.stringify({ datasetImportJobArn: jobArn(neverCreatedName(draw)) });
}

/**
 * A body of 3 MiB whose ARN breaks `@length(max: 256)`, and AWS's message for it (which quotes the
 * value whole). Made once, when the module loads, and shared by every such request.
 */
const OVERSIZED = (() => {
  const value = jobArn("a".repeat(3 * 1024 * 1024));
  const message = `1 validation error detected: Value '${value}' at 'datasetImportJobArn' failed to satisfy constraint: Member must have length less than or equal to 256`;
  return { body: json({ datasetImportJobArn: value }), message };
})();

/** Bytes that are not UTF-8, and AWS's message for them at byte `at` of the body (followed by `"}`). */
const NOT_UTF8: readonly { readonly bytes: readonly number[]; readonly message: (at: number) => string }[] = [
  { bytes: [0xff, 0xfe], message: (at) => `Invalid UTF-8 start byte 0xff at byte ${at} of the request body` }, // never valid in UTF-8
  { bytes: [0x80], message: (at) => `Invalid UTF-8 start byte 0x80 at byte ${at} of the request body` }, // a continuation byte with no lead
  { bytes: [0xc0, 0xaf], message: (at) => `Invalid UTF-8 start byte 0xc0 at byte ${at} of the request body` }, // an overlong "/"
  { bytes: [0xed, 0xa0, 0x80], message: (at) => `Invalid UTF-8 middle byte 0xa0 at byte ${at + 1} of the request body` }, // a UTF-16 surrogate (U+D800) encoded
  { bytes: [0xe2, 0x82], message: (at) => `Invalid UTF-8 middle byte 0x22 at byte ${at + 2} of the request body` }, // a three-byte sequence cut short (by the closing quote)
];

const DEPTH = 10_000;

export const HOSTILE_KINDS: readonly RequestKind[] = [
  hostile("hostile: a body that is not JSON", 10, (draw) => ({
    request: { headers: describeHeaders(), body: text(pick(["hello", "<DescribeDatasetImportJob/>", "datasetImportJobArn=x", "{'a': 1}", "{,}", "NaN"], draw)) },
    pin: awsError(400, "SerializationException", PARSE_ERROR),
  })),
  hostile("hostile: truncated JSON", 10, (draw) => {
    const full = describeText(draw);
    return { request: { headers: describeHeaders(), body: text(full.slice(0, 1 + (draw % (full.length - 1)))) }, pin: awsError(400, "SerializationException", PARSE_ERROR) };
  }),
  hostile("hostile: JSON of the wrong type at the top or in a member", 10, (draw) => {
    const [body, message] = pick(
      [
        ["[]", "Start of list found where not expected"],
        ['"text"', "STRING_VALUE can not be converted to a structure or map"],
        ["42", "NUMBER_VALUE can not be converted to a structure or map"],
        ["true", "TRUE_VALUE can not be converted to a structure or map"],
        ["null", "NULL_VALUE can not be converted to a structure or map"],
        ['{"datasetImportJobArn":{}}', "Start of structure or map found where not expected"],
        ['{"datasetImportJobArn":[]}', "Start of list found where not expected"],
        ['{"datasetImportJobArn":true}', "TRUE_VALUE can not be converted to a String"],
      ] as const,
      draw,
    );
    return { request: { headers: describeHeaders(), body: text(body) }, pin: awsError(400, "SerializationException", message) };
  }),
  hostile("hostile: numbers beyond double (1e400)", 10, (draw) =>
    pick(
      [
        { request: { headers: listHeaders(), body: text('{"maxResults":1e400}') }, pin: awsError(400, "SerializationException", "NUMBER_VALUE can not be converted to an Integer") },
        { request: { headers: listHeaders(), body: text('{"maxResults":-1e400}') }, pin: awsError(400, "SerializationException", "NUMBER_VALUE can not be converted to an Integer") },
        { request: { headers: describeHeaders(), body: text('{"datasetImportJobArn":1e400}') }, pin: awsError(400, "SerializationException", "NUMBER_VALUE can not be converted to a String") },
      ],
      draw,
    ),
  ),
  hostile("hostile: a duplicate key (the last one counts)", 5, () => ({
    request: { headers: listHeaders(), body: text('{"maxResults":10,"maxResults":1000}') },
    pin: awsError(400, "ValidationException", "1 validation error detected: Value '1000' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100"),
  })),
  hostile("hostile: a required member only under __proto__", 10, (draw) => ({
    request: { headers: describeHeaders(), body: text(`{"__proto__":${describeText(draw)}}`) },
    pin: awsError(400, "ValidationException", "1 validation error detected: Value null at 'datasetImportJobArn' failed to satisfy constraint: Member must not be null"),
  })),
  hostile("hostile: __proto__ and constructor.prototype beside a valid input (ignored)", 10, (draw) => ({
    request: {
      headers: listHeaders(),
      body: text(pick(['{"__proto__":{"maxResults":1,"polluted":"yes"},"maxResults":5}', '{"constructor":{"prototype":{"polluted":"yes"}},"maxResults":3}', '{"__proto__":null,"toString":1,"hasOwnProperty":"x"}'], draw)),
    },
    pin: { output: "ListDatasetImportJobs" },
  })),
  hostile("hostile: a malformed ARN (pattern)", 5, (draw) => {
    const value = pick(["arn:aws:s3:::bucket", "", "arn:aws:personalize", "ARN:AWS:PERSONALIZE:US-EAST-1:1:X/Y"], draw);
    return { request: { headers: describeHeaders(), body: json({ datasetImportJobArn: value }) }, pin: awsError(400, "ValidationException", badArnMessage(value)) };
  }),
  hostile("hostile: a body of 3 MB (an ARN past @length)", 1, () => ({
    request: { headers: describeHeaders(), body: OVERSIZED.body },
    pin: awsError(400, "ValidationException", OVERSIZED.message),
  })),
  hostile("hostile: a Content-Type of another protocol", 10, (draw) => {
    const type = pick(["text/plain", "application/json", "application/x-amz-json-1.0", "application/xml"], draw);
    return {
      request: { headers: { ...describeHeaders(), "Content-Type": type }, body: text("{}") },
      pin: awsError(400, "UnknownOperationException", `${SERVICE} accepts Content-Type ${JSON.stringify(CONTENT_TYPE)}, not ${JSON.stringify(type)}`),
    };
  }),
  hostile("hostile: no Content-Type", 5, () => ({
    request: { headers: { "X-Amz-Target": `${SERVICE}.DescribeDatasetImportJob` }, body: text("{}") },
    pin: awsError(400, "UnknownOperationException", `${SERVICE} accepts Content-Type ${JSON.stringify(CONTENT_TYPE)}, not none`),
  })),
  hostile("hostile: an unknown operation", 10, (draw) => {
    const target = pick([`${SERVICE}.DeleteEverything`, `${SERVICE}.describeDatasetImportJob`, `${SERVICE}.__proto__`, `${SERVICE}.constructor`], draw);
    return { request: { headers: { "Content-Type": CONTENT_TYPE, "X-Amz-Target": target }, body: text("{}") }, pin: awsError(400, "UnknownOperationException", `Unknown operation ${JSON.stringify(target)}`) };
  }),
  hostile("hostile: no X-Amz-Target, or one naming no service", 5, (draw) => {
    // Refused by serve as by the service at its own endpoint (runtime/serve/server.ts orphanAnswer):
    // serve's origin is the served service's alone.
    const target = pick([undefined, "", "garbage", "Other.DescribeDatasetImportJob", SERVICE], draw);
    return {
      request: { headers: { "Content-Type": CONTENT_TYPE, ...(target !== undefined && { "X-Amz-Target": target }) }, body: text("{}") },
      pin: awsError(400, "UnknownOperationException", target === undefined ? "Unknown operation (no X-Amz-Target header)" : `Unknown operation ${JSON.stringify(target)}`),
    };
  }),
  hostile("hostile: bytes that are not UTF-8", 10, (draw) => {
    // AWS's JSON reader refuses them (runtime/protocol/request-limits.ts jsonBodyText), saying where.
    const { bytes, message } = pick(NOT_UTF8, draw);
    const name = neverCreatedName(draw % 10);
    const [head, tail] = JSON.stringify({ datasetImportJobArn: jobArn(name) }).split(name) as [string, string];
    const at = Buffer.byteLength(head) + Buffer.byteLength(name);
    return {
      request: { headers: describeHeaders(), body: Buffer.concat([text(head), text(name), Buffer.from(bytes), text(tail)]) },
      pin: awsError(400, "SerializationException", message(at)),
    };
  }),
  hostile("hostile: 10,000-deep nesting", 3, (draw) => {
    // Refused before it is parsed, past Jackson's default depth of 1000 (runtime/protocol/request-limits.ts).
    const nested = draw % 2 === 0 ? `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}` : `${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}`;
    const valid = describeText(draw).slice(1, -1);
    const body = draw % 4 < 2 ? `{${valid},"unknownMember":${nested}}` : `{"datasetImportJobArn":${nested}}`;
    return { request: { headers: describeHeaders(), body: text(body) }, pin: awsError(400, "SerializationException", "Document nesting depth (1001) exceeds the maximum allowed (1000)") };
  }),
];
