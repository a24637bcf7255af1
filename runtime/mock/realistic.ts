/**
 * The default answer of a mock with realistic data, from the model alone: the operation's
 * `@examples`, the resources the mock keeps (created, read, updated, deleted, listed), pages of a
 * stable collection for `@paginated` operations, the request's identifiers echoed, request-bounded
 * sizes, members that exclude each other — over a realistic draw (runtime/data/realistic). Every
 * adjustment is checked: one that would break the contract is undone, so the answer stays valid.
 *
 * The parts that keep state (tokens handed out, resources) belong to one mock and are reset with it.
 */
import type { ArbitraryPlan, ExclusiveSpec, OperationContract, ResourceSpec, ServiceContract } from "../contract.ts";
import { collectionKey, pageSizeOf, PageTokens } from "../data/paging.ts";
import { memberNames, planAt } from "../data/plan-walk.ts";
import { ResourceStore } from "../data/state.ts";
import { canonicalJson } from "../serde/canonical.ts";
import type { ContractChecker } from "../validation/checker.ts";
import { childPointer, deleteAt, getAt, parsePointer, setAt } from "../validation/pointer.ts";
import { isNode, isStructureSchema, itemSchema, locate, memberSchema, type SchemaNode } from "../validation/schema.ts";
import { hash32 } from "./seed.ts";

/** A realistic value of a plan, drawn from a seed (runtime/data/realistic bound to the contract's shapes and the request's settings). */
export type ValueSource = (plan: ArbitraryPlan, seed: number, options?: { readonly topLevel?: boolean; readonly member?: string }) => unknown;

/** What the default answer is: an output body, or a modeled error to answer with. */
export type DefaultAnswer = { readonly kind: "output"; readonly body: Record<string, unknown> } | { readonly kind: "error"; readonly name: string; readonly body: object };

/** How the realistic part of an answer is drawn for one request. */
export interface DrawContext {
  readonly seed: string;
  /** Values drawn for this request (the region and clock already bound). */
  readonly value: ValueSource;
  /** `open`: a resource never created is answered with seeded data; `closed`: with its not-found error. */
  readonly world: "open" | "closed";
  /** Realistic data: examples, echo, bounds, paging, exclusive members; exhaustive: none of them. */
  readonly realistic: boolean;
}

/** Most items a seeded collection holds (a list operation's collection holds 0 to this many). */
export const MAX_COLLECTION = 25;

export class RealisticAnswers {
  readonly #tokens = new PageTokens();
  readonly #store = new ResourceStore();

  constructor(
    readonly contract: ServiceContract,
    private readonly checker: ContractChecker,
  ) {}

  reset(): void {
    this.#tokens.reset();
    this.#store.reset();
  }

