/**
 * Loads a Smithy JSON AST (2.0, and 1.0's `set` and `@enum`) into the typed shape graph of
 * `shapes.ts`: prelude built in, mixins and `apply` statements applied, member targets resolved,
 * traits read and checked. Every problem is a {@link ModelError} naming the file, the shape id and
 * the JSON pointer.
 *
 * The graph is immutable once handed out. It is built in two phases inside {@link Loader.load}:
 * every data shape first (so recursive shapes can refer to one another), then each member whole —
 * target and effective traits at once — added to its container; then everything is frozen, and
 * operations, resources and services are built frozen over it. Nothing is changed afterwards:
 * what depends on the service an operation is bound to (service-wide errors) lives in the closure.
 *
 * @see https://smithy.io/2.0/spec/json-ast.html
 * @see https://smithy.io/2.0/spec/mixins.html
 */
import { withArticle } from "../../runtime/text/article.ts";
import { createHash } from "node:crypto";
import { readInput } from "../write.ts";
import { ModelError, pointer } from "./errors.ts";
import { PRELUDE_AST, UNIT_ID } from "./prelude.ts";
import { PatternTranslations } from "./pattern/translations.ts";
import { isObject, readTraits, type TraitSite } from "./traits.ts";
import type {
  DataShape,
  EnumShape,
  IntEnumShape,
  ListShape,
  MapShape,
  Member,
  Model,
  OperationShape,
  Protocol,
  ProtocolTrait,
  ResourceShape,
  ServiceShape,
  Shape,
  ShapeId,
  SimpleKind,
  StructureShape,
  Traits,
  UnitShape,
} from "./shapes.ts";

const SIMPLE: ReadonlySet<string> = new Set<SimpleKind>([
  "blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double",
  "bigInteger", "bigDecimal", "timestamp", "document",
]);
const AGGREGATE_WITH_MEMBERS = new Set(["structure", "union", "enum", "intEnum"]);
const ALL_TYPES = new Set([
  ...SIMPLE, "enum", "intEnum", "list", "set", "map", "structure", "union", "operation", "service", "resource", "apply",
]);
/** The protocols the generators serve; a service with none of them is refused (naming the ones it has). */
const SUPPORTED_PROTOCOLS: readonly Protocol[] = ["restJson1", "awsJson1_0", "awsJson1_1"];
const RESOURCE_LIFECYCLE = ["create", "put", "read", "update", "delete", "list"] as const;
const SHAPE_ID = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*$/;
const MEMBER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Reads and loads a model file. */
export function loadModelFile(file: string): Model {
  const bytes = readInput(file);
  return loadModelBytes(bytes, file);
}

/** Loads a model from its text; `file` names it in messages and stamps. */
export function loadModelText(text: string, file: string): Model {
  return loadModelBytes(Buffer.from(text, "utf8"), file);
}

function loadModelBytes(bytes: Buffer, file: string): Model {
  return loadModelAst(parseModelBytes(bytes, file), file, sha256Of(bytes));
}

/** The JSON AST of a model file's bytes; a ModelError (with line and column) when they are not JSON. */
export function parseModelBytes(bytes: Buffer, file: string): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    throw new ModelError(file, `not valid JSON: ${withLineColumn((e as Error).message, bytes.toString("utf8"))}`);
  }
}

