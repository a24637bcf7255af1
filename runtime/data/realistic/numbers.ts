/**
 * Small, plausible numbers: a target interval chosen from the member's words (HTTP status codes
 * 200–204, counts and sizes 0–100, percentages 0–100, ratios 0–1, durations 1–3600, ports
 * 1024–9999, anything else 1–100),
 * moved into `@range` and the integer kind's limits when it lies outside them. Floats carry two
 * decimals. Always within the bounds the schema checks.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html#range-trait
 */
import { integerBounds, type IntegerKind, type Range } from "../../arbitraries/numbers.ts";
import type { Rng } from "./random.ts";
import { nameWords } from "./words.ts";

interface Interval {
  readonly min: number;
  readonly max: number;
}

const COUNT = new Set(["count", "number", "num", "total", "size", "length", "limit", "max", "min", "maximum", "minimum", "capacity", "quantity", "results", "items", "retries", "attempts", "bytes", "records", "rows", "shards", "instances", "concurrency"]);
const DURATION = new Set(["seconds", "duration", "timeout", "ttl", "interval", "period", "window", "delay", "age"]);
const RATIO = new Set(["ratio", "fraction", "probability", "confidence", "rate", "weight", "score"]);
/** The success statuses services answer with (200 OK, 201 Created, 202 Accepted, 204 No Content). */
const HTTP_SUCCESS: Interval = { min: 200, max: 204 };

/**
 * The interval a number named by `names` (member name first) is usually drawn from.
 *
 * @example plausibleInterval(["maxResults"]) // { min: 0, max: 100 }
 */
export function plausibleInterval(names: readonly string[]): Interval {
  for (const name of names) {
    const words = nameWords(name);
    // An HTTP status (Lambda Invoke's `StatusCode`, its `@httpResponseCode`): a success, as an answer that carries it has.
    if (words.includes("code") && words.some((w) => w === "status" || w === "http" || w === "response")) return HTTP_SUCCESS;
    if (words.some((w) => w.startsWith("percent"))) return { min: 0, max: 100 };
    if (words.some((w) => RATIO.has(w))) return { min: 0, max: 1 };
    if (words.includes("port")) return { min: 1024, max: 9999 };
    if (words.some((w) => DURATION.has(w))) return { min: 1, max: 3600 };
    if (words.some((w) => w === "days")) return { min: 1, max: 90 };
    if (words.some((w) => w === "hours")) return { min: 1, max: 48 };
    if (words.some((w) => w === "minutes")) return { min: 1, max: 120 };
    if (words.some((w) => COUNT.has(w))) return { min: 0, max: 100 };
  }
  return { min: 1, max: 100 };
}

/** `target` moved into `[lo, hi]`: intersected when they meet, else the 100 values of `[lo, hi]` nearest to it. */
function within(target: Interval, lo: number, hi: number, span = 100): Interval {
  const min = Math.max(lo, target.min);
  const max = Math.min(hi, target.max);
  if (min <= max) return { min, max };
  return target.max < lo ? { min: lo, max: Math.min(hi, lo + span) } : { min: Math.max(lo, hi - span), max: hi };
}

/** An integer of `kind` within `range`, plausible for `names`. */
export function realisticInteger(kind: IntegerKind, range: Range, where: string, names: readonly string[], rng: Rng): number {
  const { min, max } = integerBounds(kind, range, where);
  const target = plausibleInterval(names);
  const i = within({ min: Math.ceil(target.min), max: Math.floor(target.max) }, min, max);
  return rng.between(i.min, i.max);
}

/** A float with two decimals within `range`, plausible for `names` (the bound itself when no two-decimal number lies within a narrow range). */
export function realisticFloat(range: Range, names: readonly string[], rng: Rng): number {
  const lo = range.min ?? -Number.MAX_VALUE;
  const hi = range.max ?? Number.MAX_VALUE;
  const i = within(plausibleInterval(names), lo, hi);
  const cents = { min: Math.ceil(i.min * 100), max: Math.floor(i.max * 100) };
  if (cents.min > cents.max || !Number.isSafeInteger(cents.min) || !Number.isSafeInteger(cents.max)) return i.min;
  const value = rng.between(cents.min, cents.max) / 100;
  const clamped = Math.min(hi, Math.max(lo, value));
  return clamped === 0 ? 0 : clamped;
}
