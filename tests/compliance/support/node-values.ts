/**
 * Smithy node values (a compliance case's `params`) in SDK form: the typed values an
 * `@aws-sdk/client-*` client hands its caller and takes from it — a `Date` for a timestamp, a
 * `Uint8Array` for a blob, a number (`NaN`, `±Infinity` included) for a float, a `bigint` for a
 * bigInteger, the SDK's `NumericValue` for a bigDecimal. SDK form has one value per meaning, so two
 * wire spellings of one instant (`1.5` and `1.500`, a date-time with or without `.000`) compare
 * equal in it while a different instant, byte or number does not.
 *
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html#parameter-format
 */
import type { Shape } from "../../../codegen/model/shapes.ts";
import { parseTimestamp } from "../../../runtime/protocol/timestamp.ts";

/**
 * The SDK form of node value `value` of shape `shape`. A timestamp's node value is epoch seconds or
 * a date-time string; a blob's is its bytes as UTF-8 text; a float's may be `"NaN"`, `"Infinity"`
 * or `"-Infinity"`. `null` stays `null` (a sparse collection's item).
 *
 * @example sdkValue({ at: 1.5 }, structureWithTimestampAt) // { at: new Date(1500) }
 */
export function sdkValue(value: unknown, shape: Shape): unknown {
  if (value === null || value === undefined) return value;
  switch (shape.kind) {
    case "timestamp":
      return typeof value === "number" ? parseTimestamp(value, "epoch-seconds") : parseTimestamp(value, "date-time");
    case "blob":
      return new TextEncoder().encode(expect(value, "string", shape));
    case "float":
    case "double":
      return typeof value === "string" ? special(value, shape) : expect(value, "number", shape);
    case "bigInteger":
      return BigInt(expect(value, "number", shape));
    case "bigDecimal":
      return { string: String(expect(value, "number", shape)), type: "bigDecimal" };
    case "list":
      return arrayOf(value, shape).map((v) => sdkValue(v, shape.member.target));
    case "map":
      return mapEntries(objectOf(value, shape), (v) => sdkValue(v, shape.value.target));
    case "structure":
    case "union": {
      const members = new Map(shape.members.map((m) => [m.name, m.target]));
      return mapEntries(objectOf(value, shape), (v, key) => {
        const target = members.get(key);
        if (target === undefined) throw new TypeError(`${shape.id} has no member ${key}`);
        return sdkValue(v, target);
      });
    }
    case "boolean":
    case "string":
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "document":
    case "enum":
    case "intEnum":
    case "unit":
      return value;
    case "operation":
    case "resource":
    case "service":
      throw new TypeError(`${shape.id} is a ${shape.kind}, not a value's shape`);
  }
}

function special(value: string, shape: Shape): number {
  switch (value) {
    case "NaN":
      return NaN;
    case "Infinity":
      return Infinity;
    case "-Infinity":
      return -Infinity;
  }
  throw new TypeError(`${shape.id}: ${JSON.stringify(value)} is not a float's node value`);
}

function expect<T extends "string" | "number">(value: unknown, type: T, shape: Shape): T extends "string" ? string : number {
  if (typeof value !== type) throw new TypeError(`${shape.id}: a ${typeof value} is not a ${shape.kind}'s node value`);
  return value as T extends "string" ? string : number;
}

function arrayOf(value: unknown, shape: Shape): readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${shape.id}: a ${shape.kind}'s node value is an array`);
  return value;
}

function objectOf(value: unknown, shape: Shape): Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new TypeError(`${shape.id}: a ${shape.kind}'s node value is an object`);
  return value as Record<string, unknown>;
}

/** An object with each value converted; keys defined as own data properties (a key may be `__proto__`). */
function mapEntries(value: Readonly<Record<string, unknown>>, convert: (v: unknown, key: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) Object.defineProperty(out, key, { value: convert(v, key), enumerable: true, writable: true, configurable: true });
  return out;
}
