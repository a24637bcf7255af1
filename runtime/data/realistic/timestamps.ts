/**
 * Timestamps in the recent past of the mock's clock, ordered by the role their member name gives
 * them (see {@link timestampRole}). Within one structure:
 *
 * - creation (`Creation…`, `Created…`, `…CreatedAt`, `CreateDate`) lies in the window's past, at
 *   least an hour before now when the window allows; every creation member of the structure gets
 *   the same instant;
 * - update (`LastModified…`, `LastUpdated…`, `Updated…`, `Modified…`, `…Changed…`): creation ≤ update ≤ now;
 * - start (`Start…`, `Started…`, `Begin…`): creation ≤ start ≤ now;
 * - end (`Stop…`, `End…`, `Completion…`, `Completed…`, `Finish…`): every start ≤ end ≤ now;
 * - after creation (`Deletion…`, `Deleted…`, `Expiration…`, `Expires…`, `Expiry…`, `Scheduled…`,
 *   `Next…`): at least one second after creation, and the only role that may lie ahead of now, up
 *   to {@link TIMESTAMP_WINDOW}.futureMs;
 * - any other timestamp: creation ≤ it ≤ now.
 *
 * Without a creation member, "creation" in these bounds is the window's start. Instants are whole
 * milliseconds (whole seconds for `http-date`, which has no fraction: flooring keeps the order, and
 * the window's start is moved in by a second so that a floored value stays inside it).
 *
 * @see https://smithy.io/2.0/spec/protocol-traits.html#timestampformat-trait
 */
import { formatTimestamp, type TimestampFormat } from "../../protocol/timestamp.ts";
import type { Rng } from "./random.ts";
import { nameWords } from "./words.ts";

const SECOND = 1000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The window timestamps are drawn from, for tests and the README: `[now - pastMs, now + futureMs]`. */
export const TIMESTAMP_WINDOW: { readonly pastMs: number; readonly futureMs: number } = Object.freeze({ pastMs: 30 * DAY, futureMs: 30 * DAY });

export type TimestampRole = "creation" | "update" | "start" | "end" | "afterCreation" | "other";

const AFTER_CREATION = new Set(["deletion", "deleted", "delete", "expiration", "expires", "expiry", "expire", "expired", "scheduled", "next"]);
const CREATION = new Set(["creation", "created", "create"]);
const UPDATE = new Set(["modified", "modification", "updated", "update", "changed"]);
const END = new Set(["end", "ended", "stop", "stopped", "completion", "completed", "complete", "finish", "finished"]);
const START = new Set(["start", "started", "begin", "began"]);

/**
 * The role of a timestamp named `name`, by its words (checked in this order: after creation,
 * creation, update, end, start).
 *
 * @example timestampRole("lastUpdatedDateTime") // "update"
 * @example timestampRole("ScheduledDeletionDate") // "afterCreation"
 */
export function timestampRole(name: string): TimestampRole {
  const words = nameWords(name);
  if (words.some((w) => AFTER_CREATION.has(w))) return "afterCreation";
  if (words.some((w) => CREATION.has(w))) return "creation";
  if (words.some((w) => UPDATE.has(w))) return "update";
  if (words.some((w) => END.has(w))) return "end";
  if (words.some((w) => START.has(w))) return "start";
  return "other";
}

/** True when a timestamp of `role` may lie after now. */
export function mayBeAhead(role: TimestampRole): boolean {
  return role === "afterCreation";
}

/**
 * The instants (ms) of a structure's timestamp members, by member name, ordered by their roles
 * (see the module comment). `members` lists each timestamp member with its role.
 */
export function structureInstants(members: readonly { readonly name: string; readonly role: TimestampRole }[], now: number, rng: Rng): Map<string, number> {
  const out = new Map<string, number>();
  if (members.length === 0) return out;
  const start = now - TIMESTAMP_WINDOW.pastMs + SECOND;
  const hasCreation = members.some((m) => m.role === "creation");
  const created = hasCreation ? rng.between(start, Math.max(start, now - HOUR)) : start;
  const starts: number[] = [];
  for (const m of members) {
    if (m.role === "start") {
      const t = rng.between(created, now);
      starts.push(t);
      out.set(m.name, t);
    }
  }
  const latestStart = Math.max(created, ...starts);
  for (const m of members) {
    if (out.has(m.name)) continue;
    out.set(m.name, instant(m.role, created, latestStart, now, rng));
  }
  return out;
}

/** The instant of a timestamp outside any structure (a list item, a union member, a root), by its role alone. */
export function loneInstant(role: TimestampRole, now: number, rng: Rng): number {
  const start = now - TIMESTAMP_WINDOW.pastMs + SECOND;
  const created = role === "creation" ? rng.between(start, Math.max(start, now - HOUR)) : start;
  return instant(role, created, created, now, rng);
}

function instant(role: TimestampRole, created: number, latestStart: number, now: number, rng: Rng): number {
  switch (role) {
    case "creation":
      return created;
    case "end":
      return rng.between(latestStart, now);
    case "afterCreation":
      return rng.between(created + SECOND, now + TIMESTAMP_WINDOW.futureMs);
    default:
      return rng.between(created, now);
  }
}

/** An instant in its wire form (`http-date` keeps whole seconds). */
export function wireTimestamp(ms: number, format: TimestampFormat): number | string {
  return formatTimestamp(new Date(format === "http-date" ? Math.floor(ms / SECOND) * SECOND : ms), format);
}
