/**
 * How a violation reads on one line, and how a value is shown in it (JSON, cut short). Shared by
 * the CLI's report and the vitest matchers.
 */
import type { Violation } from "./violations.ts";

/** Longest value text kept in a violation (the ellipsis included). */
export const VALUE_LIMIT = 60;

/**
 * One violation as a line: pointer (`/` for the whole value), member path, message, value.
 *
 * @example formatViolation({ pointer: "/a", memberPath: "S.a", keyword: "enum", message: "must be one of X, Y", value: '"Z"' })
 * // '/a (S.a): must be one of X, Y, got "Z"'
 */
export function formatViolation(v: Violation): string {
  const where = v.pointer === "" ? "/" : v.pointer;
  return `${where}${v.memberPath === "" ? "" : ` (${v.memberPath})`}: ${v.message}${v.value === undefined ? "" : `, got ${v.value}`}`;
}

/**
 * A value as JSON on one line, cut to `limit` characters (the last being `…`) without splitting a
 * surrogate pair. Undefined stays undefined.
 *
 * @example formatValue("x".repeat(100)) // '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (60 characters)
 */
export function formatValue(value: unknown, limit = VALUE_LIMIT): string | undefined {
  if (value === undefined) return undefined;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  if (text.length <= limit) return text;
  let cut = limit - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}
