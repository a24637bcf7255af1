/**
 * Identifiers and tokens: UUID-like ids (lower-case hex, 8-4-4-4-12), short hex ids for tighter
 * patterns, base64url-ish tokens and `1.2.3`-ish versions. All from the seeded {@link Rng}.
 */
import type { Rng } from "./random.ts";

const HEX = "0123456789abcdef";
const TOKEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** `n` lower-case hex digits. */
export function hex(rng: Rng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += HEX[rng.int(16)];
  return s;
}

/**
 * A UUID-like id (version-4 layout: the 13th digit is `4`, the 17th one of `89ab`).
 *
 * @example uuid(rng) // "3f2b8c1e-9d4a-4c7e-b1f0-5a6d7e8f9012"
 */
export function uuid(rng: Rng): string {
  return `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${"89ab"[rng.int(4)]}${hex(rng, 3)}-${hex(rng, 12)}`;
}

/** Candidate ids, best first: a UUID, then 12 and 8 hex digits, then the same in upper case. */
export function idCandidates(rng: Rng): string[] {
  const id = uuid(rng);
  const short = id.replace(/-/g, "");
  return [id, short.slice(0, 12), short.slice(0, 8), short.slice(0, 12).toUpperCase(), id.toUpperCase()];
}

/** A base64url-ish token of 32 characters (what pagination and request tokens look like). */
export function token(rng: Rng, n = 32): string {
  let s = "";
  for (let i = 0; i < n; i++) s += TOKEN[rng.int(TOKEN.length)];
  return s;
}

/** A version like `1.4.12`. */
export function version(rng: Rng): string {
  return `${rng.between(1, 3)}.${rng.between(0, 9)}.${rng.between(0, 20)}`;
}
