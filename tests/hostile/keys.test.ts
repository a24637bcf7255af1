/**
 * Hostile keys: duplicate keys, and `__proto__` / `constructor.prototype` / `Object.prototype`'s
 * own names as body members, map keys, labels, query parameters and header names. A duplicate key
 * counts once, the last one (as Jackson reads it, and JSON.parse); a name that is no member is
 * ignored, whatever it is; a map keeps such keys as data; a value in a label or query is checked
 * as any other. The table asserts after every row that no built-in prototype changed, in the test
 * process (msw, in process) and in serve's.
 */
import { HOSTILE_REST_TABLE, PERSONALIZE_TABLE, personalizeHeaders, restHeaders } from "./support/subjects.ts";
import { answered, hostileTable, refused, type Row } from "./support/table.ts";

const LIST = personalizeHeaders("ListDatasetImportJobs");
const DESCRIBE = personalizeHeaders("DescribeDatasetImportJob");
const ARN = "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/x";
const overRange = (value: string) => `1 validation error detected: Value '${value}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100`;
const LISTED = answered("ListDatasetImportJobs");

const personalizeRows: Row[] = [
  { name: "a duplicate key: the last one counts (1000)", request: { headers: LIST, body: '{"maxResults":10,"maxResults":1000}' }, expect: refused(400, "ValidationException", overRange("1000")) },
  { name: "a duplicate key: the last one counts (10)", request: { headers: LIST, body: '{"maxResults":1000,"maxResults":10}' }, expect: LISTED },
  { name: "a duplicate key of another type: the last one counts", request: { headers: LIST, body: '{"maxResults":"x","maxResults":5}' }, expect: LISTED },
  { name: "__proto__ carrying a member (ignored)", request: { headers: LIST, body: '{"__proto__":{"maxResults":1000}}' }, expect: LISTED },
  { name: "__proto__ beside a valid input (ignored)", request: { headers: LIST, body: '{"__proto__":{"maxResults":1,"polluted":"yes"},"maxResults":5}' }, expect: LISTED },
  { name: "the required member only under __proto__", request: { headers: DESCRIBE, body: `{"__proto__":{"datasetImportJobArn":"${ARN}"}}` }, expect: refused(400, "ValidationException", "1 validation error detected: Value null at 'datasetImportJobArn' failed to satisfy constraint: Member must not be null") },
  { name: "constructor.prototype (ignored)", request: { headers: LIST, body: '{"constructor":{"prototype":{"polluted":"yes"}},"maxResults":3}' }, expect: LISTED },
  { name: "__proto__: null, toString and hasOwnProperty as members (ignored)", request: { headers: LIST, body: '{"__proto__":null,"toString":1,"hasOwnProperty":"x","valueOf":{}}' }, expect: LISTED },
  { name: "__proto__ twice, and a __proto__ array", request: { headers: LIST, body: '{"__proto__":{"a":1},"__proto__":[{"polluted":"yes"}],"maxResults":5}' }, expect: LISTED },
  { name: "__proto__ nested in an unknown member", request: { headers: LIST, body: '{"x":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}' }, expect: LISTED },
  { name: "a header named __proto__", request: { headers: [...LIST, ["__proto__", "x"]], body: "{}" }, expect: LISTED },
  { name: "headers named constructor, prototype, hasOwnProperty, toString", request: { headers: [...LIST, ["constructor", "x"], ["prototype", "y"], ["hasOwnProperty", "z"], ["toString", "w"]], body: "{}" }, expect: LISTED },
];

const PUT = { method: "PUT", path: "/things/t1", headers: restHeaders } as const;
const PUT_THING = answered("PutThing");
const thingIs = (id: string) =>
  answered("PutThing", (body) => {
    if (body.thingId !== id) throw new Error(`thingId ${JSON.stringify(body.thingId)}, not ${JSON.stringify(id)}`);
  });
const badName = (at: string) => `1 validation error detected: Value '!' at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[A-Za-z0-9 ._-]+$`;
const badThingId = (value: string) => `1 validation error detected: Value '${value}' at 'thingId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z][a-z0-9-]*$`;

