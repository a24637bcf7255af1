/**
 * Resolves the relative shape ids an IDL file wrote, once every file's shapes are known: a `use`d
 * name, else a shape of the file's namespace (defined in any file), else a prelude shape, else the
 * namespace (an unresolved id, reported where it matters).
 *
 * @see https://smithy.io/2.0/spec/idl.html#relative-shape-id-resolution
 */
import type { ModelFragment } from "./fragment.ts";
import { putKey } from "./json-values.ts";
import { errorAt } from "./origin.ts";
import { PRELUDE_NAMESPACE } from "./prelude-shapes.ts";
import { isAbsoluteShapeId, isRelativeShapeId, rootOf } from "./shape-ids.ts";

/** Is `id` (absolute, no member) a shape of the model or of the prelude? */
export type ShapeExists = (id: string) => boolean;

export function resolveReferences(fragment: ModelFragment, exists: ShapeExists): void {
  // A file without a namespace (metadata only) resolves against the prelude namespace, as Smithy does.
  const namespace = fragment.namespace ?? PRELUDE_NAMESPACE;
  for (const p of fragment.pending) {
    const raw = p.raw;
    let id: string;
    if (raw.includes("#")) {
      if (!isAbsoluteShapeId(raw)) throw errorAt(p.origin, `${JSON.stringify(raw)} is not a valid shape id`);
      id = raw;
    } else {
      if (!isRelativeShapeId(raw)) throw errorAt(p.origin, `${JSON.stringify(raw)} is not a valid shape id`);
      const dollar = raw.indexOf("$");
      const name = dollar < 0 ? raw : raw.slice(0, dollar);
      const member = dollar < 0 ? "" : raw.slice(dollar);
      const used = fragment.uses.get(name);
      let root: string;
      if (used !== undefined) root = used;
      else if (exists(`${namespace}#${name}`)) root = `${namespace}#${name}`;
      else if (exists(`${PRELUDE_NAMESPACE}#${name}`)) root = `${PRELUDE_NAMESPACE}#${name}`;
      else root = `${namespace}#${name}`;
      id = root + member;
    }
    if (p.kind === "value" && !exists(rootOf(id))) {
      throw errorAt(p.origin, `the unquoted value ${raw} is read as a shape id, but ${rootOf(id)} is not defined (quote it if it is a string)`);
    }
    if (p.ref) p.ref.id = id;
    else if (Array.isArray(p.holder)) p.holder[p.key as number] = id;
    else putKey(p.holder!, p.key as string, id);
  }
}
