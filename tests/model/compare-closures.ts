/**
 * Compares two closures of the same operations, shape by shape, and names every difference that
 * changes what crosses the wire or how a client or a mock treats it: shape kinds, members and their
 * targets, constraint and behaviour traits, enum values, operation bindings, and the service facts
 * the generators read. Purely descriptive traits ({@link IGNORED_TRAITS}) are left out, so a model
 * written in our own words can be held to the real one.
 *
 * Used by tests/model/default-model.test.ts to keep model/personalize.json in step with AWS's model.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html
 * @see https://smithy.io/2.0/spec/behavior-traits.html
 */
import { cmp } from "../../codegen/model/closure.ts";
import type { Closure } from "../../codegen/model/closure.ts";
import type { DataShape, Member, OperationShape, ServiceShape, Traits } from "../../codegen/model/shapes.ts";
import { unreadTraits } from "../../codegen/model/traits.ts";

/**
 * Traits that only describe (prose, examples, links, labels, validator suppressions): they never
 * change a value on the wire, a generated type, a schema or a mock's behaviour. Every other trait is
 * compared by value: the typed fields of {@link Traits} (`documentation` and `examples` are these
 * traits' fields), and the traits no field holds (`unreadTraits`).
 */
export const IGNORED_TRAITS: ReadonlySet<string> = new Set([
  "smithy.api#documentation",
  "smithy.api#externalDocumentation",
  "smithy.api#examples",
  "smithy.api#title",
  "smithy.api#tags",
  "smithy.api#since",
  "smithy.api#suppress",
]);

/** The `aws.api#service` fields our generators and mocks read (client name, ARN namespace, endpoint host). */
const SERVICE_FIELDS = ["arnNamespace", "endpointPrefix"] as const;

/**
 * Every difference between `ours` and `reference`, one message each, in a stable order
 * (service, operations by name, shapes by id, members by name). Empty when they agree.
 *
 * @example
 * compareClosures(ours, reference)
 * // ["com.amazonaws.personalize#Name: length differs: ours {\"min\":1,\"max\":64} vs reference {\"min\":1,\"max\":63}"]
 */
export function compareClosures(ours: Closure, reference: Closure): string[] {
  const out: string[] = [];
  compareService(ours.service, reference.service, idsOf(ours, reference), out);
  const errorsOf = (c: Closure) => new Map(c.operations.map((o) => [o.name, c.errorsOf(o).map((e) => e.id).sort(cmp)]));
  const ourErrors = errorsOf(ours);
  const refErrors = errorsOf(reference);

  const refOps = new Map(reference.operations.map((o) => [o.name, o]));
  const ourOps = new Map(ours.operations.map((o) => [o.name, o]));
  for (const name of sortedUnion(ourOps.keys(), refOps.keys())) {
    const a = ourOps.get(name);
    const b = refOps.get(name);
    if (!a) out.push(`${b!.id}: operation missing in ours`);
    else if (!b) out.push(`${a.id}: operation only in ours`);
    else {
      compareOperation(a, b, out);
      // The errors each answers with in its service: its own and the service-wide ones.
      differs(out, a.id, "errors", ourErrors.get(name), refErrors.get(name));
    }
  }

  const refShapes = new Map(reference.shapes.map((s) => [s.id, s]));
  const ourShapes = new Map(ours.shapes.map((s) => [s.id, s]));
  for (const id of sortedUnion(ourShapes.keys(), refShapes.keys())) {
    const a = ourShapes.get(id);
    const b = refShapes.get(id);
    if (!a) out.push(`${id}: shape missing in ours (reference has a ${b!.kind})`);
    else if (!b) out.push(`${id}: shape only in ours (a ${a.kind})`);
    else compareShape(a, b, out);
  }
  return out;
}

function compareService(a: ServiceShape, b: ServiceShape, ids: readonly string[], out: string[]): void {
  const at = a.id;
  differs(out, at, "service id", a.id, b.id);
  differs(out, at, "version", a.version, b.version);
  differs(out, at, "sdkId", a.sdkId, b.sdkId);
  differs(out, at, "protocol", a.protocol, b.protocol);
  differs(out, at, "aws.auth#sigv4", a.traits.sigv4, b.traits.sigv4);
  for (const f of SERVICE_FIELDS) differs(out, at, `aws.api#service ${f}`, a.traits.awsService?.[f], b.traits.awsService?.[f]);
  // A rename changes the name every emitter gives a shape; only the closure's shapes matter here.
  for (const id of ids) differs(out, at, `rename of ${id}`, a.rename[id], b.rename[id]);
}

function compareOperation(a: OperationShape, b: OperationShape, out: string[]): void {
  differs(out, a.id, "operation id", a.id, b.id);
  differs(out, a.id, "input", a.input.id, b.input.id);
  differs(out, a.id, "output", a.output.id, b.output.id);
  compareTraits(a.id, a.traits, b.traits, out);
}

