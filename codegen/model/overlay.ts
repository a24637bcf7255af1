/**
 * Overlays: what a model says only in prose, written down as data. A resource's lifecycle (the
 * states a `Describe…` call walks through), the resources whose state a mock keeps (which
 * operations create, read, list and delete them — most AWS models have no Smithy `resource`
 * shapes), members that exclude each other, and errata: corrections of the model itself (see
 * errata.ts; applied before the model is loaded). An overlay is checked against the shape graph
 * when it is read: every operation must exist and every pointer must name a member that exists, on
 * the right side (request or response), with a type that can hold what the mock will put there.
 */
import type { ExclusiveSpec, LifecycleSpec, ResourceSpec } from "../../runtime/contract.ts";
import { parsePointer } from "../../runtime/validation/pointer.ts";
import { readErrata, type Erratum } from "./errata.ts";
import { readInput } from "../write.ts";
import { ModelError, pointerToken } from "./errors.ts";
import type { DataShape, Member, OperationShape, ServiceShape } from "./shapes.ts";
import { isObject } from "./traits.ts";

/** A lifecycle as the overlay file states it: the very data the mock runtime replays (runtime/contract.ts). */
export type LifecycleOverlay = LifecycleSpec;

export interface Overlay {
  readonly file: string;
  readonly lifecycles: readonly LifecycleOverlay[];
  readonly resources: readonly ResourceSpec[];
  readonly exclusive: readonly ExclusiveSpec[];
  readonly errata: readonly Erratum[];
}

/** An overlay file's JSON, read once (errata are applied to the model before the rest is checked against it). */
export function readOverlayJson(file: string): unknown {
  try {
    return JSON.parse(readInput(file).toString("utf8"));
  } catch (e) {
    if (e instanceof SyntaxError) throw new ModelError(file, `not valid JSON: ${e.message}`);
    throw e;
  }
}

/** Reads and checks an overlay file against `service`. */
export function loadOverlayFile(file: string, service: ServiceShape): Overlay {
  return readOverlay(readOverlayJson(file), file, service);
}

export function readOverlay(json: unknown, file: string, service: ServiceShape): Overlay {
  const fail = (problem: string, ptr: string): never => {
    throw new ModelError(file, problem, undefined, ptr);
  };
  if (!isObject(json)) return fail("an overlay must be a JSON object", "");
  const known = new Set(["$comment", "lifecycles", "resources", "exclusive", "errata"]);
  for (const k of Object.keys(json)) if (!known.has(k)) fail(`unknown overlay field ${JSON.stringify(k)}`, `/${pointerToken(k)}`);
  const raw = json.lifecycles ?? {};
  if (!isObject(raw)) return fail(`"lifecycles" must be an object keyed by operation name`, "/lifecycles");
  const lifecycles: LifecycleOverlay[] = [];
  for (const [opName, spec] of Object.entries(raw).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const at = `/lifecycles/${pointerToken(opName)}`;
    const op = service.operations.find((o) => o.name === opName) ?? fail(`${service.id} has no operation ${JSON.stringify(opName)}`, at);
    if (!isObject(spec)) return fail("a lifecycle must be an object", at);
    const str = (k: string, required: boolean): string | undefined => {
      const v = spec[k];
      if (v === undefined && !required) return undefined;
      if (typeof v !== "string") return fail(`"${k}" must be a string`, `${at}/${k}`);
      return v;
    };
    const allowed = new Set(["idPointer", "responseIdPointer", "statePointer", "states", "failure", "updatedPointers", "createdPointers"]);
    for (const k of Object.keys(spec)) if (!allowed.has(k)) fail(`unknown lifecycle field ${JSON.stringify(k)}`, `${at}/${pointerToken(k)}`);
    const idPointer = str("idPointer", true)!;
    memberAt(op, "input", idPointer, ["string"], (p) => fail(p, `${at}/idPointer`));
    const statePointer = str("statePointer", true)!;
    const stateMember = memberAt(op, "output", statePointer, ["string", "enum"], (p) => fail(p, `${at}/statePointer`));
    const responseIdPointer = str("responseIdPointer", false);
    if (responseIdPointer !== undefined) memberAt(op, "output", responseIdPointer, ["string"], (p) => fail(p, `${at}/responseIdPointer`));
    const states = spec.states;
    if (!Array.isArray(states) || states.length === 0 || !states.every((s) => typeof s === "string")) {
      return fail(`"states" must be a non-empty array of strings`, `${at}/states`);
    }
    const checkState = (s: string, ptr: string) => {
      const t = stateMember.effective;
      const len = [...s].length;
      if (t.length?.min !== undefined && len < t.length.min) fail(`state ${JSON.stringify(s)} is shorter than ${stateMember.id} allows`, ptr);
      if (t.length?.max !== undefined && len > t.length.max) fail(`state ${JSON.stringify(s)} is longer than ${stateMember.id} allows`, ptr);
      if (t.pattern !== undefined && !new RegExp(t.pattern, "u").test(s)) fail(`state ${JSON.stringify(s)} does not match ${stateMember.id}'s pattern`, ptr);
      const target = stateMember.target;
      if (target.kind === "enum" && !target.members.some((m) => m.value === s)) fail(`state ${JSON.stringify(s)} is not a value of ${target.id}`, ptr);
    };
    states.forEach((s, i) => checkState(s, `${at}/states/${i}`));
    let failure: LifecycleOverlay["failure"];
    if (spec.failure !== undefined) {
      const f = spec.failure;
      if (!isObject(f) || typeof f.state !== "string") return fail(`"failure" must be an object with a string "state"`, `${at}/failure`);
      checkState(f.state, `${at}/failure/state`);
      if (f.reasonPointer !== undefined) {
        if (typeof f.reasonPointer !== "string") return fail(`"reasonPointer" must be a string`, `${at}/failure/reasonPointer`);
        memberAt(op, "output", f.reasonPointer, ["string"], (p) => fail(p, `${at}/failure/reasonPointer`));
      }
      failure = { state: f.state, ...(typeof f.reasonPointer === "string" && { reasonPointer: f.reasonPointer }) };
    }
    const timestampPointers = (key: "updatedPointers" | "createdPointers"): string[] | undefined => {
      const v = spec[key];
      if (v === undefined) return undefined;
      if (!Array.isArray(v) || !v.every((p) => typeof p === "string")) return fail(`"${key}" must be an array of JSON pointers`, `${at}/${key}`);
      v.forEach((p, i) => memberAt(op, "output", p, ["timestamp"], (m) => fail(m, `${at}/${key}/${i}`)));
      return v as string[];
    };
    const updatedPointers = timestampPointers("updatedPointers");
    const createdPointers = timestampPointers("createdPointers");
    lifecycles.push({
      operation: opName,
      idPointer,
      ...(responseIdPointer !== undefined && { responseIdPointer }),
      statePointer,
      states: states as string[],
      ...(failure && { failure }),
      ...(updatedPointers && { updatedPointers }),
      ...(createdPointers && { createdPointers }),
    });
  }
  return {
    file,
    lifecycles,
    resources: readResources(json.resources, service, fail),
    exclusive: readExclusive(json.exclusive, fail),
    errata: readErrata(json.errata, file),
  };
}

