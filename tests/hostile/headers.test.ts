/**
 * Hostile headers: a missing, empty or duplicated `X-Amz-Target`, wrong, missing or duplicated
 * Content-Types, an Accept the service does not produce, an unknown Content-Encoding, duplicated
 * bound headers. awsJson names the operation in `X-Amz-Target` and the protocol in Content-Type:
 * either wrong, the request names no operation of the service, 400 `UnknownOperationException`
 * (../shared/notes/awsjson-protocol.md). restJson1 answers a Content-Type it does not read 415
 * `UnsupportedMediaTypeException` and an Accept it does not produce 406 `NotAcceptableException`
 * (Smithy's RestJsonWithBodyExpectsApplicationJsonContentType, …ContentTypeNoHeaders,
 * RestJsonWithBodyExpectsApplicationJsonAccept). Oversized headers are in size.test.ts.
 */
import { HOSTILE_REST_TABLE, PERSONALIZE_TABLE, personalizeHeaders, restHeaders } from "./support/subjects.ts";
import { answered, hostileTable, refused, type Row } from "./support/table.ts";

const AWS_JSON = "application/x-amz-json-1.1";
const LIST_TARGET = "AmazonPersonalize.ListDatasetImportJobs";
const LISTED = answered("ListDatasetImportJobs");
const unknownOperation = (message: string) => refused(400, "UnknownOperationException", message);
const wrongType = (type: string) => unknownOperation(`AmazonPersonalize accepts Content-Type "${AWS_JSON}", not ${type}`);

const personalizeRows: Row[] = [
  { name: "no X-Amz-Target", request: { headers: [["Content-Type", AWS_JSON]], body: "{}" }, expect: unknownOperation("Unknown operation (no X-Amz-Target header)") },
  { name: "an empty X-Amz-Target", request: { headers: [["Content-Type", AWS_JSON], ["X-Amz-Target", ""]], body: "{}" }, expect: unknownOperation('Unknown operation ""') },
  { name: "X-Amz-Target twice, the same", request: { headers: [...personalizeHeaders("ListDatasetImportJobs"), ["X-Amz-Target", LIST_TARGET]], body: "{}" }, expect: unknownOperation(`Unknown operation "${LIST_TARGET}, ${LIST_TARGET}"`) },
  {
    name: "X-Amz-Target twice, two operations",
    request: { headers: [...personalizeHeaders("ListDatasetImportJobs"), ["X-Amz-Target", "AmazonPersonalize.DescribeDatasetImportJob"]], body: "{}" },
    expect: unknownOperation(`Unknown operation "${LIST_TARGET}, AmazonPersonalize.DescribeDatasetImportJob"`),
  },
  { name: "x-amz-target in lower case (names are case-insensitive)", request: { headers: [["content-type", AWS_JSON], ["x-amz-target", LIST_TARGET]], body: "{}" }, expect: LISTED },
  ...["text/plain", "application/json", "application/x-amz-json-1.0", "application/xml", "multipart/form-data; boundary=x"].map((type): Row => ({ name: `Content-Type ${type}`, request: { headers: [["Content-Type", type], ["X-Amz-Target", LIST_TARGET]], body: "{}" }, expect: wrongType(JSON.stringify(type)) })),
  { name: "no Content-Type", request: { headers: [["X-Amz-Target", LIST_TARGET]], body: "{}" }, expect: wrongType("none") },
  { name: "Content-Type twice", request: { headers: [["Content-Type", AWS_JSON], ["Content-Type", AWS_JSON], ["X-Amz-Target", LIST_TARGET]], body: "{}" }, expect: wrongType(JSON.stringify(`${AWS_JSON}, ${AWS_JSON}`)) },
  { name: "Content-Type with parameters (AwsJson11MustSupportParametersInContentType)", request: { headers: [["Content-Type", `${AWS_JSON}; charset=utf-8`], ["X-Amz-Target", LIST_TARGET]], body: "{}" }, expect: LISTED },
  { name: "Content-Type in upper case (media types are case-insensitive)", request: { headers: [["Content-Type", AWS_JSON.toUpperCase()], ["X-Amz-Target", LIST_TARGET]], body: "{}" }, expect: LISTED },
  { name: "Content-Encoding br (not one the service undoes)", request: { headers: [...personalizeHeaders("ListDatasetImportJobs"), ["Content-Encoding", "br"]], body: "{}" }, expect: refused(400, "SerializationException", 'Unsupported Content-Encoding "br"') },
  { name: "Content-Encoding gzip on a body that is not gzip", request: { headers: [...personalizeHeaders("ListDatasetImportJobs"), ["Content-Encoding", "gzip"]], body: "{}" }, expect: refused(400, "SerializationException", "Unable to decode the request body as gzip") },
  { name: "Accept: application/xml (awsJson ignores it)", request: { headers: [...personalizeHeaders("ListDatasetImportJobs"), ["Accept", "application/xml"]], body: "{}" }, expect: LISTED },
];

