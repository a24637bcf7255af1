/**
 * How the restJson1 contract properties compare what the client and the mock saw with what was
 * drawn: values as plain data (`plain`), and documents with the `@default`s a Smithy server fills
 * in, read from the model here — not by the runtime under test.
 *
 * @see https://smithy.io/2.0/spec/type-refinement-traits.html#default-value-serialization
 */
import type { Shape } from "../../../../codegen/model/shapes.ts";

/**
 * `value` as data `toStrictEqual` compares whatever its keys and classes: Dates as their
 * milliseconds, byte arrays (a `Uint8Array`, or the SDK's `Uint8ArrayBlobAdapter` subclass for a
 * blob payload) as their bytes, objects as their entries sorted by key, with members whose value
 * is `undefined` left out (the SDK's deserializers may write an absent member as `undefined`: to a
 * caller both read the same).
 */
export function plain(value: unknown): unknown {
  if (value instanceof Date) return { Date: value.getTime() };
  if (ArrayBuffer.isView(value)) return { bytes: Array.from(value as Uint8Array) };
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { object: entries.map(([k, v]) => [k, plain(v)]) };
}

/** Kinds whose `@default` is the same in wire and SDK form (the models' defaults are all of these). */
const SCALARS = new Set(["byte", "short", "integer", "long", "float", "double", "boolean", "string", "enum", "intEnum"]);

/**
 * `value` (of `shape`, wire or SDK form) with the `@default` of every structure member it leaves
 * out, at every depth, as a Smithy server serializes them.
 */
export function withModelDefaults(value: unknown, shape: Shape): unknown {
  if (typeof value !== "object" || value === null) return value;
  switch (shape.kind) {
    case "structure": {
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const m of shape.members) {
        if (out[m.name] !== undefined) out[m.name] = withModelDefaults(out[m.name], m.target);
        else if (m.effective.hasDefault && m.effective.default !== null && m.effective.default !== undefined && SCALARS.has(m.target.kind)) out[m.name] = m.effective.default;
      }
      return out;
    }
    case "union": {
      const [name, member] = Object.entries(value as Record<string, unknown>)[0] ?? [];
      const target = shape.members.find((m) => m.name === name)?.target;
      return name === undefined || target === undefined ? value : { [name]: withModelDefaults(member, target) };
    }
    case "list":
      return Array.isArray(value) ? value.map((v) => withModelDefaults(v, shape.member.target)) : value;
    case "map": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) Object.defineProperty(out, k, { value: withModelDefaults(v, shape.value.target), enumerable: true, writable: true, configurable: true });
      return out;
    }
    default:
      return value;
  }
}