  /**
   * The default answer to `input` (already read as the service reads it): `draw` is the plain draw
   * of the operation's output for this request (realistic or exhaustive), which is only read (the
   * generator shares it with later answers).
   */
  answer(operation: OperationContract, input: unknown, draw: Record<string, unknown>, ctx: DrawContext): DefaultAnswer {
    if (ctx.realistic) {
      const example = operation.examples?.find((e) => canonicalJson(e.input) === canonicalJson(input));
      if (example !== undefined) {
        if (example.error !== undefined) return { kind: "error", name: example.error.name, body: structuredClone(example.error.content as object) };
        return { kind: "output", body: structuredClone(example.output as Record<string, unknown>) };
      }
    }
    const roles = this.#roles(operation.name);
    for (const { spec, role } of roles) {
      if (role === "read" || role === "update" || role === "delete") {
        const id = getAt(input, spec[role]!.idPointer);
        const missing = id !== undefined && (this.#store.isDeleted(spec.name, id) || (ctx.world === "closed" && this.#store.get(spec.name, id) === undefined));
        if (missing && spec.notFound !== undefined && Object.prototype.hasOwnProperty.call(operation.errors, spec.notFound)) {
          return { kind: "error", name: spec.notFound, body: { message: `${spec.name} ${typeof id === "string" ? id : JSON.stringify(id)} does not exist` } };
        }
      }
    }

    const body = structuredClone(draw);
    const adjusted: string[] = [];
    if (ctx.realistic) {
      this.#page(operation, input, body, ctx, adjusted);
      for (const link of operation.echo ?? []) {
        const value = getAt(input, link.from);
        if (value === undefined) continue;
        renameSiblings(body, link.to, getAt(body, link.to), value, adjusted);
        setAdjusted(body, link.to, value, adjusted);
      }
      this.#bound(operation, input, body, ctx, adjusted);
      this.#exclusive(operation.output, input, body, ctx);
    }
    for (const { spec, role } of roles) this.#applyState(spec, role, operation, input, body, ctx, adjusted);
    return { kind: "output", body: this.#valid(operation, body, draw, adjusted) };
  }

  /**
   * After the answer is final (a lifecycle may have moved it): a read's record is kept as answered,
   * so later reads and lists show the same state.
   */
  remember(operation: OperationContract, input: unknown, body: Record<string, unknown>): void {
    for (const { spec, role } of this.#roles(operation.name)) {
      if (role !== "read") continue;
      const id = getAt(input, spec.read!.idPointer);
      const stored = id === undefined ? undefined : this.#store.get(spec.name, id);
      const record = getAt(body, spec.read!.record);
      if (stored !== undefined && isNode(record)) stored.record = structuredClone(record) as Record<string, unknown>;
    }
  }

  /** The resources the operation creates, reads, updates, deletes or lists, with its role in each. */
  #roles(operation: string): { spec: ResourceSpec; role: "create" | "read" | "update" | "delete" | "list" }[] {
    const out: { spec: ResourceSpec; role: "create" | "read" | "update" | "delete" | "list" }[] = [];
    for (const spec of this.contract.resources ?? []) {
      for (const role of ["create", "read", "update", "delete", "list"] as const) if (spec[role]?.operation === operation) out.push({ spec, role });
    }
    return out;
  }

  #applyState(spec: ResourceSpec, role: "create" | "read" | "update" | "delete" | "list", operation: OperationContract, input: unknown, body: Record<string, unknown>, ctx: DrawContext, adjusted: string[]): void {
    switch (role) {
      case "create": {
        const create = spec.create!;
        if (create.from === "output" && ctx.realistic) this.#nameAfterRequest(operation, input, body, create.idPointer);
        if (create.from === "output") this.#freshId(spec, operation, input, body, ctx, adjusted);
        const id = create.from === "input" ? getAt(input, create.idPointer) : getAt(body, create.idPointer);
        if (id === undefined) return;
        const record = this.#newRecord(spec, id, input, ctx);
        this.#store.put(spec.name, id, record);
        // The answer says what was stored, for the members it shares with the record.
        const holder = create.idPointer.split("/").slice(0, -1).join("/");
        copyShared(record, body, holder, adjusted);
        return;
      }
      case "read": {
        const id = getAt(input, spec.read!.idPointer);
        const stored = id === undefined ? undefined : this.#store.get(spec.name, id);
        if (stored !== undefined) setAdjusted(body, spec.read!.record, structuredClone(stored.record), adjusted);
        return;
      }
      case "update": {
        const id = getAt(input, spec.update!.idPointer);
        const stored = id === undefined ? undefined : this.#store.get(spec.name, id);
        if (stored === undefined) return;
        for (const name of Object.keys(stored.record)) {
          const value = getAt(input, childPointer("", name));
          if (value !== undefined && name !== spec.identifier) stored.record[name] = structuredClone(value);
        }
        return;
      }
      case "delete": {
        const id = getAt(input, spec.delete!.idPointer);
        if (id !== undefined) this.#store.delete(spec.name, id);
        return;
      }
      case "list":
        return; // served by #page, which reads the store
    }
  }

