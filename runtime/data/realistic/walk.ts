/**
 * The walk: one realistic wire-form value for a plan, handing names down (member name, shape names,
 * a collection's member name made singular for its items) so each leaf can follow its naming rule.
 * A {@link RealisticGenerator} holds what it learns about one set of plans (compiled patterns,
 * which shapes lead back to which), so repeated draws are cheap; nothing is kept between generators.
 *
 * Structures: at the top level every member is present; below it, structures.ts decides. Unions
 * set one member, preferring members that do not lead back to a shape being drawn (structures.ts).
 * A structure's members share one resource name (its own `…Name` and `…Arn`) and one set of
 * timestamps ordered by role (timestamps.ts). Recursion is bounded: once a shape is entered a third time on one
 * path (or the nesting is {@link MAX_DEPTH} deep), everything below is as small as the contract
 * allows — optional members absent, collections at their minimum, unions on their first member
 * (which the plan builder lists first because it does not recurse).
 *
 * @see https://smithy.io/2.0/spec/aggregate-types.html
 */
import type { ArbitraryPlan, MemberPlan } from "../plan.ts";
import { collectionSize, drawEntries, drawItems } from "./collections.ts";
import { fitString, PatternCache } from "./fit.ts";
import { mapNames, nameOf, ownerOf, roleOf, withName } from "./hints.ts";
import { realisticBlob, realisticDocument, realisticEnum } from "./leaves.ts";
import { realisticFloat, realisticInteger } from "./numbers.ts";
import { Rng } from "./random.ts";
import { resolveSettings, type RealisticSettings, type ResolvedSettings } from "./settings.ts";
import { stringCandidates, type Hints } from "./strings.ts";
import { memberPresence, unionMember } from "./structures.ts";
import { loneInstant, structureInstants, wireTimestamp } from "./timestamps.ts";
import { ADJECTIVES, NOUNS } from "./vocabulary.ts";
import { itemName, resourceWords } from "./words.ts";

/** A shape entered this many times on one path makes the walk shallow below it. */
const REPEATS = 2;
/** Nesting depth past which the walk is shallow whatever the shapes. */
const MAX_DEPTH = 16;

interface Frame {
  readonly rng: Rng;
  readonly hints: Hints;
  /** The shape keys entered on the way here, outermost first. */
  readonly path: readonly string[];
  readonly depth: number;
  /** Past the recursion bound: everything is as small as allowed. */
  readonly shallow: boolean;
  /** The value is the root structure: every member present. */
  readonly topLevel: boolean;
  /** The instant of this timestamp, decided by its structure (ordered by role). */
  readonly instant?: number;
}

export interface WalkOptions {
  /** Every member of a root structure present (default true). */
  readonly topLevel?: boolean;
  /** The member name the value is drawn for, for its naming rules. */
  readonly member?: string;
}

/** What a generator learns about its shapes, whatever the settings: kept across {@link RealisticGenerator.withSettings}. */
interface Learned {
  readonly patterns: PatternCache;
  readonly reach: Map<string, ReadonlySet<string>>;
  /** Values already drawn, per plan, by settings, seed and options (see {@link RealisticGenerator.value}). */
  readonly draws: WeakMap<ArbitraryPlan, Map<string, unknown>>;
}

/** Draws kept per plan; past this the plan's memory starts over (a mock answering many distinct requests). */
const DRAWS_KEPT = 512;

/**
 * Draws realistic values for plans that refer to `shapes`. Keep one per contract: it compiles each
 * pattern once; `withSettings` gives one for another clock or region that shares what it learned.
 *
 * @example
 * const generator = new RealisticGenerator(contract.shapes!, { now: Date.now(), region: "eu-west-1", arnNamespace: "personalize", endpointPrefix: "personalize" });
 * generator.value(contract.operations.DescribeDatasetImportJob.plans!.output, 7) // as realisticValue(…, 7)
 */
export class RealisticGenerator {
  readonly settings: ResolvedSettings;
  readonly #learned: Learned;
  readonly #patterns: PatternCache;
  readonly #reach: Map<string, ReadonlySet<string>>;
  readonly #settingsKey: string;

  constructor(
    readonly shapes: Readonly<Record<string, ArbitraryPlan>>,
    settings: RealisticSettings,
    learned: Learned = { patterns: new PatternCache(), reach: new Map(), draws: new WeakMap() },
  ) {
    this.settings = resolveSettings(settings);
    this.#settingsKey = JSON.stringify(this.settings);
    this.#learned = learned;
    this.#patterns = learned.patterns;
    this.#reach = learned.reach;
  }

