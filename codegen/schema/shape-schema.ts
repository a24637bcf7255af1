/**
 * One shape's awsJson WIRE form as JSON Schema: what goes over HTTP, not the SDK's in-memory type
 * (timestamps are epoch-second numbers unless `@timestampFormat` says otherwise, blobs are base64
 * strings, floats may be "NaN"/"Infinity"/"-Infinity"). The wire rules themselves come from
 * `runtime/protocol/awsjson.ts`, which the mock runtime uses too.
 *
 * Unknown members: structures and unions say `additionalProperties: false`, so a strict validator
 * reports a misspelt member. A service ignores unknown members; the mock gets that behaviour from
 * the same schema by compiling it with `createAjv({ lenient: true })` (ajv's `removeAdditional`).
 * Unions put their members under `allOf` so that the "exactly one member" count runs after
 * `removeAdditional` has dropped unknown ones (ajv checks `minProperties`/`maxProperties` of a
 * schema before its `properties`, but after its `allOf`).
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#shape-serialization
 * @see https://smithy.io/2.0/spec/constraint-traits.html
 */
import {
  BASE64_PATTERN,
  FLOAT_SPECIALS,
  HTTP_DATE_PATTERN,
  base64LengthBounds,
  isBase64,
  formatTimestamp,
  parseTimestamp,
  timestampFormatOf,
} from "../../runtime/protocol/awsjson.ts";
import { assertNever } from "../model/shapes.ts";
import type { DataShape, Member, Traits } from "../model/shapes.ts";
import { record, sensitiveMark } from "./json-schema.ts";
import type { JsonSchema } from "./json-schema.ts";

/** How a schema refers to a shape that gets its own `$defs` entry, and names members. */
export interface Refs {
  /** `{ $ref: "#/$defs/<key>" }`, and the shape is scheduled for the file's `$defs`. */
  ref(shape: DataShape): JsonSchema;
  /**
   * The key a structure or union member has in the JSON object: its name (the document, awsJson),
   * or its `@jsonName` when it has one (a restJson1 body). Absent: the name.
   */
  readonly keyOf?: (member: Member) => string;
}

/** A member's key in the JSON object under `refs`. */
export function memberKey(member: Member, refs: Refs): string {
  return refs.keyOf === undefined ? member.name : refs.keyOf(member);
}

/**
 * Limits of the integer types (Smithy: two's complement of 8, 16, 32, 64 bits). The long maximum
 * 2^63-1 is not a double; it is written as the nearest double, 2^63, which is also what
 * `JSON.parse` makes of "9223372036854775807", so no JSON value can tell them apart.
 */
const INTEGER_LIMITS = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [-(2 ** 63), 2 ** 63],
} as const;

/** JavaScript's `Date` range, in epoch seconds: a number outside it cannot be read as a timestamp. */
const EPOCH_SECONDS_LIMIT = 8_640_000_000_000;

/**
 * The schema of `shape` under the constraint traits `traits`: the shape's own traits for its
 * `$defs` entry, a member's effective traits when the member overrides a constraint.
 */
