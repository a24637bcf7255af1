/**
 * The `@internal` values of enums: an enum shape's members with `@internal`, and a Smithy 1.0
 * `@enum` string's entries tagged `internal` where the loader keeps tags. A service accepts them,
 * but Smithy's framework validation error leaves them out of the values it lists
 * (`Member must satisfy enum value set: [abc, def, jkl]`; compliance `RestJsonMalformedEnum*`).
 *
 * @see https://smithy.io/2.0/spec/documentation-traits.html#internal-trait
 */
import type { Shape } from "../model/shapes.ts";
import { unreadTraits } from "../model/traits.ts";

/**
 * The internal values of the enums among `shapes`, by the shape's key (as `ServiceContract.shapes`
 * keys them); only enums that have some.
 *
 * @example internalEnumValuesOf([enumString], keys) // { EnumString: ["ghi"] }
 */
export function internalEnumValuesOf(shapes: Iterable<Shape>, keys: ReadonlyMap<string, string>): Record<string, readonly string[]> {
  const entries: [string, string[]][] = [];
  for (const shape of shapes) {
    if (shape.kind !== "enum") continue;
    const key = keys.get(shape.id);
    const internal = shape.members.filter((m) => unreadTraits(m.traits).has("smithy.api#internal")).map((m) => m.value);
    if (key !== undefined && internal.length > 0) entries.push([key, internal]);
  }
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
