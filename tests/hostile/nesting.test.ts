/**
 * Hostile nesting: 10,000- and 100,000-deep arrays and objects at the top, in a member, in an
 * unknown member, in a document and in a recursive structure. Every walk over a request (the
 * lenient reading, the restJson1 reader, ajv over a recursive shape) recurses once per level, so a
 * JSON body nesting deeper than 1000 is refused before it is parsed, by a linear scan
 * (runtime/protocol/request-limits.ts): 400 `SerializationException`, as AWS's Jackson reader
 * refuses it (its default `StreamReadConstraints` nesting limit is 1000, in the same words).
 * Brackets inside strings do not count; a body exactly 1000 deep is read and answered.
 */
import { HOSTILE_REST_TABLE, PERSONALIZE_TABLE, personalizeHeaders, restHeaders } from "./support/subjects.ts";
import { answered, hostileTable, refused, type Row } from "./support/table.ts";

const TOO_DEEP = refused(400, "SerializationException", "Document nesting depth (1001) exceeds the maximum allowed (1000)");
const arrays = (n: number, inner = "") => `${"[".repeat(n)}${inner}${"]".repeat(n)}`;
const objects = (n: number) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;

const LIST = personalizeHeaders("ListDatasetImportJobs");
const DESCRIBE = personalizeHeaders("DescribeDatasetImportJob");

const personalizeRows: Row[] = [
  { name: "10,000-deep arrays as the whole body", request: { headers: LIST, body: arrays(10_000) }, expect: TOO_DEEP },
  { name: "10,000-deep arrays in a string member", request: { headers: DESCRIBE, body: `{"datasetImportJobArn":${arrays(10_000)}}` }, expect: TOO_DEEP },
  { name: "10,000-deep objects in an unknown member", request: { headers: LIST, body: `{"maxResults":5,"unknownMember":${objects(10_000)}}` }, expect: TOO_DEEP },
  { name: "100,000-deep arrays in an unknown member", request: { headers: LIST, body: `{"unknownMember":${arrays(100_000)}}` }, expect: TOO_DEEP },
  { name: "100,000 unclosed brackets", request: { headers: LIST, body: "[".repeat(100_000) }, expect: TOO_DEEP },
  { name: "1001 deep (one past the limit)", request: { headers: LIST, body: `{"unknownMember":${arrays(1000)}}` }, expect: TOO_DEEP },
  { name: "exactly 1000 deep in an unknown member (read; the member ignored)", request: { headers: LIST, body: `{"maxResults":5,"unknownMember":${arrays(999)}}` }, expect: answered("ListDatasetImportJobs") },
  { name: "10,000 brackets inside a string (not nesting)", request: { headers: LIST, body: JSON.stringify({ maxResults: 5, unknownMember: "[{".repeat(10_000) }) }, expect: answered("ListDatasetImportJobs") },
  { name: "10,000 closing brackets (not JSON)", request: { headers: LIST, body: "]}".repeat(10_000) }, expect: refused(400, "SerializationException", "Unable to parse the request body as JSON") },
];

const PUT = { method: "PUT", path: "/things/t1", headers: restHeaders } as const;
/** `{"node":{"child":…}}` with `n` levels of Node: the body nests n + 1 deep. */
const nodes = (n: number) => `{"node":${'{"child":'.repeat(n - 1)}{}${"}".repeat(n - 1)}}`;

const restRows: Row[] = [
  { name: "a recursive structure 10,000 deep", request: { ...PUT, body: nodes(10_000) }, expect: TOO_DEEP },
  { name: "a recursive structure 1000 deep (one past the limit)", request: { ...PUT, body: nodes(1000) }, expect: TOO_DEEP },
  { name: "a recursive structure exactly 1000 deep (read and answered)", request: { ...PUT, body: nodes(999) }, expect: answered("PutThing") },
  { name: "a document of 10,000-deep arrays", request: { ...PUT, body: `{"doc":${arrays(10_000)}}` }, expect: TOO_DEEP },
  { name: "a document of 10,000-deep objects", request: { ...PUT, body: `{"doc":${objects(10_000)}}` }, expect: TOO_DEEP },
  { name: "a document exactly 1000 deep (read and answered)", request: { ...PUT, body: `{"doc":${arrays(999)}}` }, expect: answered("PutThing") },
  { name: "a list member of 10,000-deep arrays", request: { ...PUT, body: `{"items":${arrays(10_000)}}` }, expect: TOO_DEEP },
  { name: "a map member of 10,000-deep objects", request: { ...PUT, body: `{"tags":${objects(10_000)}}` }, expect: TOO_DEEP },
  { name: "100,000-deep arrays as the whole body", request: { ...PUT, body: arrays(100_000) }, expect: TOO_DEEP },
];

hostileTable("nesting", [
  { on: PERSONALIZE_TABLE, rows: personalizeRows },
  { on: HOSTILE_REST_TABLE, rows: restRows },
]);
