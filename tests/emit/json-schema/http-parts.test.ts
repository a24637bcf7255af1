/**
 * The per-part schema files of a restJson1 service (schema/http-parts.ts): which files, and each
 * document in full, for small models that bind members everywhere HTTP can carry them. Values are
 * checked as text where they travel as text, with each location's timestamp format.
 */
import { describe, expect, it } from "vitest";
import { jsonStamp } from "../../../codegen/emit/file.ts";
import { BASE64_PATTERN, errorTypePattern, HTTP_DATE_PATTERN } from "../../../runtime/protocol/awsjson.ts";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { CTX, fragmentFiles } from "./fragment.ts";

const S = "smithy.api#";
const REST = { traits: { "aws.protocols#restJson1": {}, "aws.api#service": { sdkId: "Ex" } } };
const INTEGER_TEXT = "^-?\\d+$";
const head = (name: string, kind: string, part: string, description: string) => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: `urn:smithy-contract:ex:${name}.${kind}.${part}`,
  $comment: jsonStamp(CTX),
  title: `${name} ${kind} ${part}`,
  description,
});
const http = (method: string, uri: string, code = 200) => ({ [`${S}http`]: { method, uri, code } });

/** Everything bound somewhere outside the body: labels (one greedy), query (list, literal), headers (every text form), prefix headers. */
const getThing = () =>
  fragmentFiles(
    {
      id: { target: "ex#Id", traits: { [`${S}httpLabel`]: {}, [`${S}required`]: {} } },
      rest: { target: `${S}String`, traits: { [`${S}httpLabel`]: {}, [`${S}required`]: {} } },
      count: { target: `${S}Integer`, traits: { [`${S}httpQuery`]: "n" } },
      tags: { target: "ex#Tags", traits: { [`${S}httpQuery`]: "tag", [`${S}required`]: {} } },
      when: { target: `${S}Timestamp`, traits: { [`${S}httpQuery`]: "t" } },
      flagged: { target: `${S}Boolean`, traits: { [`${S}httpHeader`]: "X-Flag" } },
      since: { target: `${S}Timestamp`, traits: { [`${S}httpHeader`]: "If-Modified-Since" } },
      epoch: { target: `${S}Timestamp`, traits: { [`${S}httpHeader`]: "X-Epoch", [`${S}timestampFormat`]: "epoch-seconds" } },
      json: { target: "ex#Json", traits: { [`${S}httpHeader`]: "X-Json", [`${S}required`]: {} } },
      names: { target: "ex#Tags", traits: { [`${S}httpHeader`]: "X-Names" } },
      ratio: { target: `${S}Double`, traits: { [`${S}httpHeader`]: "X-Ratio" } },
      meta: { target: "ex#Meta", traits: { [`${S}httpPrefixHeaders`]: "X-Meta-" } },
    },
    {
      "ex#Id": { type: "string", traits: { [`${S}length`]: { min: 1, max: 5 } } },
      "ex#Tags": { type: "list", member: { target: `${S}String` }, traits: { [`${S}length`]: { max: 3 } } },
      "ex#Json": { type: "string", traits: { [`${S}mediaType`]: "application/json" } },
      "ex#Meta": { type: "map", key: { target: `${S}String` }, value: { target: `${S}String` } },
    },
    { service: REST, operation: { traits: http("GET", "/things/{id}/{rest+}?fixed=1&flag") } },
  );

/** A JSON body with @jsonName at two depths, an output with a header, @httpResponseCode and a body, an error with a header. */
const putThing = () =>
  fragmentFiles(
    {
      id: { target: `${S}String`, traits: { [`${S}httpLabel`]: {}, [`${S}required`]: {} } },
      name: { target: `${S}String`, traits: { [`${S}jsonName`]: "Name", [`${S}required`]: {} } },
      inner: { target: "ex#Inner" },
      at: { target: `${S}Timestamp` },
      data: { target: `${S}Blob` },
    },
    {
      "ex#Inner": { type: "structure", members: { size: { target: `${S}Integer`, traits: { [`${S}jsonName`]: "Size" } } } },
      "ex#Out": {
        type: "structure",
        members: {
          status: { target: `${S}Integer`, traits: { [`${S}httpResponseCode`]: {} } },
          etag: { target: `${S}String`, traits: { [`${S}httpHeader`]: "ETag" } },
          inner: { target: "ex#Inner", traits: { [`${S}jsonName`]: "Inner" } },
        },
      },
      "ex#Busy": {
        type: "structure",
        members: { retryAfter: { target: `${S}String`, traits: { [`${S}httpHeader`]: "Retry-After" } }, message: { target: `${S}String` } },
        traits: { [`${S}error`]: "client", [`${S}httpError`]: 429 },
      },
    },
    { service: REST, operation: { traits: http("PUT", "/things/{id}", 201), output: { target: "ex#Out" }, errors: [{ target: "ex#Busy" }] } },
  );