  /**
   * A new resource's identifier ends with the name the request gave it, where the contract allows
   * (`CreateDatasetImportJob { jobName: "nightly" }` → `…:dataset-import-job/nightly`).
   */
  #nameAfterRequest(operation: OperationContract, input: unknown, body: Record<string, unknown>, idPointer: string): void {
    const id = getAt(body, idPointer);
    if (typeof id !== "string" || !isNode(input)) return;
    const name = Object.entries(input).find(([k, v]) => /(^n|N)ame$/.test(k) && typeof v === "string" && /^[\w.-]+$/.test(v))?.[1] as string | undefined;
    const named = name === undefined ? undefined : id.replace(/[^/:]+$/, name);
    if (named === undefined || named === id) return;
    setAt(body, idPointer, named);
    const violation = this.checker.violation(operation, { kind: "output" }, body);
    if (violation?.violations.some((v) => v.pointer === idPointer)) setAt(body, idPointer, id);
  }

  /**
   * A service never hands out an identifier twice: when the drawn one names a resource the mock
   * keeps (or deleted), the identifier is drawn again until it is new.
   */
  #freshId(spec: ResourceSpec, operation: OperationContract, input: unknown, body: Record<string, unknown>, ctx: DrawContext, adjusted: string[]): void {
    const pointer = spec.create!.idPointer;
    const taken = (id: unknown) => id !== undefined && (this.#store.get(spec.name, id) !== undefined || this.#store.isDeleted(spec.name, id));
    if (!taken(getAt(body, pointer))) return;
    const plan = operation.plans === undefined ? undefined : planAt(operation.plans.output, this.contract.shapes ?? {}, pointer);
    if (plan === undefined) return;
    for (let attempt = 1; attempt <= 64; attempt++) {
      const id = ctx.value(plan, hash32([ctx.seed, "fresh", spec.name, canonicalJson(input), String(attempt)]), { member: spec.identifier });
      if (!taken(id)) {
        setAdjusted(body, pointer, id, adjusted);
        return;
      }
    }
  }

  /** A new record: the read answer's record drawn for this id, with the create request's members of the same name and the id. */
  #newRecord(spec: ResourceSpec, id: unknown, input: unknown, ctx: DrawContext): Record<string, unknown> {
    const read = spec.read === undefined ? undefined : this.contract.operations[spec.read.operation];
    const recordPlan = read?.plans === undefined ? undefined : planAt(read.plans.output, this.contract.shapes ?? {}, spec.read!.record);
    const drawn = recordPlan === undefined ? {} : ctx.value(recordPlan, hash32([ctx.seed, "record", spec.name, canonicalJson(id)]), { topLevel: true });
    const record: Record<string, unknown> = isNode(drawn) ? (structuredClone(drawn) as Record<string, unknown>) : {};
    const names = recordPlan === undefined ? Object.keys(isNode(input) ? input : {}) : memberNames(recordPlan, this.contract.shapes ?? {});
    for (const name of names) {
      const value = getAt(input, childPointer("", name));
      if (value !== undefined) record[name] = structuredClone(value);
    }
    record[spec.identifier] = id;
    // A new resource starts where its lifecycle starts (a job is CREATE PENDING, not drawn ACTIVE).
    const lifecycle = spec.read === undefined ? undefined : this.contract.lifecycles?.[spec.read.operation];
    if (lifecycle !== undefined && spec.read !== undefined) {
      const within = (pointer: string | undefined) => (pointer !== undefined && pointer.startsWith(`${spec.read!.record}/`) ? pointer.slice(spec.read!.record.length) : undefined);
      const state = within(lifecycle.statePointer);
      if (state !== undefined) setAt(record, state, lifecycle.states[0]);
      const reason = within(lifecycle.failure?.reasonPointer);
      if (reason !== undefined) deleteAt(record, reason);
    }
    return record;
  }

  /** Pages a `@paginated` answer: one stable collection per request, a page at most the page size long. */
  #page(operation: OperationContract, input: unknown, body: Record<string, unknown>, ctx: DrawContext, adjusted: string[]): void {
    const paging = operation.paging;
    const plans = operation.plans;
    if (paging?.items === undefined || plans === undefined) return;
    const shapes = this.contract.shapes ?? {};
    const listPlan = planAt(plans.output, shapes, paging.items);
    if (listPlan?.method !== "list") return;
    const key = collectionKey(operation.name, input, paging);
    const items = this.#collection(operation, input, key, listPlan.item, ctx);
    const start = this.#tokens.start(key, getAt(input, paging.inputToken));
    // A token this mock never handed out for this collection: start over (AWS answers some such
    // tokens with an error the model may not state; an empty first page would hide the data).
    const offset = start.ok ? start.offset : 0;
    const size = pageSizeOf(input, paging);
    setAdjusted(body, paging.items, items.slice(offset, offset + size), adjusted);
    if (offset + size < items.length) {
      const tokenPlan = planAt(plans.input, shapes, paging.inputToken);
      const token = this.#tokens.tokenFor(key, offset + size, (attempt) => {
        const drawn = tokenPlan === undefined ? undefined : ctx.value(tokenPlan, hash32([ctx.seed, "token", key, String(offset + size), String(attempt)]), { member: parsePointer(paging.inputToken).at(-1) ?? "" });
        // A token of the token member's own kind (a string, or DynamoDB's key map); never an empty one.
        return drawn === "" || (isNode(drawn) && Object.keys(drawn).length === 0) ? `page-${offset + size}-${attempt}` : drawn;
      });
      setAdjusted(body, paging.outputToken, token, adjusted);
    } else {
      deleteAt(body, paging.outputToken);
    }
  }

  /**
   * The items a request pages through: a seeded collection (open world) and the resources the mock
   * keeps that match the request. Items are told apart by their identifier (the resource's, else
   * the item's first `…Arn`/`…Id`/`…Name` string, else the whole item), each once; a kept
   * resource wins over a seeded item with its identifier.
   */
  #collection(operation: OperationContract, input: unknown, key: string, itemPlan: ArbitraryPlan, ctx: DrawContext): unknown[] {
    const listed = this.#roles(operation.name).find((r) => r.role === "list")?.spec;
    const shapes = this.contract.shapes ?? {};
    const identify = identifierOf(listed?.identifier, memberNames(itemPlan, shapes));
    const kept: unknown[] = [];
    if (listed !== undefined) {
      for (const stored of this.#store.all(listed.name)) {
        const matches = listed.list!.filters.every((name) => {
          const wanted = getAt(input, childPointer("", name));
          return wanted === undefined || !Object.prototype.hasOwnProperty.call(stored.record, name) || canonicalJson(stored.record[name]) === canonicalJson(wanted);
        });
        if (!matches) continue;
        const drawn = ctx.value(itemPlan, hash32([ctx.seed, "summary", listed.name, canonicalJson(stored.id)]));
        const item = isNode(drawn) ? (structuredClone(drawn) as Record<string, unknown>) : {};
        for (const name of memberNames(itemPlan, shapes)) if (Object.prototype.hasOwnProperty.call(stored.record, name)) item[name] = structuredClone(stored.record[name]);
        kept.push(item);
      }
    }
    const seen = new Set(kept.map(identify));
    const seeded: unknown[] = [];
    if (listed === undefined || ctx.world === "open") {
      const count = hash32([ctx.seed, "count", key]) % (MAX_COLLECTION + 1);
      for (let attempt = 0; seeded.length < count && attempt < count * 4; attempt++) {
        const item = ctx.value(itemPlan, hash32([ctx.seed, "item", key, String(attempt)]));
        const id = identify(item);
        // Never one the mock deleted: a deleted resource is gone from every listing.
        if (seen.has(id) || (listed !== undefined && isNode(item) && this.#store.isDeleted(listed.name, item[listed.identifier]))) continue;
        seen.add(id);
        seeded.push(item);
      }
    }
    return [...seeded, ...kept];
  }

  /** Request members that set a size (`PasswordLength`): the output member is drawn again at that size. */
  #bound(operation: OperationContract, input: unknown, body: Record<string, unknown>, ctx: DrawContext, adjusted: string[]): void {
    const shapes = this.contract.shapes ?? {};
    for (const link of operation.bounds ?? []) {
      const size = getAt(input, link.from);
      const plan = operation.plans === undefined ? undefined : planAt(operation.plans.output, shapes, link.to);
      if (typeof size !== "number" || plan?.method !== "string") continue;
      const exact: ArbitraryPlan = { ...plan, constraints: { ...plan.constraints, minLength: size, maxLength: size } };
      const value = ctx.value(exact, hash32([ctx.seed, "bound", link.to, String(size)]), { member: parsePointer(link.to).at(-1) ?? "" });
      if (typeof value === "string" && [...value].length === size) setAdjusted(body, link.to, value, adjusted);
    }
  }

  /**
   * Keeps one member of each group of members that exclude each other, in every structure of the
   * answer: chosen by seed and request, so one mock answers some secrets as text and others as bytes.
   */
  #exclusive(schema: SchemaNode, input: unknown, body: unknown, ctx: DrawContext): void {
    const groups = this.contract.exclusive ?? [];
    if (groups.length === 0) return;
    const walk = (value: unknown, node: SchemaNode | undefined, pointer: string) => {
      if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, node === undefined ? undefined : itemSchema(node, schema), childPointer(pointer, i)));
        return;
      }
      if (!isNode(value) || node === undefined) return;
      const record = value as Record<string, unknown>;
      if (isStructureSchema(node, schema)) {
        const name = locate(schema, node).name;
        for (const group of groups) if (group.shapes === undefined || (name !== undefined && group.shapes.includes(name))) keepOne(group, record, hash32([ctx.seed, "exclusive", canonicalJson(input), pointer]));
      }
      for (const [k, v] of Object.entries(record)) walk(v, memberSchema(node, schema, k), childPointer(pointer, k));
    };
    walk(body, schema, "");
  }

  /**
   * The answer if it keeps the contract; else the same with every adjusted member that breaks it
   * set back to the draw's value; else the draw itself (which was valid to begin with).
   */
  #valid(operation: OperationContract, body: Record<string, unknown>, draw: Record<string, unknown>, adjusted: readonly string[]): Record<string, unknown> {
    const violation = this.checker.violation(operation, { kind: "output" }, body);
    if (violation === undefined) return body;
    const broken = adjusted.filter((p) => violation.violations.some((v) => v.pointer === p || v.pointer.startsWith(`${p}/`) || p.startsWith(`${v.pointer}/`)));
    for (const pointer of broken) {
      const original = getAt(draw, pointer);
      if (original === undefined) deleteAt(body, pointer);
      else setAt(body, pointer, structuredClone(original));
    }
    return this.checker.violation(operation, { kind: "output" }, body) === undefined ? body : structuredClone(draw);
  }
}

