/**
 * Test support: turns {@link ModelChoices} into a valid Smithy 2.0 JSON AST — valid by
 * construction, so every value fast-check shrinks to is valid too:
 *
 * - names: unique case-insensitively per namespace; a second namespace's shape whose name collides
 *   with one of the service closure's is renamed by the service (`rename`), as Smithy requires;
 * - recursion (through lists, maps, unions and structures) only where a finite value remains: a
 *   shape refers to itself or a later shape only through an optional member, a list or map without a
 *   minimum length, or a union member other than its first, so every shape has a finite value;
 * - constraints satisfiable: `@length` is drawn around a witness of the `@pattern` (or a drawn
 *   string), `@range` has min ≤ max within the kind's limits, `@uniqueItems` lists and maps whose keys
 *   are few ask for at most one element, and every `@default` is a value of its target;
 * - every data shape reaches the service: one left unreached is added to an operation's own input or
 *   output (an error, to the service's errors).
 *
 * @see https://smithy.io/2.0/spec/json-ast.html
 * @see https://smithy.io/2.0/spec/service-types.html#service-closure
 */
import { serviceTypeName, serviceValueName } from "../../../codegen/naming.ts";
import type { ServiceShape } from "../../../codegen/model/shapes.ts";
import type { CollectionChoice, DataKind, MemberChoice, ModelChoices, RangeChoice, ShapeChoice, StringChoice } from "./model-choices.ts";
import { derivedNames, ENUM_MEMBER_NAMES, MEMBER_NAMES, OPERATION_NAMES, SDK_IDS, SERVICE_NAMES, SHAPE_NAMES } from "./names.ts";
import { codePoints } from "./tricky-text.ts";

export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };
type Def = Record<string, unknown>;

export interface JsonAstModel {
  readonly smithy: "2.0";
  readonly shapes: Record<string, Def>;
}

export const NAMESPACES = ["fz", "fz.other"] as const;
const P = "smithy.api#";
const PRELUDE = ["String", "Integer", "Long", "Boolean", "Timestamp", "Blob", "Document", "Float", "Double", "Byte", "Short", "BigInteger", "BigDecimal"].map((n) => P + n);
const TIMESTAMP_FORMATS = ["epoch-seconds", "date-time", "http-date"] as const;
const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length]!;
const lower = (s: string) => s.toLowerCase();

/** Names in use: per namespace (shape ids) and in the service closure (after renames). */
class Names {
  readonly #ids: [Set<string>, Set<string>] = [new Set(), new Set()];
  readonly #closure = new Set<string>();
  readonly rename: Record<string, string> = {};

  /** True when a shape of the closure is named `name` (case-insensitively, after renames). */
  inClosure(name: string): boolean {
    return this.#closure.has(lower(name));
  }

