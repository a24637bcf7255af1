/**
 * The members of a modeled error's document, whatever the protocol: in wire form, `@default`s
 * filled in, and with the message under the name the model gives it. The SDK's exception classes always say `message`;
 * when the model's member is `Message`, the value moves there.
 */
import type { ErrorContract } from "../contract.ts";
import { readLeniently } from "../serde/lenient.ts";
import { toWire } from "../serde/toWire.ts";
import { memberSchema } from "../validation/schema.ts";

/**
 * `members` (SDK or wire form) as the error's wire members.
 *
 * @example errorMembers(invalidGreeting, { message: "Hi" }) // { Message: "Hi" } (the model says `Message`)
 */
export function errorMembers(error: ErrorContract, members: Readonly<Record<string, unknown>>): Record<string, unknown> {
  // The `@default` of every member left out is filled in, as for an output: a Smithy server
  // serializes defaults (GreengrassV2's InternalServerException sends `Retry-After: 0`, which the
  // client reads as retryAfterSeconds). https://smithy.io/2.0/spec/type-refinement-traits.html#default-value-serialization
  const wire = readLeniently(toWire(members, error.schema) ?? {}, error.schema) as Record<string, unknown>;
  const schema = error.schema;
  if ("message" in wire && memberSchema(schema, schema, "message") === undefined && memberSchema(schema, schema, "Message") !== undefined) {
    const { message, ...rest } = wire;
    return { Message: message, ...rest };
  }
  return wire;
}
