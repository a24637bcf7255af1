/**
 * How an AWS service reads a request body before it checks constraints: `null` structure members
 * count as absent (compliance test `AwsJson11ServersDontDeserializeNullStructureValues`), and a
 * missing member with a `@default` takes its default (awsJson1_0's
 * `AwsJson10ServerPopulatesDefaultsWhenMissingInRequestBody`). Unknown members are dropped by the
 * lenient ajv (`createAjv({ lenient: true })`), not here.
 *
 * @see https://smithy.io/2.0/spec/type-refinement-traits.html#default-value-serialization
 */
import type { JsonSchema } from "../contract.ts";
import { defineOwn } from "../validation/pointer.ts";
import { alternatives, isStructureSchema, itemSchema, memberSchema, type SchemaNode } from "../validation/schema.ts";

/**
 * A deep copy of a parsed request body with `null` structure members removed and the schema's
 * `default`s filled in for missing structure members. Lists and maps keep their nulls (a sparse
 * collection may carry them; a dense one fails validation).
 *
 * @example readLeniently({ a: null, b: 1 }, schemaWithMembersAB) // { b: 1 }
 */
export function readLeniently(value: unknown, schema: JsonSchema, options: LenientOptions = {}): unknown {
  return walk(value, schema, schema, options.defaults !== false);
}

export interface LenientOptions {
  /**
   * Fill in missing members' `default`s (default true). A service checks only the members a request
   * carries: a default stands for "not given" even where it breaks the member's own constraints
   * (DataExchange's `MaxResults`: `@default(0)` beside `@range(min: 1)`, a Smithy 1.0 primitive
   * converted to 2.0), so the checker reads without them, checks, and then fills them in.
   */
  readonly defaults?: boolean;
}

function walk(value: unknown, node: SchemaNode | undefined, root: JsonSchema, defaults: boolean): unknown {
  if (typeof value !== "object" || value === null) return value;
  // Past what the schema knows (an unknown member, a document's contents) nothing is read, only
  // copied: natively, so that a deeply nested value costs no JavaScript recursion.
  if (node === undefined) return structuredClone(value);
  if (Array.isArray(value)) {
    const items = node === undefined ? undefined : itemSchema(node, root);
    return value.map((v) => walk(v, items, root, defaults));
  }
  const structure = node !== undefined && isStructureSchema(node, root);
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
    if (member === null && structure) continue;
    defineOwn(out, key, walk(member, node === undefined ? undefined : memberSchema(node, root, key), root, defaults));
  }
  if (defaults && structure && node !== undefined) {
    for (const n of alternatives(node, root)) {
      const props = n.properties;
      if (typeof props !== "object" || props === null) continue;
      for (const key of Object.keys(props)) {
        if (Object.prototype.hasOwnProperty.call(out, key)) continue;
        const member = memberSchema(node, root, key);
        // A member's `default` may sit beside the `$ref` to its target (an enum, list, map or
        // structure), which `alternatives` follows past: look at the member's own node first.
        const fallback = member === undefined ? undefined : member.default !== undefined ? member.default : alternatives(member, root).find((m) => m.default !== undefined)?.default;
        if (fallback !== undefined) defineOwn(out, key, structuredClone(fallback));
      }
    }
  }
  return out;
}
