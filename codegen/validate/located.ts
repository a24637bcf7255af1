/**
 * How `validate` prints a violation: as the runtime's one line (formatViolation, the matchers'
 * words too), after where on the wire the value was when its message has HTTP bindings.
 */
import { formatViolation } from "../../runtime/validation/violations.ts";
import type { LocatedViolation } from "./bound.ts";

/**
 * One violation as a line.
 *
 * @example formatLocated({ wire: "request header X-Amz-Log-Type", pointer: "/LogType", memberPath: "InvocationRequest.LogType", keyword: "enum", message: "must be one of None, Tail", value: '"Full"' })
 * // 'request header X-Amz-Log-Type → /LogType (InvocationRequest.LogType): must be one of None, Tail, got "Full"'
 */
export function formatLocated(v: LocatedViolation): string {
  return v.wire === undefined ? formatViolation(v) : `${v.wire} → ${formatViolation(v)}`;
}
