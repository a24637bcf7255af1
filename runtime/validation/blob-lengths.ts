/**
 * `@length` of blobs, exactly. A blob travels as base64, whose length bounds only approximate the
 * decoded byte count (runtime/protocol/base64.ts `base64LengthBounds`), so the schema alone lets
 * through a 1-byte blob where 2 are the minimum. Where the contract has the values' plans, the
 * bytes are counted: the schema's approximate length errors on blobs are replaced by exact ones, in
 * ajv's form, so every reader of the errors (AWS's messages, Smithy's) treats them alike.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html#length-trait
 */
import type { ErrorObject } from "ajv";
import type { ArbitraryPlan } from "../data/plan.ts";
import { resolvePlan } from "../data/plan-walk.ts";
import { BASE64_PATTERN, decodeBase64, isBase64 } from "../protocol/base64.ts";
import { formatPointer } from "./pointer.ts";
import { keywordHolder, type SchemaNode } from "./schema.ts";

/**
 * `errors` (ajv's, for `value` against `schema`) with the length errors of blobs replaced by the
 * exact ones `plan` says; as they are without a plan.
 *
 * @example exactBlobLengths([], { blob: "YQ==" }, schema, inputPlan, shapes) // [{ keyword: "minLength", instancePath: "/blob", params: { limit: 2 }, … }]
 */
export function exactBlobLengths(errors: readonly ErrorObject[], value: unknown, schema: SchemaNode, plan: ArbitraryPlan | undefined, shapes: Readonly<Record<string, ArbitraryPlan>>): ErrorObject[] {
  if (plan === undefined) return [...errors];
  const approximate = (e: ErrorObject) => (e.keyword === "minLength" || e.keyword === "maxLength") && keywordHolder(schema, e.schemaPath)?.pattern === BASE64_PATTERN;
  return [...errors.filter((e) => !approximate(e)), ...blobLengthErrors(value, plan, shapes, [])];
}

function blobLengthErrors(value: unknown, plan: ArbitraryPlan, shapes: Readonly<Record<string, ArbitraryPlan>>, at: readonly (string | number)[], depth = 0): ErrorObject[] {
  const p = resolvePlan(plan, shapes);
  if (p === undefined || value === null || value === undefined || depth > 64) return [];
  switch (p.method) {
    case "blob": {
      if (typeof value !== "string" || !isBase64(value)) return [];
      const bytes = decodeBase64(value).length;
      const { minLength, maxLength } = p.constraints;
      const error = (keyword: "minLength" | "maxLength", limit: number): ErrorObject => ({
        keyword,
        instancePath: formatPointer(at),
        schemaPath: `#/x-blob-bytes/${keyword}`,
        params: { limit },
        message: `must have ${keyword === "minLength" ? "at least" : "at most"} ${limit} bytes`,
      });
      if (minLength !== undefined && bytes < minLength) return [error("minLength", minLength)];
      if (maxLength !== undefined && bytes > maxLength) return [error("maxLength", maxLength)];
      return [];
    }
    case "list":
      return Array.isArray(value) ? value.flatMap((v, i) => blobLengthErrors(v, p.item, shapes, [...at, i], depth + 1)) : [];
    case "map":
      return typeof value === "object" && !Array.isArray(value) ? Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => blobLengthErrors(v, p.value, shapes, [...at, k], depth + 1)) : [];
    case "structure":
    case "union": {
      if (typeof value !== "object" || Array.isArray(value)) return [];
      const record = value as Record<string, unknown>;
      return (p.members as readonly { readonly name: string; readonly plan: ArbitraryPlan }[]).flatMap((m) =>
        Object.prototype.hasOwnProperty.call(record, m.name) ? blobLengthErrors(record[m.name], m.plan, shapes, [...at, m.name], depth + 1) : [],
      );
    }
    default:
      return [];
  }
}
