/**
 * DescribeDatasetImportJob inputs with exactly one thing wrong, each with what the strict input
 * schema says of it and what a service answers (AWS's framework errors, in the forms the runtime's
 * header documents): a valid input is drawn, then one constraint of `datasetImportJobArn` is broken.
 *
 * @see ../../../runtime/msw/rejection.ts for the message forms
 */
import { fc } from "@fast-check/vitest";
import { operations, wire } from "../../../generated/personalize/arbitraries.ts";
import type { SchemaError } from "./schemas.ts";
import { charOutside, dotChar, tooLong, unknownMemberName, withLineTerminator } from "./strings.ts";

export const ARN_PATTERN = "^arn:([a-z\\d-]+):personalize:.*:.*:.+$";

/** What the service answers: a framework error by name and its exact message; undefined when it accepts the input. */
export interface ExpectedRejection {
  readonly error: "ValidationException" | "SerializationException";
  readonly message: string;
}

export interface InputMutation {
  readonly kind: string;
  /** The input as sent (to `fetch` as JSON, or to the SDK client): a valid input with one thing changed. */
  readonly input: Readonly<Record<string, unknown>>;
  /** The one error of the strict input schema. */
  readonly schema: SchemaError;
  readonly rejection: ExpectedRejection | undefined;
}

const arn = wire.Arn as fc.Arbitrary<string>;
const input = operations.DescribeDatasetImportJob.input.wire as fc.Arbitrary<Record<string, unknown>>;
const AT = "/datasetImportJobArn";

/** `1 validation error detected: Value 'x' at 'datasetImportJobArn' failed to satisfy constraint: Member must …`. */
function violation(value: string | null, constraint: string): ExpectedRejection {
  const shown = value === null ? "null" : `'${value}'`;
  return { error: "ValidationException", message: `1 validation error detected: Value ${shown} at 'datasetImportJobArn' failed to satisfy constraint: Member must ${constraint}` };
}

function serialization(message: string): ExpectedRejection {
  return { error: "SerializationException", message };
}

function arnMutation(kind: string, value: unknown, schema: SchemaError, rejection: ExpectedRejection): InputMutation {
  return { kind, input: { datasetImportJobArn: value }, schema, rejection };
}

/** Breaks `@pattern` only: a line terminator in place of any code point, a first letter other than `a`, another service. */
export const arnBreakingPattern: fc.Arbitrary<string> = fc.oneof(
  withLineTerminator(arn),
  fc.tuple(arn, charOutside(/^a$/, "A")).map(([value, first]) => first + value.slice(1)),
  fc.tuple(arn, fc.constantFrom("personalise", "Personalize", "s3", "")).map(([value, service]) => value.replace(/^(arn:[a-z\d-]+:)personalize:/, (_, head: string) => `${head}${service}:`)),
);

/** Breaks `@length(max: 256)` only: a valid ARN padded with characters `.*` and `.+` still match. */
export const arnTooLong: fc.Arbitrary<string> = tooLong(arn, 256, dotChar);

/** Inputs the service rejects, each breaking one thing; all of them can be sent through the SDK client too. */
export const invalidInputs: fc.Arbitrary<InputMutation> = fc.oneof(
  arnTooLong.map((v) => arnMutation("too long", v, { keyword: "maxLength", instancePath: AT }, violation(v, "have length less than or equal to 256"))),
  arnBreakingPattern.map((v) => arnMutation("pattern", v, { keyword: "pattern", instancePath: AT }, violation(v, `satisfy regular expression pattern: ${ARN_PATTERN}`))),
  fc.constant<InputMutation>({ kind: "missing", input: {}, schema: { keyword: "required", instancePath: "", member: "datasetImportJobArn" }, rejection: violation(null, "not be null") }),
  // A null member is absent to the service, but not a string to the schema.
  fc.constant(arnMutation("null", null, { keyword: "type", instancePath: AT }, violation(null, "not be null"))),
  fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).map((v) => arnMutation("number", v, { keyword: "type", instancePath: AT }, serialization("NUMBER_VALUE can not be converted to a String"))),
  fc.boolean().map((v) => arnMutation("boolean", v, { keyword: "type", instancePath: AT }, serialization(`${v ? "TRUE" : "FALSE"}_VALUE can not be converted to a String`))),
  fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }).map((v) => arnMutation("structure", v, { keyword: "type", instancePath: AT }, serialization("Start of structure or map found where not expected"))),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }).map((v) => arnMutation("list", v, { keyword: "type", instancePath: AT }, serialization("Start of list found where not expected"))),
);

/** A valid input plus a member the model does not have: the strict schema refuses it, a service drops it. */
export const inputWithUnknownMember: fc.Arbitrary<InputMutation> = fc
  .tuple(input, unknownMemberName, fc.jsonValue({ maxDepth: 2 }))
  .map(([valid, name, value]) => ({ kind: "unknown member", input: { ...valid, [name]: value }, schema: { keyword: "additionalProperties", instancePath: "", member: name }, rejection: undefined }));

export const inputMutations: fc.Arbitrary<InputMutation> = fc.oneof({ arbitrary: invalidInputs, weight: 8 }, { arbitrary: inputWithUnknownMember, weight: 1 });
