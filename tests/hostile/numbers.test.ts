/**
 * Hostile numbers: beyond 2^53, beyond a double (1e400), beyond a Java int or long, fractions
 * where an integer belongs. A JSON number reads into a double whatever its size; AWS's reader reads
 * a member into its Java type and refuses what does not fit before any constraint is checked: 400
 * `SerializationException` (runtime/validation/integer-ranges.ts for awsJson,
 * runtime/protocol/restjson1/json-values.ts for restJson1; the Smithy malformed-request tests
 * RestJson{Body,Query,Path}IntegerUnderflowOverflow and …IntegerMalformedValueRejected pin the
 * status and name). A number that fits its type but not its `@range` is a `ValidationException`;
 * one past 2^53 that fits a long is read (rounded, as any JSON reader in JavaScript must).
 */
import { HOSTILE_REST_TABLE, PERSONALIZE_TABLE, personalizeHeaders, restHeaders } from "./support/subjects.ts";
import { answered, hostileTable, refused, type Row } from "./support/table.ts";

const LIST = personalizeHeaders("ListDatasetImportJobs");
const DESCRIBE = personalizeHeaders("DescribeDatasetImportJob");
const NOT_INTEGER = refused(400, "SerializationException", "NUMBER_VALUE can not be converted to an Integer");
const rangeMessage = (value: string, bound: string) => `1 validation error detected: Value '${value}' at 'maxResults' failed to satisfy constraint: Member must have value ${bound}`;

const personalizeRows: Row[] = [
  ...["9007199254740993", "3000000000", "2147483648", "-2147483649", "9223372000000000000", "123000000000000000000000", "1e400", "-1e400"].map((n): Row => ({ name: `maxResults (an Integer) ${n}`, request: { headers: LIST, body: `{"maxResults":${n}}` }, expect: NOT_INTEGER })),
  { name: "maxResults 2147483647 (an Integer: read, then past @range)", request: { headers: LIST, body: '{"maxResults":2147483647}' }, expect: refused(400, "ValidationException", rangeMessage("2147483647", "less than or equal to 100")) },
  { name: "maxResults 1e-400 (reads as 0: past @range)", request: { headers: LIST, body: '{"maxResults":1e-400}' }, expect: refused(400, "ValidationException", rangeMessage("0", "greater than or equal to 1")) },
  { name: "maxResults 5.0 (an integral number)", request: { headers: LIST, body: '{"maxResults":5.0}' }, expect: answered("ListDatasetImportJobs") },
  { name: "maxResults 5e0 (an integral number)", request: { headers: LIST, body: '{"maxResults":5e0}' }, expect: answered("ListDatasetImportJobs") },
  { name: "maxResults 1.001", request: { headers: LIST, body: '{"maxResults":1.001}' }, expect: NOT_INTEGER },
  { name: 'maxResults "5" (a string)', request: { headers: LIST, body: '{"maxResults":"5"}' }, expect: refused(400, "SerializationException", "STRING_VALUE can not be converted to an Integer") },
  { name: 'maxResults "NaN"', request: { headers: LIST, body: '{"maxResults":"NaN"}' }, expect: refused(400, "SerializationException", "STRING_VALUE can not be converted to an Integer") },
  { name: "maxResults Infinity (not JSON)", request: { headers: LIST, body: '{"maxResults":Infinity}' }, expect: refused(400, "SerializationException", "Unable to parse the request body as JSON") },
  { name: "maxResults 0x42 (not JSON)", request: { headers: LIST, body: '{"maxResults":0x42}' }, expect: refused(400, "SerializationException", "Unable to parse the request body as JSON") },
  { name: "a string member given 1e400", request: { headers: DESCRIBE, body: '{"datasetImportJobArn":1e400}' }, expect: refused(400, "SerializationException", "NUMBER_VALUE can not be converted to a String") },
  { name: "an unknown member of 1e400 (ignored)", request: { headers: LIST, body: '{"maxResults":5,"unknownMember":1e400}' }, expect: answered("ListDatasetImportJobs") },
  { name: "a number of 100,000 digits", request: { headers: LIST, body: `{"maxResults":${"9".repeat(100_000)}}` }, expect: NOT_INTEGER },
];

