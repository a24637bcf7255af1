/**
 * Hostile bodies as text: not JSON, truncated JSON, JSON of the wrong type at every level, bytes
 * that are not UTF-8. AWS's reader refuses each before any constraint is checked: 400
 * `SerializationException` (../shared/notes/awsjson-protocol.md; for restJson1 the Smithy
 * malformed-request tests RestJsonInvalidJsonBody and RestJsonTechnicallyValidJsonBody, which pin
 * the status and error name — the messages are the mock's, in the words of AWS's Jackson reader
 * where it has them).
 */
import { HOSTILE_REST_TABLE, PERSONALIZE_TABLE, personalizeHeaders, restHeaders } from "./support/subjects.ts";
import { answered, hostileTable, refused, type Row } from "./support/table.ts";

const DESCRIBE = personalizeHeaders("DescribeDatasetImportJob");
const CREATE = personalizeHeaders("CreateDatasetImportJob");
const ARN = "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/x";
const PARSE_ERROR = "Unable to parse the request body as JSON";
const REST_PARSE_ERROR = "the body is not JSON";
const bytes = (...parts: (string | readonly number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : [...p])));

/** The Smithy malformed-request test RestJsonInvalidJsonBody's bodies, and a few more. */
const NOT_JSON = ["{[", '{ "int": 10 }abc', 'abc{ "int": 10 }', '{\n  "int": 10 // the integer should be 10\n}', '{\n  "int": 10 /* the integer should be 10 */\n}', '{"int" :\f10}', "{'int': 10}", '{"int": 10,}', "hello", "<DescribeDatasetImportJob/>", "NaN", "{,}"];

/** Bytes that are not UTF-8 in a string value, and where the strict decoder stops (`at`: bytes from the value's start). */
const NOT_UTF8: readonly { readonly what: string; readonly bytes: readonly number[]; readonly message: (start: number) => string }[] = [
  { what: "0xff 0xfe (never UTF-8)", bytes: [0xff, 0xfe], message: (at) => `Invalid UTF-8 start byte 0xff at byte ${at} of the request body` },
  { what: "0x80 (a continuation byte with no lead)", bytes: [0x80], message: (at) => `Invalid UTF-8 start byte 0x80 at byte ${at} of the request body` },
  { what: "0xc0 0xaf (an overlong '/')", bytes: [0xc0, 0xaf], message: (at) => `Invalid UTF-8 start byte 0xc0 at byte ${at} of the request body` },
  { what: "0xed 0xa0 0x80 (the surrogate U+D800 encoded)", bytes: [0xed, 0xa0, 0x80], message: (at) => `Invalid UTF-8 middle byte 0xa0 at byte ${at + 1} of the request body` },
  { what: "0xe2 0x82 (a three-byte sequence cut short)", bytes: [0xe2, 0x82], message: (at) => `Invalid UTF-8 middle byte 0x22 at byte ${at + 2} of the request body` },
  { what: "0xf4 0x90 0x80 0x80 (past U+10FFFF)", bytes: [0xf4, 0x90, 0x80, 0x80], message: (at) => `Invalid UTF-8 middle byte 0x90 at byte ${at + 1} of the request body` },
];