export function shapeSchema(shape: DataShape, traits: Traits, refs: Refs): JsonSchema {
  switch (shape.kind) {
    case "blob":
      // @length counts decoded bytes; base64LengthBounds documents why the bounds are approximate.
      return { type: "string", pattern: BASE64_PATTERN, ...base64LengthBounds(traits.length ?? {}) };
    case "boolean":
      return { type: "boolean" };
    case "string":
      return stringSchema(traits, traits.enum?.map((d) => d.value));
    case "enum":
      return stringSchema(traits, shape.members.map((m) => m.value));
    case "intEnum":
      return { type: "integer", enum: shape.members.map((m) => m.value) };
    case "byte":
    case "short":
    case "integer":
    case "long": {
      const [min, max] = INTEGER_LIMITS[shape.kind];
      return {
        type: "integer",
        minimum: traits.range?.min === undefined ? min : Math.max(min, traits.range.min),
        maximum: traits.range?.max === undefined ? max : Math.min(max, traits.range.max),
      };
    }
    case "bigInteger":
      return { type: "integer", ...rangeOf(traits) };
    case "bigDecimal":
      return { type: "number", ...rangeOf(traits) };
    case "float":
    case "double":
      return floatSchema(traits);
    case "timestamp":
      return timestampSchema(traits);
    case "document":
      return {};
    case "list": {
      const items = elementSchema(shape.member, traits.sparse, refs);
      return {
        type: "array",
        items,
        ...(traits.length?.min !== undefined && { minItems: traits.length.min }),
        ...(traits.length?.max !== undefined && { maxItems: traits.length.max }),
        ...(traits.uniqueItems && { uniqueItems: true as const }),
      };
    }
    case "map": {
      const keys = memberSchema(shape.key, refs);
      return {
        type: "object",
        ...(!isUnconstrained(keys) && { propertyNames: keys }),
        additionalProperties: elementSchema(shape.value, traits.sparse, refs),
        ...(traits.length?.min !== undefined && { minProperties: traits.length.min }),
        ...(traits.length?.max !== undefined && { maxProperties: traits.length.max }),
      };
    }
    case "structure":
      return structureSchema(shape.members, refs);
    case "union":
      return {
        type: "object",
        allOf: [{ properties: record(shape.members.map((m) => [memberKey(m, refs), memberSchema(m, refs)])), additionalProperties: false }],
        minProperties: 1,
        maxProperties: 1,
      };
    case "unit":
      // A union member without a value is written as an empty object.
      return { type: "object", additionalProperties: false };
    default:
      return assertNever(shape, "shape kind");
  }
}

/** A structure's members as a closed object (keys by {@link memberKey}); `@required` members listed in model order. */
export function structureSchema(members: readonly Member[], refs: Refs): JsonSchema {
  const required = members.filter((m) => m.effective.required).map((m) => memberKey(m, refs));
  return {
    type: "object",
    ...(members.length > 0 && { properties: record(members.map((m) => [memberKey(m, refs), structureMemberSchema(m, refs)])) }),
    ...(required.length > 0 && { required }),
    additionalProperties: false,
  };
}

/**
 * A member's schema: a `$ref` to its target, or the target's schema inline when the target is a
 * prelude shape (prelude shapes get no `$defs` entry) or the member overrides a constraint of its
 * target (`@length`, `@range`, `@pattern`, `@timestampFormat` on the member win over the target's).
 */
export function memberSchema(member: Member, refs: Refs): JsonSchema {
  const target = member.target as DataShape;
  if (target.namespace === "smithy.api" || !sameConstraints(member.effective, target.traits)) {
    return { ...shapeSchema(target, member.effective, refs), ...sensitiveMark(member.effective.sensitive) };
  }
  // A `$ref`'d target says `x-smithy-sensitive` in its own `$defs` entry; only the member's own trait is added here.
  return { ...refs.ref(target), ...sensitiveMark(member.traits.sensitive) };
}

/** A structure member adds what only members carry: `deprecated` and the `@default` value, in wire form. */
export function structureMemberSchema(member: Member, refs: Refs): JsonSchema {
  const schema = memberSchema(member, refs);
  const wireDefault = defaultOf(member);
  return {
    ...schema,
    ...(member.traits.deprecated !== undefined && { deprecated: true as const }),
    ...(wireDefault !== undefined && { default: wireDefault }),
  };
}

/** A list item or map value: `null` allowed only in `@sparse` collections (documents admit null by themselves). */
function elementSchema(member: Member, sparse: boolean, refs: Refs): JsonSchema {
  const schema = memberSchema(member, refs);
  if (member.target.kind === "document") return sparse ? schema : { ...schema, not: { type: "null" } };
  return sparse ? { anyOf: [schema, { type: "null" }] } : schema;
}