/** sha256 of a model's bytes, hex: what generated files are stamped with. */
export function sha256Of(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Loads a JSON AST already in memory (parsed, merged from several files, or corrected by an
 * overlay's errata); `file` names it in messages and `sha256` is stamped into generated files.
 */
export function loadModelAst(ast: unknown, file: string, sha256: string): Model {
  return new Loader(file, sha256).load(ast);
}

interface RawMember {
  target: string;
  traits: Record<string, unknown>;
  /** Pointer of the member definition (in the shape that declared it, maybe a mixin). */
  pointer: string;
}

interface Flat {
  members: Map<string, RawMember>;
  traits: Record<string, unknown>;
}

/** A member whose own traits are read, waiting for phase two (its target and effective traits). */
interface PendingMember {
  readonly containerId: ShapeId;
  readonly name: string;
  readonly raw: RawMember;
  readonly traits: Traits;
  /** Adds the finished member to its container (still private to the loader). */
  readonly attach: (member: Member) => void;
}

/** A list or map while the loader builds it: its member slots are filled in phase two, then it is frozen. */
type Building = Record<string, unknown>;

class Loader {
  private raw = new Map<ShapeId, Record<string, unknown>>();
  private pointers = new Map<ShapeId, string>();
  private applied = new Map<ShapeId, Record<string, unknown>>();
  private flat = new Map<ShapeId, Flat>();
  private flattening = new Set<ShapeId>();
  private shapes = new Map<ShapeId, Shape>();
  /** The trait map each data shape's traits were read from (a set's includes its implied @uniqueItems). */
  private shapeTraits = new Map<ShapeId, Record<string, unknown>>();
  /** Phase one's members, built whole in phase two. */
  private pending: PendingMember[] = [];
  /** Each distinct pattern of the model translated once (hundreds of members share a handful). */
  private readonly patterns = new PatternTranslations();

  constructor(
    private readonly file: string,
    private readonly sha256: string,
  ) {}

  private fail(problem: string, shapeId?: string, ptr?: string): never {
    throw new ModelError(this.file, problem, shapeId, ptr);
  }

  load(ast: unknown): Model {
    if (!isObject(ast)) this.fail("a Smithy JSON AST must be a JSON object", undefined, "");
    const version = ast.smithy;
    if (typeof version !== "string") this.fail(`missing "smithy" version string`, undefined, "/smithy");
    if (!/^(1|2)(\.0)?$/.test(version)) this.fail(`unsupported Smithy version ${JSON.stringify(version)} (supported: 1.0, 2.0)`, undefined, "/smithy");
    const shapes = ast.shapes ?? {};
    if (!isObject(shapes)) this.fail(`"shapes" must be an object`, undefined, "/shapes");

    for (const [id, def] of Object.entries(PRELUDE_AST)) {
      this.raw.set(id, def as Record<string, unknown>);
      this.pointers.set(id, `(prelude ${id})`);
    }
    for (const [id, def] of Object.entries(shapes)) {
      const ptr = pointer("shapes", id);
      if (!isObject(def)) this.fail("a shape definition must be an object", id, ptr);
      const type = def.type;
      if (typeof type !== "string" || !ALL_TYPES.has(type)) {
        this.fail(`unknown shape type ${JSON.stringify(type)}`, id, ptr + "/type");
      }
      if (type === "apply") {
        this.checkId(id.split("$")[0] ?? id, ptr);
        const traits = def.traits ?? {};
        if (!isObject(traits)) this.fail(`"traits" must be an object`, id, ptr + "/traits");
        this.applied.set(id, { ...this.applied.get(id), ...traits });
        continue;
      }
      this.checkId(id, ptr);
      if (id.startsWith("smithy.api#") && this.raw.has(id)) continue; // prelude shapes may be restated
      this.raw.set(id, def);
      this.pointers.set(id, ptr);
    }
    for (const id of this.applied.keys()) {
      const [shapeId, memberName] = id.split("$") as [string, string | undefined];
      if (!this.raw.has(shapeId)) this.fail(`apply targets ${shapeId}, which does not exist`, id, pointer("shapes", id));
      if (memberName !== undefined && !this.flatten(shapeId).members.has(memberName)) {
        this.fail(`apply targets member ${JSON.stringify(memberName)}, which ${shapeId} does not have`, id, pointer("shapes", id));
      }
    }

    // Phase one: every data shape, its member slots empty.
    for (const id of this.raw.keys()) this.build(id);
    // Phase two: each member whole (target and effective traits), into its container.
    for (const p of this.pending) p.attach(this.finishMember(p));
    this.pending = [];
    for (const shape of this.shapes.values()) {
      if ("members" in shape) Object.freeze(shape.members);
      Object.freeze(shape);
    }
    // Operations, resources and services are built frozen over the frozen data shapes.
    const services: ServiceShape[] = [];
    for (const [id, def] of this.raw) {
      if (def.type === "service") services.push(this.buildService(id, def));
    }
    services.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return Object.freeze({
      file: this.file,
      sha256: this.sha256,
      smithyVersion: version.startsWith("1") ? "1.0" : "2.0",
      shapes: this.shapes,
      services: Object.freeze(services),
    });
  }

  private checkId(id: string, ptr: string): void {
    if (!SHAPE_ID.test(id)) this.fail(`not a valid absolute shape id (namespace#Name)`, id, ptr);
  }

  private ref(v: unknown, ownerId: string, ptr: string): string {
    if (!isObject(v) || typeof v.target !== "string") this.fail(`expected {"target": "<shape id>"}`, ownerId, ptr);
    return v.target as string;
  }

  private refs(v: unknown, ownerId: string, ptr: string): string[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) this.fail(`expected an array of {"target": "<shape id>"}`, ownerId, ptr);
    return v.map((r, i) => this.ref(r, ownerId, `${ptr}/${i}`));
  }

  /** Members and traits of a shape with its mixins applied (mixin members first, in mixin order). */
  private flatten(id: ShapeId): Flat {
    const done = this.flat.get(id);
    if (done) return done;
    const def = this.raw.get(id);
    const ptr = this.pointers.get(id) ?? "";
    if (!def) this.fail(`shape does not exist`, id);
    if (this.flattening.has(id)) this.fail(`mixins form a cycle`, id, ptr + "/mixins");
    this.flattening.add(id);
    const members = new Map<string, RawMember>();
    let traits: Record<string, unknown> = {};
    for (const mixinId of this.refs(def.mixins, id, ptr + "/mixins")) {
      const mixinDef = this.raw.get(mixinId);
      if (!mixinDef) this.fail(`mixin ${mixinId} does not exist`, id, ptr + "/mixins");
      const mixinTraits = isObject(mixinDef.traits) ? mixinDef.traits : {};
      if (!("smithy.api#mixin" in mixinTraits)) this.fail(`${mixinId} is used as a mixin but has no @mixin trait`, id, ptr + "/mixins");
      const mixin = this.flatten(mixinId);
      for (const [name, m] of mixin.members) members.set(name, { ...m, traits: { ...m.traits } });
      const local = (mixinTraits["smithy.api#mixin"] as { localTraits?: unknown } | undefined)?.localTraits;
      const localTraits = new Set(Array.isArray(local) ? local.map(String) : []);
      for (const [t, v] of Object.entries(mixin.traits)) {
        if (t !== "smithy.api#mixin" && !localTraits.has(t)) traits[t] = v;
      }
    }
    const ownTraits = def.traits ?? {};
    if (!isObject(ownTraits)) this.fail(`"traits" must be an object`, id, ptr + "/traits");
    traits = { ...traits, ...ownTraits, ...this.applied.get(id) };

    const type = def.type as string;
    const declared: [string, unknown][] = [];
    if (def.members !== undefined) {
      if (!AGGREGATE_WITH_MEMBERS.has(type)) this.fail(`a ${type} shape cannot have "members"`, id, ptr + "/members");
      if (!isObject(def.members)) this.fail(`"members" must be an object`, id, ptr + "/members");
      declared.push(...Object.entries(def.members));
    }
    for (const k of ["member", "key", "value"] as const) {
      if (def[k] === undefined) continue;
      const allowed = k === "member" ? type === "list" || type === "set" : type === "map";
      if (!allowed) this.fail(`a ${type} shape cannot have "${k}"`, id, `${ptr}/${k}`);
      declared.push([k, def[k]]);
    }
    for (const [name, m] of declared) {
      const mptr = def.members !== undefined && AGGREGATE_WITH_MEMBERS.has(type) ? `${ptr}/members${pointer(name)}` : `${ptr}/${name}`;
      if (!MEMBER_NAME.test(name)) this.fail(`member name ${JSON.stringify(name)} is not a valid identifier`, id, mptr);
      if (!isObject(m)) this.fail(`a member must be an object with a "target"`, `${id}$${name}`, mptr);
      const target = typeof m.target === "string" ? m.target : this.fail(`member has no "target"`, `${id}$${name}`, mptr);
      const mtraits = m.traits ?? {};
      if (!isObject(mtraits)) this.fail(`"traits" must be an object`, `${id}$${name}`, mptr + "/traits");
      const inherited = members.get(name);
      if (inherited && inherited.target !== target) {
        this.fail(`member ${JSON.stringify(name)} redeclares a mixin member with another target (${target}, mixin has ${inherited.target})`, id, mptr);
      }
      members.set(name, { target, traits: { ...inherited?.traits, ...mtraits }, pointer: mptr });
    }
    for (const [name, m] of members) {
      const applied = this.applied.get(`${id}$${name}`);
      if (applied) members.set(name, { ...m, traits: { ...m.traits, ...applied } });
    }
    this.flattening.delete(id);
    const flat = { members, traits };
    this.flat.set(id, flat);
    return flat;
  }

  private traitsOf(id: ShapeId, raw: Record<string, unknown>, ptr: string): Traits {
    return this.read(raw, { file: this.file, shapeId: id, pointer: ptr + "/traits" });
  }

  /** {@link readTraits} with this load's pattern translations. */
  private read(raw: Record<string, unknown>, site: TraitSite): Traits {
    return readTraits(raw, site, this.patterns);
  }

  /** Reads a member's own traits now; the member is built in phase two and handed to `attach`. */
  private member(containerId: ShapeId, name: string, raw: RawMember, attach: (member: Member) => void): void {
    const traits = this.read(raw.traits, { file: this.file, shapeId: `${containerId}$${name}`, pointer: raw.pointer + "/traits" });
    this.pending.push({ containerId, name, raw, traits, attach });
  }

  /** A member, whole and frozen: its resolved target and its effective traits (the target's, overridden by its own). */
  private finishMember(p: PendingMember): Member {
    const id = `${p.containerId}$${p.name}`;
    const targetId = p.raw.target;
    const rawType = this.raw.get(targetId)?.type;
    if (rawType === "operation" || rawType === "service" || rawType === "resource") {
      this.fail(`target ${targetId} is ${withArticle(rawType)}, not a data shape`, id, p.raw.pointer + "/target");
    }
    const target = this.shapes.get(targetId);
    if (!target) this.fail(`target ${targetId} does not exist`, id, p.raw.pointer + "/target");
    // A member with no traits of its own has exactly its target's (the same frozen object: reading
    // the same map again would only repeat the work, pattern translation included).
    const effective =
      Object.keys(p.raw.traits).length === 0
        ? target.traits
        : this.read({ ...this.shapeTraits.get(targetId), ...p.raw.traits }, { file: this.file, shapeId: id, pointer: this.pointers.get(p.containerId) ?? "" });
    return Object.freeze({ kind: "member", id, name: p.name, containerId: p.containerId, target, traits: p.traits, effective });
  }

  private build(id: ShapeId): void {
    const def = this.raw.get(id)!;
    const ptr = this.pointers.get(id) ?? "";
    const type = def.type as string;
    if (type === "service" || type === "operation" || type === "resource") {
      if (def.members !== undefined) this.fail(`a ${type} shape cannot have "members"`, id, ptr + "/members");
      return; // built from the services that bind them, once every data shape exists
    }
    const flat = this.flatten(id);
    // Smithy 1.0's set is a list with @uniqueItems; members that target it inherit that too.
    const rawTraits = type === "set" ? { ...flat.traits, "smithy.api#uniqueItems": {} } : flat.traits;
    this.shapeTraits.set(id, rawTraits);
    const traits = this.traitsOf(id, rawTraits, ptr);
    const [namespace, name] = id.split("#") as [string, string];
    const base = { id, name, namespace, traits };
    const need = (k: string): RawMember => flat.members.get(k) ?? this.fail(`a ${type} shape must have "${k}"`, id, ptr);
    const put = (shape: Shape): void => void this.shapes.set(id, shape);

    if (id === UNIT_ID) {
      put({ ...base, kind: "unit" } satisfies UnitShape);
    } else if (SIMPLE.has(type)) {
      if (type === "string" && traits.enum && traits.enum.every((d) => d.name !== undefined)) {
        // Smithy 1.0 @enum with names: the SDK types it like a 2.0 enum shape.
        const members = traits.enum.map((d) => Object.freeze({
          name: d.name!,
          value: d.value,
          traits: this.read(
            { ...(d.documentation !== undefined && { "smithy.api#documentation": d.documentation }), ...(d.deprecated && { "smithy.api#deprecated": {} }) },
            { file: this.file, shapeId: `${id}$${d.name}`, pointer: ptr + "/traits" },
          ),
        }));
        put({ ...base, kind: "enum", members } satisfies EnumShape);
      } else {
        put({ ...base, kind: type as SimpleKind });
      }
    } else if (type === "enum" || type === "intEnum") {
      const members = [...flat.members].map(([mname, m]) => {
        const mid = `${id}$${mname}`;
        if (m.target !== UNIT_ID) this.fail(`enum members must target smithy.api#Unit`, mid, m.pointer + "/target");
        const mtraits = this.read(m.traits, { file: this.file, shapeId: mid, pointer: m.pointer + "/traits" });
        const value = mtraits.enumValue ?? (type === "enum" ? mname : this.fail(`intEnum members need an integer @enumValue`, mid, m.pointer));
        if (typeof value !== (type === "enum" ? "string" : "number")) {
          this.fail(`@enumValue must be ${type === "enum" ? "a string" : "an integer"}`, mid, m.pointer + "/traits");
        }
        return Object.freeze({ name: mname, value, traits: mtraits });
      });
      if (members.length === 0) this.fail(`an ${type} must have at least one member`, id, ptr);
      put(type === "enum"
        ? ({ ...base, kind: "enum", members: members as EnumShape["members"] } satisfies EnumShape)
        : ({ ...base, kind: "intEnum", members: members as IntEnumShape["members"] } satisfies IntEnumShape));
    } else if (type === "list" || type === "set") {
      const list: Building = { ...base, kind: "list", isSet: type === "set", member: undefined };
      this.member(id, "member", need("member"), (m) => (list.member = m));
      put(list as unknown as ListShape);
    } else if (type === "map") {
      const map: Building = { ...base, kind: "map", key: undefined, value: undefined };
      this.member(id, "key", need("key"), (m) => (map.key = m));
      this.member(id, "value", need("value"), (m) => (map.value = m));
      put(map as unknown as MapShape);
    } else if (type === "structure" || type === "union") {
      if (type === "union" && flat.members.size === 0) this.fail(`a union must have at least one member`, id, ptr);
      const members: Member[] = [];
      // Members are attached in model order: phase two walks `pending` in the order they were read.
      for (const [mname, m] of flat.members) this.member(id, mname, m, (member) => members.push(member));
      put({ ...base, kind: type, members } as Shape);
    }
  }

  private operation(id: ShapeId, from: string, fromPtr: string): OperationShape {
    const existing = this.shapes.get(id);
    if (existing) {
      if (existing.kind !== "operation") this.fail(`${id} is ${withArticle(existing.kind)}, not an operation`, from, fromPtr);
      return existing;
    }
    const def = this.raw.get(id);
    if (!def) this.fail(`operation ${id} does not exist`, from, fromPtr);
    if (def.type !== "operation") this.fail(`${id} is ${withArticle(String(def.type))}, not an operation`, from, fromPtr);
    const ptr = this.pointers.get(id)!;
    const io = (k: "input" | "output"): StructureShape | UnitShape => {
      const tid = def[k] === undefined ? UNIT_ID : this.ref(def[k], id, `${ptr}/${k}`);
      const s = this.shapes.get(tid);
      if (!s) this.fail(`${k} ${tid} does not exist`, id, `${ptr}/${k}/target`);
      if (s.kind !== "structure" && s.kind !== "unit") this.fail(`${k} ${tid} is ${withArticle(s.kind)}, not a structure`, id, `${ptr}/${k}/target`);
      return s;
    };
    const errors = unique(this.refs(def.errors, id, `${ptr}/errors`).map((eid, i) => this.errorShape(eid, id, `${ptr}/errors/${i}/target`)));
    const [namespace, name] = id.split("#") as [string, string];
    const flat = this.flatten(id);
    const op: OperationShape = Object.freeze({
      id, name, namespace, kind: "operation", traits: this.traitsOf(id, flat.traits, ptr),
      input: io("input"), output: io("output"), errors: Object.freeze(errors),
    });
    this.shapes.set(id, op);
    return op;
  }

  private errorShape(eid: string, from: string, ptr: string): StructureShape {
    const s = this.shapes.get(eid);
    if (!s) this.fail(`error ${eid} does not exist`, from, ptr);
    if (s.kind !== "structure") this.fail(`error ${eid} is ${withArticle(s.kind)}, not a structure`, from, ptr);
    if (!s.traits.error) this.fail(`error ${eid} has no @error trait`, from, ptr);
    return s;
  }

  private resource(id: ShapeId, from: string, fromPtr: string, stack: ShapeId[]): ResourceShape {
    const existing = this.shapes.get(id);
    if (existing) {
      if (existing.kind !== "resource") this.fail(`${id} is ${withArticle(existing.kind)}, not a resource`, from, fromPtr);
      return existing;
    }
    const def = this.raw.get(id);
    if (!def) this.fail(`resource ${id} does not exist`, from, fromPtr);
    if (def.type !== "resource") this.fail(`${id} is ${withArticle(String(def.type))}, not a resource`, from, fromPtr);
    if (stack.includes(id)) this.fail(`resources form a cycle`, id, this.pointers.get(id));
    const ptr = this.pointers.get(id)!;
    const lifecycle: { -readonly [K in (typeof RESOURCE_LIFECYCLE)[number]]?: OperationShape } = {};
    for (const k of RESOURCE_LIFECYCLE) {
      if (def[k] !== undefined) lifecycle[k] = this.operation(this.ref(def[k], id, `${ptr}/${k}`), id, `${ptr}/${k}/target`);
    }
    const operationList = (k: "operations" | "collectionOperations"): readonly OperationShape[] =>
      Object.freeze(this.refs(def[k], id, `${ptr}/${k}`).map((oid, i) => this.operation(oid, id, `${ptr}/${k}/${i}/target`)));
    const operations = operationList("operations");
    const collectionOperations = operationList("collectionOperations");
    const resources = Object.freeze(
      this.refs(def.resources, id, `${ptr}/resources`).map((rid, i) => this.resource(rid, id, `${ptr}/resources/${i}/target`, [...stack, id])),
    );
    const [namespace, name] = id.split("#") as [string, string];
    const r: ResourceShape = Object.freeze({
      id, name, namespace, kind: "resource", traits: this.traitsOf(id, this.flatten(id).traits, ptr),
      identifiers: this.namedTargets(def, "identifiers", id, ptr),
      properties: this.namedTargets(def, "properties", id, ptr),
      ...lifecycle,
      operations,
      collectionOperations,
      resources,
    });
    this.shapes.set(id, r);
    return r;
  }

  /** A resource's `identifiers` or `properties`: name → the data shape it targets, in model order. */
  private namedTargets(def: Record<string, unknown>, key: "identifiers" | "properties", id: ShapeId, ptr: string): ReadonlyMap<string, DataShape> {
    const out = new Map<string, DataShape>();
    const v = def[key];
    if (v === undefined) return out;
    if (!isObject(v)) this.fail(`"${key}" must be an object of {"target": "<shape id>"}`, id, `${ptr}/${key}`);
    for (const [name, ref] of Object.entries(v)) {
      const at = `${ptr}/${key}${pointer(name)}`;
      if (!MEMBER_NAME.test(name)) this.fail(`${key.slice(0, -1).replace(/ie$/, "y")} name ${JSON.stringify(name)} is not a valid identifier`, id, at);
      const tid = this.ref(ref, id, at);
      const target = this.shapes.get(tid);
      const rawType = this.raw.get(tid)?.type;
      if (rawType === "operation" || rawType === "service" || rawType === "resource") this.fail(`target ${tid} is ${withArticle(rawType)}, not a data shape`, id, `${at}/target`);
      if (!target) this.fail(`target ${tid} does not exist`, id, `${at}/target`);
      out.set(name, target as DataShape);
    }
    return out;
  }

  private buildService(id: ShapeId, def: Record<string, unknown>): ServiceShape {
    const ptr = this.pointers.get(id)!;
    const traits = this.traitsOf(id, this.flatten(id).traits, ptr);
    const protocol = this.protocolOf(traits.protocols, id, ptr);
    const all = new Map<ShapeId, OperationShape>();
    this.refs(def.operations, id, `${ptr}/operations`).forEach((oid, i) => {
      const op = this.operation(oid, id, `${ptr}/operations/${i}/target`);
      all.set(op.id, op);
    });
    const walk = (r: ResourceShape) => {
      for (const k of RESOURCE_LIFECYCLE) {
        const op = r[k];
        if (op) all.set(op.id, op);
      }
      for (const op of [...r.operations, ...r.collectionOperations]) all.set(op.id, op);
      r.resources.forEach(walk);
    };
    const resources = this.refs(def.resources, id, `${ptr}/resources`).map((rid, i) => this.resource(rid, id, `${ptr}/resources/${i}/target`, []));
    resources.forEach(walk);
    // Real models list an error twice now and then (Verified Permissions: ThrottlingException).
    const errors = unique(this.refs(def.errors, id, `${ptr}/errors`).map((eid, i) => this.errorShape(eid, id, `${ptr}/errors/${i}/target`)));
    const operations = [...all.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = new Map<string, string>();
    for (const op of operations) {
      const dup = names.get(op.name);
      if (dup) this.fail(`operations ${dup} and ${op.id} have the same name`, id, ptr + "/operations");
      names.set(op.name, op.id);
    }
    const rename: Record<ShapeId, string> = {};
    if (def.rename !== undefined) {
      if (!isObject(def.rename)) this.fail(`"rename" must be an object`, id, ptr + "/rename");
      for (const [from, to] of Object.entries(def.rename)) {
        if (typeof to !== "string" || !MEMBER_NAME.test(to)) this.fail(`rename of ${from} must be a valid identifier`, id, `${ptr}/rename${pointer(from)}`);
        rename[from] = to;
      }
    }
    const sdkId = traits.awsService?.sdkId ?? id.split("#")[1]!;
    // The sdkId names the output folder and the generated exports: it needs a letter or digit.
    if (!/[A-Za-z0-9]/.test(sdkId)) this.fail(`aws.api#service sdkId ${JSON.stringify(sdkId)} has no letter or digit to name the service by`, id, `${ptr}/traits/aws.api#service/sdkId`);
    const endpointPrefix = traits.awsService?.endpointPrefix ?? sdkId.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const version = typeof def.version === "string" ? def.version : "";
    const [namespace, name] = id.split("#") as [string, string];
    const svc: ServiceShape = Object.freeze({
      id, name, namespace, kind: "service", traits, version, sdkId, endpointPrefix, protocol,
      operations: Object.freeze(operations), errors: Object.freeze(errors), resources: Object.freeze(resources), rename: Object.freeze(rename),
    });
    this.shapes.set(id, svc);
    return svc;
  }

  /**
   * The protocol the generators serve, of those the service has: awsJson1_1, else awsJson1_0, else
   * restJson1 (the order of SUPPORTED_PROTOCOLS, last first).
   */
  private protocolOf(protocols: readonly ProtocolTrait[], id: ShapeId, ptr: string): Protocol {
    const names = new Set(protocols.map((p) => p.name));
    const chosen = [...SUPPORTED_PROTOCOLS].reverse().find((p) => names.has(p));
    if (chosen === undefined) {
      const other = protocols.map((p) => p.id);
      const supported = SUPPORTED_PROTOCOLS.map((p) => `aws.protocols#${p}`).join(", ");
      this.fail(
        other.length > 0 ? `protocol ${other.join(", ")} is not supported (supported: ${supported})` : `the service has no supported protocol trait (supported: ${supported})`,
        id,
        ptr + "/traits",
      );
    }
    return chosen;
  }
}


/** Node's JSON.parse says "at position N"; a person wants the line and column too. */
function withLineColumn(message: string, text: string): string {
  const m = /at position (\d+)/.exec(message);
  if (!m || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(m[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message} (line ${line}, column ${column})`;
}

function unique<T extends { id: string }>(xs: readonly T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(x.id) && (seen.add(x.id), true));
}
