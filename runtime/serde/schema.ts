/**
 * Walking the wire JSON Schemas (draft 2020-12, self-contained with `$defs`) that generated code
 * hands the runtime: following local `$ref`s, finding the schema of a member, an item or a map
 * value, and telling a timestamp's wire form from its schema.
 *
 * Only what the schema emitter writes is understood: local `$ref`s (`#/$defs/...`), `properties`,
 * `additionalProperties`, `patternProperties`, `items`, and `anyOf` / `oneOf` / `allOf` branches.
 *
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-8.2.3.1
 */
import type { JsonSchema } from "../contract.ts";
import { HTTP_DATE_PATTERN, type TimestampFormat } from "../protocol/awsjson.ts";
import { parsePointer } from "./pointer.ts";

/** One schema object. Boolean schemas (`true`/`false`) are not nodes. */
export type SchemaNode = Readonly<Record<string, unknown>>;

function isNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The schema a local `$ref` points to (followed repeatedly), or the node itself without one.
 * Throws a `ReferenceError` for a `$ref` that is not local or points nowhere: the schema is broken.
 *
 * @example deref({ $ref: "#/$defs/A" }, { $defs: { A: { type: "string" } } }) // { type: "string" }
 */
export function deref(node: SchemaNode, root: JsonSchema): SchemaNode {
  let current = node;
  for (let hops = 0; typeof current.$ref === "string"; hops++) {
    const ref = current.$ref;
    if (hops > 64) throw new ReferenceError(`$ref cycle at ${ref}`);
    if (!ref.startsWith("#")) throw new ReferenceError(`only local $refs are supported, not ${ref}`);
    let target: unknown = root;
    for (const token of parsePointer(decodeURIComponent(ref.slice(1)))) {
      target = isNode(target) ? target[token] : undefined;
    }
    if (!isNode(target)) throw new ReferenceError(`$ref ${ref} points nowhere`);
    current = target;
  }
  return current;
}

/** The node itself (dereferenced) followed by the branches of its `anyOf` / `oneOf` / `allOf`, depth first. */
export function alternatives(node: SchemaNode, root: JsonSchema): SchemaNode[] {
  const out: SchemaNode[] = [];
  const visit = (n: SchemaNode, depth: number): void => {
    const d = deref(n, root);
    out.push(d);
    if (depth > 8) return;
    for (const key of ["allOf", "anyOf", "oneOf"] as const) {
      const list = d[key];
      if (Array.isArray(list)) for (const b of list) if (isNode(b)) visit(b, depth + 1);
    }
  };
  visit(node, 0);
  return out;
}

/**
 * The schema of the member, map value or union member `key` of an object described by `node`;
 * undefined when the schema says nothing about it.
 */
export function memberSchema(node: SchemaNode, root: JsonSchema, key: string): SchemaNode | undefined {
  for (const n of alternatives(node, root)) {
    const props = n.properties;
    if (isNode(props) && Object.prototype.hasOwnProperty.call(props, key) && isNode(props[key])) return props[key];
  }
  for (const n of alternatives(node, root)) {
    const pattern = n.patternProperties;
    if (isNode(pattern)) {
      for (const [source, schema] of Object.entries(pattern)) {
        if (isNode(schema) && new RegExp(source, "u").test(key)) return schema;
      }
    }
    if (isNode(n.additionalProperties)) return n.additionalProperties;
  }
  return undefined;
}

/** The schema of the items of a list described by `node`; undefined when it says nothing. */
export function itemSchema(node: SchemaNode, root: JsonSchema): SchemaNode | undefined {
  for (const n of alternatives(node, root)) if (isNode(n.items)) return n.items;
  return undefined;
}

/** True when `node` describes a structure or union: an object with named `properties`. */
export function isStructureSchema(node: SchemaNode, root: JsonSchema): boolean {
  return alternatives(node, root).some((n) => isNode(n.properties));
}

/**
 * The schema at an instance pointer (`/datasetImportJob/lastUpdatedDateTime`), walking members,
 * map values and list items (numeric tokens); undefined when the schema does not reach it.
 *
 * @example schemaAt(outputSchema, "/datasetImportJob/status") // { type: "string", maxLength: 256 }
 */
export function schemaAt(root: JsonSchema, pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const token of parsePointer(pointer)) {
    if (node === undefined) return undefined;
    const item: SchemaNode | undefined = /^(0|[1-9]\d*)$/.test(token) ? itemSchema(node, root) : undefined;
    node = item ?? memberSchema(node, root, token);
  }
  return node === undefined ? undefined : deref(node, root);
}

/** The JSON types a node admits (`type` as a string or a list), over its alternatives. */
export function schemaTypes(node: SchemaNode, root: JsonSchema): Set<string> {
  const types = new Set<string>();
  for (const n of alternatives(node, root)) {
    if (typeof n.type === "string") types.add(n.type);
    else if (Array.isArray(n.type)) for (const t of n.type) if (typeof t === "string") types.add(t);
  }
  return types;
}

/**
 * The timestamp wire form a schema node asks for, read the way the schema emitter writes it: a
 * string with `format: "date-time"` is a date-time, a string with the http-date pattern is an
 * http-date, a number is epoch seconds. Undefined when the node admits none of these.
 */
export function timestampFormatOfSchema(node: SchemaNode | undefined, root: JsonSchema): TimestampFormat | undefined {
  if (node === undefined) return undefined;
  const all = alternatives(node, root);
  if (all.some((n) => n.format === "date-time")) return "date-time";
  if (all.some((n) => n.pattern === HTTP_DATE_PATTERN)) return "http-date";
  const types = schemaTypes(node, root);
  if (types.has("number") || types.has("integer")) return "epoch-seconds";
  if (types.has("string")) return "date-time";
  return undefined;
}