/** A string under `traits` (`@length`, `@pattern`), restricted to `values` when it is an enum. */
export function stringSchema(traits: Traits, values: readonly string[] | undefined): JsonSchema {
  return {
    type: "string",
    ...(values !== undefined && { enum: [...values] }),
    ...(traits.length?.min !== undefined && { minLength: traits.length.min }),
    ...(traits.length?.max !== undefined && { maxLength: traits.length.max }),
    ...(traits.pattern !== undefined && { pattern: traits.pattern }),
    // The model's own (Java) text beside its ECMAScript translation, for messages that quote the model.
    ...(traits.pattern !== undefined && traits.patternSource !== undefined && traits.patternSource !== traits.pattern && { "x-smithy-pattern": traits.patternSource }),
  };
}

function rangeOf(traits: Traits): JsonSchema {
  return {
    ...(traits.range?.min !== undefined && { minimum: traits.range.min }),
    ...(traits.range?.max !== undefined && { maximum: traits.range.max }),
  };
}

/**
 * Floats and doubles: a JSON number, or one of the strings for the values JSON cannot carry. Under
 * `@range`, a special that falls outside is left out: "Infinity" when there is a max, "-Infinity"
 * when there is a min, "NaN" (which compares false with everything) when there is either.
 */
function floatSchema(traits: Traits): JsonSchema {
  const number: JsonSchema = { type: "number", ...rangeOf(traits) };
  const { min, max } = traits.range ?? {};
  const specials = FLOAT_SPECIALS.filter((s) =>
    s === "NaN" ? min === undefined && max === undefined : s === "Infinity" ? max === undefined : min === undefined,
  );
  return specials.length === 0 ? number : { anyOf: [number, { enum: [...specials] }] };
}

function timestampSchema(traits: Traits): JsonSchema {
  const format = timestampFormatOf(traits.timestampFormat);
  switch (format) {
    case "epoch-seconds":
      return { type: "number", minimum: -EPOCH_SECONDS_LIMIT, maximum: EPOCH_SECONDS_LIMIT };
    case "date-time":
      return { type: "string", format: "date-time" };
    case "http-date":
      return { type: "string", pattern: HTTP_DATE_PATTERN };
    default:
      return assertNever(format, "timestamp format");
  }
}

/**
 * The member's `@default` as it travels on the wire, or undefined when there is none to state:
 * null (no default), a blob default that is not base64 (Smithy writes a blob's default in base64,
 * as it travels), and timestamp defaults the runtime cannot read.
 */
function defaultOf(member: Member): unknown {
  const { hasDefault, default: value } = member.effective;
  if (!hasDefault || value === null || value === undefined) return undefined;
  switch (member.target.kind) {
    case "blob":
      return typeof value === "string" && isBase64(value) ? value : undefined;
    case "timestamp": {
      const format = timestampFormatOf(member.effective.timestampFormat);
      try {
        const date = parseTimestamp(value, typeof value === "number" ? "epoch-seconds" : "date-time");
        return formatTimestamp(date, format);
      } catch {
        return undefined;
      }
    }
    default:
      return value;
  }
}

/** True when two trait sets agree on every trait that shapes a schema. */
function sameConstraints(a: Traits, b: Traits): boolean {
  return (
    sameBounds(a.length, b.length) &&
    sameBounds(a.range, b.range) &&
    a.pattern === b.pattern &&
    a.patternSource === b.patternSource &&
    timestampFormatOf(a.timestampFormat) === timestampFormatOf(b.timestampFormat)
  );
}

/** Both absent, or both present with the same min and max (an empty `@length({})` is not an absent one). */
function sameBounds(a: Traits["length"], b: Traits["length"]): boolean {
  return a === b || (a !== undefined && b !== undefined && a.min === b.min && a.max === b.max);
}

/** A map key schema that says no more than "a string" need not be written. */
function isUnconstrained(schema: JsonSchema): boolean {
  return Object.keys(schema).every((k) => k === "type") && (schema.type === undefined || schema.type === "string");
}
