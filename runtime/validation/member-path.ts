/**
 * Where a JSON pointer lands in a schema, named the way a Smithy user thinks of it: the member of a
 * shape (`DatasetImportJob.jobName`) rather than a position in the data (`/datasetImportJob/jobName`).
 *
 * Our schemas (codegen/emit/json-schema) keep every named shape under `$defs` keyed by its shape
 * name and refer to it as `#/$defs/<Name>`; that key is how a member is named here:
 *
 * - a structure or union member: `<Shape>.<member>`, Shape being the `$defs` key of the structure
 *   that holds the member (`DatasetImportJob.jobName`), or the root's name for a root written inline
 *   (error bodies: `InvalidInputException.message`);
 * - a list item: the list member's path + `[]` (`Recipe.tags[]`), at any depth (`A.b[][]`);
 * - a map value: the map member's path + `{}` (`Shape.attributes{}`); a map key: + `{key}`;
 * - a member the schema does not know (an unknown member): `<Shape>.<name>` all the same.
 *
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-8.2.4 ($defs)
 */
import { pointerTokens } from "./pointer.ts";

/** A JSON Schema object (draft 2020-12). */
export type Schema = Readonly<Record<string, unknown>>;

/** A schema reached along a pointer, with the `$defs` key it was reached through (if any). */
export interface Located {
  readonly schema: Schema | undefined;
  readonly name: string | undefined;
}

export interface SchemaPosition {
  /** The member path of the position (see the module comment). */
  readonly memberPath: string;
  /** The schema at the position ($refs followed), undefined past the schema's knowledge. */
  readonly schema: Schema | undefined;
}

const REF_LIMIT = 64;

/**
 * Follows local `$ref`s (`#/$defs/Name`, or any `#/…` pointer into `root`) until a schema without
 * one. `name` is the last `$defs` key passed through, else the one given.
 */
export function resolveRef(root: Schema, schema: Schema | undefined, name?: string): Located {
  let current = schema;
  let currentName = name;
  for (let i = 0; current !== undefined && typeof current.$ref === "string" && i < REF_LIMIT; i++) {
    const ref: string = current.$ref;
    if (!ref.startsWith("#")) return { schema: undefined, name: currentName };
    const tokens = pointerTokens(decodeURIComponent(ref.slice(1)));
    let target: unknown = root;
    for (const t of tokens) target = isSchema(target) && Object.hasOwn(target, t) ? target[t] : undefined;
    if (tokens.length === 2 && tokens[0] === "$defs") currentName = tokens[1];
    current = isSchema(target) ? target : undefined;
  }
  return { schema: current, name: currentName };
}

/**
 * The schema itself and every subschema it applies to the same value (`allOf`, `anyOf`, `oneOf`
 * branches, recursively), refs followed. Inline branches keep the enclosing `$defs` name.
 */
export function alternatives(root: Schema, located: Located): Located[] {
  const out: Located[] = [];
  const visit = (l: Located, depth: number): void => {
    if (l.schema === undefined || depth > REF_LIMIT) return;
    out.push(l);
    for (const key of ["allOf", "anyOf", "oneOf"] as const) {
      const branches = l.schema[key];
      if (!Array.isArray(branches)) continue;
      for (const b of branches) if (isSchema(b)) visit(resolveRef(root, b, l.name), depth + 1);
    }
  };
  visit(located, 0);
  return out;
}

/**
 * The member path and schema at `pointer` in `root`. `rootName` names the root when it is written
 * inline rather than as a `$ref` to `$defs`.
 *
 * @example
 * schemaAt(outputSchema, "/datasetImportJob/dataSource/dataLocation").memberPath // "DataSource.dataLocation"
 */
export function schemaAt(root: Schema, pointer: string, rootName = ""): SchemaPosition {
  let here: Located = resolveRef(root, root);
  let path = here.name ?? rootName;
  for (const token of pointerTokens(pointer)) {
    const alts = alternatives(root, here);
    const holder = alts.find((a) => isSchema(a.schema?.properties) && Object.hasOwn(a.schema.properties, token));
    if (holder !== undefined) {
      path = `${holder.name ?? path}.${token}`;
      here = resolveRef(root, (holder.schema!.properties as Record<string, Schema>)[token]);
      continue;
    }
    const list = /^(0|[1-9][0-9]*)$/.test(token) ? alts.find((a) => isSchema(a.schema?.items)) : undefined;
    if (list !== undefined) {
      path = `${path}[]`;
      here = resolveRef(root, list.schema!.items as Schema);
      continue;
    }
    const map = alts.find((a) => isSchema(a.schema?.additionalProperties));
    if (map !== undefined) {
      path = `${path}{}`;
      here = resolveRef(root, map.schema!.additionalProperties as Schema);
      continue;
    }
    // Off the schema's knowledge (an unknown member, or below one): keep naming by position.
    const named = alts.find((a) => a.schema?.type === "object" || a.schema?.properties !== undefined);
    if (here.schema === undefined) path = /^(0|[1-9][0-9]*)$/.test(token) ? `${path}[]` : `${path}.${token}`;
    else path = `${named?.name ?? path}.${token}`;
    here = { schema: undefined, name: undefined };
  }
  return { memberPath: path, schema: here.schema };
}

export function isSchema(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
