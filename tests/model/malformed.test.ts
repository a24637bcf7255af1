import { describe, expect, it } from "vitest";
import { closure, selectService } from "../../codegen/model/closure.ts";
import { ModelError } from "../../codegen/model/errors.ts";
import { loadModelText } from "../../codegen/model/load.ts";

const F = "bad.json";
const svc = (extra: Record<string, unknown> = {}, traits: Record<string, unknown> = { "aws.protocols#awsJson1_1": {} }) => ({
  "ex#Svc": { type: "service", version: "1", operations: [{ target: "ex#Op" }], traits, ...extra },
  "ex#Op": { type: "operation", input: { target: "ex#In" } },
  "ex#In": { type: "structure", members: { a: { target: "smithy.api#String" } } },
});
const model = (shapes: Record<string, unknown>) => JSON.stringify({ smithy: "2.0", shapes });

/** Each broken model and the exact message a user sees. */
const cases: { name: string; text: string; message: string }[] = [
  { name: "not JSON", text: "{ smithy: 2", message: `${F}: not valid JSON: Expected property name or '}' in JSON at position 2 (line 1, column 3)` },
  { name: "not an object", text: "[]", message: `${F}: a Smithy JSON AST must be a JSON object (at /)` },
  { name: "missing version", text: JSON.stringify({ shapes: {} }), message: `${F}: missing "smithy" version string (at /smithy)` },
  { name: "unsupported version", text: JSON.stringify({ smithy: "3.0", shapes: {} }), message: `${F}: unsupported Smithy version "3.0" (supported: 1.0, 2.0) (at /smithy)` },
  {
    name: "unknown shape type",
    text: model({ ...svc(), "ex#X": { type: "strang" } }),
    message: `${F}: ex#X: unknown shape type "strang" (at /shapes/ex#X/type)`,
  },
  {
    name: "invalid shape id",
    text: model({ ...svc(), "ex#Bad-Name": { type: "string" } }),
    message: `${F}: ex#Bad-Name: not a valid absolute shape id (namespace#Name) (at /shapes/ex#Bad-Name)`,
  },
  {
    name: "dangling target",
    text: model({ ...svc(), "ex#In": { type: "structure", members: { a: { target: "ex#Missing" } } } }),
    message: `${F}: ex#In$a: target ex#Missing does not exist (at /shapes/ex#In/members/a/target)`,
  },
  {
    name: "member on a non-aggregate",
    text: model({ ...svc(), "ex#S": { type: "string", members: { a: { target: "smithy.api#String" } } } }),
    message: `${F}: ex#S: a string shape cannot have "members" (at /shapes/ex#S/members)`,
  },
  {
    name: "list without member",
    text: model({ ...svc(), "ex#L": { type: "list" } }),
    message: `${F}: ex#L: a list shape must have "member" (at /shapes/ex#L)`,
  },
  {
    name: "operation missing from the model",
    text: model({ ...svc({ operations: [{ target: "ex#Op" }, { target: "ex#Gone" }] }) }),
    message: `${F}: ex#Svc: operation ex#Gone does not exist (at /shapes/ex#Svc/operations/1/target)`,
  },
  {
    name: "target is an operation",
    text: model({ ...svc(), "ex#In": { type: "structure", members: { a: { target: "ex#Op" } } } }),
    message: `${F}: ex#In$a: target ex#Op is an operation, not a data shape (at /shapes/ex#In/members/a/target)`,
  },
  {
    name: "unsupported protocol",
    text: model(svc({}, { "aws.protocols#restXml": {} })),
    message: `${F}: ex#Svc: protocol aws.protocols#restXml is not supported (supported: aws.protocols#restJson1, aws.protocols#awsJson1_0, aws.protocols#awsJson1_1) (at /shapes/ex#Svc/traits)`,
  },
  {
    name: "no protocol",
    text: model(svc({}, {})),
    message: `${F}: ex#Svc: the service has no supported protocol trait (supported: aws.protocols#restJson1, aws.protocols#awsJson1_0, aws.protocols#awsJson1_1) (at /shapes/ex#Svc/traits)`,
  },
  {
    name: "error without @error",
    text: model({ ...svc(), "ex#Op": { type: "operation", errors: [{ target: "ex#In" }] } }),
    message: `${F}: ex#Op: error ex#In has no @error trait (at /shapes/ex#Op/errors/0/target)`,
  },
  {
    name: "bad length trait",
    text: model({ ...svc(), "ex#S": { type: "string", traits: { "smithy.api#length": { min: 5, max: 2 } } } }),
    message: `${F}: ex#S: trait smithy.api#length min 5 is greater than max 2 (at /shapes/ex#S/traits/smithy.api#length)`,
  },
  {
    name: "bad pattern",
    text: model({ ...svc(), "ex#S": { type: "string", traits: { "smithy.api#pattern": "^[a-" } } }),
    message: `${F}: ex#S: trait smithy.api#pattern is not a valid regular expression (java.util.regex): Illegal character range near index 4 (at /shapes/ex#S/traits/smithy.api#pattern)`,
  },
  {
    name: "bad timestamp format",
    text: model({ ...svc(), "ex#T": { type: "timestamp", traits: { "smithy.api#timestampFormat": "unix" } } }),
    message: `${F}: ex#T: trait smithy.api#timestampFormat must be one of epoch-seconds, date-time, http-date (at /shapes/ex#T/traits/smithy.api#timestampFormat)`,
  },
  {
    name: "mixin cycle",
    text: model({
      ...svc(),
      "ex#A": { type: "structure", mixins: [{ target: "ex#B" }], members: {}, traits: { "smithy.api#mixin": {} } },
      "ex#B": { type: "structure", mixins: [{ target: "ex#A" }], members: {}, traits: { "smithy.api#mixin": {} } },
    }),
    message: `${F}: ex#A: mixins form a cycle (at /shapes/ex#A/mixins)`,
  },
  {
    name: "enum member with a target other than Unit",
    text: model({ ...svc(), "ex#E": { type: "enum", members: { A: { target: "smithy.api#String" } } } }),
    message: `${F}: ex#E$A: enum members must target smithy.api#Unit (at /shapes/ex#E/members/A/target)`,
  },
  {
    name: "sdkId that cannot name a folder",
    text: model(svc({}, { "aws.protocols#awsJson1_1": {}, "aws.api#service": { sdkId: "!!" } })),
    message: `${F}: ex#Svc: aws.api#service sdkId "!!" has no letter or digit to name the service by (at /shapes/ex#Svc/traits/aws.api#service/sdkId)`,
  },
  ...traitCases(),
  {
    name: "member name that is not an identifier",
    text: model({ ...svc(), "ex#In": { type: "structure", members: { "a-b": { target: "smithy.api#String" } } } }),
    message: `${F}: ex#In: member name "a-b" is not a valid identifier (at /shapes/ex#In/members/a-b)`,
  },
];

