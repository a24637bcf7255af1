/**
 * Comparing JSON ASTs as models, not text (the idl-pairs README): `apply` entries merged into their
 * shapes' traits, the `smithy` version key dropped; key order never matters to `toEqual`. The named
 * equivalences are ways two JSON ASTs can state the same loaded model, used for the pairs whose
 * hand-written `.json` states it differently from what Smithy's loader prints.
 */
type Obj = Record<string, unknown>;
type Ast = { metadata?: Obj; shapes: Record<string, Obj> };

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

/** The README's normalisation. */
export function asModel(ast: unknown): Ast {
  const src = ast as { metadata?: Obj; shapes?: Record<string, Obj> };
  const shapes: Record<string, Obj> = {};
  const applies: [string, Obj][] = [];
  for (const [id, def] of Object.entries(clone(src.shapes ?? {}))) {
    if (def.type === "apply") applies.push([id, (def.traits as Obj | undefined) ?? {}]);
    else shapes[id] = def;
  }
  for (const [id, traits] of applies) {
    const [root, member] = id.split("$") as [string, string | undefined];
    const shape = shapes[root];
    if (!shape) throw new Error(`apply to ${id}, which the JSON AST does not define`);
    let target: Obj;
    if (member === undefined) target = shape;
    else if (shape.type === "list" || shape.type === "set" || shape.type === "map") target = (shape[member] ??= {}) as Obj;
    else {
      const members = (shape.members ??= {}) as Obj;
      target = (members[member] ??= {}) as Obj;
    }
    target.traits = { ...(target.traits as Obj | undefined), ...traits };
  }
  return src.metadata === undefined ? { shapes } : { metadata: src.metadata, shapes };
}

export type Equivalence = "emptyMembers" | "unitIo" | "set" | "mixinMembers" | "v1Defaults";

/** What each equivalence says, for the report of exceptions. */
export const EQUIVALENCES: Readonly<Record<Equivalence, string>> = {
  emptyMembers: "a structure with no members: `\"members\": {}` or no `members` key",
  unitIo: "an operation without input or output: `smithy.api#Unit` stated or left out",
  set: "a Smithy 1.0 set: `\"type\": \"set\"` or a list with @uniqueItems (Smithy prints the latter)",
  mixinMembers: "a member inherited from a mixin: restated with its target, or only its added traits (Smithy prints an apply)",
  v1Defaults: "a Smithy 1.0 zero value: the @default(0)/(false) Smithy 1.0 implies, stated or left implicit",
};

export function applyEquivalences(model: Ast, which: readonly Equivalence[]): Ast {
  const out = clone(model);
  for (const e of which) {
    for (const [id, shape] of Object.entries(out.shapes)) {
      switch (e) {
        case "emptyMembers":
          if (isObj(shape.members) && Object.keys(shape.members).length === 0) delete shape.members;
          break;
        case "unitIo":
          for (const k of ["input", "output"]) if (isObj(shape[k]) && (shape[k] as Obj).target === "smithy.api#Unit") delete shape[k];
          break;
        case "set":
          if (shape.type === "set") shape.type = "list";
          if (shape.type === "list" && isObj(shape.traits) && "smithy.api#uniqueItems" in shape.traits) {
            delete shape.traits["smithy.api#uniqueItems"];
            if (Object.keys(shape.traits).length === 0) delete shape.traits;
          }
          break;
        case "mixinMembers":
          dropMixinTargets(out, id, shape);
          break;
        case "v1Defaults":
          dropZeroDefault(shape);
          for (const k of ["members", "member", "key", "value"]) {
            const m = shape[k];
            if (k === "members" && isObj(m)) Object.values(m).forEach((x) => isObj(x) && dropZeroDefault(x));
            else if (isObj(m)) dropZeroDefault(m);
          }
          break;
      }
    }
  }
  return out;
}

function mixinMemberNames(ast: Ast, id: string, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  const shape = ast.shapes[id];
  if (!shape || seen.has(id)) return names;
  seen.add(id);
  for (const m of (shape.mixins as { target: string }[] | undefined) ?? []) {
    const mixin = ast.shapes[m.target];
    if (!mixin) continue;
    for (const k of ["member", "key", "value"]) if (k in mixin) names.add(k);
    for (const k of Object.keys((mixin.members as Obj | undefined) ?? {})) names.add(k);
    for (const k of mixinMemberNames(ast, m.target, seen)) names.add(k);
  }
  return names;
}

function dropMixinTargets(ast: Ast, id: string, shape: Obj): void {
  const inherited = mixinMemberNames(ast, id);
  const strip = (holder: Obj, key: string) => {
    const m = holder[key];
    if (!isObj(m) || !inherited.has(key)) return;
    delete m.target;
    if (Object.keys(m).length === 0) delete holder[key];
  };
  for (const k of ["member", "key", "value"]) strip(shape, k);
  if (isObj(shape.members)) for (const k of Object.keys(shape.members)) strip(shape.members, k);
}

function dropZeroDefault(node: Obj): void {
  const traits = node.traits;
  if (!isObj(traits) || !("smithy.api#default" in traits)) return;
  const v = traits["smithy.api#default"];
  if (v === 0 || v === false) {
    delete traits["smithy.api#default"];
    if (Object.keys(traits).length === 0) delete node.traits;
  }
}
