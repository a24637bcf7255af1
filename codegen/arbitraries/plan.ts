/**
 * The arbitrary of one shape as data (the type is the runtime's, runtime/data/plan.ts): which
 * method of the runtime's pair builder to call with which constraints. One mapping from the shape
 * graph, two readers: the arbitraries emitter prints a plan as the `b.<method>(…)` call of a
 * generated `arbitraries.ts`, and the contract carries the plans as data, from which the runtime
 * builds the same arbitraries (runtime/data/exhaustive.ts) and realistic values. So the generated
 * file, the mocks and `serve` draw from the same space: same seed, same values.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#shape-serialization
 */
import type { Range } from "../../runtime/arbitraries/numbers.ts";
import type { ArbitraryPlan, LengthBounds } from "../../runtime/data/plan.ts";
import type { Member, Shape, Traits } from "../model/shapes.ts";
import { assertNever } from "../model/shapes.ts";
import type { Closure } from "../model/closure.ts";
import { protocolNamed } from "../../runtime/protocol/index.ts";
import { findRecursion, sameCycle, type Recursion } from "./recursion.ts";

export type { ArbitraryPlan, LengthBounds, MemberPlan } from "../../runtime/data/plan.ts";

export interface PlanContext {
  /** The letrec key of each shape declared in the `fc.letrec` (closure shapes; prelude shapes are inlined). */
  readonly keys: ReadonlyMap<string, string>;
  readonly recursion: Recursion;
  /**
   * Whether the protocol puts `@httpHeader` members in headers (restJson1; awsJson ignores the
   * binding): a header-bound string then draws only what a header carries (`charset: "header"`).
   */
  readonly bindsHttp: boolean;
}

/** The plan context of a closure, for `keys` (codegen/arbitraries/keys.ts). */
export function planContext(closure: Closure, keys: ReadonlyMap<string, string>): PlanContext {
  return { keys, recursion: findRecursion(closure.shapes), bindsHttp: protocolNamed(closure.service.protocol).bindsHttp };
}

/** `tie(key)` for a declared shape whose member adds no constraint of its own; else the member's own plan. */
export function memberPlan(member: Member, pc: PlanContext): ArbitraryPlan {
  const key = pc.keys.get(member.target.id);
  // A string in a header, a list of them, or a prefix-header map of them: what a client can send
  // (RFC 9110 §5.5: visible ASCII values, token names; the SDK throws on more).
  const target = member.target;
  const header =
    pc.bindsHttp &&
    ((member.traits.httpHeader !== undefined && (plainString(target) || (target.kind === "list" && plainString(target.member.target)))) ||
      (member.traits.httpPrefixHeaders !== undefined && target.kind === "map" && plainString(target.value.target)));
  // A string in a label is never empty: a client refuses to send one (the SDK: "Empty value
  // provided for input HTTP label"). A required list or map in the query or headers is never
  // empty either: an empty one sends nothing, and the service finds the member missing.
  const t = member.traits;
  const label = pc.bindsHttp && t.httpLabel && plainString(target);
  const textCollection = t.httpQuery !== undefined || t.httpHeader !== undefined || t.httpPrefixHeaders !== undefined || t.httpQueryParams;
  const filled = pc.bindsHttp && member.effective.required && textCollection && (target.kind === "list" || target.kind === "map");
  // Nor can the query or headers carry a sparse collection's nulls: its items are drawn set.
  const dense = pc.bindsHttp && textCollection && (target.kind === "list" || target.kind === "map") && target.traits.sparse;
  if (key !== undefined && !refines(member.traits) && !header && !label && !filled && !dense) return { method: "tie", key };
  const plan = denseOf(nonEmpty(shapePlan(target, member.effective, member.id, pc), label || filled), dense);
  if (!header) return plan;
  const own = (m: Member, charset: "header" | "token") => inHttp(shapePlan(m.target, m.effective, m.id, pc), charset);
  if (plan.method === "string") return inHttp(plan, "header");
  if (plan.method === "list" && target.kind === "list") return { ...plan, item: own(target.member, "header") };
  if (plan.method === "map" && target.kind === "map") return { ...plan, key: own(target.key, "token"), value: own(target.value, "header") };
  return plan;
}

/** A list or map plan without `sparse` when `when`. */
function denseOf(plan: ArbitraryPlan, when: boolean): ArbitraryPlan {
  if (!when || (plan.method !== "list" && plan.method !== "map") || plan.constraints.sparse !== true) return plan;
  const { sparse: _sparse, ...constraints } = plan.constraints;
  return { ...plan, constraints } as ArbitraryPlan;
}

/** `plan` with at least one character or element when `when` (and its `@length` allows one). */
function nonEmpty(plan: ArbitraryPlan, when: boolean): ArbitraryPlan {
  if (!when || (plan.method !== "string" && plan.method !== "list" && plan.method !== "map")) return plan;
  const { minLength, maxLength } = plan.constraints;
  if ((minLength ?? 0) >= 1 || (maxLength ?? 1) < 1) return plan;
  return { ...plan, constraints: { ...plan.constraints, minLength: 1 } } as ArbitraryPlan;
}

