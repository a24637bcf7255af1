/**
 * Walking the wire JSON Schemas (draft 2020-12, self-contained with `$defs`) that generated code
 * hands the runtime — the one implementation in the project, used by the wire conversions
 * (runtime/serde), the lenient reading of requests, the violation reports and AWS's error messages.
 *
 * Only what the schema builder (codegen/schema) writes is understood: local `$ref`s
 * (`#/$defs/Name`), `properties`, `additionalProperties`, `items`, and `anyOf` / `oneOf` / `allOf`
 * branches, plus our two annotation keywords:
 *
 * - `x-smithy-sensitive: true` on a shape (or member) with Smithy's `@sensitive`: the value and
 *   everything below it is never repeated in a message;
 * - `x-smithy-pattern: "<model text>"` beside a `pattern` whose ECMAScript translation differs from
 *   the model's own Java pattern: messages quote the model.
 *
 * Positions are named the way a Smithy user thinks of them — the member of a shape
 * (`DatasetImportJob.jobName`) rather than a place in the data (`/datasetImportJob/jobName`):
 *
 * - a structure or union member: `<Shape>.<member>`, Shape being the `$defs` key of the structure
 *   that holds the member, or the root's name for a root written inline (error bodies:
 *   `InvalidInputException.message`);
 * - a list item: the list member's path + `[]` (`Recipe.tags[]`), at any depth (`A.b[][]`);
 * - a map value: the map member's path + `{}` (`Shape.attributes{}`); a map key: + `{key}`;
 * - a member the schema does not know (an unknown member): `<Shape>.<name>` all the same.
 *
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-8.2.3.1 ($ref)
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-8.2.4 ($defs)
 */
import type { TimestampFormat } from "../protocol/timestamp.ts";
import { HTTP_DATE_PATTERN } from "../protocol/timestamp.ts";
import { parsePointer, unescapeToken } from "./pointer.ts";

/** One schema object. Boolean schemas (`true`/`false`) are not nodes. */
export type SchemaNode = Readonly<Record<string, unknown>>;

/** The annotation of `@sensitive` shapes and members. */
export const SENSITIVE_KEYWORD = "x-smithy-sensitive";
/** The annotation that keeps a `@pattern`'s model text beside its ECMAScript translation. */
export const MODEL_PATTERN_KEYWORD = "x-smithy-pattern";

/** A schema reached along a pointer, with the `$defs` key it was reached through (if any). */
export interface Located {
  readonly schema: SchemaNode | undefined;
  readonly name: string | undefined;
}

/** Where a pointer lands in a schema. */
export interface SchemaPosition {
  /** The member path of the position (see the module comment). */
  readonly memberPath: string;
  /** The schema at the position (`$ref`s followed); undefined past the schema's knowledge. */
  readonly schema: SchemaNode | undefined;
  /** True when the value at the position, or anything holding it, is `@sensitive`. */
  readonly sensitive: boolean;
}

const LIMIT = 64;
const INDEX = /^(0|[1-9][0-9]*)$/;

/** True for a schema object (not a boolean schema, not an array). */
export function isNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Follows local `$ref`s (`#/$defs/Name`, or any `#/…` pointer into `root`) until a schema without
 * one. `name` is the last `$defs` key passed through, else the one given; the schema is undefined
 * when a `$ref` is not local or points nowhere.
 *
 * @example locate(root, { $ref: "#/$defs/A" }).name // "A"
 */
export function locate(root: SchemaNode, node: SchemaNode | undefined, name?: string): Located {
  let current = node;
  let currentName = name;
  for (let i = 0; current !== undefined && typeof current.$ref === "string"; i++) {
    if (i >= LIMIT) return { schema: undefined, name: currentName };
    const defName = /^#\/\$defs\/([^/]+)$/.exec(current.$ref)?.[1];
    if (defName !== undefined) currentName = unescapeToken(decodeURIComponent(defName));
    current = stepRef(root, current);
  }
  return { schema: current, name: currentName };
}

/**
 * The schema a local `$ref` points to (followed repeatedly), or the node itself without one.
 * Throws a `ReferenceError` for a `$ref` that is not local or points nowhere: the schema is broken.
 *
 * @example deref({ $ref: "#/$defs/A" }, { $defs: { A: { type: "string" } } }) // { type: "string" }
 */
export function deref(node: SchemaNode, root: SchemaNode): SchemaNode {
  const { schema } = locate(root, node);
  if (schema !== undefined) return schema;
  const ref = String(node.$ref);
  throw new ReferenceError(ref.startsWith("#") ? `$ref ${ref} points nowhere` : `only local $refs are supported, not ${ref}`);
}

/**
 * The schema itself and every subschema it applies to the same value (`allOf`, `anyOf`, `oneOf`
 * branches, recursively, depth first), refs followed. Inline branches keep the enclosing `$defs` name.
 */
