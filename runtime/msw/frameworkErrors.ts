/**
 * The framework errors the mock answers with (defined with the wire rules, in
 * runtime/protocol/framework-errors.ts), and the mock's own ContractViolation.
 */
import type { FrameworkError } from "../protocol/framework-errors.ts";

export { SERIALIZATION_EXCEPTION, UNKNOWN_OPERATION_EXCEPTION, VALIDATION_EXCEPTION, type FrameworkError } from "../protocol/framework-errors.ts";

/**
 * Not an AWS error: what the mock answers (status 500, `$fault: "server"` in the SDK) when the
 * answer it was about to send breaks the contract, so that the client call in the test fails with
 * the violation's message.
 */
export const CONTRACT_VIOLATION: FrameworkError = { name: "ContractViolation", shapeId: "smithy.contract#ContractViolation", status: 500 };