  /** A generator over the same shapes with other settings (the mock's clock now, the client's region), sharing the compiled patterns. */
  withSettings(settings: RealisticSettings): RealisticGenerator {
    return new RealisticGenerator(this.shapes, settings, this.#learned);
  }

  /**
   * The value of `plan` for `seed` (same inputs, same value). A value is drawn once per plan,
   * settings, seed and options, and handed out as a fresh copy each time: a mock asked about the
   * same resource again does not walk the plan again.
   */
  value(plan: ArbitraryPlan, seed: number, options: WalkOptions = {}): unknown {
    return copy(this.shared(plan, seed, options));
  }

  /**
   * {@link value} without the copy: the generator's own, shared with every later call for the same
   * inputs. Read it; copy it before changing anything in it.
   */
  shared(plan: ArbitraryPlan, seed: number, options: WalkOptions = {}): unknown {
    const key = `${this.#settingsKey}|${seed}|${options.topLevel ?? true}|${options.member ?? ""}`;
    let draws = this.#learned.draws.get(plan);
    if (draws?.has(key) === true) return draws.get(key);
    const value = this.#draw(plan, seed, options);
    if (draws === undefined) this.#learned.draws.set(plan, (draws = new Map()));
    if (draws.size >= DRAWS_KEPT) draws.clear();
    draws.set(key, value);
    return value;
  }

  #draw(plan: ArbitraryPlan, seed: number, options: WalkOptions): unknown {
    const frame: Frame = {
      rng: new Rng(seed),
      hints: { names: options.member === undefined ? [] : [options.member] },
      path: [],
      depth: 0,
      shallow: false,
      topLevel: options.topLevel ?? true,
    };
    return this.#walk(plan, frame);
  }