export function locatedAlternatives(root: SchemaNode, located: Located): Located[] {
  const out: Located[] = [];
  const visit = (l: Located, depth: number): void => {
    if (l.schema === undefined || depth > LIMIT) return;
    out.push(l);
    for (const key of ["allOf", "anyOf", "oneOf"] as const) {
      const branches = l.schema[key];
      if (!Array.isArray(branches)) continue;
      for (const b of branches) if (isNode(b)) visit(locate(root, b, l.name), depth + 1);
    }
  };
  visit(located, 0);
  return out;
}

/**
 * What the value-walking questions below need of one node, worked out once per (node, root): the
 * mocks ask them for every member of every request and answer. A schema is data built once (by
 * codegen/schema, or by hand in a test) and not modified after it is first walked. Keyed weakly,
 * so a dropped contract takes its entries with it.
 */
interface NodeFacts {
  readonly alternatives: readonly SchemaNode[];
  /** Named members (first alternative that names one wins), then the map value schema. */
  readonly members: ReadonlyMap<string, SchemaNode>;
  readonly otherMembers: SchemaNode | undefined;
  readonly items: SchemaNode | undefined;
  readonly structure: boolean;
  readonly types: ReadonlySet<string>;
}

const FACTS = new WeakMap<SchemaNode, WeakMap<SchemaNode, NodeFacts>>();

function factsOf(node: SchemaNode, root: SchemaNode): NodeFacts {
  let byRoot = FACTS.get(node);
  const known = byRoot?.get(root);
  if (known !== undefined) return known;
  const all = Object.freeze(locatedAlternatives(root, locate(root, node)).map((l) => l.schema!));
  const members = new Map<string, SchemaNode>();
  for (const n of all) {
    const props = n.properties;
    if (!isNode(props)) continue;
    for (const key of Object.keys(props)) if (!members.has(key) && isNode(props[key])) members.set(key, props[key]);
  }
  const types = new Set<string>();
  for (const n of all) {
    if (typeof n.type === "string") types.add(n.type);
    else if (Array.isArray(n.type)) for (const t of n.type) if (typeof t === "string") types.add(t);
  }
  const facts: NodeFacts = {
    alternatives: all,
    members,
    otherMembers: all.map((n) => n.additionalProperties).find(isNode),
    items: all.map((n) => n.items).find(isNode),
    structure: all.some((n) => isNode(n.properties)),
    types,
  };
  if (byRoot === undefined) FACTS.set(node, (byRoot = new WeakMap()));
  byRoot.set(root, facts);
  return facts;
}

/** {@link locatedAlternatives} without the names: the nodes that apply to one value (do not modify the list). */
export function alternatives(node: SchemaNode, root: SchemaNode): readonly SchemaNode[] {
  return factsOf(node, root).alternatives;
}

/**
 * The schema of the member, map value or union member `key` of an object described by `node`;
 * undefined when the schema says nothing about it.
 */
export function memberSchema(node: SchemaNode, root: SchemaNode, key: string): SchemaNode | undefined {
  const facts = factsOf(node, root);
  return facts.members.get(key) ?? facts.otherMembers;
}

/** The schema of the items of a list described by `node`; undefined when it says nothing. */
export function itemSchema(node: SchemaNode, root: SchemaNode): SchemaNode | undefined {
  return factsOf(node, root).items;
}

/** True when `node` describes a structure or union: an object with named `properties`. */
export function isStructureSchema(node: SchemaNode, root: SchemaNode): boolean {
  return factsOf(node, root).structure;
}

/** The JSON types a node admits (`type` as a string or a list), over its alternatives. */
export function schemaTypes(node: SchemaNode, root: SchemaNode): ReadonlySet<string> {
  return factsOf(node, root).types;
}

/**
 * The timestamp wire form a schema node asks for, read the way the schema builder writes it: a
 * string with `format: "date-time"` is a date-time, a string with the http-date pattern is an
 * http-date, a number is epoch seconds. Undefined when the node admits none of these.
 */
export function timestampFormatOfSchema(node: SchemaNode | undefined, root: SchemaNode): TimestampFormat | undefined {
  if (node === undefined) return undefined;
  const all = alternatives(node, root);
  if (all.some((n) => n.format === "date-time")) return "date-time";
  if (all.some((n) => n.pattern === HTTP_DATE_PATTERN)) return "http-date";
  const types = schemaTypes(node, root);
  if (types.has("number") || types.has("integer")) return "epoch-seconds";
  if (types.has("string")) return "date-time";
  return undefined;
}

/**
 * The member path, schema and sensitivity at `pointer` in `root`. `rootName` names the root when
 * it is written inline rather than as a `$ref` into `$defs`.
 *
 * @example
 * positionAt(outputSchema, "/datasetImportJob/dataSource/dataLocation").memberPath // "DataSource.dataLocation"
 */
