/**
 * Applies every trait of every file to its shape or member, in file order: on definitions, on
 * members, by `apply` (to shapes of any file, and to members inherited from mixins) and by
 * documentation comments. An annotation trait (`@name` with no value) takes the empty value its
 * definition implies: `{}` for a structure or map (or a trait the model does not define), `[]` for a
 * list, `null` otherwise. Applying a trait twice is fine when the values are equal, and list values
 * are concatenated; anything else is a conflict.
 *
 * @see https://smithy.io/2.0/spec/model.html#trait-conflict-resolution
 * @see https://smithy.io/2.0/spec/idl.html#trait-values
 */
import type { ModelFragment, TraitApplication } from "./fragment.ts";
import { jsonEqual } from "./json-values.ts";
import type { ModelState, TraitMap } from "./model-state.ts";
import { describeOrigin, errorAt } from "./origin.ts";
import { PRELUDE_NAMESPACE } from "./prelude-shapes.ts";
import { namespaceOf, rootOf } from "./shape-ids.ts";

/** The type of the shape that defines a trait, if any file or the prelude defines it. */
export type TraitTypeOf = (traitId: string) => string | undefined;

export function applyTraits(fragments: readonly ModelFragment[], state: ModelState, typeOf: TraitTypeOf): void {
  // Smithy's order (it matters for concatenated lists and for which of two conflicting values is
  // reported): JSON AST traits as files are read, then IDL traits once all files are read, and the
  // traits of IDL `apply` statements last — each in file order.
  for (const f of fragments) if (f.format === "json") for (const app of f.traits) applyOne(app, state, typeOf);
  for (const f of fragments) if (f.format === "idl") for (const app of f.traits) if (!app.viaApply) applyOne(app, state, typeOf);
  for (const f of fragments) if (f.format === "idl") for (const app of f.traits) if (app.viaApply) applyOne(app, state, typeOf);
}

function applyOne(app: TraitApplication, state: ModelState, typeOf: TraitTypeOf): void {
  const targetId = app.target.id;
  // Prelude shapes are built in and never printed; a restated prelude file's traits change nothing.
  if (namespaceOf(targetId) === PRELUDE_NAMESPACE) return;
  const root = rootOf(targetId);
  const shape = state.get(root);
  let traits: TraitMap | undefined = shape?.traits;
  if (shape && root !== targetId) traits = shape.members.get(targetId.slice(root.length + 1))?.traits;
  if (!traits) throw errorAt(app.origin, `trait ${app.trait.id} is applied to ${targetId}, which is not defined`);
  const traitId = app.trait.id;
  const value = app.annotation ? annotationValue(typeOf(traitId)) : app.value;
  const sugar = app.sugar === true;
  const existing = traits.get(traitId);
  if (!existing) {
    traits.set(traitId, { value, origin: app.origin, sugar });
  } else if (sugar) {
    // `= value` never overrides an explicit trait.
  } else if (existing.sugar) {
    traits.set(traitId, { value, origin: app.origin, sugar: false });
  } else if (Array.isArray(existing.value) && Array.isArray(value)) {
    existing.value = [...existing.value, ...value];
  } else if (!jsonEqual(existing.value, value)) {
    throw errorAt(
      app.origin,
      `trait ${traitId} conflicts with the value applied at ${describeOrigin(existing.origin)} (${clip(existing.value)} there, ${clip(value)} here)`,
      targetId,
    );
  }
}

function annotationValue(type: string | undefined): unknown {
  if (type === "list" || type === "set") return [];
  if (type === undefined || type === "structure" || type === "map") return {};
  return null;
}

function clip(v: unknown): string {
  const s = JSON.stringify(v) ?? "null";
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