/** A string without enum values (which are what they are). */
function plainString(shape: Shape): boolean {
  return shape.kind === "string" && shape.traits.enum === undefined;
}

/** A string plan limited to what a header value (`"header"`) or name (`"token"`) carries; an enum's as it is. */
function inHttp(plan: ArbitraryPlan, charset: "header" | "token"): ArbitraryPlan {
  return plan.method === "string" ? { ...plan, constraints: { ...plan.constraints, charset } } : plan;
}

/** Member traits that change what the target's values may be. */
function refines(t: Traits): boolean {
  return t.length !== undefined || t.range !== undefined || t.pattern !== undefined || t.timestampFormat !== undefined;
}

/**
 * The plan for `shape` under `traits` (the shape's own, or a member's effective traits); `where`
 * names the shape or member in the runtime's errors.
 *
 * @example shapePlan(nameShape, nameShape.traits, nameShape.id, pc)
 * // { method: "string", constraints: { minLength: 1, maxLength: 63, pattern: "^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$" }, where: "com.amazonaws.personalize#Name" }
 */
export function shapePlan(shape: Shape, traits: Traits, where: string, pc: PlanContext): ArbitraryPlan {
  switch (shape.kind) {
    case "blob":
      return { method: "blob", constraints: lengthBounds(traits) };
    case "boolean":
      return { method: "boolean" };
    case "string":
      if (traits.enum !== undefined) return { method: "enumeration", values: traits.enum.map((d) => d.value) };
      return { method: "string", constraints: { ...lengthBounds(traits), ...(traits.pattern !== undefined && { pattern: traits.pattern }) }, where };
    case "byte":
    case "short":
    case "integer":
    case "long":
      return { method: "integer", kind: shape.kind, range: range(traits), where };
    case "float":
    case "double":
      return { method: "float", kind: shape.kind, range: range(traits) };
    case "bigInteger":
      return { method: "bigInteger", range: range(traits), where };
    case "bigDecimal":
      return { method: "bigDecimal", range: range(traits) };
    case "timestamp":
      return { method: "timestamp", format: traits.timestampFormat ?? "epoch-seconds" };
    case "document":
      return { method: "document" };
    case "enum":
      return { method: "enumeration", values: shape.members.map((m) => m.value) };
    case "intEnum":
      return { method: "intEnumeration", values: shape.members.map((m) => m.value) };
    case "unit":
      return { method: "unit" };
    case "list":
      return {
        method: "list",
        item: memberPlan(shape.member, pc),
        constraints: {
          ...lengthBounds(traits),
          ...(shape.traits.sparse && { sparse: true }),
          ...((shape.traits.uniqueItems || shape.isSet) && { uniqueItems: true }),
          ...(sameCycle(pc.recursion, shape.member.target, shape) && { recursive: true }),
        },
      };
    case "map":
      return {
        method: "map",
        key: memberPlan(shape.key, pc),
        value: memberPlan(shape.value, pc),
        constraints: {
          ...lengthBounds(traits),
          ...(shape.traits.sparse && { sparse: true }),
          ...(sameCycle(pc.recursion, shape.value.target, shape) && { recursive: true }),
        },
      };
    case "structure":
      return {
        method: "structure",
        // An idempotency token is always present: the SDK would fill in a random one where the
        // value leaves it out, and the two sides would no longer agree.
        members: shape.members.map((m) => ({ name: m.name, required: m.traits.required || m.effective.idempotencyToken, plan: memberPlan(m, pc) })),
      };
    case "union": {
      if (shape.members.length === 0) throw new Error(`${shape.id}: a union needs at least one member`);
      // Members that do not lead back to the union come first: past the maximum depth, fast-check
      // takes the first member, and recursion must end there.
      const ordered = [...shape.members].sort((x, y) => Number(sameCycle(pc.recursion, x.target, shape)) - Number(sameCycle(pc.recursion, y.target, shape)));
      return { method: "union", members: ordered.map((m) => ({ name: m.name, plan: memberPlan(m, pc) })) };
    }
    case "operation":
    case "resource":
    case "service":
      throw new Error(`${shape.id}: a ${shape.kind} is not a data shape`);
    default:
      return assertNever(shape, "shape kind");
  }
}

function lengthBounds(t: Traits): LengthBounds {
  return {
    ...(t.length?.min !== undefined && { minLength: t.length.min }),
    ...(t.length?.max !== undefined && { maxLength: t.length.max }),
  };
}

function range(t: Traits): Range {
  return { ...(t.range?.min !== undefined && { min: t.range.min }), ...(t.range?.max !== undefined && { max: t.range.max }) };
}