export function positionAt(root: SchemaNode, pointer: string, rootName = ""): SchemaPosition {
  let here: Located = locate(root, root);
  let path = here.name ?? rootName;
  let sensitive = isSensitive(root, root);
  for (const token of parsePointer(pointer)) {
    const alts = locatedAlternatives(root, here);
    sensitive ||= alts.some((a) => a.schema?.[SENSITIVE_KEYWORD] === true);
    const holder = alts.find((a) => isNode(a.schema?.properties) && Object.prototype.hasOwnProperty.call(a.schema.properties, token));
    if (holder !== undefined) {
      const member = (holder.schema!.properties as Record<string, SchemaNode>)[token]!;
      path = `${holder.name ?? path}.${token}`;
      sensitive ||= isSensitive(member, root);
      here = locate(root, member);
      continue;
    }
    const list = INDEX.test(token) ? alts.find((a) => isNode(a.schema?.items)) : undefined;
    if (list !== undefined) {
      const items = list.schema!.items as SchemaNode;
      path = `${path}[]`;
      sensitive ||= isSensitive(items, root);
      here = locate(root, items);
      continue;
    }
    const map = alts.find((a) => isNode(a.schema?.additionalProperties));
    if (map !== undefined) {
      const values = map.schema!.additionalProperties as SchemaNode;
      path = `${path}{}`;
      sensitive ||= isSensitive(values, root);
      here = locate(root, values);
      continue;
    }
    // Off the schema's knowledge (an unknown member, or below one): keep naming by position.
    const named = alts.find((a) => a.schema?.type === "object" || a.schema?.properties !== undefined);
    if (here.schema === undefined) path = INDEX.test(token) ? `${path}[]` : `${path}.${token}`;
    else path = `${named?.name ?? path}.${token}`;
    here = { schema: undefined, name: undefined };
  }
  if (here.schema !== undefined) sensitive ||= locatedAlternatives(root, here).some((a) => a.schema?.[SENSITIVE_KEYWORD] === true);
  return { memberPath: path, schema: here.schema, sensitive };
}

/**
 * The schema at an instance pointer (`/datasetImportJob/lastUpdatedDateTime`), `$ref`s followed;
 * undefined when the schema does not reach it.
 *
 * @example nodeAt(outputSchema, "/datasetImportJob/status") // { type: "string", maxLength: 256 }
 */
export function nodeAt(root: SchemaNode, pointer: string): SchemaNode | undefined {
  return positionAt(root, pointer).schema;
}

/** True when a member or shape schema, or what its `$ref`s lead to, says `x-smithy-sensitive`. */
function isSensitive(node: SchemaNode, root: SchemaNode): boolean {
  let current: SchemaNode | undefined = node;
  for (let i = 0; current !== undefined && i < LIMIT; i++) {
    if (current[SENSITIVE_KEYWORD] === true) return true;
    current = typeof current.$ref === "string" ? stepRef(root, current) : undefined;
  }
  return false;
}

/** One `$ref` step (not followed further). */
function stepRef(root: SchemaNode, node: SchemaNode): SchemaNode | undefined {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#")) return undefined;
  let target: unknown = root;
  for (const t of parsePointer(decodeURIComponent(ref.slice(1)))) target = isNode(target) && Object.prototype.hasOwnProperty.call(target, t) ? target[t] : undefined;
  return isNode(target) ? target : undefined;
}

/**
 * The schema node that holds the keyword an ajv error names by `schemaPath` (`#/$defs/Arn/pattern`
 * → the `Arn` schema), for the annotations beside it; undefined when the path leaves `root`.
 */
export function keywordHolder(root: SchemaNode, schemaPath: string): SchemaNode | undefined {
  if (!schemaPath.startsWith("#")) return undefined;
  const tokens = parsePointer(decodeURIComponent(schemaPath.slice(1)));
  tokens.pop();
  const walk = (start: SchemaNode | undefined): SchemaNode | undefined => {
    let node: unknown = start;
    for (const t of tokens) {
      if (Array.isArray(node) && INDEX.test(t)) node = node[Number(t)];
      else node = isNode(node) && Object.prototype.hasOwnProperty.call(node, t) ? node[t] : undefined;
    }
    return isNode(node) ? node : undefined;
  };
  // ajv gives the paths inside a root `$ref`'s target relative to that target (`#/properties/a/pattern`).
  return walk(root) ?? (typeof root.$ref === "string" ? walk(stepRef(root, root)) : undefined);
}

/**
 * The `@pattern` text to show for a failed `pattern` keyword: the model's own (`x-smithy-pattern`)
 * where the schema carries a translation, else the schema's pattern.
 */
export function modelPattern(holder: SchemaNode | undefined, pattern: unknown): string {
  const text = holder?.[MODEL_PATTERN_KEYWORD];
  return typeof text === "string" ? text : String(pattern);
}
