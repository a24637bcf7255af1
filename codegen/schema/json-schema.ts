/**
 * The JSON Schema (draft 2020-12) keywords the emitter writes, typed so that a misspelt keyword is
 * a compile error here rather than a strict-mode error in ajv. Schemas are built as objects and
 * `JSON.stringify`ed; no schema text is ever assembled from strings.
 *
 * @see https://json-schema.org/draft/2020-12/json-schema-validation
 */

export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $comment?: string;
  title?: string;
  description?: string;
  deprecated?: true;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;

  type?: "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";
  enum?: (string | number)[];
  const?: string;

  format?: string;
  pattern?: string;
  /** The media type of a string's content (a body that is not JSON: a string or blob payload). */
  contentMediaType?: string;
  minLength?: number;
  maxLength?: number;

  minimum?: number;
  maximum?: number;

  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: true;

  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: false | JsonSchema;
  patternProperties?: Record<string, JsonSchema>;
  propertyNames?: JsonSchema;
  minProperties?: number;
  maxProperties?: number;

  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  not?: JsonSchema;

  /** Our annotation of a `@sensitive` shape or member: its values are never repeated in a message (runtime/validation/schema.ts). */
  "x-smithy-sensitive"?: true;
  /** Our annotation of a `@pattern` whose ECMAScript translation differs from the model's text: the model's text, for messages. */
  "x-smithy-pattern"?: string;
}

/**
 * The sensitivity annotation to spread into a schema: `{ "x-smithy-sensitive": true }` when `flag`
 * (Smithy's `@sensitive` on the shape or member), else nothing.
 *
 * @example ({ type: "string", ...sensitiveMark(traits.sensitive) })
 */
export function sensitiveMark(flag: boolean | undefined): Pick<JsonSchema, "x-smithy-sensitive"> {
  return flag === true ? { "x-smithy-sensitive": true } : {};
}

/**
 * A record built from entries with every key an own data property, so a model name such as
 * `__proto__` is an ordinary key instead of touching the prototype.
 */
export function record<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, value] of entries) {
    // `__proto__` is the one key an assignment would not make an own data property of a plain
    // object (Object.prototype's accessor); defining every key costs several times an assignment.
    if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}