/**
 * `resources`: by resource name, its `identifier` member and the operations that `create`, `read`,
 * `update`, `delete` and `list` it, each with the pointers the mock reads (see `ResourceSpec`).
 */
function readResources(raw: unknown, service: ServiceShape, fail: (problem: string, ptr: string) => never): ResourceSpec[] {
  if (raw === undefined) return [];
  if (!isObject(raw)) return fail(`"resources" must be an object keyed by resource name`, "/resources");
  const out: ResourceSpec[] = [];
  for (const [name, spec] of Object.entries(raw).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const at = `/resources/${pointerToken(name)}`;
    if (!isObject(spec)) return fail("a resource must be an object", at);
    for (const k of Object.keys(spec)) if (!["identifier", "create", "read", "update", "delete", "list", "notFound"].includes(k)) fail(`unknown resource field ${JSON.stringify(k)}`, `${at}/${pointerToken(k)}`);
    if (typeof spec.identifier !== "string" || spec.identifier === "") return fail(`"identifier" must name the member that identifies one ${name}`, `${at}/identifier`);
    const part = (key: keyof typeof PART_FIELDS) => {
      const v = spec[key];
      if (v === undefined) return undefined;
      if (!isObject(v) || typeof v.operation !== "string") return fail(`"${key}" must be an object with an "operation"`, `${at}/${key}`);
      for (const k of Object.keys(v)) if (!(PART_FIELDS[key] as readonly string[]).includes(k)) fail(`unknown ${key} field ${JSON.stringify(k)}`, `${at}/${key}/${pointerToken(k)}`);
      const op = service.operations.find((o) => o.name === v.operation) ?? fail(`${service.id} has no operation ${JSON.stringify(v.operation)}`, `${at}/${key}/operation`);
      const pointer = (field: string, side: "input" | "output", kinds: DataShape["kind"][] | "structure") => {
        const p = v[field];
        if (typeof p !== "string") return fail(`"${field}" must be a JSON pointer`, `${at}/${key}/${field}`);
        if (p === "" && kinds === "structure") return p;
        memberAt(op, side, p, kinds === "structure" ? ["structure"] : kinds, (problem) => fail(problem, `${at}/${key}/${field}`), "resource");
        return p;
      };
      return { op, v, pointer };
    };
    const ids: DataShape["kind"][] = ["string", "enum", "integer", "long"];
    const resource: { -readonly [K in keyof ResourceSpec]: ResourceSpec[K] } = { name, identifier: spec.identifier };
    const create = part("create");
    if (create !== undefined) {
      if (create.v.from !== undefined && create.v.from !== "input" && create.v.from !== "output") return fail(`"from" must be "input" or "output"`, `${at}/create/from`);
      const from = create.v.from === "input" ? "input" : "output";
      resource.create = { operation: create.op.name, idPointer: create.pointer("idPointer", from, ids), from };
    }
    const read = part("read");
    if (read !== undefined) resource.read = { operation: read.op.name, idPointer: read.pointer("idPointer", "input", ids), record: read.pointer("record", "output", "structure") };
    for (const key of ["update", "delete"] as const) {
      const p = part(key);
      if (p !== undefined) resource[key] = { operation: p.op.name, idPointer: p.pointer("idPointer", "input", ids) };
    }
    const list = part("list");
    if (list !== undefined) {
      const items = list.pointer("items", "output", ["list"]);
      const filters = list.v.filters ?? [];
      if (!Array.isArray(filters) || !filters.every((f) => typeof f === "string")) return fail(`"filters" must be an array of member names`, `${at}/list/filters`);
      const input = list.op.input;
      filters.forEach((f: string, i) => {
        if (input.kind !== "structure" || !input.members.some((m) => m.name === f)) fail(`${list.op.name}'s input has no member ${JSON.stringify(f)} to filter by`, `${at}/list/filters/${i}`);
      });
      resource.list = { operation: list.op.name, items, filters: filters as string[] };
    }
    if (spec.notFound !== undefined) {
      if (typeof spec.notFound !== "string") return fail(`"notFound" must name a modeled error`, `${at}/notFound`);
      // The error the read, update and delete operations answer a missing one with: they must model it.
      const answering = [resource.read, resource.update, resource.delete].flatMap((r) => (r === undefined ? [] : [service.operations.find((o) => o.name === r.operation)!]));
      if (answering.length === 0) return fail(`"notFound" needs a read, update or delete operation to answer with it`, `${at}/notFound`);
      const notModeling = answering.filter((op) => ![...op.errors, ...service.errors].some((e) => e.name === spec.notFound));
      if (notModeling.length > 0) return fail(`${JSON.stringify(spec.notFound)} is not an error of ${notModeling.map((o) => o.name).join(", ")}`, `${at}/notFound`);
      resource.notFound = spec.notFound;
    }
    out.push(resource);
  }
  return out;
}

