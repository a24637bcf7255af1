/**
 * Merges the fragments of every model file into one Smithy JSON AST, by the specification's rules:
 * relative shape ids resolved against the whole model, a shape defined twice only if both
 * definitions are the same, traits applied from any file (conflicts are errors), mixins applied,
 * Smithy 1.0 files read with 1.0 semantics, metadata merged. The result is what Smithy's reference
 * loader prints for the same files.
 *
 * @see https://smithy.io/2.0/spec/model.html#merging-model-files
 */
import { withArticle } from "../../../runtime/text/article.ts";
import { applyTraits } from "./apply-traits.ts";
import type { ModelFragment, Ref, ShapeDef } from "./fragment.ts";
import { applyV1Semantics } from "./interop.ts";
import { MemberBuilder, adoptTraitsOfLastMixin } from "./members.ts";
import { mergeMetadata } from "./metadata.ts";
import type { ModelState } from "./model-state.ts";
import { describeOrigin, errorAt } from "./origin.ts";
import { PRELUDE_NAMESPACE, PRELUDE_TYPES } from "./prelude-shapes.ts";
import { resolveReferences } from "./resolve.ts";
import { serializeModel, type JsonAst } from "./serialize.ts";
import { namespaceOf } from "./shape-ids.ts";

export type { JsonAst } from "./serialize.ts";

/**
 * @example
 * const ast = assembleModel([parseIdl('$version: "2"\nnamespace ex\nstring Name\n', "ex.smithy")]);
 * ast.shapes["ex#Name"]; // { type: "string" }
 * @throws ModelError naming the file, the line and column (or JSON pointer) and the shape id.
 */
export function assembleModel(fragments: readonly ModelFragment[]): JsonAst {
  const defs = new Map<string, ShapeDef>();
  const preludeDefs = new Map<string, ShapeDef>();
  const duplicates: [ShapeDef, ShapeDef][] = [];
  for (const f of fragments) {
    for (const d of f.shapes) {
      if (namespaceOf(d.id) === PRELUDE_NAMESPACE) {
        // A restated prelude (Smithy's prelude.smithy given as a model file) defines nothing new.
        const builtIn = PRELUDE_TYPES.get(d.id.slice(d.id.indexOf("#") + 1));
        if (builtIn !== undefined && builtIn !== d.type) throw errorAt(d.origin, `conflicts with the prelude, where it is ${builtIn === "intEnum" || builtIn === "enum" ? "an" : "a"} ${builtIn}`, d.id);
        preludeDefs.set(d.id, d);
        continue;
      }
      const first = defs.get(d.id);
      if (first) duplicates.push([first, d]);
      else defs.set(d.id, d);
    }
  }
  const exists = (id: string) =>
    defs.has(id) || (namespaceOf(id) === PRELUDE_NAMESPACE && (PRELUDE_TYPES.has(id.slice(PRELUDE_NAMESPACE.length + 1)) || preludeDefs.has(id)));
  for (const f of fragments) resolveReferences(f, exists);
  for (const [first, second] of duplicates) {
    if (definitionKey(first) !== definitionKey(second)) {
      const how = first.type !== second.type ? `: ${withArticle(first.type)} here and ${withArticle(second.type)} at ${describeOrigin(second.origin)}` : ` here and at ${describeOrigin(second.origin)} (their members or properties differ)`;
      throw errorAt(first.origin, `defined twice, differently${how}`, first.id);
    }
  }
  checkReferences(defs, exists);

  const members = new MemberBuilder(defs);
  const state: ModelState = new Map();
  for (const [id, def] of defs) state.set(id, { def, members: members.membersOf(id), traits: new Map() });
  const typeOf = (traitId: string) => defs.get(traitId)?.type ?? preludeDefs.get(traitId)?.type ?? (namespaceOf(traitId) === PRELUDE_NAMESPACE ? PRELUDE_TYPES.get(traitId.slice(PRELUDE_NAMESPACE.length + 1)) : undefined);
  applyTraits(fragments, state, typeOf);
  adoptTraitsOfLastMixin(state);
  checkVersions(state);
  checkMixins(state);
  applyV1Semantics(state);
  return serializeModel(state, mergeMetadata(fragments));
}

/** What must match for a shape defined twice (its traits merge separately). */
function definitionKey(d: ShapeDef): string {
  const ids = (refs: readonly Ref[] | undefined) => refs?.map((r) => r.id);
  return JSON.stringify([
    d.type, ids(d.mixins), d.members.map((m) => [m.name, m.target?.id]), d.forResource?.id, d.input?.id, d.output?.id, ids(d.errors),
    d.serviceVersion, ids(d.operations), ids(d.resources), d.rename, d.identifiers?.map(([n, r]) => [n, r.id]),
    d.properties?.map(([n, r]) => [n, r.id]), d.put?.id, d.create?.id, d.read?.id, d.update?.id, d.delete?.id, d.list?.id,
    ids(d.collectionOperations),
  ]);
}

/** Every shape a definition refers to must exist (member targets, bindings, mixins). */
function checkReferences(defs: ReadonlyMap<string, ShapeDef>, exists: (id: string) => boolean): void {
  for (const d of defs.values()) {
    const check = (ref: Ref | undefined, what: string, shapeId = d.id) => {
      if (ref && !exists(ref.id)) throw errorAt(ref.origin, `${what} ${ref.id} is not defined`, shapeId);
    };
    for (const m of d.mixins) check(m, "mixin");
    for (const m of d.members) check(m.target, "target", `${d.id}$${m.name}`);
    for (const k of ["input", "output", "put", "create", "read", "update", "delete", "list"] as const) check(d[k], k);
    for (const k of ["errors", "operations", "resources", "collectionOperations"] as const) for (const r of d[k] ?? []) check(r, k === "errors" ? "error" : k.slice(0, -1).replace(/O/, " o"));
    for (const k of ["identifiers", "properties"] as const) for (const [name, r] of d[k] ?? []) check(r, `${k.slice(0, -1).replace(/ie$/, "y")} ${name} targets`);
  }
}

/** Shapes and traits one IDL version allows and the other does not. */
function checkVersions(state: ModelState): void {
  for (const s of state.values()) {
    const d = s.def;
    if (d.version === "2.0") {
      if (d.type === "set") throw errorAt(d.origin, "set is not part of Smithy IDL 2.0; use a list with @uniqueItems", d.id);
      const boxed = [{ id: d.id, traits: s.traits }, ...[...s.members.values()].map((m) => ({ id: `${d.id}$${m.name}`, traits: m.traits }))].find((x) => x.traits.has("smithy.api#box"));
      if (boxed) throw errorAt(boxed.traits.get("smithy.api#box")!.origin, "@box is not part of Smithy IDL 2.0; use @default, or leave it without one to be optional", boxed.id);
    } else if (d.type === "enum" || d.type === "intEnum") {
      throw errorAt(d.origin, `${d.type} shapes need Smithy IDL 2.0 (add $version: "2" at the top of the file)`, d.id);
    }
    if (d.type === "intEnum") {
      for (const m of s.members.values()) {
        if (!m.fromMixin && !m.traits.has("smithy.api#enumValue")) throw errorAt(m.origin, "an intEnum member needs a value (NAME = 1)", `${d.id}$${m.name}`);
      }
    }
  }
}


function checkMixins(state: ModelState): void {
  for (const s of state.values()) {
    for (const m of s.def.mixins) {
      const mixin = state.get(m.id);
      if (!mixin || !mixin.traits.has("smithy.api#mixin")) throw errorAt(s.def.origin, `${m.id} is used as a mixin but has no @mixin trait`, s.def.id);
    }
  }
}
