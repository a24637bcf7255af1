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
 * A request body over the size a service reads (request-limits.ts), as AWS services name it
 * (Lambda's `RequestEntityTooLargeException`, HTTP 413 Content Too Large).
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14
 */
export const REQUEST_ENTITY_TOO_LARGE: FrameworkError = { name: "RequestEntityTooLargeException", shapeId: "com.amazon.coral.service#RequestEntityTooLargeException", status: 413 };
/**
 * Request headers over the size a service reads (request-limits.ts): HTTP 431 Request Header
 * Fields Too Large, named in the same form.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-5
 */
export const REQUEST_HEADER_FIELDS_TOO_LARGE: FrameworkError = { name: "RequestHeaderFieldsTooLargeException", shapeId: "com.amazon.coral.service#RequestHeaderFieldsTooLargeException", status: 431 };

/**
 * Not an AWS error: what a mock answers (status 500, `$fault: "server"` in the SDK) when the answer
 * it was about to send breaks the contract, so that the client call in the test fails with the
 * violation's message.
 */
export const CONTRACT_VIOLATION: FrameworkError = { name: "ContractViolation", shapeId: "smithy.contract#ContractViolation", status: 500 };

/**
 * The common errors every AWS service may answer whatever the model says (authentication,
 * throttling, outages): names as AWS documents them in "Common Errors". A recording that holds
 * one is not a contract violation.
 *
 * @see https://docs.aws.amazon.com/general/latest/gr/api-retries.html
 */
export const COMMON_ERROR_NAMES: readonly string[] = [
  "AccessDeniedException",
  "ExpiredTokenException",
  "IncompleteSignature",
  "InternalFailure",
  "InvalidAction",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "MissingAuthenticationTokenException",
  "NotAuthorized",
  "OptInRequired",
  "RequestExpired",
  "ServiceUnavailable",
  "ThrottlingException",
  "UnrecognizedClientException",
  "ValidationError",
];

/** Whether `name` (sanitized) is an error AWS answers without modeling it: a framework or common error. */
export function isUnmodeledAwsError(name: string): boolean {
  return [VALIDATION_EXCEPTION, SERIALIZATION_EXCEPTION, UNKNOWN_OPERATION_EXCEPTION, REQUEST_ENTITY_TOO_LARGE, REQUEST_HEADER_FIELDS_TOO_LARGE].some((e) => e.name === name) || COMMON_ERROR_NAMES.includes(name);
}
