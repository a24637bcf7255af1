/**
 * Metadata of all files merged into one object: the same key in two files is fine when both values
 * are lists (they are concatenated) or equal; otherwise it is a conflict.
 *
 * @see https://smithy.io/2.0/spec/model.html#merging-metadata
 */
import type { ModelFragment, Origin } from "./fragment.ts";
import { jsonEqual, putKey, type JsonObject } from "./json-values.ts";
import { describeOrigin, errorAt } from "./origin.ts";

export function mergeMetadata(fragments: readonly ModelFragment[]): JsonObject {
  const out: JsonObject = {};
  const origins = new Map<string, Origin>();
  for (const f of fragments) {
    for (const { key, value, origin } of f.metadata) {
      const seen = origins.get(key);
      if (seen === undefined) {
        putKey(out, key, value);
        origins.set(key, origin);
      } else if (Array.isArray(out[key]) && Array.isArray(value)) {
        putKey(out, key, [...(out[key] as unknown[]), ...value]);
      } else if (!jsonEqual(out[key], value)) {
        throw errorAt(origin, `metadata ${JSON.stringify(key)} conflicts with the value given at ${describeOrigin(seen)}`);
      }
    }
  }
  return out;
}