const PUT = { method: "PUT", path: "/things/t1" } as const;
const PUT_THING = answered("PutThing");
const unsupported = (type: string) => refused(415, "UnsupportedMediaTypeException", `PutThing does not accept Content-Type ${type}`);

const restRows: Row[] = [
  ...["text/plain", "application/x-amz-json-1.1", "application/xml", "application/jsonx"].map((type): Row => ({ name: `Content-Type ${type}`, request: { ...PUT, headers: [["Content-Type", type]], body: "{}" }, expect: unsupported(JSON.stringify(type)) })),
  { name: "no Content-Type with a body (RestJsonWithBodyExpectsApplicationJsonContentTypeNoHeaders)", request: { ...PUT, headers: [], body: "{}" }, expect: refused(415, "UnsupportedMediaTypeException", "PutThing does not accept a body without a Content-Type") },
  { name: "no Content-Type and no body (read: nothing to type)", request: { ...PUT, headers: [] }, expect: PUT_THING },
  { name: "Content-Type twice", request: { ...PUT, headers: [...restHeaders, ...restHeaders], body: "{}" }, expect: unsupported(JSON.stringify("application/json, application/json")) },
  { name: "Content-Type with parameters", request: { ...PUT, headers: [["Content-Type", "application/json; charset=utf-8"]], body: "{}" }, expect: PUT_THING },
  { name: "Accept: application/xml (RestJsonWithBodyExpectsApplicationJsonAccept)", request: { ...PUT, headers: [...restHeaders, ["Accept", "application/xml"]], body: "{}" }, expect: refused(406, "NotAcceptableException", 'PutThing answers application/json, which Accept "application/xml" does not admit') },
  { name: "Accept: */* (accepted)", request: { ...PUT, headers: [...restHeaders, ["Accept", "*/*"]], body: "{}" }, expect: PUT_THING },
  { name: "the bound header x-amz-token twice (one list of values)", request: { ...PUT, headers: [...restHeaders, ["x-amz-token", "a"], ["x-amz-token", "b"]], body: "{}" }, expect: PUT_THING },
  { name: "an empty bound header x-amz-token (past @length)", request: { ...PUT, headers: [...restHeaders, ["x-amz-token", ""]], body: "{}" }, expect: refused(400, "ValidationException", "1 validation error detected: Value '' at 'token' failed to satisfy constraint: Member must have length greater than or equal to 1") },
  { name: "X-Amz-Target on a restJson1 request (ignored)", request: { ...PUT, headers: [...restHeaders, ["X-Amz-Target", "HostileRest.PutThing"]], body: "{}" }, expect: PUT_THING },
  // restJson1 may bind Content-Encoding to a member, so a coding it cannot undo is left on the body
  // (runtime/protocol/body.ts bodyBytesUnderCodings), which is then read as it is: here, JSON.
  { name: "Content-Encoding br on a JSON body (left as it is, read)", request: { ...PUT, headers: [...restHeaders, ["Content-Encoding", "br"]], body: "{}" }, expect: PUT_THING },
  { name: "Content-Encoding gzip on a body that is not gzip", request: { ...PUT, headers: [...restHeaders, ["Content-Encoding", "gzip"]], body: "{}" }, expect: refused(400, "SerializationException", "Unable to decode the request body as gzip") },
];

hostileTable("headers", [
  { on: PERSONALIZE_TABLE, rows: personalizeRows },
  { on: HOSTILE_REST_TABLE, rows: restRows },
]);
