/**
 * Unknown operations: an `X-Amz-Target` that names no operation of the service (another service's,
 * a built-in name such as `__proto__` or `toString`, a case that differs), and for restJson1 a
 * method and path no operation has. awsJson answers 400 `UnknownOperationException`
 * (../shared/notes/awsjson-protocol.md); restJson1 404 `UnknownOperationException`, the status
 * of a resource that is not there, with the error name restJson1 servers give a request that
 * routes to no operation. serve answers them too, as the service does at its own endpoint (its
 * origin is the served service's alone: runtime/serve/server.ts orphanAnswer), where it once
 * answered 404 with a body of its own.
 */
import { HOSTILE_REST_TABLE, PERSONALIZE_TABLE, restHeaders } from "./support/subjects.ts";
import { hostileTable, refused, type Row } from "./support/table.ts";

const AWS_JSON = "application/x-amz-json-1.1";
const unknownOperation = (target: string) => refused(400, "UnknownOperationException", `Unknown operation ${JSON.stringify(target)}`);

const TARGETS = [
  "AmazonPersonalize.DeleteEverything",
  "AmazonPersonalize.describeDatasetImportJob",
  "AmazonPersonalize.__proto__",
  "AmazonPersonalize.constructor",
  "AmazonPersonalize.toString",
  "AmazonPersonalize.hasOwnProperty",
  "AmazonPersonalize.",
  "AmazonPersonalize.DescribeDatasetImportJob.extra",
  "AmazonPersonalize",
  "Other.DescribeDatasetImportJob",
  ".DescribeDatasetImportJob",
  "__proto__",
  "garbage",
  `AmazonPersonalize.${"X".repeat(8000)}`,
];

const personalizeRows: Row[] = TARGETS.map((target) => ({
  name: `X-Amz-Target ${target.length > 60 ? `${target.slice(0, 30)}… (${target.length} characters)` : target}`,
  request: { headers: [["Content-Type", AWS_JSON], ["X-Amz-Target", target]], body: "{}" },
  expect: unknownOperation(target),
}));

const noOperation = (method: string, path: string) => refused(404, "UnknownOperationException", `HostileRest has no operation for ${method} ${path}`);
const REQUESTS: readonly (readonly [string, string])[] = [
  ["PUT", "/nothing"],
  ["PUT", "/"],
  ["GET", "/things/t1"],
  ["DELETE", "/things/t1"],
  ["POST", "/things/t1"],
  ["PUT", "/things/t1/extra"],
  ["PUT", "/things"],
  ["PUT", "/__proto__"],
  ["PUT", "/constructor/prototype"],
  ["PUT", "/Things/t1"],
];

const restRows: Row[] = [
  ...REQUESTS.map(([method, path]): Row => ({ name: `${method} ${path}`, request: { method, path, headers: method === "GET" || method === "DELETE" ? [] : restHeaders, ...(method !== "GET" && method !== "DELETE" && { body: "{}" }) }, expect: noOperation(method, path) })),
  { name: "POST / with an awsJson X-Amz-Target (no such route)", request: { method: "POST", path: "/", headers: [["Content-Type", AWS_JSON], ["X-Amz-Target", "HostileRest.PutThing"]], body: "{}" }, expect: noOperation("POST", "/") },
];

hostileTable("unknown-operations", [
  { on: PERSONALIZE_TABLE, rows: personalizeRows },
  { on: HOSTILE_REST_TABLE, rows: restRows },
]);