const restRows: Row[] = [
  { name: "a duplicate key: the last one counts ('!')", request: { ...PUT, body: '{"name":"a","name":"!"}' }, expect: refused(400, "ValidationException", badName("name")) },
  { name: "a duplicate key: the last one counts ('a')", request: { ...PUT, body: '{"name":"!","name":"a"}' }, expect: PUT_THING },
  { name: "a duplicate map key: the last one counts", request: { ...PUT, body: '{"tags":{"k":"a","k":"!"}}' }, expect: refused(400, "ValidationException", badName("tags.k")) },
  { name: "__proto__ carrying members (ignored)", request: { ...PUT, body: '{"__proto__":{"name":"!","polluted":"yes"}}' }, expect: PUT_THING },
  { name: "constructor.prototype (ignored)", request: { ...PUT, body: '{"constructor":{"prototype":{"polluted":"yes"}},"name":"a"}' }, expect: PUT_THING },
  { name: "__proto__ in a nested structure (ignored)", request: { ...PUT, body: '{"node":{"__proto__":{"label":"!"},"child":{"constructor":{"prototype":{"x":1}}}}}' }, expect: PUT_THING },
  { name: "map keys __proto__, constructor, toString, hasOwnProperty (kept as data)", request: { ...PUT, body: '{"tags":{"__proto__":"x","constructor":"y","toString":"z","hasOwnProperty":"w"}}' }, expect: PUT_THING },
  { name: "a map key __proto__ holding an object", request: { ...PUT, body: '{"tags":{"__proto__":{"polluted":"yes"}}}' }, expect: refused(400, "SerializationException", "expected a string, got object at /tags/__proto__") },
  { name: "a map key __proto__ with a value past its pattern", request: { ...PUT, body: '{"tags":{"__proto__":"!"}}' }, expect: refused(400, "ValidationException", badName("tags.__proto__")) },
  { name: "a document of __proto__ and constructor.prototype (kept as data)", request: { ...PUT, body: '{"doc":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}' }, expect: PUT_THING },
  { name: "the label __proto__ (past its pattern)", request: { ...PUT, path: "/things/__proto__", body: "{}" }, expect: refused(400, "ValidationException", badThingId("__proto__")) },
  { name: "the label %5F%5Fproto%5F%5F (decoded, past its pattern)", request: { ...PUT, path: "/things/%5F%5Fproto%5F%5F", body: "{}" }, expect: refused(400, "ValidationException", badThingId("__proto__")) },
  { name: "the label constructor (a valid id)", request: { ...PUT, path: "/things/constructor", body: "{}" }, expect: thingIs("constructor") },
  { name: "the label hasownproperty (a valid id)", request: { ...PUT, path: "/things/hasownproperty", body: "{}" }, expect: thingIs("hasownproperty") },
  { name: "query parameters __proto__, constructor, hasOwnProperty (ignored)", request: { ...PUT, path: "/things/t1?__proto__=1&constructor=2&hasOwnProperty=3&mode=FAST", body: "{}" }, expect: PUT_THING },
  { name: "query __proto__[polluted]=yes (ignored)", request: { ...PUT, path: "/things/t1?__proto__%5Bpolluted%5D=yes&constructor%5Bprototype%5D%5Bpolluted%5D=yes", body: "{}" }, expect: PUT_THING },
  { name: "query mode=__proto__ (not an enum value)", request: { ...PUT, path: "/things/t1?mode=__proto__", body: "{}" }, expect: refused(400, "ValidationException", "1 validation error detected: Value '__proto__' at 'mode' failed to satisfy constraint: Member must satisfy enum value set: [FAST, SLOW]") },
  { name: "a header named __proto__", request: { ...PUT, headers: [...restHeaders, ["__proto__", "x"]], body: "{}" }, expect: PUT_THING },
  { name: "headers named constructor, prototype, hasOwnProperty, toString", request: { ...PUT, headers: [...restHeaders, ["constructor", "x"], ["prototype", "y"], ["hasOwnProperty", "z"], ["toString", "w"]], body: "{}" }, expect: PUT_THING },
  { name: "the bound header x-amz-token: __proto__", request: { ...PUT, headers: [...restHeaders, ["x-amz-token", "__proto__"]], body: "{}" }, expect: PUT_THING },
];

hostileTable("keys", [
  { on: PERSONALIZE_TABLE, rows: personalizeRows },
  { on: HOSTILE_REST_TABLE, rows: restRows },
]);