const PUT = { method: "PUT", path: "/things/t1", headers: restHeaders } as const;
const body = (member: string, value: string): Row["request"] => ({ ...PUT, body: `{"${member}":${value}}` });

const restRows: Row[] = [
  // The restJson1 reader's own messages (runtime/protocol/restjson1/json-values.ts), naming the value as a double.
  ...(
    [
      ["3000000000", "3000000000 is out of the range of an integer at /count"],
      ["9007199254740993", "9007199254740992 is out of the range of an integer at /count"],
      ["-9223372000000000000", "-9223372000000000000 is out of the range of an integer at /count"],
      ["9223372000000000000", "9223372000000000000 is out of the range of an integer at /count"],
      ["123000000000000000000000", "1.23e+23 is out of the range of an integer at /count"],
      ["1e400", "expected an integer, got Infinity at /count"],
      ["1.001", "expected an integer, got 1.001 at /count"],
    ] as const
  ).map(([n, message]): Row => ({ name: `count (an Integer) ${n}`, request: body("count", n), expect: refused(400, "SerializationException", message) })),
  ...(
    [
      ["123000000000000000000000", "1.23e+23 is out of the range of a long at /total"],
      ["-123000000000000000000000", "-1.23e+23 is out of the range of a long at /total"],
      ["1e400", "expected an integer, got Infinity at /total"],
    ] as const
  ).map(([n, message]): Row => ({ name: `total (a Long) ${n}`, request: body("total", n), expect: refused(400, "SerializationException", message) })),
  // Known deviation: 2^63 (one past the long maximum) is the double the maximum itself rounds to, and
  // JSON.parse on Node 20 keeps no source text to tell them apart: read as the maximum, where AWS
  // refuses it (SerializationException). The same holds for awsJson (runtime/validation/integer-ranges.ts).
  { name: "total (a Long) 9223372036854775808 (2^63, the double of the long maximum: read — a known deviation)", request: body("total", "9223372036854775808"), expect: answered("PutThing") },
  { name: "total (a Long) 9007199254740993: past 2^53, within a long (read)", request: body("total", "9007199254740993"), expect: answered("PutThing") },
  { name: "ratio (a Double) 1e400", request: body("ratio", "1e400"), expect: refused(400, "SerializationException", "Unexpected value 'Infinity' at 'ratio'") },
  { name: "ratio (a Double) 1e-400 (reads as 0)", request: body("ratio", "1e-400"), expect: answered("PutThing") },
  { name: 'ratio (a Double) "Infinity" (the protocol\'s spelling: read)', request: body("ratio", '"Infinity"'), expect: answered("PutThing") },
  { name: 'count (an Integer) "Infinity"', request: body("count", '"Infinity"'), expect: refused(400, "SerializationException", "expected an integer, got string at /count") },
  { name: "query limit=3000000000", request: { ...PUT, path: "/things/t1?limit=3000000000", body: "{}" }, expect: refused(400, "SerializationException", 'query limit: "3000000000" is not within the range of an integer') },
  ...["1e400", "1.001", "0x42", "NaN", "true", "2ABC"].map((n): Row => ({ name: `query limit=${n}`, request: { ...PUT, path: `/things/t1?limit=${n}`, body: "{}" }, expect: refused(400, "SerializationException", `query limit: ${JSON.stringify(n)} is not an integer`) })),
  {
    name: "query limit=2147483647 (read, then past @range)",
    request: { ...PUT, path: "/things/t1?limit=2147483647", body: "{}" },
    expect: refused(400, "ValidationException", "1 validation error detected: Value '2147483647' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100"),
  },
];

hostileTable("numbers", [
  { on: PERSONALIZE_TABLE, rows: personalizeRows },
  { on: HOSTILE_REST_TABLE, rows: restRows },
]);
