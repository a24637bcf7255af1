/**
 * How AWS rejects a request that does not fit the input's constraints, rebuilt from ajv's errors:
 * a value of the wrong JSON type or form is a `SerializationException` (the body could not be
 * read); constraint violations are counted into one `ValidationException` message of AWS's form:
 *
 * `2 validation errors detected: Value 'x' at 'datasetImportJobArn' failed to satisfy constraint:
 * Member must satisfy regular expression pattern: ^arn:...; Value null at 'dataSource.dataLocation'
 * failed to satisfy constraint: Member must not be null`
 *
 * Paths are written as AWS writes them: members joined with `.`, list items as `<n>.member`
 * (1-based). Violations come in ajv's order: the schema's member order, and within a member
 * `required`, then length, then pattern. A value of a `@sensitive` shape or member is never
 * repeated: AWS then writes `Value at 'secretString' failed to satisfy constraint: …`. A pattern is
 * quoted as the model writes it (`x-smithy-pattern`), not as its ECMAScript translation.
 */
import type { ErrorObject } from "ajv";
import { BASE64_PATTERN } from "../protocol/base64.ts";
import { HTTP_DATE_PATTERN } from "../protocol/timestamp.ts";
import { escapeToken, getAt, parsePointer } from "./pointer.ts";
import { keywordHolder, modelPattern, positionAt, type SchemaNode } from "./schema.ts";

export type Rejection =
  | { readonly kind: "serialization"; readonly message: string }
  | {
      readonly kind: "validation";
      readonly message: string;
      readonly violations: readonly string[];
      /**
       * The constraint errors behind the violations, in the same order, and the value they are
       * about: for messages in other forms (runtime/validation/smithy-validation.ts). Not
       * enumerable: a rejection compares as its message and violations.
       */
      readonly errors: readonly ErrorObject[];
      readonly data: unknown;
    };

/** Keywords that say the value could not be read at all (its JSON type or wire form is wrong). */
const SERIALIZATION_KEYWORDS = new Set(["type", "const", "format", "anyOf", "oneOf", "not", "if", "then", "else"]);
/** Keywords the lenient reading ignores (unknown members are dropped, never reported). */
const IGNORED_KEYWORDS = new Set(["additionalProperties", "unevaluatedProperties", "propertyNames", "unevaluatedItems"]);

/**
 * The rejection of a request body from the ajv errors of validating it against `schema` (`data` is
 * the body ajv saw), or undefined when no error is one AWS would answer.
 */
export function rejectionOf(errors: readonly ErrorObject[], data: unknown, schema: SchemaNode): Rejection | undefined {
  const ctx: Ctx = { data, schema };
  const chosen = fittingBranches(errors);
  // The errors that speak: outside compounds, or in the branch of a compound that fits the value;
  // a compound no branch of which fits stays, as a serialization error.
  const counted = errors.filter((e) => (e.keyword === "anyOf" || e.keyword === "oneOf" ? !chosen.has(e) && !inCompound(e) : chosen.has(e) || !inCompound(e)));
  const serialization = counted.find(isSerializationError);
  if (serialization !== undefined) return { kind: "serialization", message: serializationMessage(serialization, ctx) };
  const violations: string[] = [];
  const constraintErrors: ErrorObject[] = [];
  for (const error of counted) {
    if (IGNORED_KEYWORDS.has(error.keyword)) continue;
    violations.push(violationOf(error, ctx));
    constraintErrors.push(error);
  }
  if (violations.length === 0) return undefined;
  // The errors and the data are for other wordings of the violations; not enumerable, so a
  // rejection still reads (and compares) as its message and violations.
  const rejection = { kind: "validation" as const, message: validationMessage(violations), violations };
  return Object.defineProperties(rejection, { errors: { value: constraintErrors, enumerable: false }, data: { value: data, enumerable: false } }) as typeof rejection & { errors: ErrorObject[]; data: unknown };
}

/**
 * AWS's count prefix and `; ` join.
 *
 * @example validationMessage(["A", "B"]) // "2 validation errors detected: A; B"
 */
