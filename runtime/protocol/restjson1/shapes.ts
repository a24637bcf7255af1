/**
 * What the restJson1 module reads off a contract besides the bindings: the plans and JSON names a
 * body is walked with, and whether a message is a structure without members (whose body may still
 * be `{}`) rather than no structure at all (`smithy.api#Unit`).
 */
import type { JsonSchema, MessageBindings, ServiceContract } from "../../contract.ts";
import { deref } from "../../validation/schema.ts";
import type { JsonContext } from "./json-values.ts";

/** The plans and JSON names of a contract, for walking bodies. */
export function jsonContextOf(contract: ServiceContract): JsonContext {
  return { shapes: contract.shapes ?? {}, jsonNames: contract.jsonNames ?? {} };
}

/**
 * True when a message is a structure with no members at all (its schema a `$ref` to an object
 * without properties), as opposed to `smithy.api#Unit` (an inline schema) or a structure whose
 * members are all bound outside the body.
 */
export function isEmptyStructure(schema: JsonSchema, bindings: MessageBindings): boolean {
  if (typeof schema.$ref !== "string") return false;
  if (Object.keys(bindings).length > 0) return false;
  const target = deref(schema, schema);
  const properties = target.properties;
  return properties === undefined || (typeof properties === "object" && properties !== null && Object.keys(properties).length === 0);
}

/** True when a message is `smithy.api#Unit`: the builder writes its schema inline, never as a `$ref`. */
export function isUnit(schema: JsonSchema): boolean {
  return typeof schema.$ref !== "string";
}