const personalizeRows: Row[] = [
  ...NOT_JSON.map((body): Row => ({ name: `not JSON: ${JSON.stringify(body)}`, request: { headers: DESCRIBE, body }, expect: refused(400, "SerializationException", PARSE_ERROR) })),
  ...[1, 10, 24, 60].map((n): Row => ({ name: `truncated after ${n} characters`, request: { headers: DESCRIBE, body: JSON.stringify({ datasetImportJobArn: ARN }).slice(0, n) }, expect: refused(400, "SerializationException", PARSE_ERROR) })),
  ...(
    [
      ['[{"datasetImportJobArn":"x"}]', "Start of list found where not expected"],
      ['"text"', "STRING_VALUE can not be converted to a structure or map"],
      ["10", "NUMBER_VALUE can not be converted to a structure or map"],
      ["true", "TRUE_VALUE can not be converted to a structure or map"],
      ["null", "NULL_VALUE can not be converted to a structure or map"],
      ['{"datasetImportJobArn":{}}', "Start of structure or map found where not expected"],
      ['{"datasetImportJobArn":[]}', "Start of list found where not expected"],
      ['{"datasetImportJobArn":true}', "TRUE_VALUE can not be converted to a String"],
      ['{"datasetImportJobArn":12}', "NUMBER_VALUE can not be converted to a String"],
    ] as const
  ).map(([body, message]): Row => ({ name: `wrong JSON type: ${body}`, request: { headers: DESCRIBE, body }, expect: refused(400, "SerializationException", message) })),
  ...(
    [
      ['{"jobName":"j","datasetArn":"a","roleArn":"r","dataSource":"s3://bucket"}', "STRING_VALUE can not be converted to a structure or map"],
      ['{"jobName":"j","datasetArn":"a","roleArn":"r","dataSource":{"dataLocation":7}}', "NUMBER_VALUE can not be converted to a String"],
      ['{"jobName":"j","datasetArn":"a","roleArn":"r","dataSource":{"dataLocation":"s3://b"},"tags":{"tagKey":"k"}}', "Start of structure or map found where not expected"],
      ['{"jobName":"j","datasetArn":"a","roleArn":"r","dataSource":{"dataLocation":"s3://b"},"tags":[{"tagKey":"k","tagValue":false}]}', "FALSE_VALUE can not be converted to a String"],
      ['{"jobName":"j","datasetArn":"a","roleArn":"r","dataSource":{"dataLocation":"s3://b"},"publishAttributionMetricsToS3":"yes"}', "STRING_VALUE can not be converted to a Boolean"],
    ] as const
  ).map(([body, message]): Row => ({ name: `wrong JSON type, nested: ${body}`, request: { headers: CREATE, body }, expect: refused(400, "SerializationException", message) })),
  ...NOT_UTF8.map((b): Row => {
    const head = `{"datasetImportJobArn":"${ARN}`;
    return { name: `not UTF-8: ${b.what}`, request: { headers: DESCRIBE, body: bytes(head, b.bytes, '"}') }, expect: refused(400, "SerializationException", b.message(head.length)) };
  }),
  { name: "not UTF-8: a body that ends inside a sequence", request: { headers: DESCRIBE, body: bytes('{"datasetImportJobArn":"a', [0xe2]) }, expect: refused(400, "SerializationException", "Invalid UTF-8 middle byte end of input at byte 26 of the request body") },
  { name: "UTF-8 with a byte order mark (read, as JSON allows a parser to)", request: { headers: personalizeHeaders("ListDatasetImportJobs"), body: bytes([0xef, 0xbb, 0xbf], '{"maxResults":5}') }, expect: answered("ListDatasetImportJobs") },
];

const PUT = { method: "PUT", path: "/things/t1", headers: restHeaders } as const;
const thingIs = (id: string) => (body: Record<string, unknown>) => {
  if (body.thingId !== id) throw new Error(`thingId ${JSON.stringify(body.thingId)}, not ${id}`);
};

const restRows: Row[] = [
  ...NOT_JSON.map((body): Row => ({ name: `not JSON: ${JSON.stringify(body)}`, request: { ...PUT, body }, expect: refused(400, "SerializationException", REST_PARSE_ERROR) })),
  ...[1, 9, 14].map((n): Row => ({ name: `truncated after ${n} characters`, request: { ...PUT, body: JSON.stringify({ name: "a-thing", count: 3 }).slice(0, n) }, expect: refused(400, "SerializationException", REST_PARSE_ERROR) })),
  // RestJsonTechnicallyValidJsonBody (JSON, but not a structure) and wrong types at every level:
  // the restJson1 reader's own messages (runtime/protocol/restjson1/json-values.ts), with the pointer.
  ...(
    [
      ['[{"name":"x"}]', "the body must be a JSON object"],
      ["10", "the body must be a JSON object"],
      ["null", "the body must be a JSON object"],
      ['{"name":5}', "expected a string, got number at /name"],
      ['{"count":"5"}', "expected an integer, got string at /count"],
      ['{"flag":"true"}', "expected a boolean, got string at /flag"],
      ['{"node":{"child":{"label":[]}}}', "expected a string, got array at /node/child/label"],
      ['{"node":[]}', "expected a structure, got array at /node"],
      ['{"tags":{"a":5}}', "expected a string, got number at /tags/a"],
      ['{"tags":["a"]}', "expected a map, got array at /tags"],
      ['{"items":[{"a":1}]}', "expected a string, got object at /items/0"],
      ['{"items":"a"}', "expected a list, got string at /items"],
    ] as const
  ).map(([body, message]): Row => ({ name: `wrong JSON type: ${body}`, request: { ...PUT, body }, expect: refused(400, "SerializationException", message) })),
  ...NOT_UTF8.map((b): Row => {
    const head = '{"name":"a';
    return { name: `not UTF-8: ${b.what}`, request: { ...PUT, body: bytes(head, b.bytes, '"}') }, expect: refused(400, "SerializationException", b.message(head.length)) };
  }),
  { name: "UTF-8 with a byte order mark (read)", request: { ...PUT, body: bytes([0xef, 0xbb, 0xbf], '{"name":"a"}') }, expect: answered("PutThing", thingIs("t1")) },
];

hostileTable("body-text", [
  { on: PERSONALIZE_TABLE, rows: personalizeRows },
  { on: HOSTILE_REST_TABLE, rows: restRows },
]);
