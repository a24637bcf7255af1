/**
 * Answers on the awsJson wire: successful outputs and errors, every one with the protocol's
 * Content-Type and an `x-amzn-requestid`; errors named in both the body's `__type` and the
 * `X-Amzn-Errortype` header (SDK versions differ in which they read first).
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization
 */
import type { AwsJsonProtocol, ErrorContract, OperationContract } from "../contract.ts";
import { contentType, ERROR_TYPE_FIELD, ERROR_TYPE_HEADER, REQUEST_ID_HEADER, wireErrorType, type FrameworkError } from "../protocol/awsjson.ts";
import { toWire } from "../serde/toWire.ts";
import { memberSchema } from "../validation/schema.ts";

/** A modeled error a resolver answers with (made by `ctx.error(name, body)`). */
export class ErrorAnswer {
  constructor(
    readonly name: string,
    /** Message and members, in SDK or wire form. */
    readonly body: object = {},
  ) {}
}

/**
 * A 200 answer with a wire-form output body; empty for an operation whose output is `Unit` (no
 * output structure at all), as services answer it (compliance: `AwsJson10ServiceRespondsWithNoPayload`,
 * `json_1_1_service_responds_with_no_payload`). An empty output structure is still `{}`.
 */
export function outputResponse(protocol: AwsJsonProtocol, requestId: string, body: unknown, operation?: OperationContract): Response {
  const unit = operation?.plans?.output.method === "unit";
  return new Response(unit ? "" : JSON.stringify(body), {
    status: 200,
    headers: { "Content-Type": contentType(protocol), [REQUEST_ID_HEADER]: requestId },
  });
}

/** An error answer: `body` already carries `__type`. */
export function errorResponse(protocol: AwsJsonProtocol, requestId: string, status: number, body: Readonly<Record<string, unknown>>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": contentType(protocol), [REQUEST_ID_HEADER]: requestId, [ERROR_TYPE_HEADER]: String(body[ERROR_TYPE_FIELD]) },
  });
}

/** The body of a framework error (`ValidationException`, ...) with its message. */
export function frameworkErrorBody(protocol: AwsJsonProtocol, error: FrameworkError, message: string): Record<string, unknown> {
  return { [ERROR_TYPE_FIELD]: wireErrorType(protocol, error.shapeId), message };
}

/**
 * The wire body of a modeled error: `__type` first, then the message and members converted to wire
 * form. The SDK's exception classes always say `message`; when the model's member is `Message`
 * the value moves there.
 */
export function modeledErrorBody(protocol: AwsJsonProtocol, error: ErrorContract, body: object): Record<string, unknown> {
  const wire = (toWire(body, error.schema) ?? {}) as Record<string, unknown>;
  const schema = error.schema;
  if ("message" in wire && memberSchema(schema, schema, "message") === undefined && memberSchema(schema, schema, "Message") !== undefined) {
    const { message, ...rest } = wire;
    return { [ERROR_TYPE_FIELD]: wireErrorType(protocol, error.shapeId), Message: message, ...rest };
  }
  return { [ERROR_TYPE_FIELD]: wireErrorType(protocol, error.shapeId), ...wire };
}

/**
 * The modeled error `name` of an operation; throws a `TypeError` listing the modeled ones when the
 * operation does not model it (a typo in a test should not become a silent 500).
 */
export function modeledError(operation: OperationContract, name: string): ErrorContract {
  const error = Object.prototype.hasOwnProperty.call(operation.errors, name) ? operation.errors[name] : undefined;
  if (error === undefined) {
    const known = Object.keys(operation.errors).sort();
    throw new TypeError(`${operation.name} does not model the error ${name}; it models ${known.length === 0 ? "none" : known.join(", ")}`);
  }
  return error;
}
