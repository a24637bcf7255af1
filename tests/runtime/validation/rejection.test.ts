/**
 * anyOf in the emitted schemas means "this JSON type or that one" (a float or its special strings,
 * a sparse item or null). A value of a branch's type that breaks that branch's constraints is a
 * ValidationException, as AWS answers; only a value of no branch's type is a SerializationException.
 */
import { describe, expect, it } from "vitest";
import { closure, selectService } from "../../../codegen/model/closure.ts";
import { loadModelText } from "../../../codegen/model/load.ts";
import { buildSchemas } from "../../../codegen/schema/index.ts";
import { rejectionOf } from "../../../runtime/validation/rejection.ts";
import { createAjv } from "../../../runtime/validation/ajv.ts";

const model = loadModelText(
  JSON.stringify({
    smithy: "2.0",
    shapes: {
      "ex#Svc": { type: "service", version: "1", operations: [{ target: "ex#Op" }], traits: { "aws.protocols#awsJson1_1": {} } },
      "ex#Op": { type: "operation", input: { target: "ex#In" } },
      "ex#In": {
        type: "structure",
        members: {
          f: { target: "ex#Ratio" },
          tags: { target: "ex#Tags" },
        },
      },
      "ex#Ratio": { type: "float", traits: { "smithy.api#range": { min: 0 } } },
      "ex#Tags": { type: "list", member: { target: "ex#Tag" }, traits: { "smithy.api#sparse": {} } },
      "ex#Tag": { type: "string", traits: { "smithy.api#length": { max: 3 } } },
    },
  }),
  "m.json",
);
const input = buildSchemas(closure(model, selectService(model))).find((e) => e.kind === "input")!.schema;
const validate = createAjv({ lenient: true }).compile(input);
const reject = (body: unknown) => (validate(body) ? undefined : rejectionOf(validate.errors ?? [], body, input as Record<string, unknown>));

describe("rejections through anyOf", () => {
  it.each([
    [{ f: -1 }, { kind: "validation", message: "1 validation error detected: Value '-1' at 'f' failed to satisfy constraint: Member must have value greater than or equal to 0" }],
    [{ tags: ["ok", null, "long"] }, { kind: "validation", message: "1 validation error detected: Value 'long' at 'tags.3.member' failed to satisfy constraint: Member must have length less than or equal to 3" }],
  ])("%j breaks a constraint of the branch of its type: ValidationException", (body, want) => {
    expect(reject(body)).toMatchObject(want);
  });

  it.each([[{ f: true }], [{ tags: [1] }]])("%j has the type of no branch: SerializationException", (body) => {
    expect(reject(body)?.kind).toBe("serialization");
  });

  it.each([[{ f: 0.5 }], [{ f: "Infinity" }], [{ tags: ["a", null] }]])("%j is valid", (body) => {
    expect(reject(body)).toBeUndefined();
  });
});
