/**
 * Loads a Smithy JSON AST (2.0, and 1.0's `set` and `@enum`) into the typed shape graph of
 * `shapes.ts`: prelude built in, mixins and `apply` statements applied, member targets resolved,
 * traits read and checked. Every problem is a {@link ModelError} naming the file, the shape id and
 * the JSON pointer.
 *
 * @see https://smithy.io/2.0/spec/json-ast.html
 * @see https://smithy.io/2.0/spec/mixins.html
 */
import { createHash } from "node:crypto";
import { readInput } from "../write.ts";
import { ModelError, pointer } from "./errors.ts";
import { PRELUDE_AST, UNIT_ID } from "./prelude.ts";
import { isObject, mergeTraits, readTraits } from "./traits.ts";
import type {
  EnumShape,
  IntEnumShape,
  ListShape,
  MapShape,
  Member,
  Model,
  OperationShape,
  Protocol,
  ResourceShape,
  ServiceShape,
  Shape,
  ShapeId,
  SimpleKind,
  StructureShape,
  Traits,
  UnionShape,
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
const PROTOCOLS: Readonly<Record<string, Protocol>> = {
  "aws.protocols#awsJson1_0": "awsJson1_0",
  "aws.protocols#awsJson1_1": "awsJson1_1",
};
const KNOWN_OTHER_PROTOCOLS = [
  "aws.protocols#restJson1", "aws.protocols#restXml", "aws.protocols#awsQuery", "aws.protocols#ec2Query",
  "smithy.protocols#rpcv2Cbor",
];
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
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  let ast: unknown;
  try {
    ast = JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    throw new ModelError(file, `not valid JSON: ${withLineColumn((e as Error).message, bytes.toString("utf8"))}`);
  }
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

class Loader {
  private raw = new Map<ShapeId, Record<string, unknown>>();
  private pointers = new Map<ShapeId, string>();
  private applied = new Map<ShapeId, Record<string, unknown>>();
  private flat = new Map<ShapeId, Flat>();
  private flattening = new Set<ShapeId>();
  private shapes = new Map<ShapeId, Shape>();
  /** Members whose targets are resolved in the second pass. */
  private pending: { member: { target: unknown }; targetId: string; ownerId: string; pointer: string }[] = [];

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

    for (const id of this.raw.keys()) this.build(id);
    for (const p of this.pending) {
      const target = this.shapes.get(p.targetId);
      const rawType = this.raw.get(p.targetId)?.type;
      if (rawType === "operation" || rawType === "service" || rawType === "resource") {
        this.fail(`target ${p.targetId} is ${article(rawType)} ${rawType}, not a data shape`, p.ownerId, p.pointer);
      }
      if (!target) this.fail(`target ${p.targetId} does not exist`, p.ownerId, p.pointer);
      p.member.target = target;
    }
    // Effective traits need resolved targets.
    for (const shape of this.shapes.values()) {
      for (const m of membersOf(shape)) {
        (m as { effective: Traits }).effective = mergeTraits(m.target.traits, m.traits, {
          file: this.file,
          shapeId: m.id,
          pointer: this.pointers.get(m.containerId) ?? "",
        });
      }
    }
    const services: ServiceShape[] = [];
    for (const [id, def] of this.raw) {
      if (def.type === "service") services.push(this.buildService(id, def));
    }
    services.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      file: this.file,
      sha256: this.sha256,
      smithyVersion: version.startsWith("1") ? "1.0" : "2.0",
      shapes: this.shapes,
      services,
    };
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
    return readTraits(raw, { file: this.file, shapeId: id, pointer: ptr + "/traits" });
  }

  private member(containerId: ShapeId, name: string, raw: RawMember): Member {
    const id = `${containerId}$${name}`;
    const traits = readTraits(raw.traits, { file: this.file, shapeId: id, pointer: raw.pointer + "/traits" });
    const member = { kind: "member" as const, id, name, containerId, target: undefined as unknown as Shape, traits, effective: traits };
    this.pending.push({ member, targetId: raw.target, ownerId: id, pointer: raw.pointer + "/target" });
    return member;
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
    const traits = this.traitsOf(id, flat.traits, ptr);
    const [namespace, name] = id.split("#") as [string, string];
    const base = { id, name, namespace, traits };
    const need = (k: string): RawMember => flat.members.get(k) ?? this.fail(`a ${type} shape must have "${k}"`, id, ptr);

    if (id === UNIT_ID) {
      this.shapes.set(id, { ...base, kind: "unit" } satisfies UnitShape);
    } else if (SIMPLE.has(type)) {
      if (type === "string" && traits.enum && traits.enum.every((d) => d.name !== undefined)) {
        // Smithy 1.0 @enum with names: the SDK types it like a 2.0 enum shape.
        const members = traits.enum.map((d) => ({
          name: d.name!,
          value: d.value,
          traits: readTraits(
            { ...(d.documentation !== undefined && { "smithy.api#documentation": d.documentation }), ...(d.deprecated && { "smithy.api#deprecated": {} }) },
            { file: this.file, shapeId: `${id}$${d.name}`, pointer: ptr + "/traits" },
          ),
        }));
        this.shapes.set(id, { ...base, kind: "enum", members } satisfies EnumShape);
      } else {
        this.shapes.set(id, { ...base, kind: type as SimpleKind });
      }
    } else if (type === "enum" || type === "intEnum") {
      const members = [...flat.members].map(([mname, m]) => {
        const mid = `${id}$${mname}`;
        if (m.target !== UNIT_ID) this.fail(`enum members must target smithy.api#Unit`, mid, m.pointer + "/target");
        const mtraits = readTraits(m.traits, { file: this.file, shapeId: mid, pointer: m.pointer + "/traits" });
        const value = mtraits.enumValue ?? (type === "enum" ? mname : this.fail(`intEnum members need an integer @enumValue`, mid, m.pointer));
        if (typeof value !== (type === "enum" ? "string" : "number")) {
          this.fail(`@enumValue must be ${type === "enum" ? "a string" : "an integer"}`, mid, m.pointer + "/traits");
        }
        return { name: mname, value, traits: mtraits };
      });
      if (members.length === 0) this.fail(`an ${type} must have at least one member`, id, ptr);
      this.shapes.set(id, type === "enum"
        ? ({ ...base, kind: "enum", members: members as EnumShape["members"] } satisfies EnumShape)
        : ({ ...base, kind: "intEnum", members: members as IntEnumShape["members"] } satisfies IntEnumShape));
    } else if (type === "list" || type === "set") {
      const isSet = type === "set";
      const t = isSet ? this.traitsOf(id, { ...flat.traits, "smithy.api#uniqueItems": {} }, ptr) : traits;
      this.shapes.set(id, { ...base, traits: t, kind: "list", isSet, member: this.member(id, "member", need("member")) } satisfies ListShape);
    } else if (type === "map") {
      this.shapes.set(id, { ...base, kind: "map", key: this.member(id, "key", need("key")), value: this.member(id, "value", need("value")) } satisfies MapShape);
    } else if (type === "structure" || type === "union") {
      const members = [...flat.members].map(([mname, m]) => this.member(id, mname, m));
      if (type === "union" && members.length === 0) this.fail(`a union must have at least one member`, id, ptr);
      this.shapes.set(id, { ...base, kind: type, members } as StructureShape | UnionShape);
    }
  }

  private operation(id: ShapeId, from: string, fromPtr: string): OperationShape {
    const existing = this.shapes.get(id);
    if (existing) {
      if (existing.kind !== "operation") this.fail(`${id} is ${article(existing.kind)} ${existing.kind}, not an operation`, from, fromPtr);
      return existing;
    }
    const def = this.raw.get(id);
    if (!def) this.fail(`operation ${id} does not exist`, from, fromPtr);
    if (def.type !== "operation") this.fail(`${id} is ${article(String(def.type))} ${String(def.type)}, not an operation`, from, fromPtr);
    const ptr = this.pointers.get(id)!;
    const io = (k: "input" | "output"): StructureShape | UnitShape => {
      const tid = def[k] === undefined ? UNIT_ID : this.ref(def[k], id, `${ptr}/${k}`);
      const s = this.shapes.get(tid);
      if (!s) this.fail(`${k} ${tid} does not exist`, id, `${ptr}/${k}/target`);
      if (s.kind !== "structure" && s.kind !== "unit") this.fail(`${k} ${tid} is ${article(s.kind)} ${s.kind}, not a structure`, id, `${ptr}/${k}/target`);
      return s;
    };
    const errors = unique(this.refs(def.errors, id, `${ptr}/errors`).map((eid, i) => this.errorShape(eid, id, `${ptr}/errors/${i}/target`)));
    const [namespace, name] = id.split("#") as [string, string];
    const flat = this.flatten(id);
    const op: OperationShape = {
      id, name, namespace, kind: "operation", traits: this.traitsOf(id, flat.traits, ptr),
      input: io("input"), output: io("output"), errors,
    };
    this.shapes.set(id, op);
    return op;
  }

  private errorShape(eid: string, from: string, ptr: string): StructureShape {
    const s = this.shapes.get(eid);
    if (!s) this.fail(`error ${eid} does not exist`, from, ptr);
    if (s.kind !== "structure") this.fail(`error ${eid} is ${article(s.kind)} ${s.kind}, not a structure`, from, ptr);
    if (!s.traits.error) this.fail(`error ${eid} has no @error trait`, from, ptr);
    return s;
  }

  private resource(id: ShapeId, from: string, fromPtr: string, stack: ShapeId[]): ResourceShape {
    const existing = this.shapes.get(id);
    if (existing) {
      if (existing.kind !== "resource") this.fail(`${id} is ${article(existing.kind)} ${existing.kind}, not a resource`, from, fromPtr);
      return existing;
    }
    const def = this.raw.get(id);
    if (!def) this.fail(`resource ${id} does not exist`, from, fromPtr);
    if (def.type !== "resource") this.fail(`${id} is ${article(String(def.type))} ${String(def.type)}, not a resource`, from, fromPtr);
    if (stack.includes(id)) this.fail(`resources form a cycle`, id, this.pointers.get(id));
    const ptr = this.pointers.get(id)!;
    const ops: OperationShape[] = [];
    for (const k of ["create", "put", "read", "update", "delete", "list"]) {
      if (def[k] !== undefined) ops.push(this.operation(this.ref(def[k], id, `${ptr}/${k}`), id, `${ptr}/${k}/target`));
    }
    for (const k of ["operations", "collectionOperations"]) {
      this.refs(def[k], id, `${ptr}/${k}`).forEach((oid, i) => ops.push(this.operation(oid, id, `${ptr}/${k}/${i}/target`)));
    }
    const resources = this.refs(def.resources, id, `${ptr}/resources`).map((rid, i) =>
      this.resource(rid, id, `${ptr}/resources/${i}/target`, [...stack, id]),
    );
    const [namespace, name] = id.split("#") as [string, string];
    const r: ResourceShape = { id, name, namespace, kind: "resource", traits: this.traitsOf(id, this.flatten(id).traits, ptr), operations: ops, resources };
    this.shapes.set(id, r);
    return r;
  }

  private buildService(id: ShapeId, def: Record<string, unknown>): ServiceShape {
    const ptr = this.pointers.get(id)!;
    const traits = this.traitsOf(id, this.flatten(id).traits, ptr);
    const protocols = Object.keys(traits.raw).filter((t) => t in PROTOCOLS);
    if (protocols.length === 0) {
      const other = Object.keys(traits.raw).filter((t) => KNOWN_OTHER_PROTOCOLS.includes(t));
      this.fail(
        other.length > 0
          ? `protocol ${other.join(", ")} is not supported (supported: aws.protocols#awsJson1_0, aws.protocols#awsJson1_1)`
          : `the service has no supported protocol trait (supported: aws.protocols#awsJson1_0, aws.protocols#awsJson1_1)`,
        id,
        ptr + "/traits",
      );
    }
    const protocol = PROTOCOLS[protocols.sort()[protocols.length - 1]!]!;
    const all = new Map<ShapeId, OperationShape>();
    this.refs(def.operations, id, `${ptr}/operations`).forEach((oid, i) => {
      const op = this.operation(oid, id, `${ptr}/operations/${i}/target`);
      all.set(op.id, op);
    });
    const walk = (r: ResourceShape) => {
      for (const op of r.operations) all.set(op.id, op);
      r.resources.forEach(walk);
    };
    this.refs(def.resources, id, `${ptr}/resources`).forEach((rid, i) => walk(this.resource(rid, id, `${ptr}/resources/${i}/target`, [])));
    // Real models list an error twice now and then (Verified Permissions: ThrottlingException).
    const errors = unique(this.refs(def.errors, id, `${ptr}/errors`).map((eid, i) => this.errorShape(eid, id, `${ptr}/errors/${i}/target`)));
    const operations = [...all.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = new Map<string, string>();
    for (const op of operations) {
      const dup = names.get(op.name);
      if (dup) this.fail(`operations ${dup} and ${op.id} have the same name`, id, ptr + "/operations");
      names.set(op.name, op.id);
      if (errors.length > 0) {
        const own = new Set(op.errors.map((e) => e.id));
        (op as { errors: readonly StructureShape[] }).errors = [...op.errors, ...errors.filter((e) => !own.has(e.id))];
      }
    }
    const rename: Record<ShapeId, string> = {};
    if (def.rename !== undefined) {
      if (!isObject(def.rename)) this.fail(`"rename" must be an object`, id, ptr + "/rename");
      for (const [from, to] of Object.entries(def.rename)) {
        if (typeof to !== "string" || !MEMBER_NAME.test(to)) this.fail(`rename of ${from} must be a valid identifier`, id, `${ptr}/rename${pointer(from)}`);
        rename[from] = to;
      }
    }
    const apiService = traits.raw["aws.api#service"];
    const sdkId = isObject(apiService) && typeof apiService.sdkId === "string" ? apiService.sdkId : id.split("#")[1]!;
    // The sdkId names the output folder and the generated exports: it needs a letter or digit.
    if (!/[A-Za-z0-9]/.test(sdkId)) this.fail(`aws.api#service sdkId ${JSON.stringify(sdkId)} has no letter or digit to name the service by`, id, `${ptr}/traits/aws.api#service/sdkId`);
    const endpointPrefix =
      isObject(apiService) && typeof apiService.endpointPrefix === "string"
        ? apiService.endpointPrefix
        : sdkId.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const version = typeof def.version === "string" ? def.version : "";
    const [namespace, name] = id.split("#") as [string, string];
    const svc: ServiceShape = { id, name, namespace, kind: "service", traits, version, sdkId, endpointPrefix, protocol, operations, errors, rename };
    this.shapes.set(id, svc);
    return svc;
  }
}

function membersOf(shape: Shape): readonly Member[] {
  switch (shape.kind) {
    case "structure":
    case "union":
      return shape.members;
    case "list":
      return [shape.member];
    case "map":
      return [shape.key, shape.value];
    default:
      return [];
  }
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
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