export function validationMessage(violations: readonly string[]): string {
  const n = violations.length;
  return `${n} validation error${n === 1 ? "" : "s"} detected: ${violations.join("; ")}`;
}

/**
 * `anyOf` / `oneOf` in our schemas say "this JSON type, or that one" (a float or one of its special
 * strings; a sparse item or null). When the value has the JSON type of a branch, that branch's
 * other errors are plain constraint violations (AWS: ValidationException); only when every error
 * under the compound is about the JSON type was the value unreadable (SerializationException).
 * ajv's schema paths cannot say which branch an error came from when the branch is a `$ref`, so
 * this looks at what the errors say instead. Returns the compounds resolved that way and the
 * constraint errors under them.
 */
function fittingBranches(errors: readonly ErrorObject[]): Set<ErrorObject> {
  const chosen = new Set<ErrorObject>();
  const typeLevel = (e: ErrorObject, at: string) => e.instancePath === at && (e.keyword === "type" || e.keyword === "const" || e.keyword === "enum");
  for (const compound of errors) {
    if (compound.keyword !== "anyOf" && compound.keyword !== "oneOf") continue;
    const at = compound.instancePath;
    const under = errors.filter((e) => e !== compound && (e.instancePath === at || e.instancePath.startsWith(`${at}/`)) && e.keyword !== "anyOf" && e.keyword !== "oneOf");
    const constraints = under.filter((e) => !typeLevel(e, at));
    if (constraints.length === 0) continue;
    chosen.add(compound);
    for (const e of constraints) chosen.add(e);
  }
  return chosen;
}

function inCompound(error: ErrorObject): boolean {
  return /\/(anyOf|oneOf|not|if|then|else)\//.test(error.schemaPath);
}

function isSerializationError(error: ErrorObject): boolean {
  if (SERIALIZATION_KEYWORDS.has(error.keyword)) return true;
  // Blobs and http-dates carry their wire form as a pattern: a mismatch is a malformed value.
  const pattern = (error.params as { pattern?: unknown }).pattern;
  return error.keyword === "pattern" && (pattern === BASE64_PATTERN || pattern === HTTP_DATE_PATTERN);
}

interface Ctx {
  readonly data: unknown;
  readonly schema: SchemaNode;
}

function violationOf(error: ErrorObject, ctx: Ctx): string {
  const params = error.params as Record<string, unknown>;
  const keyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (error.keyword === "required") {
    const path = awsPath(`${error.instancePath}/${escapeToken(String(params.missingProperty))}`, ctx.data);
    return `Value null at '${path}' failed to satisfy constraint: Member must not be null`;
  }
  const constraint = error.keyword === "pattern" ? patternConstraint(error, ctx) : constraintOf(error.keyword, params);
  const path = awsPath(error.instancePath, ctx.data);
  const sensitive = positionAt(ctx.schema, error.instancePath).sensitive;
  if (keyName !== undefined) {
    return `${valuePart(keyName, sensitive)} at '${path}' failed to satisfy constraint: Map keys must satisfy constraint: [${constraint}]`;
  }
  return `${valuePart(getAt(ctx.data, error.instancePath), sensitive)} at '${path}' failed to satisfy constraint: ${constraint}`;
}

/** `Value 'x'`, `Value null`, or — for a `@sensitive` value — just `Value`, as AWS writes them. */
function valuePart(value: unknown, sensitive: boolean): string {
  if (sensitive && value !== undefined && value !== null) return "Value";
  return `Value ${formatValue(value)}`;
}

function patternConstraint(error: ErrorObject, ctx: Ctx): string {
  const pattern = modelPattern(keywordHolder(ctx.schema, error.schemaPath), (error.params as { pattern?: unknown }).pattern);
  return `Member must satisfy regular expression pattern: ${pattern}`;
}