function setAdjusted(body: object, pointer: string, value: unknown, adjusted: string[]): void {
  if (pointer === "") return;
  setAt(body, pointer, value);
  adjusted.push(pointer);
}

/** Copies the record's members into the structure at `holder` of `body` where that structure already has them. */
function copyShared(record: Record<string, unknown>, body: object, holder: string, adjusted: string[]): void {
  const target = getAt(body, holder);
  if (!isNode(target)) return;
  for (const name of Object.keys(target)) if (Object.prototype.hasOwnProperty.call(record, name)) setAdjusted(body, childPointer(holder, name), structuredClone(record[name]), adjusted);
}

function keepOne(group: ExclusiveSpec, record: Record<string, unknown>, seed: number): void {
  const present = group.members.filter((m) => Object.prototype.hasOwnProperty.call(record, m));
  if (present.length < 2) return;
  const keep = present[seed % present.length];
  for (const m of present) if (m !== keep) delete record[m];
}

/** How items of a collection are told apart: by `identifier`, else the first identifying member, else whole. */
function identifierOf(identifier: string | undefined, members: readonly string[]): (item: unknown) => string {
  const name = identifier ?? members.find((m) => /(Arn|ARN|Id|ID|Name)$/.test(m));
  return (item) => (name !== undefined && isNode(item) && Object.prototype.hasOwnProperty.call(item, name) ? `${name}=${canonicalJson(item[name])}` : canonicalJson(item));
}

/** The last `/`- or `:`-separated part of an identifier (`…/job-1` → `job-1`); undefined when it ends in one. */
function lastName(id: string): string | undefined {
  const name = id.slice(Math.max(id.lastIndexOf("/"), id.lastIndexOf(":")) + 1);
  return name === "" ? undefined : name;
}

/**
 * When an echoed identifier replaces a drawn one (`…/dataset-import-job/sample-catalogs` →
 * `…/daily-clicks`), the members beside it that named the drawn resource (`jobName:
 * "sample-catalogs"`) name the asked one instead, so a structure stays about one resource.
 */
function renameSiblings(body: object, pointer: string, drawn: unknown, asked: unknown, adjusted: string[]): void {
  if (typeof drawn !== "string" || typeof asked !== "string") return;
  const oldName = lastName(drawn);
  const newName = lastName(asked);
  if (oldName === undefined || newName === undefined || oldName === newName || oldName === drawn) return;
  const holder = pointer.split("/").slice(0, -1).join("/");
  const siblings = getAt(body, holder);
  if (!isNode(siblings)) return;
  for (const [name, value] of Object.entries(siblings)) if (value === oldName) setAdjusted(body, childPointer(holder, name), newName, adjusted);
}