  /** A fresh shape id for `wanted` in namespace `ns`; `inClosure` false for mixins (unique everywhere). */
  add(wanted: string, ns: 0 | 1, inClosure = true): string {
    const taken = (n: string) => this.#ids[ns].has(lower(n)) || ((ns === 0 || !inClosure) && (this.#closure.has(lower(n)) || this.#ids[1 - ns]!.has(lower(n))));
    let name = wanted;
    for (let k = 2; taken(name); k++) name = `${wanted}${k}`;
    this.#ids[ns].add(lower(name));
    const id = `${NAMESPACES[ns]}#${name}`;
    // Smithy counts mixins among the closure's names too (a later shape so named is renamed).
    if (!inClosure) {
      this.#closure.add(lower(name));
      return id;
    }
    if (this.#closure.has(lower(name))) {
      // The second namespace's shape takes another name inside the service, as Smithy requires.
      let renamed = `${name}_`;
      for (let k = 2; this.#closure.has(lower(renamed)) || this.#ids[0].has(lower(renamed)); k++) renamed = `${name}_${k}`;
      this.rename[id] = renamed;
      this.#closure.add(lower(renamed));
    } else {
      this.#closure.add(lower(name));
    }
    return id;
  }
}

/** `@length` around a witness of `w` code points (or bytes, or elements). */
function lengthAround(w: number, form: number, a: number, b: number, units = w): { min?: number; max?: number } | undefined {
  const min = w - (a % (w + 1));
  switch (form % 6) {
    case 1: return { min };
    case 2: return { max: units + b };
    case 3: return { min, max: units + b };
    case 4: return { min: w, max: units };
    case 5: return { min, max: 1024 + 100 * b };
    default: return undefined;
  }
}

const LIMITS: Partial<Record<DataKind, readonly [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [-(2 ** 53 - 1), 2 ** 53 - 1],
  bigInteger: [-1e20, 1e20],
  float: [-3.4028234663852886e38, 3.4028234663852886e38],
  double: [-Number.MAX_VALUE, Number.MAX_VALUE],
  bigDecimal: [-1e20, 1e20],
};
const INTEGRAL = new Set<DataKind>(["byte", "short", "integer", "long", "bigInteger"]);

/** `@range` of a number kind: min ≤ max, inside the kind's limits. */
function rangeOf(kind: DataKind, r: RangeChoice): { min?: number; max?: number } | undefined {
  const [lo, hi] = LIMITS[kind]!;
  const integral = INTEGRAL.has(kind);
  const clip = (x: number) => Math.min(hi, Math.max(lo, x));
  // Tenths for doubles and decimals; quarters for floats, whose bounds must be float32 values (no
  // float lies between 0.1 and 0.1: float32's nearest is above it).
  const step = integral ? 1 : kind === "float" ? 4 : 10;
  const a = clip(r.a / step);
  const b = r.b / step;
  switch (r.form % 6) {
    case 1: return { min: a };
    case 2: return { max: a };
    case 3: return { min: a, max: clip(integral ? a + b : Number((a + b).toFixed(2))) };
    case 4: return { min: a, max: a };
    case 5: return { min: lo, max: hi };
    default: return undefined;
  }
}

/** A value inside a range (what a `@default` of the number can be). */
function inRange(range: { min?: number; max?: number } | undefined): number {
  if (range?.min !== undefined) return range.min;
  if (range?.max !== undefined) return Math.min(0, range.max);
  return 0;
}

/** `@length` and `@pattern` of a string, and a witness that satisfies both. */
function stringTraits(s: StringChoice): { traits: Def; witness: string } {
  const witness = s.pattern?.witness ?? s.text;
  // Smithy counts code points; its Java validator of @default counts UTF-16 units: fit both.
  const length = lengthAround(codePoints(witness), s.lengthForm, s.a, s.b, witness.length);
  return { traits: { ...(length && { [P + "length"]: length }), ...(s.pattern && { [P + "pattern"]: s.pattern.source }) }, witness };
}

/** What a shape's choices make of it before members are resolved: its id, kind and default value. */
interface Planned {
  readonly index: number;
  readonly choice: ShapeChoice;
  readonly kind: DataKind;
  readonly id: string;
  /** A value of the shape for a member's `@default`; undefined when it takes none. */
  defaultValue: Json | undefined;
  /** Keys of a map drawn with this key shape are few (enum, pattern or bounded length). */
  fewValues: boolean;
  isString: boolean;
}

/** Builds the model's JSON AST. */
export function buildModel(c: ModelChoices): JsonAstModel {
  const names = new Names();
  const shapes: Record<string, Def> = {};
  const opIds = c.operations.map((o) => names.add(pick(OPERATION_NAMES, o.name), 0));
  const sdkId = pick(SDK_IDS, c.sdkId);
  const fake = { sdkId } as ServiceShape;
  const serviceId = names.add(pick(SERVICE_NAMES, c.serviceName), 0);
  const pool = [...SHAPE_NAMES, ...derivedNames(opIds.map((id) => id.split("#")[1]!), serviceTypeName(fake), serviceValueName(fake))];

  // Ids and default values first: members may refer to any shape, earlier or later.
  const planned: Planned[] = c.shapes.map((choice, index) => {
    const mixin = choice.kind === "mixin";
    const id = names.add(pick(pool, choice.name), choice.other && !mixin ? 1 : 0, !mixin);
    return { index, choice, kind: choice.kind, id, defaultValue: undefined, fewValues: false, isString: false };
  });
  const plainStructures = planned.filter((p) => p.kind === "structure").map((p) => p.id);
  // Operation inputs and outputs: Unit, a structure of their own, or one of the model's. Named now,
  // with everything else, so the prelude shapes left free are known before any member is drawn.
  const ioOf = (side: "input" | "output", form: number, nameChoice: number, opName: string): string | undefined => {
    if (form === 0) return P + "Unit";
    if (form === 3 && plainStructures.length) return pick(plainStructures, nameChoice);
    const suffix = side === "input" ? ["Input", "Request"] : ["Output", "Response"];
    return names.add(nameChoice % 3 === 2 ? pick(pool, nameChoice) : `${opName}${suffix[nameChoice % 3]}`, 0);
  };
  const io = c.operations.map((o, i) => {
    const opName = opIds[i]!.split("#")[1]!;
    return { input: ioOf("input", o.input, o.inputName, opName)!, output: ioOf("output", o.output, o.outputName, opName)! };
  });
  const dedicated = new Set(io.flatMap((x) => [x.input, x.output]).filter((id) => !id.startsWith(P) && !plainStructures.includes(id)));
  if (!io.some((x) => dedicated.has(x.output))) {
    // Unreached shapes are hung on an output of an operation's own (an input may go without a body): make one.
    io[0]!.output = names.add(`${opIds[0]!.split("#")[1]!}Output`, 0);
    dedicated.add(io[0]!.output);
  }
  // A prelude shape whose name a shape of the closure took cannot be in the closure too (Smithy's rule).
  const prelude = PRELUDE.filter((id) => !names.inClosure(id.slice(P.length)));

  const defs = new Map<string, Def>();
  for (const p of planned) defs.set(p.id, simpleShape(p));
  let keyShape: string | undefined;
  const mapKey = (): string => {
    if (keyShape === undefined) {
      keyShape = names.add("MapKey", 0);
      shapes[keyShape] = { type: "string" };
    }
    return keyShape;
  };
  const targetable = planned.filter((p) => p.kind !== "mixin" && p.kind !== "error");
  const infoOf = new Map(planned.map((p) => [p.id, p]));

  /**
   * A member target: any shape when recursion is safe here, else an earlier one (or the prelude).
   * `aggregateOnly`: a list's or map's later shape must be a structure or union, since Smithy wants
   * a structure or union on every cycle through a list or map.
   */
  const target = (n: number, from: number, recursionSafe: boolean, aggregateOnly = false): string => {
    const k = n % (targetable.length + prelude.length);
    const t = targetable[k];
    if (t !== undefined && (t.index < from || (recursionSafe && (!aggregateOnly || t.kind === "structure" || t.kind === "union")))) return t.id;
    return prelude.length ? pick(prelude, n) : P + "Unit";
  };
  const kindOf = (id: string): string => infoOf.get(id)?.kind ?? id.charAt(P.length).toLowerCase() + id.slice(P.length + 1);

  /** A structure member (or union member) as the JSON AST writes it. */
  const member = (m: MemberChoice, from: number, union: boolean, first: boolean): Def => {
    if (union && m.unit) return { target: P + "Unit" };
    const required = !union && m.required;
    const defaulted = !union && m.hasDefault;
    const t = target(m.target, from, union ? !first : !required);
    const kind = kindOf(t);
    const traits: Def = {};
    let defaultValue = infoOf.get(t)?.defaultValue;
    if (t === P + "String" && m.own) {
      const own = stringTraits(m.own);
      Object.assign(traits, own.traits);
      defaultValue = own.witness;
    } else if (t.startsWith(P) && m.ownRange && LIMITS[kind as DataKind] !== undefined) {
      const range = rangeOf(kind as DataKind, m.ownRange);
      if (range) traits[P + "range"] = range;
      defaultValue = inRange(range);
    } else if (t.startsWith(P)) {
      defaultValue = ({ string: "", boolean: false, blob: "" } as Record<string, Json>)[kind] ?? (LIMITS[kind as DataKind] ? 0 : undefined);
    }
    if (required) traits[P + "required"] = {};
    if (defaulted && defaultValue !== undefined) traits[P + "default"] = defaultValue;
    if ((required || defaulted) && m.clientOptional && !union) traits[P + "clientOptional"] = {};
    if (m.doc !== undefined) traits[P + "documentation"] = m.doc;
    if (m.deprecated !== undefined) traits[P + "deprecated"] = { message: m.deprecated };
    if (!union && m.idempotencyToken && (t === P + "String" || infoOf.get(t)?.kind === "string")) traits[P + "idempotencyToken"] = {};
    if (kind === "timestamp" && m.timestampFormat < 3) traits[P + "timestampFormat"] = TIMESTAMP_FORMATS[m.timestampFormat]!;
    return { target: t, ...(Object.keys(traits).length > 0 && { traits }) };
  };

  /**
   * Members of a structure or union, names unique case-insensitively (inherited ones included). At
   * most one `@idempotencyToken` per structure, none in mixins (so none is inherited beside one).
   * restJson1: `@jsonName`s, unique among the wire names, where no mixin is involved (`tokens`
   * false is a mixin); `bind` places an operation's own input or output members in the message.
   */
  const members = (
    choices: readonly MemberChoice[],
    from: number,
    union: boolean,
    inherited: ReadonlySet<string> = new Set(),
    tokens = true,
    error = false,
    bind?: (name: string, def: Def, m: MemberChoice) => void,
  ): Record<string, Def> => {
    const out: Record<string, Def> = {};
    const taken = new Set(inherited);
    let token = !tokens;
    choices.forEach((m) => {
      const name = pick(MEMBER_NAMES, m.name);
      // An error's members `name`, `stack` (the SDK error class's own) and `__type` (the error
      // body's own) are refused by design (../known-failures.ts): left out, so that the models
      // drawn are generated.
      if (taken.has(lower(name)) || (error && ERROR_MEMBERS_LEFT_OUT.includes(name))) return;
      taken.add(lower(name));
      const def = member(token ? { ...m, idempotencyToken: false } : m, from, union, Object.keys(out).length === 0);
      token ||= (def.traits as Def | undefined)?.[P + "idempotencyToken"] !== undefined;
      setOwn(out, name, def);
      bind?.(name, def, m);
    });
    if (c.protocol === "restJson1" && tokens && inherited.size === 0) {
      const wire = new Set(Object.keys(out).map(lower));
      choices.forEach((m) => {
        const name = pick(MEMBER_NAMES, m.name);
        const def = Object.prototype.hasOwnProperty.call(out, name) ? out[name]! : undefined;
        const traits = (def?.traits as Def | undefined) ?? {};
        if (def === undefined || m.jsonName === undefined || HTTP_TRAITS.some((t) => t in traits)) return;
        const jsonName = pick(JSON_NAMES, m.jsonName);
        if (wire.has(lower(jsonName))) return;
        wire.add(lower(jsonName));
        def.traits = { ...traits, [P + "jsonName"]: jsonName };
      });
    }
    return out;
  };

  const inheritedOf = (id: string): Set<string> => {
    const def = defs.get(id)!;
    const own = Object.keys((def.members as Def | undefined) ?? {}).map(lower);
    const fromMixins = ((def.mixins as { target: string }[] | undefined) ?? []).flatMap((m) => [...inheritedOf(m.target)]);
    return new Set([...own, ...fromMixins]);
  };

  for (const p of planned) {
    const def = defs.get(p.id)!;
    const ch = p.choice;
    switch (p.kind) {
      case "list": {
        const { length, min } = collectionLength(ch.collection, false);
        def.member = { target: target(ch.item, p.index, min === 0, true) };
        const unique = ch.collection.unique && min <= 1;
        addTraits(def, { ...(length && { [P + "length"]: length }), ...(unique && { [P + "uniqueItems"]: {} }), ...(ch.collection.sparse && !unique && { [P + "sparse"]: {} }) });
        break;
      }
      case "map": {
        const keys = planned.filter((q) => q.isString);
        const stringKey = prelude.includes(P + "String") ? [P + "String"] : [];
        const candidates = [...keys.map((q) => q.id), ...stringKey];
        // No string shape of the model's and smithy.api#String's name taken: a key shape of its own
        // (the prelude's String beside a shape named String broke Smithy's closure rule, seed 1782417564).
        const key = candidates.length > 0 ? candidates[ch.key % candidates.length]! : mapKey();
        const { length, min } = collectionLength(ch.collection, infoOf.get(key)?.fewValues ?? false);
        def.key = { target: key };
        def.value = { target: target(ch.value, p.index, min === 0, true) };
        addTraits(def, { ...(length && { [P + "length"]: length }), ...(ch.collection.sparse && { [P + "sparse"]: {} }) });
        break;
      }
      case "structure":
      case "error":
      case "mixin": {
        // Mixins that would give one member name twice conflict (an error in Smithy): keep the first.
        const eligible = planned.filter((q) => q.kind === "mixin" && q.index < p.index);
        const mixins: string[] = [];
        const inherited = new Set<string>();
        for (const n of eligible.length ? ch.mixins : []) {
          const m = pick(eligible, n).id;
          const names = inheritedOf(m);
          if (mixins.includes(m) || [...names].some((x) => inherited.has(x)) || (p.kind === "error" && ERROR_MEMBERS_LEFT_OUT.some((n) => names.has(n)))) continue;
          mixins.push(m);
          names.forEach((x) => inherited.add(x));
        }
        if (mixins.length) def.mixins = mixins.map((t) => ({ target: t }));
        def.members = members(ch.members, p.index, false, inherited, p.kind !== "mixin", p.kind === "error");
        if (p.kind === "mixin") addTraits(def, { [P + "mixin"]: {} });
        if (p.kind === "error") {
          addTraits(def, {
            [P + "error"]: ch.fault ? "server" : "client",
            // A client error's code is a 4xx, a server error's a 5xx (Smithy's HttpResponseCodeSemantics).
            ...(ch.httpError !== undefined && { [P + "httpError"]: (ch.fault ? 500 : 400) + (ch.httpError % 100) }),
            ...(ch.retryable > 0 && { [P + "retryable"]: ch.retryable === 2 ? { throttling: true } : {} }),
          });
        }
        break;
      }
      case "union":
        def.members = members(ch.members.length ? ch.members : [{ ...EMPTY_MEMBER }], p.index, true);
        break;
      default:
        break;
    }
    shapes[p.id] = def;
  }

  // Operations: their own inputs and outputs get members (restJson1: placed in the message); errors.
  const errorIds = planned.filter((p) => p.kind === "error").map((p) => p.id);
  c.operations.forEach((o, i) => {
    const opId = opIds[i]!;
    const { input, output } = io[i]!;
    const labels: string[] = [];
    // A structure of the model's as input: its members (its mixins' too) all go in the body.
    let body = input !== P + "Unit" && !dedicated.has(input) && (Object.keys((shapes[input]?.members as Def | undefined) ?? {}).length > 0 || shapes[input]?.mixins !== undefined);
    for (const [id, side, ms] of [[input, "input", o.inputMembers], [output, "output", o.outputMembers]] as const) {
      if (!dedicated.has(id) || shapes[id] !== undefined) continue;
      const bind = (name: string, def: Def, m: MemberChoice) => {
        const where = c.protocol === "restJson1" ? binding(name, def, m, side) : undefined;
        if (where === "label") labels.push(name);
        if (where === undefined && side === "input") body = true;
      };
      shapes[id] = { type: "structure", members: members(ms, Infinity, false, new Set(), true, false, bind), ...(o.ioTraits && { traits: { [P + side]: {} } }) };
    }
    const errors = [...new Set(o.errors.filter(() => errorIds.length > 0).map((n) => pick(errorIds, n)))];
    // restJson1: a path of its own per operation (labels after it); GET and DELETE only without a body.
    const method = body ? pick(["POST", "PUT", "PATCH"], o.method) : pick(["GET", "DELETE", "POST", "PUT", "GET"], o.method);
    const http = c.protocol !== "restJson1" ? {} : {
      [P + "http"]: { method, uri: `/op${i}${labels.map((l) => `/{${l}}`).join("")}` },
      ...(method === "GET" && { [P + "readonly"]: {} }),
      ...((method === "PUT" || method === "DELETE") && { [P + "idempotent"]: {} }),
    };
    const traits = { ...(o.doc !== undefined && { [P + "documentation"]: o.doc }), ...http };
    shapes[opId] = {
      type: "operation",
      input: { target: input },
      output: { target: output },
      ...(errors.length && { errors: errors.map((t) => ({ target: t })) }),
      ...(Object.keys(traits).length > 0 && { traits }),
    };
  });
  const serviceErrors = new Set(c.serviceErrors.filter(() => errorIds.length > 0).map((n) => pick(errorIds, n)));

  // Every data shape reaches the service.
  const holder = shapes[io.find((x) => dedicated.has(x.output))!.output]!.members as Record<string, Def>;
  for (;;) {
    const reached = reachable(shapes, [...opIds, ...serviceErrors]);
    const orphan = planned.find((p) => p.kind !== "mixin" && !reached.has(p.id));
    if (orphan === undefined) break;
    if (orphan.kind === "error") {
      serviceErrors.add(orphan.id);
      continue;
    }
    const base = orphan.id.split("#")[1]!;
    // A member named __proto__ is a known failure (../known-failures.ts): a shape so named hangs as `proto__`.
    let name = base === "__proto__" ? "proto__" : base.charAt(0).toLowerCase() + base.slice(1);
    // Unique among the holder's names and JSON names.
    const wire = new Set(Object.entries(holder).flatMap(([n, d]) => [lower(n), lower(String(((d.traits as Def | undefined) ?? {})[P + "jsonName"] ?? n))]));
    for (let k = 2; wire.has(lower(name)); k++) name = `${base}${k}`;
    setOwn(holder, name, { target: orphan.id });
  }

  /**
   * restJson1: where an operation's own input or output member travels, as its choice asks and its
   * target allows (a label must be required and not a list), with the trait that says so; undefined
   * for the body.
   */
  function binding(name: string, def: Def, m: MemberChoice, side: "input" | "output"): "label" | "query" | "header" | undefined {
    const target = def.target as string;
    const traits = ((def.traits as Def | undefined) ?? {}) as Def;
    const kind = kindOf(target);
    const itemKind = kind === "list" ? kindOf(((shapes[target] ?? defs.get(target))?.member as { target: string } | undefined)?.target ?? "") : undefined;
    const scalar = (k: string | undefined) => k !== undefined && HTTP_SCALARS.has(k);
    // A label that can only be empty (`@length(max: 0)`) has no request a client can send: not drawn.
    const onlyEmpty = [traits, (shapes[target] ?? defs.get(target))?.traits as Def | undefined].some((t) => (t?.[P + "length"] as { max?: number } | undefined)?.max === 0);
    if (side === "input" && m.binding === 1 && scalar(kind) && traits[P + "required"] !== undefined && !onlyEmpty) {
      def.traits = { ...traits, [P + "httpLabel"]: {} };
      return "label";
    }
    if (!scalar(kind) && !scalar(itemKind)) return undefined;
    if (side === "input" && m.binding === 2) {
      def.traits = { ...traits, [P + "httpQuery"]: `q-${name}` };
      return "query";
    }
    // A string in a header is left out: an enum's values can hold characters a header cannot
    // carry, a known failure (../known-failures.ts); a string (or a list of them) is drawn as a
    // header carries it, but binding one here would change the models of the pinned seeds.
    if (m.binding === 3 && ![kind, itemKind].some((k) => k === "string" || k === "enum" || k === "enumTrait")) {
      def.traits = { ...traits, [P + "httpHeader"]: `X-Fz-${name}` };
      return "header";
    }
    return undefined;
  }

  // Smithy's selector of @uniqueItems leaves out lists that reach a float, a double or a document.
  for (const p of planned) {
    const traits = shapes[p.id]!.traits as Def | undefined;
    if (traits?.[P + "uniqueItems"] !== undefined && [...reachable(shapes, [p.id])].some((id) => ["float", "double", "document"].includes(kindOf(id)))) delete traits[P + "uniqueItems"];
  }

  const typeName = serviceTypeName(fake);
  shapes[serviceId] = {
    type: "service",
    version: c.version,
    operations: opIds.map((t) => ({ target: t })),
    ...(serviceErrors.size && { errors: [...serviceErrors].map((t) => ({ target: t })) }),
    ...(Object.keys(names.rename).length && { rename: names.rename }),
    traits: {
      [`aws.protocols#${c.protocol}`]: {},
      "aws.api#service": { sdkId },
      ...(c.sigv4 && { "aws.auth#sigv4": { name: lower(typeName) } }),
      ...(c.serviceDoc !== undefined && { [P + "documentation"]: c.serviceDoc }),
    },
  };
  return { smithy: "2.0", shapes };

  /** A data shape's own definition (no members yet), and what members need to know of it. */
  function simpleShape(p: Planned): Def {
    const ch = p.choice;
    const traits: Def = {};
    if (ch.doc !== undefined) traits[P + "documentation"] = ch.doc;
    if (ch.deprecated !== undefined && p.kind !== "mixin") traits[P + "deprecated"] = { message: ch.deprecated };
    if (ch.sensitive && p.kind !== "mixin" && p.kind !== "error") traits[P + "sensitive"] = {};
    const def: Def = { type: p.kind === "error" || p.kind === "mixin" ? "structure" : p.kind === "enumTrait" ? "string" : p.kind };
    switch (p.kind) {
      case "string": {
        const s = stringTraits(ch.string);
        Object.assign(traits, s.traits);
        p.defaultValue = s.witness;
        p.isString = true;
        p.fewValues = ch.string.pattern !== undefined || traits[P + "length"] !== undefined;
        break;
      }
      case "enumTrait":
      case "enum":
      case "intEnum": {
        const usedNames = new Set<string>();
        const usedValues = new Set<string | number>();
        const entries = ch.enumMembers.map((m, i) => {
          let name = pick(ENUM_MEMBER_NAMES, m.name);
          for (let k = 2; usedNames.has(lower(name)); k++) name = `${pick(ENUM_MEMBER_NAMES, m.name)}${k}`;
          usedNames.add(lower(name));
          let value: string | number = p.kind === "intEnum" ? m.int : m.value === "" ? `v${i}` : m.value;
          while (usedValues.has(value)) value = typeof value === "number" ? (value >= 2147483647 ? 0 : value + 1) : `${value}${i}`;
          usedValues.add(value);
          return { name, value, doc: m.doc };
        });
        p.defaultValue = entries[0]!.value;
        p.isString = p.kind !== "intEnum";
        p.fewValues = true;
        if (p.kind === "enumTrait") {
          const named = ch.fault;
          traits[P + "enum"] = entries.map((e) => ({ value: e.value, ...(named && { name: e.name }), ...(e.doc !== undefined && { documentation: e.doc }) }));
        } else {
          def.members = Object.fromEntries(entries.map((e) => [e.name, { target: P + "Unit", traits: { [P + "enumValue"]: e.value, ...(e.doc !== undefined && { [P + "documentation"]: e.doc }) } }]));
        }
        break;
      }
      case "blob": {
        const length = lengthAround(ch.blobMin, ch.string.lengthForm, ch.string.a, ch.string.b);
        if (length) traits[P + "length"] = length;
        // Smithy's validator measures a blob's @default as its base64 text: only "" fits either way.
        p.defaultValue = (length?.min ?? 0) === 0 ? "" : undefined;
        break;
      }
      case "boolean":
        p.defaultValue = true;
        break;
      case "timestamp":
        if (ch.timestampFormat < 3) traits[P + "timestampFormat"] = TIMESTAMP_FORMATS[ch.timestampFormat]!;
        break;
      case "list":
        p.defaultValue = collectionLength(ch.collection, false).min === 0 ? [] : undefined;
        break;
      case "map":
        // Known once the key is (below); a map of few keys asks for at most one, so {} is safe only at min 0.
        p.defaultValue = ch.collection.form % 2 === 1 && ch.collection.min > 0 ? undefined : {};
        break;
      default:
        if (LIMITS[p.kind] !== undefined) {
          const range = rangeOf(p.kind, ch.range);
          if (range) traits[P + "range"] = range;
          p.defaultValue = inRange(range);
        }
    }
    if (Object.keys(traits).length) def.traits = traits;
    return def;
  }
}

const EMPTY_MEMBER: MemberChoice = { name: 0, target: 0, required: false, hasDefault: false, clientOptional: false, doc: undefined, deprecated: undefined, idempotencyToken: false, timestampFormat: 3, own: undefined, ownRange: undefined, unit: false, binding: 0, jsonName: undefined };

/** Members an error cannot have: the generator refuses them by design (../known-failures.ts). */
const ERROR_MEMBERS_LEFT_OUT = ["name", "stack", "__type"];

/** The kinds an HTTP label, query parameter or header can carry (alone, or a list of them for the last two). */
const HTTP_SCALARS = new Set(["string", "enumTrait", "enum", "intEnum", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "boolean", "timestamp"]);
const HTTP_TRAITS = [P + "httpLabel", P + "httpQuery", P + "httpHeader"];

/** restJson1 `@jsonName`s: JSON keys that are no identifiers, or name something in JavaScript. */
const JSON_NAMES = ["x-y", "a.b", "$ref", "constructor", "Name With Spaces", "名前", "then", "*/", "${x}", "</script>", "toString", "length", "0"];

/** A list's or map's `@length`, and the minimum it sets (at most 1 when its elements are few). */
function collectionLength(ch: CollectionChoice, few: boolean): { length: { min?: number; max?: number } | undefined; min: number } {
  const min = few ? Math.min(ch.min, 1) : ch.min;
  switch (ch.form % 4) {
    case 1: return { length: { min }, min };
    case 2: return { length: { max: min + ch.b }, min: 0 };
    case 3: return { length: { min, max: min + ch.b }, min };
    default: return { length: undefined, min: 0 };
  }
}

/** `o[key] = value`, as an own property even when `key` is `__proto__` (a member may be named so). */
function setOwn(o: Def, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function addTraits(def: Def, traits: Def): void {
  if (Object.keys(traits).length === 0) return;
  def.traits = { ...((def.traits as Def | undefined) ?? {}), ...traits };
}

/** Ids of the shapes reachable from `roots` through targets (inputs, outputs, errors, members). */
function reachable(shapes: Record<string, Def>, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const def = shapes[id];
    if (def === undefined) return;
    const refs: unknown[] = [def.input, def.output, def.member, def.key, def.value, ...((def.errors as unknown[]) ?? []), ...((def.mixins as unknown[]) ?? []), ...Object.values((def.members as Def | undefined) ?? {})];
    for (const r of refs) if (r && typeof r === "object" && typeof (r as { target?: unknown }).target === "string") visit((r as { target: string }).target);
  };
  roots.forEach(visit);
  return seen;
}
