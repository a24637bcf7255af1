/**
 * Hostile sizes: bodies of many megabytes (sent whole, chunked, or as a gzip bomb that inflates to
 * 64 MiB from a few KB) and oversized headers. AWS documents no general limits, so the mock's are
 * chosen (runtime/protocol/request-limits.ts says why): a body over 10 MiB after its
 * Content-Encoding is undone is answered 413 `RequestEntityTooLargeException` (413 Content Too
 * Large, RFC 9110 §15.5.14; the name Lambda gives it) without being read further — serve stops
 * reading at 10 MiB + 1 byte, a gzip stream stops inflating there; headers over 16 KiB 431
 * `RequestHeaderFieldsTooLargeException` (RFC 6585 §5; 16 KiB is Node's own `maxHeaderSize`, which
 * serve's parser enforces before a mock sees the request). Just under the limits, a request is read
 * and answered as any other.
 */
import { gzipSync } from "node:zlib";
import { HOSTILE_REST_TABLE, PERSONALIZE_TABLE, personalizeHeaders, restHeaders } from "./support/subjects.ts";
import { answered, hostileTable, refused, type Row } from "./support/table.ts";
import type { HostileRequest } from "./support/transports.ts";

const MIB = 1024 * 1024;
const TOO_LARGE = refused(413, "RequestEntityTooLargeException", "Request must be smaller than 10485760 bytes");
const HEADERS_TOO_LARGE = refused(431, "RequestHeaderFieldsTooLargeException", "Request header fields must be smaller than 16384 bytes");
const gzip = (text: string) => new Uint8Array(gzipSync(Buffer.from(text)));

/** The rows of one service: `base` a small request it answers with `ok`, `big(n)` a body of about n bytes in a string member. */
function rows(base: HostileRequest, ok: Row["expect"], big: (bytes: number) => string, padded: (bytes: number) => string): Row[] {
  const headers = base.headers;
  const small = typeof base.body === "string" ? base.body : "{}";
  return [
    { name: "a body of 12 MiB", request: { ...base, body: big(12 * MIB) }, expect: TOO_LARGE },
    { name: "a body of 32 MiB", request: { ...base, body: big(32 * MIB) }, expect: TOO_LARGE },
    { name: "a body of 10 MiB + 1 byte (whitespace after the JSON)", request: { ...base, body: `${small}${" ".repeat(10 * MIB + 1 - small.length)}` }, expect: TOO_LARGE },
    { name: "a body of exactly 10 MiB (read and answered)", request: { ...base, body: `${small}${" ".repeat(10 * MIB - small.length)}` }, expect: ok },
    { name: "a body of 9 MiB of padding (read and answered)", request: { ...base, body: padded(9 * MIB) }, expect: ok },
    { name: "an 11 MiB body sent chunked", request: { ...base, headers: [...headers, ["Transfer-Encoding", "chunked"]], body: big(11 * MIB) }, expect: TOO_LARGE },
    { name: "a small body sent chunked (answered)", request: { ...base, headers: [...headers, ["Transfer-Encoding", "chunked"]], body: small }, expect: ok },
    { name: "a gzip bomb: 64 KB inflating to 64 MiB", request: { ...base, headers: [...headers, ["Content-Encoding", "gzip"]], body: gzip(big(64 * MIB)) }, expect: TOO_LARGE },
    { name: "gzip twice over, inflating to 64 MiB", request: { ...base, headers: [...headers, ["Content-Encoding", "gzip, gzip"]], body: new Uint8Array(gzipSync(gzipSync(Buffer.from(big(64 * MIB))))) }, expect: TOO_LARGE },
    { name: "a gzipped body under the limit (answered)", request: { ...base, headers: [...headers, ["Content-Encoding", "gzip"]], body: gzip(small) }, expect: ok },
    { name: "one header of 20 KB", request: { ...base, headers: [...headers, ["X-Padding", "a".repeat(20_000)]] }, expect: HEADERS_TOO_LARGE },
    { name: "300 headers of 64 bytes", request: { ...base, headers: [...headers, ...Array.from({ length: 300 }, (_, i): [string, string] => [`X-Pad-${i}`, "b".repeat(64)])] }, expect: HEADERS_TOO_LARGE },
    { name: "one header of 12 KB (under the limit: answered)", request: { ...base, headers: [...headers, ["X-Padding", "a".repeat(12_000)]] }, expect: ok },
  ];
}

const LIST = personalizeHeaders("ListDatasetImportJobs");
const personalizeRows = rows(
  { headers: LIST, body: '{"maxResults":5}' },
  answered("ListDatasetImportJobs"),
  (n) => JSON.stringify({ nextToken: "a".repeat(n) }),
  (n) => `{"maxResults":5${" ".repeat(n)}}`,
);

const restRows: Row[] = [
  ...rows(
    { method: "PUT", path: "/things/t1", headers: restHeaders, body: '{"name":"a"}' },
    answered("PutThing"),
    (n) => JSON.stringify({ name: "a".repeat(n) }),
    (n) => `{"name":"a"${" ".repeat(n)}}`,
  ),
  // A header bound to a member, over the limit: refused before its @length is checked.
  { name: "x-amz-token (a bound header) of 20 KB", request: { method: "PUT", path: "/things/t1", headers: [...restHeaders, ["x-amz-token", "t".repeat(20_000)]], body: "{}" }, expect: HEADERS_TOO_LARGE },
  { name: "a query string of 12 KB (under the header limit: answered, the unknown parameter ignored)", request: { method: "PUT", path: `/things/t1?pad=${"q".repeat(12_000)}`, headers: restHeaders, body: "{}" }, expect: answered("PutThing") },
];

hostileTable("size", [
  { on: PERSONALIZE_TABLE, rows: personalizeRows },
  { on: HOSTILE_REST_TABLE, rows: restRows },
]);