const REQUEST = "the Op request (GET /things/{id}/{rest+}?fixed=1&flag)";

describe("per-part schemas of a restJson1 operation", () => {
  it("writes a file per part that carries something, beside the document schemas; an answer's body always", () => {
    expect(Object.keys(getThing())).toEqual([
      "schemas/Op.input.headers.schema.json",
      "schemas/Op.input.labels.schema.json",
      "schemas/Op.input.query.schema.json",
      "schemas/Op.input.schema.json",
      "schemas/Op.output.body.schema.json",
      "schemas/Op.output.schema.json",
    ]);
    expect(Object.keys(putThing())).toEqual([
      "schemas/Busy.error.body.schema.json",
      "schemas/Busy.error.headers.schema.json",
      "schemas/Busy.error.schema.json",
      "schemas/Op.input.body.schema.json",
      "schemas/Op.input.labels.schema.json",
      "schemas/Op.input.schema.json",
      "schemas/Op.output.body.schema.json",
      "schemas/Op.output.headers.schema.json",
      "schemas/Op.output.schema.json",
    ]);
  });

  it("labels: every label by name, required, closed, never empty; a greedy label is a string like any other", () => {
    expect(getThing()["schemas/Op.input.labels.schema.json"]).toEqual({
      ...head("Op", "input", "labels", `The path labels of ${REQUEST}, by label, each value's text (percent-decoded).`),
      type: "object",
      // A label is never empty: rest gets the minLength its model leaves out.
      properties: { id: { type: "string", minLength: 1, maxLength: 5 }, rest: { type: "string", minLength: 1 } },
      required: ["id", "rest"],
      additionalProperties: false,
    });
  });

  it("query: numbers as text, a list as an array, timestamps as date-time, the URI's literals as const (a bare one any string); closed", () => {
    expect(getThing()["schemas/Op.input.query.schema.json"]).toEqual({
      ...head("Op", "input", "query", `The query parameters of ${REQUEST}, by name, each value's text (an array for a parameter that repeats).`),
      type: "object",
      properties: {
        fixed: { const: "1" },
        flag: { type: "string" },
        n: { type: "string", pattern: INTEGER_TEXT },
        tag: { type: "array", items: { type: "string" }, maxItems: 3 },
        t: { type: "string", format: "date-time" },
      },
      required: ["fixed", "flag", "tag"],
      additionalProperties: false,
    });
  });

  it("headers: lower-cased names, http-date by default, epoch seconds when told, base64 for a @mediaType string, a list as one string, prefix headers as a pattern; open", () => {
    expect(getThing()["schemas/Op.input.headers.schema.json"]).toEqual({
      ...head("Op", "input", "headers", `The headers of ${REQUEST}, by name in lower case, each value's text; other headers may be present.`),
      type: "object",
      properties: {
        "x-flag": { type: "string", enum: ["true", "false"] },
        "if-modified-since": { type: "string", pattern: HTTP_DATE_PATTERN },
        "x-epoch": { type: "string", pattern: "^-?\\d+(?:\\.\\d+)?$" },
        "x-json": { type: "string", pattern: BASE64_PATTERN },
        "x-names": { type: "string" },
        "x-ratio": { type: "string", pattern: "^(?:NaN|Infinity|-Infinity|-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)$" },
      },
      required: ["x-json"],
      patternProperties: { "^x-meta-": { type: "string" } },
    });
  });

  it("an answer without body members has an empty JSON object for a body, and says its status", () => {
    expect(getThing()["schemas/Op.output.body.schema.json"]).toEqual({
      ...head("Op", "output", "body", "The body of the Op answer, status 200 (@http): a JSON object, members under their JSON names (@jsonName)."),
      type: "object",
      additionalProperties: false,
    });
  });

  it("body: members under their @jsonName at every depth (required ones too), epoch-second timestamps and base64 blobs as in the document", () => {
    const files = putThing();
    expect(files["schemas/Op.input.body.schema.json"]).toEqual({
      ...head("Op", "input", "body", "The body of the Op request (PUT /things/{id}): a JSON object, members under their JSON names (@jsonName)."),
      type: "object",
      properties: {
        Name: { type: "string" },
        inner: { $ref: "#/$defs/Inner" },
        at: { type: "number", minimum: -8_640_000_000_000, maximum: 8_640_000_000_000 },
        data: { type: "string", pattern: BASE64_PATTERN },
      },
      required: ["Name"],
      additionalProperties: false,
      $defs: {
        Inner: { $comment: "ex#Inner", type: "object", properties: { Size: { type: "integer", minimum: -2147483648, maximum: 2147483647 } }, additionalProperties: false },
      },
    });
    // The document schema keeps member names: it describes the document, not the body.
    expect((files["schemas/Op.input.schema.json"]!.$defs as Record<string, { properties: Record<string, unknown> }>).In!.properties).toHaveProperty("name");
  });

  it("an answer's status: @http's code, or the @httpResponseCode member; the response code is in no part", () => {
    const files = putThing();
    const status = "status 201 (@http), or the status member's value (@httpResponseCode)";
    expect(files["schemas/Op.output.headers.schema.json"]).toEqual({
      ...head("Op", "output", "headers", `The headers of the Op answer, ${status}, by name in lower case, each value's text; other headers may be present.`),
      type: "object",
      properties: { etag: { type: "string" } },
    });
    expect(files["schemas/Op.output.body.schema.json"]).toEqual({
      ...head("Op", "output", "body", `The body of the Op answer, ${status}: a JSON object, members under their JSON names (@jsonName).`),
      type: "object",
      properties: { Inner: { $ref: "#/$defs/Inner" } },
      additionalProperties: false,
      $defs: {
        Inner: { $comment: "ex#Inner", type: "object", properties: { Size: { type: "integer", minimum: -2147483648, maximum: 2147483647 } }, additionalProperties: false },
      },
    });
  });

  it("errors: their header members in the headers part, the rest in the body, with message/Message and the name in code or __type", () => {
    const files = putThing();
    const answer = "the Busy error answer, status 429";
    expect(files["schemas/Busy.error.headers.schema.json"]).toEqual({
      ...head("Busy", "error", "headers", `The headers of ${answer}, by name in lower case, each value's text; other headers may be present.`),
      type: "object",
      properties: { "retry-after": { type: "string" } },
    });
    expect(files["schemas/Busy.error.body.schema.json"]).toEqual({
      ...head("Busy", "error", "body", `The body of ${answer}: a JSON object, members under their JSON names (@jsonName); the error's name may also be in \`code\` or \`__type\` (it is in the X-Amzn-Errortype header).`),
      type: "object",
      properties: {
        message: { type: "string" },
        Message: { type: "string" },
        code: { type: "string", pattern: errorTypePattern("Busy") },
        __type: { type: "string", pattern: errorTypePattern("Busy") },
      },
      additionalProperties: false,
    });
  });

  it("payloads: a structure as JSON under its JSON names, a blob or a string as the body's text with its media type; @httpQueryParams opens the query", () => {
    const files = fragmentFiles(
      {
        body: { target: `${S}Blob`, traits: { [`${S}httpPayload`]: {} } },
        params: { target: "ex#Params", traits: { [`${S}httpQueryParams`]: {} } },
        one: { target: `${S}Boolean`, traits: { [`${S}httpQuery`]: "one" } },
      },
      {
        "ex#Params": { type: "map", key: { target: `${S}String` }, value: { target: "ex#Strings" } },
        "ex#Strings": { type: "list", member: { target: `${S}String` } },
        "ex#Out": { type: "structure", members: { text: { target: "ex#Text", traits: { [`${S}httpPayload`]: {} } } } },
        "ex#Text": { type: "string", traits: { [`${S}mediaType`]: "text/csv" } },
        "ex#Doc": { type: "structure", members: { doc: { target: "ex#Inner", traits: { [`${S}httpPayload`]: {} } } } },
        "ex#Inner": { type: "structure", members: { size: { target: `${S}Integer`, traits: { [`${S}jsonName`]: "Size" } } } },
      },
      { service: REST, operation: { traits: http("POST", "/upload"), output: { target: "ex#Out" } } },
    );
    expect(files["schemas/Op.input.body.schema.json"]).toEqual({
      ...head("Op", "input", "body", "The body of the Op request (POST /upload): the body member (@httpPayload), the body's text as it is, not JSON."),
      type: "string",
      contentMediaType: "application/octet-stream",
    });
    expect(files["schemas/Op.input.query.schema.json"]).toMatchObject({
      properties: { one: { type: "string", enum: ["true", "false"] } },
      additionalProperties: { type: "array", items: { type: "string" } },
    });
    expect(files["schemas/Op.output.body.schema.json"]).toEqual({
      ...head("Op", "output", "body", "The body of the Op answer, status 200 (@http): the text member (@httpPayload), the body's text as it is, not JSON."),
      $ref: "#/$defs/Text",
      contentMediaType: "text/csv",
      $defs: { Text: { $comment: "ex#Text", type: "string" } },
    });
  });

  it("a structure payload is the structure's JSON, members under their JSON names", () => {
    const files = fragmentFiles(
      { doc: { target: "ex#Inner", traits: { [`${S}httpPayload`]: {} } } },
      { "ex#Inner": { type: "structure", members: { size: { target: `${S}Integer`, traits: { [`${S}jsonName`]: "Size" } } } } },
      { service: REST, operation: { traits: http("POST", "/doc") } },
    );
    expect(files["schemas/Op.input.body.schema.json"]).toEqual({
      ...head("Op", "input", "body", "The body of the Op request (POST /doc): the doc member (@httpPayload) as JSON."),
      $ref: "#/$defs/Inner",
      $defs: {
        Inner: { $comment: "ex#Inner", type: "object", properties: { Size: { type: "integer", minimum: -2147483648, maximum: 2147483647 } }, additionalProperties: false },
      },
    });
  });

  it("every file compiles in ajv strict mode, and the parts take wire text", () => {
    const files = getThing();
    const ajv = createAjv();
    for (const [path, schema] of Object.entries(files)) expect(() => ajv.compile(schema), path).not.toThrow();
    const query = ajv.getSchema("urn:smithy-contract:ex:Op.input.query")!;
    expect(query({ fixed: "1", flag: "", tag: ["a", "b"], n: "-12", t: "2024-01-01T00:00:00Z" })).toBe(true);
    expect(query({ fixed: "2", flag: "", tag: "a", n: "1.5", t: "1700000000", other: "x" })).toBe(false);
    expect(query.errors?.map((e) => [e.keyword, e.instancePath])).toEqual([
      ["additionalProperties", ""],
      ["const", "/fixed"],
      ["pattern", "/n"],
      ["type", "/tag"],
      ["format", "/t"],
    ]);
    const headers = ajv.getSchema("urn:smithy-contract:ex:Op.input.headers")!;
    expect(headers({ "x-json": "eyJhIjoxfQ==", "if-modified-since": "Tue, 29 Apr 2014 18:30:38 GMT", "x-meta-a": "b", "user-agent": "sdk" })).toBe(true);
    expect(headers({ "x-json": "{}", "x-flag": "TRUE", "x-meta-a": 1 })).toBe(false);
    expect(headers.errors?.map((e) => [e.keyword, e.instancePath])).toEqual([
      ["enum", "/x-flag"],
      ["pattern", "/x-json"],
      ["type", "/x-meta-a"],
    ]);
  });
});

describe("awsJson services get no per-part files", () => {
  it("only the document schemas", () => {
    const files = fragmentFiles({ a: { target: `${S}String`, traits: { [`${S}httpHeader`]: "X-A" } } }, {}, { operation: { traits: http("POST", "/") } });
    expect(Object.keys(files)).toEqual(["schemas/Op.input.schema.json", "schemas/Op.output.schema.json"]);
  });
});
