/**
 * Where two values differ, as JSON pointers: failure messages name the members a case and our
 * runtime disagree on (`/defaults/defaultBlob`), so an exception can say which failure it expects.
 */
import { childPointer } from "../../../runtime/validation/pointer.ts";

/**
 * The JSON pointers at which `actual` and `expected` differ (a member on one side only, a different
 * value), SDK values included: `Date`s by instant, `Uint8Array`s by bytes, `NaN` equal to itself.
 *
 * @example differences({ a: 1, b: [1] }, { a: 1, b: [2], c: 0 }) // ["/b/0", "/c"]
 */
export function differences(actual: unknown, expected: unknown, at = ""): string[] {
  if (actual instanceof Date || expected instanceof Date) {
    return actual instanceof Date && expected instanceof Date && sameNumber(actual.getTime(), expected.getTime()) ? [] : [at];
  }
  if (actual instanceof Uint8Array || expected instanceof Uint8Array) {
    return actual instanceof Uint8Array && expected instanceof Uint8Array && actual.length === expected.length && actual.every((b, i) => b === expected[i]) ? [] : [at];
  }
  if (typeof actual === "number" && typeof expected === "number") return sameNumber(actual, expected) ? [] : [at];
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return [at];
    return actual.flatMap((v, i) => differences(v, expected[i], `${at}/${i}`));
  }
  if (isRecord(actual) && isRecord(expected)) {
    const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])].sort();
    return keys.flatMap((k) => {
      const path = childPointer(at, k);
      const has = [Object.prototype.hasOwnProperty.call(actual, k), Object.prototype.hasOwnProperty.call(expected, k)];
      return has[0] && has[1] ? differences(actual[k], expected[k], path) : [path];
    });
  }
  return Object.is(actual, expected) ? [] : [at];
}

/** `at` pointers as a short list for a message. */
export function describeDifferences(pointers: readonly string[]): string {
  const shown = pointers.slice(0, 10).map((p) => (p === "" ? "(the whole value)" : p));
  return shown.join(", ") + (pointers.length > shown.length ? `, and ${pointers.length - shown.length} more` : "");
}

function sameNumber(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
