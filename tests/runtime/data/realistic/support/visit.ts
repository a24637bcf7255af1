/**
 * Walks a realistic value together with its plan, so the tests can check each string against its
 * own constraints and each structure's timestamps against the ordering rules, independently of the
 * generator's own walk.
 */
import type { ArbitraryPlan, MemberPlan } from "../../../../../runtime/data/plan.ts";
import { timestampRole, type TimestampRole } from "../../../../../runtime/data/realistic/index.ts";
import { parseTimestamp, type TimestampFormat } from "../../../../../runtime/protocol/timestamp.ts";

export interface StringSeen {
  readonly value: string;
  /** The string plan's constraints, or undefined for an enum value. */
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly path: string;
}

export interface TimestampSeen {
  readonly ms: number;
  readonly role: TimestampRole;
  readonly format: TimestampFormat;
  readonly path: string;
}

export interface Seen {
  readonly strings: StringSeen[];
  /** Timestamps by the structure that holds them directly (path of the structure); "lone" ones under their own path. */
  readonly structures: { readonly path: string; readonly timestamps: TimestampSeen[] }[];
  readonly lone: TimestampSeen[];
}

/** Every string and timestamp of `value`, read through `plan`. */
export function visit(plan: ArbitraryPlan, shapes: Readonly<Record<string, ArbitraryPlan>>, value: unknown): Seen {
  const seen: Seen = { strings: [], structures: [], lone: [] };
  const resolve = (p: ArbitraryPlan, names: string[]): ArbitraryPlan => {
    let q = p;
    while (q.method === "tie") {
      names.push(q.key);
      q = shapes[q.key]!;
    }
    return q;
  };
  const roleOf = (names: readonly string[]): TimestampRole => names.map(timestampRole).find((r) => r !== "other") ?? "other";
  const go = (p0: ArbitraryPlan, v: unknown, path: string, names: string[]): TimestampSeen | undefined => {
    const p = resolve(p0, names);
    switch (p.method) {
      case "string":
        seen.strings.push({ value: v as string, path, ...p.constraints });
        return;
      case "enumeration":
        seen.strings.push({ value: v as string, path });
        return;
      case "timestamp":
        return { ms: parseTimestamp(v, p.format).getTime(), role: roleOf(names), format: p.format, path };
      case "list":
        (v as unknown[]).forEach((item, i) => lone(go(p.item, item, `${path}/${i}`, [])));
        return;
      case "map":
        for (const [k, item] of Object.entries(v as Record<string, unknown>)) {
          go(p.key, k, `${path}/(key ${k})`, []);
          lone(go(p.value, item, `${path}/${k}`, []));
        }
        return;
      case "union": {
        const [name, item] = Object.entries(v as Record<string, unknown>)[0]!;
        lone(go(p.members.find((m) => m.name === name)!.plan, item, `${path}/${name}`, [name]));
        return;
      }
      case "structure": {
        const timestamps: TimestampSeen[] = [];
        for (const m of p.members as readonly MemberPlan[]) {
          const item = (v as Record<string, unknown>)[m.name];
          if (item === undefined) continue;
          const t = go(m.plan, item, `${path}/${m.name}`, [m.name]);
          if (t !== undefined) timestamps.push(t);
        }
        seen.structures.push({ path: path || "/", timestamps });
        return;
      }
      default:
        return;
    }
  };
  const lone = (t: TimestampSeen | undefined): void => void (t !== undefined && seen.lone.push(t));
  lone(go(plan, value, "", []));
  return seen;
}

/** C0 controls (U+0000–U+001F) and unpaired surrogates. */
export const CONTROL_OR_LONE_SURROGATE = /[\u0000-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/**
 * True when the string's pattern requires its control characters or lone surrogates: none of the
 * printable replacements `a 0 A - space`, put in place of every such character, gives a string the
 * pattern still accepts (as a search, the schema's meaning).
 */
export function patternRequiresControls(s: StringSeen): boolean {
  if (s.pattern === undefined) return false;
  const re = new RegExp(s.pattern, "u");
  const all = new RegExp(CONTROL_OR_LONE_SURROGATE.source, "gu");
  return !["a", "0", "A", "-", " "].some((r) => re.test(s.value.replace(all, r)));
}

/**
 * The ordering violations of one structure's timestamps (empty when it keeps the rules): creation ≤
 * update ≤ now, creation ≤ start ≤ end ≤ now, creation < after-creation, creation ≤ other ≤ now.
 */
export function orderViolations(timestamps: readonly TimestampSeen[], now: number): string[] {
  const out: string[] = [];
  const of = (role: TimestampRole) => timestamps.filter((t) => t.role === role);
  const created = of("creation");
  const starts = of("start");
  for (const t of timestamps) {
    if (t.role !== "afterCreation" && t.ms > now) out.push(`${t.path} (${t.role}) is after now`);
    for (const c of created) {
      if (t.role === "afterCreation" ? t.ms <= c.ms : t.ms < c.ms) out.push(`${t.path} (${t.role}) is not after ${c.path} (creation)`);
    }
    if (t.role === "end") for (const s of starts) if (t.ms < s.ms) out.push(`${t.path} (end) precedes ${s.path} (start)`);
  }
  return out;
}
