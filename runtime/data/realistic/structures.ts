/**
 * Which members of a structure below the top level are present, and which member of a union is set.
 *
 * - Required members always.
 * - Identifying strings (`…Arn`, `…Id`, `…Name`) and statuses (`…Status`, `…State`, strings or
 *   enums) always: a resource is never described without them.
 * - Failures (`failure…`, `…Failed…`, `…Error`, `…Errors`) with `1 - optionalPresence`: they are the exception.
 * - Every other optional member with `optionalPresence`.
 * - A union sets, in {@link FLAT_SHARE} of draws, one of the members that do not lead back to a
 *   shape being drawn (any member otherwise).
 *
 * @see https://smithy.io/2.0/spec/aggregate-types.html#structure
 */
import type { ArbitraryPlan } from "../plan.ts";
import { stringRule } from "./names.ts";
import type { Rng } from "./random.ts";
import { nameWords } from "./words.ts";

/** Words of members that report a failure. */
const ERROR_WORDS = new Set(["failure", "failures", "failed", "error", "errors"]);

/** The share of union draws that prefer a member that does not recurse. */
export const FLAT_SHARE = 0.85;

/**
 * The probability that the optional member `name` (whose plan, ties followed, is a `leaf`) is present.
 *
 * @example memberPresence("jobArn", "string", 0.8) // 1
 * @example memberPresence("failureReason", "string", 0.8) // 0.2 (up to rounding)
 */
export function memberPresence(name: string, leaf: ArbitraryPlan["method"], p: number): number {
  const rule = stringRule(name);
  if ((leaf === "string" || leaf === "enumeration") && (rule === "arn" || rule === "id" || rule === "name" || rule === "status")) return 1;
  if (nameWords(name).some((w) => ERROR_WORDS.has(w))) return 1 - p;
  return p;
}

/** A union's member: one of `flat` (members that do not recurse) in {@link FLAT_SHARE} of draws when there are any, else any. */
export function unionMember<M>(members: readonly M[], flat: readonly M[], rng: Rng): M {
  if (members.length === 0) throw new Error("realistic data: a union without members");
  return flat.length > 0 && rng.chance(FLAT_SHARE) ? rng.pick(flat) : rng.pick(members);
}
