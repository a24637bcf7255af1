/**
 * Lists and maps: one to three items or entries (within `@length`; the least allowed once the walk
 * is deep in a recursion), never null in a `@sparse` collection, items unique when `@uniqueItems`
 * asks (compared by canonical JSON, as the schema's `uniqueItems` does) and map keys unique. An item
 * that repeats one already drawn is drawn again, up to {@link REDRAWS} times per item.
 *
 * @see https://smithy.io/2.0/spec/aggregate-types.html#list
 * @see https://smithy.io/2.0/spec/aggregate-types.html#map
 */
import type { CollectionConstraints } from "../../arbitraries/aggregates.ts";
import { canonicalJson } from "../../serde/canonical.ts";
import type { Rng } from "./random.ts";

/** Draws per item before a collection settles for fewer distinct items. */
const REDRAWS = 8;

/** How many items or entries: 1–3 within `@length`; at the least allowed when `shallow` (deep in a recursion). */
export function collectionSize(c: CollectionConstraints, shallow: boolean, rng: Rng): number {
  const min = c.minLength ?? 0;
  const max = c.maxLength ?? Infinity;
  if (shallow) return min;
  const lo = Math.max(min, 1);
  const hi = Math.min(max, Math.max(lo, 3));
  return lo > max ? max : rng.between(lo, hi);
}

/** `count` items from `draw(index, attempt)`, distinct by canonical JSON when `unique` (fewer when the space runs out, never below `min` while redraws find new ones). */
export function drawItems(count: number, unique: boolean, min: number, draw: (index: number, attempt: number) => unknown): unknown[] {
  const items: unknown[] = [];
  const seen = new Set<string>();
  for (let i = 0; items.length < count && i < count + REDRAWS * Math.max(count, min); i++) {
    const item = draw(items.length, i);
    if (!unique) {
      items.push(item);
      continue;
    }
    const key = canonicalJson(item);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}

/** A map of `count` entries with distinct keys from `drawKey(index, attempt)` and values from `drawValue(key)`. */
export function drawEntries(count: number, min: number, drawKey: (index: number, attempt: number) => string, drawValue: (key: string) => unknown): Record<string, unknown> {
  const keys = drawItems(count, true, min, drawKey) as string[];
  // fromEntries defines own properties, so a key named __proto__ stays an entry.
  return Object.fromEntries(keys.map((k) => [k, drawValue(k)]));
}
