/**
 * Reads a Smithy JSON AST file into a {@link ModelFragment}, so JSON and IDL files merge by the same
 * rules. Shape ids in a JSON AST are absolute; problems name the file and a JSON pointer.
 *
 * @see https://smithy.io/2.0/spec/json-ast.html
 */
import { pointer } from "../errors.ts";
import type { MemberDef, ModelFragment, Origin, Ref, ShapeDef, ShapeType, TraitApplication } from "./fragment.ts";
import { isJsonObject } from "./json-values.ts";
import { errorAt } from "./origin.ts";
import { isAbsoluteShapeId } from "./shape-ids.ts";

const TYPES: ReadonlySet<string> = new Set<ShapeType>([
  "blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal",
  "timestamp", "document", "enum", "intEnum", "list", "set", "map", "structure", "union", "service", "operation", "resource",
]);
const NAMED_MEMBERS = new Set(["structure", "union", "enum", "intEnum"]);
const REF_LISTS = ["errors", "operations", "resources", "collectionOperations"] as const;
const REFS = ["input", "output", "put", "create", "read", "update", "delete", "list"] as const;

/**
 * @example
 * jsonFragment({ smithy: "2.0", shapes: { "ex#Name": { type: "string" } } }, "ex.json").shapes[0]!.id; // "ex#Name"
 * @see https://smithy.io/2.0/spec/json-ast.html#top-level-properties
 */
export function jsonFragment(ast: unknown, file: string): ModelFragment {
  const at = (ptr: string): Origin => ({ file, pointer: ptr });
  if (!isJsonObject(ast)) throw errorAt(at(""), "a Smithy JSON AST must be a JSON object");
  const v = ast.smithy;
  if (typeof v !== "string") throw errorAt(at("/smithy"), `missing "smithy" version string`);
  if (!/^[12](\.0)?$/.test(v)) throw errorAt(at("/smithy"), `unsupported Smithy version ${JSON.stringify(v)} (supported: 1.0, 2.0)`);
  const version = v.startsWith("1") ? "1.0" : "2.0";
  const fragment: ModelFragment = { file, format: "json", version, namespace: undefined, uses: new Map(), metadata: [], shapes: [], traits: [], pending: [] };

  if (ast.metadata !== undefined) {
    if (!isJsonObject(ast.metadata)) throw errorAt(at("/metadata"), `"metadata" must be an object`);
    for (const key of Object.keys(ast.metadata)) fragment.metadata.push({ key, value: ast.metadata[key], origin: at(pointer("metadata", key)) });
  }
  const shapes = ast.shapes ?? {};
  if (!isJsonObject(shapes)) throw errorAt(at("/shapes"), `"shapes" must be an object`);
  for (const id of Object.keys(shapes)) {
    const ptr = pointer("shapes", id);
    const def = shapes[id];
    if (!isJsonObject(def)) throw errorAt(at(ptr), "a shape definition must be an object", id);
    if (!isAbsoluteShapeId(id)) throw errorAt(at(ptr), "not a valid absolute shape id (namespace#Name)", id);
    const traits = (owner: string, value: unknown, tptr: string) => {
      if (value === undefined) return;
      if (!isJsonObject(value)) throw errorAt(at(tptr), `"traits" must be an object`, owner);
      for (const name of Object.keys(value)) {
        const origin = at(`${tptr}${pointer(name)}`);
        if (!isAbsoluteShapeId(name)) throw errorAt(origin, `trait ${JSON.stringify(name)} is not an absolute shape id`, owner);
        fragment.traits.push({ target: { id: owner, origin }, trait: { id: name, origin }, value: value[name], annotation: false, origin } satisfies TraitApplication);
      }
    };
    if (def.type === "apply") {
      traits(id, def.traits, `${ptr}/traits`);
      continue;
    }
    if (id.includes("$")) throw errorAt(at(ptr), "only an apply entry may name a member", id);
    if (typeof def.type !== "string" || !TYPES.has(def.type)) throw errorAt(at(`${ptr}/type`), `unknown shape type ${JSON.stringify(def.type)}`, id);
    const type = def.type as ShapeType;
    const shape: ShapeDef = { id, type, origin: at(ptr), version, mixins: refList(def.mixins, `${ptr}/mixins`), members: [] };
    function ref(value: unknown, rptr: string): Ref {
      if (!isJsonObject(value) || typeof value.target !== "string") throw errorAt(at(rptr), `expected {"target": "<shape id>"}`, id);
      if (!isAbsoluteShapeId(value.target)) throw errorAt(at(`${rptr}/target`), `${JSON.stringify(value.target)} is not an absolute shape id`, id);
      return { id: value.target, origin: at(`${rptr}/target`) };
    }
    function refList(value: unknown, rptr: string): Ref[] {
      if (value === undefined) return [];
      if (!Array.isArray(value)) throw errorAt(at(rptr), `expected an array of {"target": "<shape id>"}`, id);
      return value.map((r, i) => ref(r, `${rptr}/${i}`));
    }
    const member = (name: string, m: unknown, mptr: string) => {
      if (!isJsonObject(m)) throw errorAt(at(mptr), `a member must be an object with a "target"`, `${id}$${name}`);
      shape.members.push({ name, target: ref(m, mptr), origin: at(mptr) } satisfies MemberDef);
      traits(`${id}$${name}`, m.traits, `${mptr}/traits`);
    };
    if (NAMED_MEMBERS.has(type) && def.members !== undefined) {
      if (!isJsonObject(def.members)) throw errorAt(at(`${ptr}/members`), `"members" must be an object`, id);
      for (const name of Object.keys(def.members)) member(name, def.members[name], `${ptr}/members${pointer(name)}`);
    }
    for (const k of ["member", "key", "value"]) if (def[k] !== undefined) member(k, def[k], `${ptr}/${k}`);
    for (const k of REFS) if (def[k] !== undefined) shape[k] = ref(def[k], `${ptr}/${k}`);
    for (const k of REF_LISTS) if (def[k] !== undefined) shape[k] = refList(def[k], `${ptr}/${k}`);
    if (typeof def.version === "string") shape.serviceVersion = def.version;
    for (const k of ["identifiers", "properties"] as const) {
      const named = def[k];
      if (named === undefined) continue;
      if (!isJsonObject(named)) throw errorAt(at(`${ptr}/${k}`), `"${k}" must be an object`, id);
      shape[k] = Object.keys(named).map((n) => [n, ref(named[n], `${ptr}/${k}${pointer(n)}`)]);
    }
    if (def.rename !== undefined) {
      const rename = def.rename;
      if (!isJsonObject(rename)) throw errorAt(at(`${ptr}/rename`), `"rename" must be an object`, id);
      shape.rename = Object.keys(rename).map((from) => {
        const to = rename[from];
        if (typeof to !== "string") throw errorAt(at(`${ptr}/rename${pointer(from)}`), "a rename must be a string", id);
        return [from, to];
      });
    }
    fragment.shapes.push(shape);
    traits(id, def.traits, `${ptr}/traits`);
  }
  return fragment;
}

