/**
 * The body of a `service` or `resource` statement is a node object; this reads its properties into
 * the shape definition. Unknown properties are ignored (Smithy only warns about them).
 *
 * @see https://smithy.io/2.0/spec/service-types.html#service
 * @see https://smithy.io/2.0/spec/service-types.html#resource
 */
import type { Origin, Ref, ShapeDef } from "../sources/fragment.ts";
import { isJsonObject, type JsonObject } from "../sources/json-values.ts";

const RESOURCE_SINGLE = ["put", "create", "read", "update", "delete", "list"] as const;

/** Where each value of the body was written: holder → key → origin. */
export type BodyOrigins = Map<unknown, Map<string | number, Origin>>;

export function bodyToEntity(
  def: ShapeDef,
  body: JsonObject,
  origins: BodyOrigins,
  ref: (raw: string, origin: Origin) => Ref,
  fail: (origin: Origin, message: string) => Error,
): void {
  const at = (holder: unknown, key: string | number): Origin => origins.get(holder)?.get(key) ?? def.origin;
  const id = (holder: unknown, key: string | number, what: string): Ref => {
    const v = (holder as Record<string | number, unknown>)[key];
    if (typeof v !== "string") throw fail(at(holder, key), `${what} must be a shape id, found ${JSON.stringify(v)}`);
    return ref(v, at(holder, key));
  };
  const ids = (key: string): Ref[] | undefined => {
    const v = body[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) throw fail(at(body, key), `${key} must be a list of shape ids, found ${JSON.stringify(v)}`);
    return v.map((_, i) => id(v, i, `each of ${key}`));
  };
  const named = (key: string): [string, Ref][] | undefined => {
    const v = body[key];
    if (v === undefined) return undefined;
    if (!isJsonObject(v)) throw fail(at(body, key), `${key} must be an object of names to shape ids`);
    return Object.keys(v).map((name) => [name, id(v, name, `${key}.${name}`)]);
  };

  if (def.type === "service") {
    const version = body.version;
    if (version !== undefined) {
      if (typeof version !== "string") throw fail(at(body, "version"), `version must be a string, found ${JSON.stringify(version)}`);
      def.serviceVersion = version;
    }
    for (const k of ["operations", "resources", "errors"] as const) {
      const list = ids(k);
      if (list) def[k] = list;
    }
    const rename = body.rename;
    if (rename !== undefined) {
      if (!isJsonObject(rename)) throw fail(at(body, "rename"), `rename must be an object of shape ids to names`);
      def.rename = Object.keys(rename).map((from) => {
        const to = rename[from];
        if (!from.includes("#")) throw fail(at(body, "rename"), `rename keys must be absolute shape ids (namespace#Name), found ${JSON.stringify(from)}`);
        if (typeof to !== "string") throw fail(at(rename, from), `rename of ${from} must be a string`);
        return [from, to];
      });
    }
    return;
  }
  for (const k of RESOURCE_SINGLE) if (body[k] !== undefined) def[k] = id(body, k, k);
  for (const k of ["operations", "resources", "collectionOperations"] as const) {
    const list = ids(k);
    if (list) def[k] = list;
  }
  const identifiers = named("identifiers");
  if (identifiers) def.identifiers = identifiers;
  const properties = named("properties");
  if (properties) def.properties = properties;
}
