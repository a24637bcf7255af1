/**
 * The errors every AWS JSON service can answer without modeling them: they come from the service
 * framework (Coral), not the model. awsJson1_0 services name them by these shape ids, awsJson1_1
 * services by the bare name (`wireErrorType` decides).
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html#operation-error-serialization
 */

/** A framework error: name, shape id (as awsJson1_0 services send it), status. */
export interface FrameworkError {
  readonly name: string;
  readonly shapeId: string;
  readonly status: number;
}

/** Constraint violations (required, length, pattern, range, enum). */
export const VALIDATION_EXCEPTION: FrameworkError = { name: "ValidationException", shapeId: "com.amazon.coral.validate#ValidationException", status: 400 };
/** A body that is not JSON, or a value of the wrong JSON type or form. */
export const SERIALIZATION_EXCEPTION: FrameworkError = { name: "SerializationException", shapeId: "com.amazon.coral.service#SerializationException", status: 400 };
/** An `X-Amz-Target` (or Content-Type) that names no operation of the service. */
export const UNKNOWN_OPERATION_EXCEPTION: FrameworkError = { name: "UnknownOperationException", shapeId: "com.amazon.coral.service#UnknownOperationException", status: 400 };

/**
 * Not an AWS error: what the mock answers (status 500, `$fault: "server"` in the SDK) when the
 * answer it was about to send breaks the contract, so that the client call in the test fails with
 * the violation's message.
 */
export const CONTRACT_VIOLATION: FrameworkError = { name: "ContractViolation", shapeId: "smithy.contract#ContractViolation", status: 500 };
