/**
 * Deterministic numbers for the mock: the seed of each answer and the request ids, computed from
 * strings with a fixed hash so that they are identical across runs, processes and platforms.
 */

/**
 * A 32-bit hash of strings (FNV-1a over UTF-16 code units, then murmur3's finalizer for
 * avalanche); the parts are separated so that `["ab", "c"]` and `["a", "bc"]` differ.
 *
 * @example hash32(["0", "DescribeDatasetImportJob", "{}"]) // the same number in every run
 */
export function hash32(parts: readonly string[]): number {
  return finish(absorb(FNV_OFFSET, parts));
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over the parts, each followed by the separator. */
function absorb(state: number, parts: readonly string[]): number {
  let h = state;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0xff; // separator
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** murmur3's finalizer. */
function finish(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A request id in the form AWS services send (a version-4 UUID, lower-case hex), derived from
 * `parts` alone.
 *
 * @example requestIdOf(["0", "1"]) // "3f1c…-…" — the same in every run
 */
export function requestIdOf(parts: readonly string[]): string {
  // hash32([...parts, `#${i}`]) for i = 0..3, the parts absorbed once.
  const state = absorb(FNV_OFFSET, parts);
  const hex = [0, 1, 2, 3].map((i) => finish(absorb(state, [`#${i}`])).toString(16).padStart(8, "0")).join("");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The delay of one answer: a fixed number of milliseconds, or one drawn from `[min, max]` by `hash`.
 */
export function latencyOf(latency: number | readonly [number, number] | undefined, hash: number): number {
  if (latency === undefined) return 0;
  if (typeof latency === "number") return Math.max(0, latency);
  const [min, max] = latency;
  return Math.max(0, min + (hash % (Math.max(0, max - min) + 1)));
}
