/**
 * The small leaves: enum values, booleans, blobs and documents.
 *
 * - An enum (or intEnum) takes any of its values, uniformly; only a *status or state* enum (one
 *   whose names have the word status or state) takes a settled, healthy value (`ACTIVE`,
 *   `AVAILABLE`, `ENABLED`, `SUCCEEDED`, `COMPLETED`, `READY`, …) half of the time when it has one.
 * - A boolean is true or false alike.
 * - A blob is a few readable bytes (a phrase, cut or padded to `@length`), base64 on the wire.
 * - A document is a small JSON object of one to three entries (word keys, word or number values).
 *
 * @see https://smithy.io/2.0/spec/simple-types.html
 */
import { encodeBase64 } from "../../protocol/base64.ts";
import type { LengthBounds } from "../plan.ts";
import type { Rng } from "./random.ts";
import { ADJECTIVES, NOUNS } from "./vocabulary.ts";
import { nameWords } from "./words.ts";

const SETTLED = new Set(["active", "available", "enabled", "succeeded", "success", "successful", "completed", "complete", "ready", "in_service", "inservice", "in_sync", "insync", "healthy", "ok", "online", "running", "deployed", "published"]);

/** An enum value, biased to a settled one for status/state enums (see the module comment). */
export function realisticEnum<T extends string | number>(values: readonly T[], names: readonly string[], rng: Rng): T {
  if (values.length === 0) throw new Error("realistic data: an enum without values");
  const isState = names.some((n) => nameWords(n).some((w) => w === "status" || w === "state"));
  if (isState && rng.chance(0.5)) {
    const settled = values.filter((v) => typeof v === "string" && SETTLED.has(v.toLowerCase().replace(/[\s-]+/g, "_")));
    if (settled.length > 0) return rng.pick(settled);
  }
  return rng.pick(values);
}

/** A few readable bytes within `c` (byte counts), as standard base64. */
export function realisticBlob(c: LengthBounds, rng: Rng): string {
  const min = c.minLength ?? 0;
  const max = c.maxLength ?? Infinity;
  let text = `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
  while (text.length < min) text += ` ${rng.pick(NOUNS)}`;
  return encodeBase64(new TextEncoder().encode(text.slice(0, Math.min(text.length, max))));
}

/** A small JSON object: one to three entries, word keys, word or small-number values. */
export function realisticDocument(rng: Rng): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  const count = rng.between(1, 3);
  const keys = new Set<string>();
  for (let i = 0; i < count; i++) {
    const key = rng.pick(NOUNS);
    if (keys.has(key)) continue;
    keys.add(key);
    entries.push([key, rng.chance(0.5) ? rng.pick(ADJECTIVES) : rng.between(0, 100)]);
  }
  return Object.fromEntries(entries);
}
