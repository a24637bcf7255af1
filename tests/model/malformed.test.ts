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
    text: model(svc({}, { "aws.protocols#restJson1": {} })),
    message: `${F}: ex#Svc: protocol aws.protocols#restJson1 is not supported (supported: aws.protocols#awsJson1_0, aws.protocols#awsJson1_1) (at /shapes/ex#Svc/traits)`,
  },
  {
    name: "no protocol",
    text: model(svc({}, {})),
    message: `${F}: ex#Svc: the service has no supported protocol trait (supported: aws.protocols#awsJson1_0, aws.protocols#awsJson1_1) (at /shapes/ex#Svc/traits)`,
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
    message: `${F}: ex#S: trait smithy.api#pattern is not a valid ECMAScript regular expression: Invalid regular expression: /^[a-/u: Unterminated character class (at /shapes/ex#S/traits/smithy.api#pattern)`,
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
  {
    name: "member name that is not an identifier",
    text: model({ ...svc(), "ex#In": { type: "structure", members: { "a-b": { target: "smithy.api#String" } } } }),
    message: `${F}: ex#In: member name "a-b" is not a valid identifier (at /shapes/ex#In/members/a-b)`,
  },
];

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
