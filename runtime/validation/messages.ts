/**
 * The words for a failed JSON Schema keyword, as a Smithy user reads them: `length must be <= 63
 * (maxLength)`, `must be one of FULL, INCREMENTAL`, `must set exactly one member (union)…`. The
 * bound keywords keep their name in parentheses, since "length must be <= 63" alone does not say
 * which trait (and which side of it) was broken.
 *
 * @see https://ajv.js.org/api.html#error-parameters
 */
import type { ErrorObject } from "ajv";
import { formatValue } from "./format.ts";
import { isNode, keywordHolder, locatedAlternatives, modelPattern, positionAt, type SchemaNode } from "./schema.ts";

/** What a message may need to know beyond the error: the schema it came from. */
export interface MessageContext {
  readonly root: SchemaNode;
  readonly rootName: string;
}

/** Enum values listed in a message before the rest are counted instead. */
const ENUM_LISTED = 10;

/** What a kind-mismatched branch wanted, as words after "must be". */
export function expectation(e: ErrorObject): string | undefined {
  switch (e.keyword) {
    case "type":
      return typeWords((e.params as { type: string | string[] }).type);
    case "enum":
      return `one of ${listValues((e.params as { allowedValues: unknown[] }).allowedValues)}`;
    case "const":
      return formatValue((e.params as { allowedValue: unknown }).allowedValue);
    default:
      return undefined;
  }
}

/** The words for one keyword's failure (`length must be <= 63 (maxLength)`). */
export function constraintMessage(e: ErrorObject, value: unknown, ctx: MessageContext): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "type":
      return `must be ${typeWords(p.type as string | string[])}`;
    case "enum":
      return `must be one of ${listValues(p.allowedValues as unknown[])}`;
    case "const":
      return `must be ${formatValue(p.allowedValue)}`;
    case "pattern":
      return `must match pattern ${modelPattern(keywordHolder(ctx.root, e.schemaPath), p.pattern)}`;
    case "format":
      return `must be a valid ${String(p.format)} (format)`;
    case "minLength":
      return `length must be >= ${String(p.limit)} (minLength)`;
    case "maxLength":
      return `length must be <= ${String(p.limit)} (maxLength)`;
    case "minItems":
      return `must have >= ${String(p.limit)} items (minItems)`;
    case "maxItems":
      return `must have <= ${String(p.limit)} items (maxItems)`;
    case "minProperties":
    case "maxProperties":
      return isUnion(e, ctx) ? unionMessage(value) : `must have ${e.keyword === "minProperties" ? ">=" : "<="} ${String(p.limit)} entries (${e.keyword})`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${String(p.comparison)} ${String(p.limit)} (${e.keyword})`;
    case "multipleOf":
      return `must be a multiple of ${String(p.multipleOf)} (multipleOf)`;
    case "uniqueItems": {
      const [a, b] = [Number(p.j), Number(p.i)].sort((x, y) => x - y);
      return `must not repeat items: items ${a} and ${b} are equal (uniqueItems)`;
    }
    case "not":
      return value === null ? "must not be null" : "must not match the excluded schema (not)";
    case "oneOf":
      return `matches more than one alternative (${formatValue(p.passingSchemas)}) (oneOf)`;
    case "false schema":
      return "is not allowed";
    default:
      return `${e.message ?? "is invalid"} (${e.keyword})`;
  }
}

/**
 * Our unions: an object schema with named members (`properties`, here or in its `allOf`) of which
 * exactly one is set (`minProperties: 1, maxProperties: 1`). A map of length 1 has no `properties`.
 */
function isUnion(e: ErrorObject, ctx: MessageContext): boolean {
  const { schema } = positionAt(ctx.root, e.instancePath, ctx.rootName);
  if (schema?.minProperties !== 1 || schema.maxProperties !== 1) return false;
  return locatedAlternatives(ctx.root, { schema, name: undefined }).some((a) => isNode(a.schema?.properties));
}

function unionMessage(value: unknown): string {
  const keys = isNode(value) ? Object.keys(value) : [];
  if (keys.length === 0) return "must set exactly one member (union), sets none";
  return `must set exactly one member (union), sets ${keys.length}: ${keys.map((k) => JSON.stringify(k)).join(", ")}`;
}

function typeWords(type: string | string[]): string {
  const one = (t: string): string =>
    t === "null" ? "null" : t === "integer" || t === "object" || t === "array" ? `an ${t}` : `a ${t}`;
  return (Array.isArray(type) ? type : [type]).map(one).join(" or ");
}

/** Enum values unquoted (`FULL, INCREMENTAL`) unless one of them would read ambiguously; long lists cut. */
function listValues(values: readonly unknown[]): string {
  const plain = values.every((v) => typeof v === "number" || (typeof v === "string" && /^[^\s,"][^,"]*$/.test(v) && !/\s$/.test(v)));
  const shown = values.slice(0, values.length > ENUM_LISTED + 2 ? ENUM_LISTED : values.length);
  const text = shown.map((v) => (plain ? String(v) : (formatValue(v) ?? ""))).join(", ");
  return shown.length < values.length ? `${text}, … (${values.length} values)` : text;
}

/** The JSON kind of a parsed value: null, array, object, string, number or boolean. */
export function jsonKind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}