function compareShape(a: DataShape, b: DataShape, out: string[]): void {
  if (a.kind !== b.kind) {
    differs(out, a.id, "kind", a.kind, b.kind);
    compareTraits(a.id, a.traits, b.traits, out);
    return;
  }
  compareTraits(a.id, a.traits, b.traits, out);
  switch (a.kind) {
    case "structure":
    case "union":
      compareMembers(a.id, a.members, (b as typeof a).members, out);
      return;
    case "list": {
      const bl = b as typeof a;
      differs(out, a.id, "isSet", a.isSet, bl.isSet);
      compareMembers(a.id, [a.member], [bl.member], out);
      return;
    }
    case "map": {
      const bm = b as typeof a;
      compareMembers(a.id, [a.key, a.value], [bm.key, bm.value], out);
      return;
    }
    case "enum":
    case "intEnum": {
      const bv = new Map((b as typeof a).members.map((m) => [m.name, m] as const));
      const av = new Map(a.members.map((m) => [m.name, m] as const));
      for (const name of sortedUnion(av.keys(), bv.keys())) {
        const ma = av.get(name);
        const mb = bv.get(name);
        const at = `${a.id}$${name}`;
        if (!ma) out.push(`${at}: enum member missing in ours (reference value ${show(mb!.value)})`);
        else if (!mb) out.push(`${at}: enum member only in ours (value ${show(ma.value)})`);
        else {
          differs(out, at, "value", ma.value, mb.value);
          // enumValue is the value just compared; don't report it twice.
          compareTraits(at, ma.traits, mb.traits, out, "enumValue");
        }
      }
      return;
    }
    default:
      // Simple shapes and unit: kind and traits say everything.
      return;
  }
}

function compareMembers(container: string, as: readonly Member[], bs: readonly Member[], out: string[]): void {
  const am = new Map(as.map((m) => [m.name, m]));
  const bm = new Map(bs.map((m) => [m.name, m]));
  for (const name of sortedUnion(am.keys(), bm.keys())) {
    const a = am.get(name);
    const b = bm.get(name);
    const at = `${container}$${name}`;
    if (!a) out.push(`${at}: member missing in ours (reference targets ${b!.target.id})`);
    else if (!b) out.push(`${at}: member only in ours (targets ${a.target.id})`);
    else {
      differs(out, at, "target", a.target.id, b.target.id);
      // The member's own traits: the target's are compared with the target shape itself.
      compareTraits(at, a.traits, b.traits, out);
    }
  }
}

function compareTraits(at: string, a: Traits, b: Traits, out: string[], skip?: string): void {
  const fa = comparable(a);
  const fb = comparable(b);
  for (const label of sortedUnion(fa.keys(), fb.keys())) {
    if (label === skip) continue;
    differs(out, at, label, fa.get(label), fb.get(label));
  }
}

/**
 * The traits to compare, by label: each typed field that holds something (a presence trait that is
 * absent is left out, as is `pattern`, derived from `patternSource`, and `hasDefault`, folded into
 * `default`), then every unread trait; descriptive ones left out.
 */
function comparable(t: Traits): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [field, value] of Object.entries(t)) {
    if (IGNORED_TRAITS.has(`smithy.api#${field}`) || field === "pattern" || field === "hasDefault" || field === "default") continue;
    if (value === false || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out.set(field, field === "enum" ? withoutProse(value as NonNullable<Traits["enum"]>) : value);
  }
  if (t.hasDefault) out.set("default", t.default);
  for (const [id, value] of unreadTraits(t)) if (!IGNORED_TRAITS.has(id)) out.set(traitLabel(id), value);
  return out;
}

/** Smithy 1.0 `@enum` definitions carry prose of their own; only values, names and flags are compared. */
function withoutProse(defs: NonNullable<Traits["enum"]>): unknown {
  return defs.map(({ documentation: _doc, ...rest }) => rest);
}

function differs(out: string[], at: string, what: string, ours: unknown, reference: unknown): void {
  if (canonical(ours) !== canonical(reference)) {
    out.push(`${at}: ${what} differs: ours ${show(ours)} vs reference ${show(reference)}`);
  }
}

/** `smithy.api#length` reads as `length`; traits of other namespaces keep their full id. */
function traitLabel(id: string): string {
  return id.startsWith("smithy.api#") ? id.slice("smithy.api#".length) : id;
}

/** The value as written (key order kept), or `absent`. */
function show(v: unknown): string {
  return v === undefined ? "absent" : JSON.stringify(v);
}

/** JSON with object keys sorted, so `{"max":1,"min":0}` equals `{"min":0,"max":1}`. */
function canonical(v: unknown): string {
  if (v === undefined) return "absent";
  return JSON.stringify(v, (_k, x: unknown) =>
    typeof x === "object" && x !== null && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([p], [q]) => cmp(p, q)))
      : x,
  );
}

function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort(cmp);
}

function idsOf(a: Closure, b: Closure): string[] {
  return sortedUnion(
    a.shapes.map((s) => s.id),
    b.shapes.map((s) => s.id),
  );
}
