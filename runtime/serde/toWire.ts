/**
 * SDK form → wire form: turns a value typed like `@aws-sdk/client-*`'s (Dates, Uint8Arrays,
 * bigints, unions' `$unknown`) into the JSON the awsJson protocol sends, guided by the wire schema
 * where the JavaScript value alone does not say which form to write (a Date's timestamp format).
 * Values already in wire form pass through unchanged, so SDK and wire forms may be mixed freely.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#shape-serialization
 */
import type { JsonSchema } from "../contract.ts";
import { encodeBase64, encodeFloat, formatTimestamp } from "../protocol/awsjson.ts";
import { defineOwn } from "../validation/pointer.ts";
import { isStructureSchema, itemSchema, memberSchema, schemaTypes, timestampFormatOfSchema, type SchemaNode } from "../validation/schema.ts";

/**
 * The wire form of `value` for `schema` (the root schema of a body, `$defs` inside).
 *
 * - `Date` → epoch seconds, or the date-time / http-date string the schema asks for;
 * - `Uint8Array` → base64; `bigint` → number; non-finite numbers → `"NaN"`, `"Infinity"`, `"-Infinity"`;
 * - a `NumericValue` (`{ string, type: "bigDecimal" }`) → number;
 * - a union's `{ $unknown: [name, value] }` → `{ [name]: value }`;
 * - `undefined` members and `null` structure members are dropped (the protocol never sends nulls
 *   in structures); `null` in lists and maps is kept (sparse collections);
 * - a top-level `$metadata` (a `CommandOutput` passed as an output) is dropped.
 *
 * @example toWire({ at: new Date(1500) }, { type: "object", properties: { at: { type: "number" } } }) // { at: 1.5 }
 */
export function toWire(value: unknown, schema: JsonSchema): unknown {
  if (isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, "$metadata")) {
    const { $metadata: _dropped, ...rest } = value;
    return convert(rest, schema, schema);
  }
  return convert(value, schema, schema);
}

function convert(value: unknown, node: SchemaNode | undefined, root: JsonSchema): unknown {
  if (value === null || value === undefined) return value;
  if (value instanceof Date) return formatTimestamp(value, timestampFormatOfSchema(node, root) ?? "epoch-seconds");
  if (value instanceof Uint8Array) return encodeBase64(value);
  switch (typeof value) {
    case "bigint":
      return Number(value);
    case "number":
      return encodeFloat(value);
    case "string":
    case "boolean":
      return value;
    case "object":
      break;
    default:
      throw new TypeError(`a ${typeof value} has no JSON wire form`);
  }
  if (Array.isArray(value)) {
    const items = node === undefined ? undefined : itemSchema(node, root);
    return value.filter((v) => v !== undefined).map((v) => convert(v, items, root));
  }
  const record = value as Record<string, unknown>;
  if (isNumericValue(record, node, root)) return Number(record.string);
  const structure = node !== undefined && isStructureSchema(node, root);
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(record)) {
    if (member === undefined || (member === null && structure)) continue;
    if (key === "$unknown" && structure && Array.isArray(member) && member.length === 2 && typeof member[0] === "string") {
      const name = member[0];
      defineOwn(out, name, convert(member[1], memberSchema(node, root, name), root));
      continue;
    }
    defineOwn(out, key, convert(member, node === undefined ? undefined : memberSchema(node, root, key), root));
  }
  return out;
}

/** `NumericValue` from `@smithy/core/serde`, the SDK's bigDecimal, where the schema wants a number. */
function isNumericValue(value: Record<string, unknown>, node: SchemaNode | undefined, root: JsonSchema): boolean {
  if (value.type !== "bigDecimal" || typeof value.string !== "string") return false;
  return node === undefined || schemaTypes(node, root).has("number");
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
}