function constraintOf(keyword: string, params: Record<string, unknown>): string {
  const limit = String(params.limit);
  switch (keyword) {
    case "maxLength":
    case "maxItems":
    case "maxProperties":
      return `Member must have length less than or equal to ${limit}`;
    case "minLength":
    case "minItems":
    case "minProperties":
      return `Member must have length greater than or equal to ${limit}`;
    case "maximum":
      return `Member must have value less than or equal to ${limit}`;
    case "minimum":
      return `Member must have value greater than or equal to ${limit}`;
    case "exclusiveMaximum":
      return `Member must have value less than ${limit}`;
    case "exclusiveMinimum":
      return `Member must have value greater than ${limit}`;
    case "pattern":
      return `Member must satisfy regular expression pattern: ${String(params.pattern)}`;
    case "enum":
      return `Member must satisfy enum value set: [${(params.allowedValues as unknown[]).map((v) => javaString(v)).join(", ")}]`;
    case "uniqueItems":
      return "Member must have unique values";
    default:
      return `Member must satisfy constraint: ${keyword}`;
  }
}

/** `/dataSource/dataLocation` → `dataSource.dataLocation`; `/tags/0/key` → `tags.1.member.key`; `/TableName` → `tableName`. */
function awsPath(instancePath: string, data: unknown): string {
  const out: string[] = [];
  let node = data;
  for (const token of parsePointer(instancePath)) {
    if (Array.isArray(node)) {
      out.push(`${Number(token) + 1}.member`);
      node = node[Number(token)];
    } else {
      // AWS writes member names with a lower-case first letter (DynamoDB: 'tableName' for TableName).
      out.push(token.charAt(0).toLowerCase() + token.slice(1));
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[token] : undefined;
    }
  }
  return out.join(".");
}

/** How AWS quotes the offending value: `'x'` for any value, `null` for a missing one. */
function formatValue(value: unknown): string {
  return value === undefined || value === null ? "null" : `'${javaString(value)}'`;
}

/** Java's `toString` of the value as the service saw it: lists `[a, b]`, maps `{k=v}`. */
function javaString(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(javaString).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}=${javaString(v)}`)
      .join(", ")}}`;
  }
  return String(value);
}

/**
 * The message of a `SerializationException`, in the forms AWS's JSON reader uses (which name no
 * member for a wrong JSON type); malformed blobs and timestamps name where they are.
 */
function serializationMessage(error: ErrorObject, ctx: Ctx): string {
  const { data } = ctx;
  const sensitive = positionAt(ctx.schema, error.instancePath).sensitive;
  const value = getAt(data, error.instancePath);
  const at = error.instancePath === "" ? "" : ` at '${awsPath(error.instancePath, data)}'`;
  if (error.keyword === "type") {
    if (Array.isArray(value)) return "Start of list found where not expected";
    if (typeof value === "object" && value !== null) return "Start of structure or map found where not expected";
    const wanted = [(error.params as { type: string | string[] }).type].flat()[0] ?? "value";
    return `${tokenOf(value)} can not be converted to ${TYPE_NAMES[wanted] ?? wanted}`;
  }
  if (error.keyword === "pattern") {
    const what = (error.params as { pattern?: unknown }).pattern === BASE64_PATTERN ? "base64 blob" : "http-date timestamp";
    return sensitive ? `Invalid ${what}${at}` : `Invalid ${what}${at}: ${formatValue(value)}`;
  }
  if (error.keyword === "format") {
    const what = `Invalid ${String((error.params as { format?: unknown }).format)} timestamp${at}`;
    return sensitive ? what : `${what}: ${formatValue(value)}`;
  }
  return sensitive ? `Unexpected value${at}` : `Unexpected value ${formatValue(value)}${at}`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "a String",
  number: "a Number",
  integer: "an Integer",
  boolean: "a Boolean",
  object: "a structure or map",
  array: "a list",
  null: "null",
};

/** The JSON token names of AWS's reader (`STRING_VALUE can not be converted to an Integer`). */
function tokenOf(value: unknown): string {
  switch (typeof value) {
    case "string":
      return "STRING_VALUE";
    case "number":
      return "NUMBER_VALUE";
    case "boolean":
      return value ? "TRUE_VALUE" : "FALSE_VALUE";
    default:
      return "NULL_VALUE";
  }
}