/** A malformed value of a typed trait: on the operation (`ex#Op`), the service (`ex#Svc`) or a string (`ex#S`). */
function traitCases(): { name: string; text: string; message: string }[] {
  const onOp = (traits: Record<string, unknown>) => model({ ...svc(), "ex#Op": { type: "operation", input: { target: "ex#In" }, traits } });
  const onSvc = (traits: Record<string, unknown>) => model(svc({}, { "aws.protocols#awsJson1_1": {}, ...traits }));
  const onMember = (traits: Record<string, unknown>) => model({ ...svc(), "ex#In": { type: "structure", members: { a: { target: "smithy.api#String", traits } } } });
  const at = (shape: string, trait: string, ...path: string[]) => `(at /shapes/${shape}/traits/${[trait, ...path].join("/")})`;
  const member = (trait: string) => `(at /shapes/ex#In/members/a/traits/${trait})`;
  return [
    {
      name: "@http without uri",
      text: onOp({ "smithy.api#http": { method: "GET" } }),
      message: `${F}: ex#Op: trait smithy.api#http uri must be a non-empty string ${at("ex#Op", "smithy.api#http", "uri")}`,
    },
    {
      name: "@http uri not absolute",
      text: onOp({ "smithy.api#http": { method: "GET", uri: "things" } }),
      message: `${F}: ex#Op: trait smithy.api#http uri "things" must start with "/" ${at("ex#Op", "smithy.api#http", "uri")}`,
    },
    {
      name: "@http code out of range",
      text: onOp({ "smithy.api#http": { method: "GET", uri: "/", code: 42 } }),
      message: `${F}: ex#Op: trait smithy.api#http code must be an integer from 100 to 999 ${at("ex#Op", "smithy.api#http", "code")}`,
    },
    {
      name: "@http not an object",
      text: onOp({ "smithy.api#http": "GET /" }),
      message: `${F}: ex#Op: trait smithy.api#http must be an object with method and uri ${at("ex#Op", "smithy.api#http")}`,
    },
    {
      name: "@httpQuery empty",
      text: onMember({ "smithy.api#httpQuery": "" }),
      message: `${F}: ex#In$a: trait smithy.api#httpQuery must be a non-empty string ${member("smithy.api#httpQuery")}`,
    },
    {
      name: "@httpHeader not a string",
      text: onMember({ "smithy.api#httpHeader": 5 }),
      message: `${F}: ex#In$a: trait smithy.api#httpHeader must be a non-empty string ${member("smithy.api#httpHeader")}`,
    },
    {
      name: "@jsonName not a string",
      text: onMember({ "smithy.api#jsonName": ["a"] }),
      message: `${F}: ex#In$a: trait smithy.api#jsonName must be a string ${member("smithy.api#jsonName")}`,
    },
    {
      name: "@endpoint without hostPrefix",
      text: onOp({ "smithy.api#endpoint": {} }),
      message: `${F}: ex#Op: trait smithy.api#endpoint hostPrefix must be a non-empty string ${at("ex#Op", "smithy.api#endpoint", "hostPrefix")}`,
    },
    {
      name: "@paginated with an empty items",
      text: onOp({ "smithy.api#paginated": { items: "" } }),
      message: `${F}: ex#Op: trait smithy.api#paginated items must be a non-empty string ${at("ex#Op", "smithy.api#paginated", "items")}`,
    },
    {
      name: "@examples not an array",
      text: onOp({ "smithy.api#examples": { title: "one" } }),
      message: `${F}: ex#Op: trait smithy.api#examples must be an array of examples ${at("ex#Op", "smithy.api#examples")}`,
    },
    {
      name: "@examples entry without a title",
      text: onOp({ "smithy.api#examples": [{ title: "ok" }, { input: {} }] }),
      message: `${F}: ex#Op: trait smithy.api#examples example 1 title must be a string ${at("ex#Op", "smithy.api#examples", "1", "title")}`,
    },
    {
      name: "@examples error with a bad shape id",
      text: onOp({ "smithy.api#examples": [{ title: "ok", error: { shapeId: "Oops", content: {} } }] }),
      message: `${F}: ex#Op: trait smithy.api#examples example 0 error shapeId must be an absolute shape id ${at("ex#Op", "smithy.api#examples", "0", "error", "shapeId")}`,
    },
    {
      name: "@examples input not an object",
      text: onOp({ "smithy.api#examples": [{ title: "ok", input: [] }] }),
      message: `${F}: ex#Op: trait smithy.api#examples example 0 input must be an object ${at("ex#Op", "smithy.api#examples", "0", "input")}`,
    },
    {
      name: "protocol trait with a bad http list",
      text: onSvc({ "aws.protocols#awsJson1_1": { http: "h2" } }),
      message: `${F}: ex#Svc: trait aws.protocols#awsJson1_1 http must be an array of strings ${at("ex#Svc", "aws.protocols#awsJson1_1", "http")}`,
    },
    {
      name: "restJson1 with a bad eventStreamHttp list (read before the protocol is refused)",
      text: onSvc({ "aws.protocols#restJson1": { eventStreamHttp: [2] } }),
      message: `${F}: ex#Svc: trait aws.protocols#restJson1 eventStreamHttp must be an array of strings ${at("ex#Svc", "aws.protocols#restJson1", "eventStreamHttp")}`,
    },
    {
      name: "aws.api#service without sdkId",
      text: onSvc({ "aws.api#service": { endpointPrefix: "ex" } }),
      message: `${F}: ex#Svc: trait aws.api#service sdkId must be a string ${at("ex#Svc", "aws.api#service", "sdkId")}`,
    },
    {
      name: "aws.api#service arnNamespace not a string",
      text: onSvc({ "aws.api#service": { sdkId: "Ex", arnNamespace: 1 } }),
      message: `${F}: ex#Svc: trait aws.api#service arnNamespace must be a string ${at("ex#Svc", "aws.api#service", "arnNamespace")}`,
    },
    {
      name: "aws.auth#sigv4 without name",
      text: onSvc({ "aws.auth#sigv4": {} }),
      message: `${F}: ex#Svc: trait aws.auth#sigv4 name must be a non-empty string ${at("ex#Svc", "aws.auth#sigv4", "name")}`,
    },
    {
      name: "resource identifier that targets nothing",
      text: model({
        ...svc({ resources: [{ target: "ex#Thing" }] }),
        "ex#Thing": { type: "resource", identifiers: { thingId: { target: "ex#Gone" } } },
      }),
      message: `${F}: ex#Thing: target ex#Gone does not exist (at /shapes/ex#Thing/identifiers/thingId/target)`,
    },
    {
      name: "resource property that targets an operation",
      text: model({
        ...svc({ resources: [{ target: "ex#Thing" }] }),
        "ex#Thing": { type: "resource", properties: { op: { target: "ex#Op" } } },
      }),
      message: `${F}: ex#Thing: target ex#Op is an operation, not a data shape (at /shapes/ex#Thing/properties/op/target)`,
    },
  ];
}

describe("malformed models fail with a message naming the file, shape and pointer", () => {
  it.each(cases)("$name", ({ text, message }) => {
    let error: unknown;
    try {
      loadModelText(text, F);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelError);
    expect((error as Error).message).toBe(message);
  });

  it("an operation the service does not have", () => {
    const m = loadModelText(model(svc()), F);
    expect(() => closure(m, selectService(m), ["Op", "Nope"])).toThrow(
      new ModelError(F, `the service has no operation "Nope"`, "ex#Svc"),
    );
  });

  it("a model with no service", () => {
    const m = loadModelText(model({ "ex#S": { type: "string" } }), F);
    expect(() => selectService(m)).toThrow(`${F}: the model defines no service`);
  });
});
