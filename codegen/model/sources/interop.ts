/**
 * Smithy 1.0 semantics, as Smithy's loader carries them into a 2.0 model: in a 1.0 file a boolean or
 * number shape without `@box` had a zero value, so it gets `@default(0)` (`false`); a structure member
 * targeting such a shape (or a `Primitive*` prelude shape) gets that default too, a `@box`ed member
 * gets `@default(null)`, and an optional streaming blob gets `@default("")`. `@box` itself is not
 * printed (it is not a 2.0 trait), and a 1.0 `set` is printed as a list with `@uniqueItems`.
 *
 * @see https://smithy.io/2.0/guides/migrating-idl-1-to-2.html
 */
import type { ModelState, ShapeState, TraitMap } from "./model-state.ts";
import { PRELUDE_NAMESPACE, PRELUDE_TYPES, PRELUDE_WITH_DEFAULT } from "./prelude-shapes.ts";
import { namespaceOf } from "./shape-ids.ts";

const BOX = "smithy.api#box";
const DEFAULT = "smithy.api#default";
const HAD_ZERO_VALUE = new Set(["boolean", "byte", "short", "integer", "long", "float", "double", "intEnum"]);

export function applyV1Semantics(state: ModelState): void {
  // Whether each shape counts as boxed is decided before any default is added.
  const boxed = new Map<string, boolean>();
  for (const [id, s] of state) boxed.set(id, isBoxed(s));
  for (const s of state.values()) {
    if (s.def.version !== "1.0") continue;
    if (HAD_ZERO_VALUE.has(s.def.type) && !s.traits.has(BOX) && !s.traits.has(DEFAULT)) {
      s.traits.set(DEFAULT, { value: zero(s.def.type), origin: s.def.origin, sugar: false });
    }
    if (s.def.type === "structure") {
      for (const m of s.members.values()) upgradeMember(m.traits, m.target, state, boxed);
    }
  }
}

function upgradeMember(traits: TraitMap, targetId: string, state: ModelState, boxed: ReadonlyMap<string, boolean>): void {
  const target = state.get(targetId);
  const type = target ? target.def.type : namespaceOf(targetId) === PRELUDE_NAMESPACE ? PRELUDE_TYPES.get(targetId.slice(targetId.indexOf("#") + 1)) : undefined;
  if (type === undefined) return;
  const targetBoxed = target ? boxed.get(targetId)! : HAD_ZERO_VALUE.has(type) && !PRELUDE_WITH_DEFAULT.has(targetId.slice(targetId.indexOf("#") + 1));
  const streamingBlob = type === "blob" && target !== undefined && target.traits.has("smithy.api#streaming") && !traits.has("smithy.api#required");
  const origin = { file: "(Smithy 1.0 default)" };
  if ((HAD_ZERO_VALUE.has(type) || streamingBlob) && !traits.has(DEFAULT) && !traits.has(BOX) && !targetBoxed) {
    traits.set(DEFAULT, { value: type === "blob" ? "" : zero(type), origin, sugar: false });
  } else if (traits.has(BOX)) {
    traits.set(DEFAULT, { value: null, origin, sugar: false });
  }
}

/** 1.0: `@box`. 2.0: a boolean or number shape whose default is not its zero value (or has none). */
function isBoxed(s: ShapeState): boolean {
  if (s.def.version === "1.0") return s.traits.has(BOX);
  if (!HAD_ZERO_VALUE.has(s.def.type)) return false;
  const d = s.traits.get(DEFAULT);
  return d === undefined || d.value !== zero(s.def.type);
}

function zero(type: string): unknown {
  return type === "boolean" ? false : 0;
}
