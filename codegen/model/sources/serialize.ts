/**
 * Prints the assembled model as Smithy's reference loader prints a loaded model (the Smithy CLI's
 * `smithy ast`): shapes sorted by id, prelude shapes left out, each shape with only what it
 * introduces (members and traits inherited from mixins are not repeated; traits a shape adds to an
 * inherited member become an `apply` entry), traits sorted by id, id lists sorted as Smithy sorts
 * shape ids, operations with their input and output always given, metadata keys sorted.
 *
 * @see https://smithy.io/2.0/spec/json-ast.html
 */
import type { Ref, ShapeDef } from "./fragment.ts";
import { compareCodeUnits, putKey, withSortedKeys, type JsonObject } from "./json-values.ts";
import type { ModelState, ShapeState, TraitMap } from "./model-state.ts";
import { PRELUDE_NAMESPACE } from "./prelude-shapes.ts";
import { compareShapeIds, namespaceOf } from "./shape-ids.ts";

/** A Smithy JSON AST, exactly as the JSON AST chapter defines it. */
export interface JsonAst {
  smithy: "2.0";
  metadata?: JsonObject;
  shapes: JsonObject;
}

const UNIT = "smithy.api#Unit";
/** Traits never printed: `@box` is a 1.0 trait Smithy keeps internally only. */
const HIDDEN = new Set(["smithy.api#box"]);

export function serializeModel(state: ModelState, metadata: JsonObject | undefined): JsonAst {
  const shapes: JsonObject = {};
  const entries: [string, unknown][] = [];
  for (const [id, s] of state) {
    if (namespaceOf(id) === PRELUDE_NAMESPACE) continue;
    entries.push([id, shapeNode(s, state)]);
    for (const m of s.members.values()) {
      if (!m.fromMixin) continue;
      const traits = traitsNode(m.traits);
      if (traits) entries.push([`${id}$${m.name}`, { type: "apply", traits }]);
    }
  }
  entries.sort((a, b) => compareCodeUnits(a[0], b[0]));
  for (const [id, node] of entries) putKey(shapes, id, node);
  const ast: JsonAst = { smithy: "2.0", shapes };
  if (metadata && Object.keys(metadata).length > 0) {
    const sorted = withSortedKeys(metadata) as JsonObject;
    return { smithy: "2.0", metadata: sorted, shapes };
  }
  return ast;
}

function shapeNode(s: ShapeState, state: ModelState): JsonObject {
  const def = s.def;
  const node: JsonObject = { type: def.type === "set" ? "list" : def.type };
  if (def.mixins.length > 0) node.mixins = def.mixins.map(target);
  switch (def.type) {
    case "structure":
    case "union":
    case "enum":
    case "intEnum": {
      const members: JsonObject = {};
      for (const m of s.members.values()) {
        if (m.fromMixin) continue;
        const traits = def.type === "enum" && !m.traits.has("smithy.api#enumValue") ? withEnumValue(m.traits, m.name) : m.traits;
        putKey(members, m.name, memberNode(m.target, traits));
      }
      node.members = members;
      break;
    }
    case "list":
    case "set":
    case "map":
      for (const m of s.members.values()) if (!m.fromMixin) node[m.name] = memberNode(m.target, m.traits);
      break;
    case "operation":
      node.input = { target: inherited(def, state, "input") ?? UNIT };
      node.output = { target: inherited(def, state, "output") ?? UNIT };
      if (def.errors?.length) node.errors = sortedRefs(def.errors);
      break;
    case "resource":
      resourceNode(def, state, node);
      break;
    case "service":
      if (def.serviceVersion !== undefined && def.serviceVersion.trim() !== "") node.version = def.serviceVersion;
      for (const k of ["operations", "resources", "errors"] as const) if (def[k]?.length) node[k] = sortedRefs(def[k]!);
      if (def.rename?.length) {
        const rename: JsonObject = {};
        for (const [from, to] of def.rename) putKey(rename, from, to);
        node.rename = rename;
      }
      break;
    default:
      break;
  }
  let traits = s.traits;
  if (def.type === "set" && !traits.has("smithy.api#uniqueItems")) {
    traits = new Map(traits).set("smithy.api#uniqueItems", { value: {}, origin: def.origin, sugar: false });
  }
  const t = traitsNode(traits);
  if (t) node.traits = t;
  return node;
}

function resourceNode(def: ShapeDef, state: ModelState, node: JsonObject): void {
  for (const k of ["identifiers", "properties"] as const) {
    const named = new Map<string, string>();
    collect(def, state, (d) => {
      for (const [name, ref] of d[k] ?? []) named.set(name, ref.id);
    });
    if (named.size > 0) {
      const out: JsonObject = {};
      for (const [name, id] of named) putKey(out, name, { target: id });
      node[k] = out;
    }
  }
  for (const k of ["put", "create", "read", "update", "delete", "list"] as const) {
    const id = inherited(def, state, k);
    if (id !== undefined) node[k] = { target: id };
  }
  if (def.operations?.length) node.operations = sortedRefs(def.operations);
  const collection = new Map<string, Ref>();
  collect(def, state, (d) => {
    for (const r of d.collectionOperations ?? []) collection.set(r.id, r);
  });
  if (collection.size > 0) node.collectionOperations = sortedRefs([...collection.values()]);
  if (def.resources?.length) node.resources = sortedRefs(def.resources);
}

/** Visits a shape's mixins (depth first, in order), then the shape itself. */
function collect(def: ShapeDef, state: ModelState, visit: (d: ShapeDef) => void, seen = new Set<string>()): void {
  if (seen.has(def.id)) return;
  seen.add(def.id);
  for (const m of def.mixins) {
    const mixin = state.get(m.id)?.def;
    if (mixin) collect(mixin, state, visit, seen);
  }
  visit(def);
}

/** A single-reference property, from the shape or else from its mixins. */
function inherited(def: ShapeDef, state: ModelState, key: "input" | "output" | "put" | "create" | "read" | "update" | "delete" | "list"): string | undefined {
  let found: string | undefined;
  collect(def, state, (d) => {
    if (d[key] !== undefined) found = d[key]!.id;
  });
  return found;
}

function memberNode(targetId: string, traits: TraitMap): JsonObject {
  const node: JsonObject = { target: targetId };
  const t = traitsNode(traits);
  if (t) node.traits = t;
  return node;
}

function withEnumValue(traits: TraitMap, name: string): TraitMap {
  return new Map(traits).set("smithy.api#enumValue", { value: name, origin: { file: "" }, sugar: false });
}

function traitsNode(traits: TraitMap): JsonObject | undefined {
  if (traits.size === 0) return undefined;
  const ids = [...traits.keys()].filter((id) => !HIDDEN.has(id)).sort(compareCodeUnits);
  if (ids.length === 0) return undefined;
  const out: JsonObject = {};
  for (const id of ids) putKey(out, id, traits.get(id)!.value);
  return out;
}

function target(r: Ref): JsonObject {
  return { target: r.id };
}

/** Id lists print sorted, without repeats (Smithy keeps them as sets). */
function sortedRefs(refs: readonly Ref[]): JsonObject[] {
  return [...new Set(refs.map((r) => r.id))].sort(compareShapeIds).map((id) => ({ target: id }));
}