  #resolve(key: string): ArbitraryPlan {
    const plan = Object.prototype.hasOwnProperty.call(this.shapes, key) ? this.shapes[key] : undefined;
    if (plan === undefined) throw new Error(`realistic data: no shape ${key} in the contract's shapes`);
    return plan;
  }

  #walk(plan: ArbitraryPlan, f: Frame): unknown {
    const { rng, hints } = f;
    switch (plan.method) {
      case "tie": {
        const target = this.#resolve(plan.key);
        const repeats = f.path.filter((k) => k === plan.key).length;
        const owner = target.method === "structure" ? (resourceWords(plan.key) ?? hints.owner) : hints.owner;
        return this.#walk(target, {
          ...f,
          hints: { ...hints, names: withName(hints.names, plan.key), ...(owner !== undefined && { owner }) },
          path: [...f.path, plan.key],
          shallow: f.shallow || repeats >= REPEATS,
        });
      }
      case "unit":
        return {};
      case "boolean":
        return rng.chance(0.5);
      case "document":
        return realisticDocument(rng);
      case "blob":
        return realisticBlob(plan.constraints, rng);
      case "string": {
        const names = withName(hints.names, nameOf(plan.where));
        const owner = hints.owner ?? ownerOf(plan.where);
        return fitString(stringCandidates({ ...hints, names, ...(owner !== undefined && { owner }) }, this.settings, rng), plan.constraints, plan.where, this.settings, rng, this.#patterns);
      }
      case "enumeration":
        return realisticEnum(plan.values, hints.names, rng);
      case "intEnumeration":
        return realisticEnum(plan.values, hints.names, rng);
      case "integer":
        return realisticInteger(plan.kind, plan.range, plan.where, withName(hints.names, nameOf(plan.where)), rng);
      case "bigInteger":
        return realisticInteger("long", plan.range, plan.where, withName(hints.names, nameOf(plan.where)), rng);
      case "float":
      case "bigDecimal":
        return realisticFloat(plan.range, hints.names, rng);
      case "timestamp":
        return wireTimestamp(f.instant ?? loneInstant(roleOf(hints.names), this.settings.now, rng), plan.format);
      case "list": {
        const count = collectionSize(plan.constraints, f.shallow, rng);
        const item = this.#child(f, { names: hints.names.map(itemName) });
        return drawItems(count, plan.constraints.uniqueItems === true, plan.constraints.minLength ?? 0, (i, attempt) =>
          this.#walk(plan.item, { ...item, rng: rng.fork(`#${i}.${attempt}`) }),
        );
      }
      case "map": {
        const count = collectionSize(plan.constraints, f.shallow, rng);
        const split = hints.names.map(mapNames);
        const key = this.#child(f, { names: split.flatMap((n) => n.key ?? []) });
        const value = this.#child(f, { names: split.map((n) => n.value) });
        return drawEntries(
          count,
          plan.constraints.minLength ?? 0,
          (i, attempt) => String(this.#walk(plan.key, { ...key, rng: rng.fork(`key#${i}.${attempt}`) })),
          (k) => this.#walk(plan.value, { ...value, rng: rng.fork(`value:${k}`) }),
        );
      }
      case "structure":
        return this.#structure(plan.members, f);
      case "union": {
        const member = this.#unionMember(plan.members, f);
        return Object.fromEntries([[member.name, this.#walk(member.plan, this.#child(f, { names: [member.name] }, member.name))]]);
      }
      default: {
        const never: never = plan;
        throw new Error(`realistic data: unknown plan ${JSON.stringify(never)}`);
      }
    }
  }

  #structure(members: readonly MemberPlan[], f: Frame): Record<string, unknown> {
    const timestamps = members.flatMap((m) => {
      const names = this.#timestampNames(m);
      return names === undefined ? [] : [{ name: m.name, role: roleOf(names) }];
    });
    const instants = structureInstants(timestamps, this.settings.now, f.rng.fork("timestamps"));
    const out: [string, unknown][] = [];
    const p = this.settings.optionalPresence;
    // The structure's own name, which its `…Name` and its own `…Arn` members share.
    const names = f.rng.fork("resource-name");
    const resourceName = `${names.pick(ADJECTIVES)}-${names.pick(NOUNS)}`;
    for (const m of members) {
      const present = m.required || f.topLevel || (!f.shallow && f.rng.fork(`?${m.name}`).chance(memberPresence(m.name, this.#leaf(m.plan), p)));
      if (!present) continue;
      const instant = instants.get(m.name);
      const child = this.#child(f, { names: [m.name], resourceName }, m.name);
      out.push([m.name, this.#walk(m.plan, instant === undefined ? child : { ...child, instant })]);
    }
    // fromEntries defines own properties, so a member named __proto__ stays a member.
    return Object.fromEntries(out);
  }

  /** The method of a plan once ties are followed. */
  #leaf(plan: ArbitraryPlan): ArbitraryPlan["method"] {
    let p = plan;
    for (let hops = 0; p.method === "tie" && hops < 8; hops++) p = this.#resolve(p.key);
    return p.method;
  }

  /** A member's names when its value is a timestamp (through ties), else undefined. */
  #timestampNames(m: MemberPlan): string[] | undefined {
    const names = [m.name];
    let plan = m.plan;
    for (let hops = 0; plan.method === "tie" && hops < 8; hops++) {
      names.push(plan.key);
      plan = this.#resolve(plan.key);
    }
    return plan.method === "timestamp" ? names : undefined;
  }

  #child(f: Frame, hints: { readonly names: readonly string[]; readonly resourceName?: string }, label?: string): Frame {
    return {
      rng: label === undefined ? f.rng : f.rng.fork(label),
      hints: { ...hints, ...(f.hints.owner !== undefined && { owner: f.hints.owner }) },
      path: f.path,
      depth: f.depth + 1,
      shallow: f.shallow || f.depth + 1 >= MAX_DEPTH,
      topLevel: false,
    };
  }

  /** One member: the first when shallow; else mostly one that does not lead back to a shape on the path. */
  #unionMember<M extends { readonly name: string; readonly plan: ArbitraryPlan }>(members: readonly M[], f: Frame): M {
    if (f.shallow && members.length > 0) return members[0]!;
    const onPath = new Set(f.path);
    return unionMember(members, members.filter((m) => ![...this.#reachable(m.plan)].some((k) => onPath.has(k))), f.rng);
  }

  /** The shape keys `plan` can reach through ties (memoised per key). */
  #reachable(plan: ArbitraryPlan): ReadonlySet<string> {
    const out = new Set<string>();
    const visit = (p: ArbitraryPlan): void => {
      switch (p.method) {
        case "tie": {
          if (out.has(p.key)) return;
          out.add(p.key);
          const known = this.#reach.get(p.key);
          if (known !== undefined) {
            for (const k of known) out.add(k);
            return;
          }
          visit(this.#resolve(p.key));
          return;
        }
        case "list":
          return visit(p.item);
        case "map":
          visit(p.key);
          return visit(p.value);
        case "structure":
        case "union":
          for (const m of p.members) visit(m.plan);
          return;
        default:
          return;
      }
    };
    visit(plan);
    if (plan.method === "tie") this.#reach.set(plan.key, out);
    return out;
  }
}

/** A copy of a drawn value (JSON data, with byte arrays for blobs) that the caller may change. */
function copy(value: unknown): unknown {
  return typeof value === "object" && value !== null ? structuredClone(value) : value;
}
