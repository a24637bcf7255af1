/**
 * Members of each shape once mixins are applied: inherited members, members that redefine an
 * inherited one (same target, extra traits), and elided targets (`$name`) taken from a mixin or from
 * the resource a structure is bound to with `for`.
 *
 * @see https://smithy.io/2.0/spec/mixins.html
 * @see https://smithy.io/2.0/spec/idl.html#idl-target-elision
 */
import type { ShapeDef } from "./fragment.ts";
import type { MemberState, ModelState, TraitMap } from "./model-state.ts";
import { errorAt } from "./origin.ts";

const ALLOWED: Readonly<Record<string, readonly string[]>> = { list: ["member"], set: ["member"], map: ["key", "value"] };

export class MemberBuilder {
  private readonly done = new Map<string, Map<string, MemberState>>();
  private readonly active = new Set<string>();

  constructor(private readonly defs: ReadonlyMap<string, ShapeDef>) {}

  /** The members of `id` with its mixins applied. */
  membersOf(id: string): Map<string, MemberState> {
    const cached = this.done.get(id);
    if (cached) return cached;
    const def = this.defs.get(id)!;
    if (this.active.has(id)) throw errorAt(def.origin, "its mixins form a cycle", id);
    this.active.add(id);
    const members = new Map<string, MemberState>();
    for (const mixin of def.mixins) {
      if (!this.defs.has(mixin.id)) throw errorAt(def.origin, `mixin ${mixin.id} is not defined`, id);
      for (const m of this.membersOf(mixin.id).values()) {
        const seen = members.get(m.name);
        if (seen && seen.target !== m.target) {
          throw errorAt(def.origin, `its mixins give member ${m.name} two targets (${seen.target} and ${m.target})`, id);
        }
        const providers = [...(seen?.providers ?? []), mixin.id];
        members.set(m.name, { name: m.name, target: m.target, origin: m.origin, fromMixin: true, providers, declared: false, traits: new Map() });
      }
    }
    const bound = def.forResource ? this.resourceTargets(def) : undefined;
    for (const md of def.members) {
      const inherited = members.get(md.name);
      const memberId = `${id}$${md.name}`;
      let target = md.target?.id;
      if (target === undefined) {
        if (def.forResource && !bound) throw errorAt(md.origin, `the elided member's resource ${def.forResource.id} is not defined`, memberId);
        target = bound?.get(md.name) ?? inherited?.target;
        if (target === undefined) {
          throw errorAt(md.origin, `the target of $${md.name} is elided, but no mixin${def.forResource ? ` and no identifier or property of ${def.forResource.id}` : ""} has a member ${md.name}`, memberId);
        }
      }
      if (inherited) {
        if (inherited.target !== target) throw errorAt(md.origin, `redefines a mixin member with another target (${target}; the mixin has ${inherited.target})`, memberId);
        members.set(md.name, { ...inherited, origin: md.origin, declared: true });
      } else {
        members.set(md.name, { name: md.name, target, origin: md.origin, fromMixin: false, providers: [], declared: true, traits: new Map() });
      }
    }
    if (def.forResource && !bound) throw errorAt(def.origin, `resource ${def.forResource.id} is not defined`, id);
    const allowed = ALLOWED[def.type];
    if (allowed) {
      for (const m of members.values()) {
        if (!allowed.includes(m.name)) throw errorAt(m.origin, `a ${def.type} has only ${allowed.join(" and ")}, not ${m.name}`, `${id}$${m.name}`);
      }
      for (const name of allowed) if (!members.has(name)) throw errorAt(def.origin, `a ${def.type} must have a ${name}`, id);
    }
    this.active.delete(id);
    this.done.set(id, members);
    return members;
  }

  /** Identifier and property targets of the resource a structure is bound to (with its mixins). */
  private resourceTargets(def: ShapeDef): Map<string, string> | undefined {
    const resource = this.defs.get(def.forResource!.id);
    if (!resource || resource.type !== "resource") return undefined;
    const out = new Map<string, string>();
    const add = (r: ShapeDef, seen: Set<string>) => {
      if (seen.has(r.id)) return;
      seen.add(r.id);
      for (const m of r.mixins) {
        const mixin = this.defs.get(m.id);
        if (mixin) add(mixin, seen);
      }
      for (const [name, ref] of r.identifiers ?? []) out.set(name, ref.id);
      for (const [name, ref] of r.properties ?? []) if (!out.has(name)) out.set(name, ref.id);
    };
    add(resource, new Set());
    return out;
  }
}

/**
 * A member inherited from two or more mixins, and given no trait of its own (neither redefined nor
 * applied to), introduces — as Smithy's loader builds it — every trait the member has in the last of
 * those mixins; Smithy prints them in the member's `apply`. Call once traits are applied.
 */
export function adoptTraitsOfLastMixin(state: ModelState): void {
  const effective = new Map<string, TraitMap>();
  const effectiveOf = (shapeId: string, name: string): TraitMap => {
    const key = `${shapeId}$${name}`;
    const done = effective.get(key);
    if (done) return done;
    const m = state.get(shapeId)?.members.get(name);
    const out: TraitMap = new Map();
    if (m) {
      for (const p of m.providers) for (const [t, v] of effectiveOf(p, name)) out.set(t, v);
      for (const [t, v] of m.traits) out.set(t, v);
    }
    effective.set(key, out);
    return out;
  };
  const adopted: [MemberState, TraitMap][] = [];
  for (const [id, s] of state) {
    for (const m of s.members.values()) {
      if (m.declared || m.providers.length < 2 || m.traits.size > 0) continue;
      adopted.push([m, new Map([...effectiveOf(m.providers.at(-1)!, m.name), ...m.traits])]);
      effectiveOf(id, m.name);
    }
  }
  for (const [m, traits] of adopted) {
    m.traits.clear();
    for (const [t, v] of traits) m.traits.set(t, v);
  }
}
