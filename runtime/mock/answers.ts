/**
 * The modeled errors a test answers with: a resolver's `ctx.error(name, body)`, and the lookup that
 * refuses an error the operation does not model. (How an answer is written is its protocol's:
 * runtime/protocol/.)
 */
import type { ErrorContract, OperationContract } from "../contract.ts";

/** A modeled error a resolver answers with (made by `ctx.error(name, body)`). */
export class ErrorAnswer {
  constructor(
    readonly name: string,
    /** Message and members, in SDK or wire form. */
    readonly body: object = {},
  ) {}
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
