/**
 * Which form a value given to a matcher is in, and its wire form. A value that is already JSON
 * (plain objects, arrays, strings, finite numbers, booleans, `null`) is the wire form and is
 * checked exactly as it is, as `smithy-contract validate` checks a parsed file; anything else is
 * SDK form (a `Date`, a `Uint8Array`, a `bigint`, an `undefined` member, `NaN`, a `NumericValue`,
 * a `CommandOutput`'s `$metadata`, a thrown `ServiceException`) and goes through the schema-guided
 * {@link toWire} first. Deciding on the whole value matters because `toWire` also drops `null`
 * structure members, which in a wire body are violations `validate` reports.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#shape-serialization
 */
import type { JsonSchema } from "../contract.ts";
import { ERROR_TYPE_FIELD } from "../protocol/awsjson.ts";
import { toWire } from "../serde/toWire.ts";

/**
 * The wire form of `value` for `schema`: the value itself when it is JSON, else its conversion
 * from SDK form. Never returns the value's own objects when it converts; may when it does not.
 *
 * @example wireForm({ datasetImportJob: { creationDateTime: new Date(1500) } }, outputSchema)
 * // { datasetImportJob: { creationDateTime: 1.5 } }
 */
export function wireForm(value: unknown, schema: JsonSchema): unknown {
  if (value instanceof Error) return toWire(errorBody(value), schema);
  const sdkMarked = isPlainObject(value) && Object.hasOwn(value, "$metadata");
  return !sdkMarked && isJson(value, []) ? value : toWire(value, schema);
}

/** SDK fields of a `ServiceException` that the error body never carried (`$fault`, `$metadata`, …). */
const EXCEPTION_FIELDS = new Set(["name", "message", "Message", "stack", "cause", ERROR_TYPE_FIELD]);

/**
 * The body an SDK exception was read from: `__type` from its `name`, `message`, and its other own
 * enumerable fields except the SDK's `$`-prefixed ones (the SDK copies body members it did not
 * model onto the exception, so those come back and are reported as unknown members).
 */
function errorBody(error: Error): Record<string, unknown> {
  const body: Record<string, unknown> = { [ERROR_TYPE_FIELD]: error.name };
  if (typeof error.message === "string" && error.message !== "") body.message = error.message;
  for (const [key, member] of Object.entries(error)) {
    if (key.startsWith("$") || EXCEPTION_FIELDS.has(key)) continue;
    body[key] = member;
  }
  return body;
}

/** True when `value` is JSON data as `JSON.parse` makes it. Throws a TypeError on a cycle. */
function isJson(value: unknown, ancestors: object[]): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    case "object":
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (ancestors.includes(value)) throw new TypeError("the value is cyclic: it has no JSON wire form");
  if (!Array.isArray(value) && !isPlainObject(value)) return false;
  ancestors.push(value);
  const ok = Array.isArray(value) ? value.every((v) => isJson(v, ancestors)) : Object.values(value).every((v) => isJson(v, ancestors));
  ancestors.pop();
  return ok;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