/** The fields of each operation a resource names, by its role. */
const PART_FIELDS = {
  create: ["operation", "idPointer", "from"],
  read: ["operation", "idPointer", "record"],
  update: ["operation", "idPointer"],
  delete: ["operation", "idPointer"],
  list: ["operation", "items", "filters"],
} as const satisfies Record<string, readonly string[]>;

/** `exclusive`: groups of member names a structure holds at most one of (optionally only in the named structures). */
function readExclusive(raw: unknown, fail: (problem: string, ptr: string) => never): ExclusiveSpec[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return fail(`"exclusive" must be an array`, "/exclusive");
  return raw.map((g: unknown, i) => {
    const at = `/exclusive/${i}`;
    if (!isObject(g) || !Array.isArray(g.members) || g.members.length < 2 || !g.members.every((m) => typeof m === "string")) return fail(`a group needs "members": two or more member names`, at);
    for (const k of Object.keys(g)) if (k !== "members" && k !== "shapes") fail(`unknown exclusive field ${JSON.stringify(k)}`, `${at}/${pointerToken(k)}`);
    if (g.shapes !== undefined && (!Array.isArray(g.shapes) || !g.shapes.every((m) => typeof m === "string"))) return fail(`"shapes" must be an array of shape names`, `${at}/shapes`);
    return { members: g.members as string[], ...(g.shapes !== undefined && { shapes: g.shapes as string[] }) };
  });
}

/** The member a JSON pointer names inside an operation's input or output, through nested structures. */
function memberAt(op: OperationShape, side: "input" | "output", ptr: string, kinds: DataShape["kind"][], fail: (problem: string) => never, needs: "lifecycle" | "resource" = "lifecycle"): Member {
  if (!ptr.startsWith("/")) return fail(`${JSON.stringify(ptr)} is not a JSON pointer (it must start with "/")`);
  const tokens = parsePointer(ptr);
  let shape: DataShape = op[side];
  let member: Member | undefined;
  for (const token of tokens) {
    if (shape.kind !== "structure") return fail(`${ptr} goes through ${shape.id}, which is a ${shape.kind}, not a structure`);
    member = shape.members.find((m) => m.name === token);
    if (!member) return fail(`${ptr}: ${shape.id} has no member ${JSON.stringify(token)} (in the ${side} of ${op.name})`);
    shape = member.target as DataShape;
  }
  if (!member) return fail(`${ptr} names no member`);
  if (!kinds.includes(member.target.kind as DataShape["kind"])) return fail(`${ptr} is a ${member.target.kind}; a ${needs} needs ${kinds.join(" or ")} there`);
  return member;
}
