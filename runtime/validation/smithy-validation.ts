/**
 * Smithy's framework validation error, `smithy.framework#ValidationException`: what a Smithy server
 * answers, whatever the protocol, to a request that breaks a constraint when the operation models
 * that error — a `message` counting the violations and a `fieldList` with each violation's message
 * and JSON pointer. Its messages differ from AWS's (`ValidationException` of the Coral framework,
 * rejection.ts): no value is repeated, the place is a JSON pointer, a length names the value's
 * length, and bounds are the trait's:
 *
 * `1 validation error detected. Value with length 1 at '/string' failed to satisfy constraint:
 * Member must have length between 2 and 8, inclusive`
 *
 * @see https://smithy.io/2.0/additional-specs/constraint-traits.html
 * @see https://github.com/smithy-lang/smithy/blob/main/smithy-validation-model/model/smithy.framework.validation.smithy
 */
import type { ErrorObject } from "ajv";
import type { OperationContract, ServiceContract } from "../contract.ts";
import { planAt, resolvePlan } from "../data/plan-walk.ts";
import type { ArbitraryPlan } from "../data/plan.ts";
import { decodeBase64, isBase64 } from "../protocol/base64.ts";
import { escapeToken, getAt, parsePointer } from "./pointer.ts";
import type { Rejection } from "./rejection.ts";
import { keywordHolder, modelPattern } from "./schema.ts";

/** The shape id of Smithy's framework validation error. */
export const SMITHY_VALIDATION_EXCEPTION = "smithy.framework#ValidationException";

/** The members of a `smithy.framework#ValidationException`. */
export interface SmithyValidationException {
  readonly message: string;
  readonly fieldList: readonly { readonly message: string; readonly path: string }[];
}

/**
 * The framework validation error of a request's constraint violations, as a Smithy server words it.
 *
 * @example smithyValidationException(rejection, operation, contract).message
 * // "1 validation error detected. Value at '/string' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-m]+$"
 */
export function smithyValidationException(rejection: Rejection & { kind: "validation" }, operation: OperationContract, contract: ServiceContract): SmithyValidationException {
  const fieldList = rejection.errors.map((error) => fieldOf(error, rejection.data, operation, contract));
  const n = fieldList.length;
  return { message: `${n} validation error${n === 1 ? "" : "s"} detected. ${fieldList.map((f) => f.message).join("; ")}`, fieldList };
}

function fieldOf(error: ErrorObject, data: unknown, operation: OperationContract, contract: ServiceContract): { message: string; path: string } {
  const params = error.params as Record<string, unknown>;
  const key = (error as ErrorObject & { propertyName?: string }).propertyName;
  // A map key's constraint is reported at the map.
  const path = error.keyword === "required" ? `${error.instancePath}/${escapeToken(String(params.missingProperty))}` : error.instancePath;
  const plan = operation.plans === undefined ? undefined : planAt(operation.plans.input, contract.shapes ?? {}, error.instancePath);
  const keyPlan = key !== undefined && plan?.method === "map" ? resolvePlan(plan.key, contract.shapes ?? {}) : undefined;
  const at = (constraint: string, length?: number) => ({
    message: `Value${length === undefined ? "" : ` with length ${length}`} at '${path}' failed to satisfy constraint: Member must ${constraint}`,
    path,
  });
  switch (error.keyword) {
    case "required":
      return at("not be null");
    case "minLength":
    case "maxLength":
    case "minItems":
    case "maxItems":
    case "minProperties":
    case "maxProperties": {
      const value = key ?? getAt(data, error.instancePath);
      const bounds = lengthBounds(keyPlan ?? plan) ?? limitOf(error);
      return at(`have length ${between(bounds)}`, lengthOf(value, keyPlan ?? plan));
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return at(`be ${between(rangeOf(plan) ?? limitOf(error))}`);
    case "pattern":
      return at(`satisfy regular expression pattern: ${modelPattern(keywordHolder(operation.input, error.schemaPath), params.pattern)}`);
    case "enum": {
      const enumKey = tieKeyAt(operation, contract, error.instancePath, key !== undefined);
      const internal = new Set(enumKey === undefined ? [] : (contract.internalEnumValues?.[enumKey] ?? []));
      return at(`satisfy enum value set: [${(params.allowedValues as unknown[]).filter((v) => !internal.has(String(v))).map(String).join(", ")}]`);
    }
    case "uniqueItems":
      return at("have unique values");
    default:
      return at(`satisfy constraint: ${error.keyword}`);
  }
}

/**
 * The key of the shape a value at `pointer` (its map's key, with `mapKey`) is declared with: the
 * `tie` its member's plan names, if any.
 */
function tieKeyAt(operation: OperationContract, contract: ServiceContract, pointer: string, mapKey: boolean): string | undefined {
  const shapes = contract.shapes ?? {};
  let current: ArbitraryPlan | undefined = operation.plans?.input;
  for (const token of parsePointer(pointer)) {
    const p = current === undefined ? undefined : resolvePlan(current, shapes);
    if (p === undefined) return undefined;
    if (p.method === "structure" || p.method === "union") current = (p.members as readonly { name: string; plan: ArbitraryPlan }[]).find((m) => m.name === token)?.plan;
    else if (p.method === "list") current = p.item;
    else if (p.method === "map") current = p.value;
    else return undefined;
  }
  if (mapKey) {
    const p = current === undefined ? undefined : resolvePlan(current, shapes);
    current = p?.method === "map" ? p.key : undefined;
  }
  return current?.method === "tie" ? current.key : undefined;
}

type Bounds = { readonly min?: number; readonly max?: number };

/** `between 2 and 8, inclusive`, `greater than or equal to 2`, `less than or equal to 8`. */
function between({ min, max }: Bounds): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}, inclusive`;
  if (min !== undefined) return `greater than or equal to ${min}`;
  return `less than or equal to ${max}`;
}

/** The `@length` bounds a plan carries (strings, blobs, lists, maps). */
function lengthBounds(plan: ArbitraryPlan | undefined): Bounds | undefined {
  if (plan === undefined) return undefined;
  const c = plan.method === "string" || plan.method === "blob" || plan.method === "list" || plan.method === "map" ? plan.constraints : undefined;
  if (c === undefined || (c.minLength === undefined && c.maxLength === undefined)) return undefined;
  return { ...(c.minLength !== undefined && { min: c.minLength }), ...(c.maxLength !== undefined && { max: c.maxLength }) };
}

/** The `@range` bounds a plan carries (numbers). */
function rangeOf(plan: ArbitraryPlan | undefined): Bounds | undefined {
  if (plan === undefined) return undefined;
  const range = plan.method === "integer" || plan.method === "float" || plan.method === "bigInteger" || plan.method === "bigDecimal" ? plan.range : undefined;
  return range === undefined || (range.min === undefined && range.max === undefined) ? undefined : range;
}

/** The one bound an ajv error names, where no plan says both. */
function limitOf(error: ErrorObject): Bounds {
  const limit = Number((error.params as { limit?: unknown }).limit);
  return error.keyword.startsWith("min") || error.keyword === "exclusiveMinimum" ? { min: limit } : { max: limit };
}

/** A value's length as Smithy counts it: code points of a string, bytes of a blob, items, entries. */
function lengthOf(value: unknown, plan: ArbitraryPlan | undefined): number {
  if (typeof value === "string") return plan?.method === "blob" && isBase64(value) ? decodeBase64(value).length : [...value].length;
  if (Array.isArray(value)) return value.length;
  if (typeof value === "object" && value !== null) return Object.keys(value).length;
  return 0;
}
