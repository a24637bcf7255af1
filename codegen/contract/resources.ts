/**
 * The resources whose state the mocks keep, from the model's Smithy `resource` shapes: a resource's
 * identifier, and which of its operations create, read, update, delete and list it, with where the
 * identifier and the record are in their requests and answers. (Models without `resource` shapes —
 * most AWS models — declare theirs in an overlay; see codegen/model/overlay.ts.)
 *
 * @see https://smithy.io/2.0/spec/service-types.html#resource
 */
import type { ResourceSpec } from "../../runtime/contract.ts";
import { childPointer } from "../../runtime/validation/pointer.ts";
import type { DataShape, OperationShape, ResourceShape, ServiceShape, StructureShape } from "../model/shapes.ts";

/**
 * Every resource of the service (nested ones included) with a read, update, delete or list
 * operation among `served` (the operations in the contract), as the mocks use it.
 *
 * @example resourcesOf(service, served) // [{ name: "Widget", identifier: "widgetId", create: { operation: "CreateWidget", idPointer: "/widgetId", from: "output" }, … }]
 */
export function resourcesOf(service: ServiceShape, served: ReadonlySet<string>, errorsOf: (op: OperationShape) => readonly StructureShape[]): ResourceSpec[] {
  const out: ResourceSpec[] = [];
  const visit = (resource: ResourceShape) => {
    const spec = resourceSpec(resource, served, errorsOf);
    if (spec !== undefined) out.push(spec);
    resource.resources.forEach(visit);
  };
  service.resources.forEach(visit);
  return out;
}

function resourceSpec(resource: ResourceShape, served: ReadonlySet<string>, errorsOf: (op: OperationShape) => readonly StructureShape[]): ResourceSpec | undefined {
  // The innermost identifier names one resource (a child resource's parent ids come first).
  const identifier = [...resource.identifiers.keys()].at(-1);
  if (identifier === undefined) return undefined;
  const use = (op: OperationShape | undefined) => (op !== undefined && served.has(op.name) ? op : undefined);
  const idIn = (op: OperationShape) => findMember(op.input, identifier);
  const spec: { -readonly [K in keyof ResourceSpec]: ResourceSpec[K] } = { name: resource.name, identifier };

  const create = use(resource.create);
  const put = use(resource.put);
  if (create !== undefined) {
    const at = findMember(create.output, identifier);
    if (at !== undefined) spec.create = { operation: create.name, idPointer: at, from: "output" };
  } else if (put !== undefined) {
    const at = idIn(put);
    if (at !== undefined) spec.create = { operation: put.name, idPointer: at, from: "input" };
  }
  const read = use(resource.read);
  if (read !== undefined) {
    const at = idIn(read);
    if (at !== undefined) spec.read = { operation: read.name, idPointer: at, record: recordPointer(read.output, identifier) };
  }
  for (const key of ["update", "delete"] as const) {
    const op = use(resource[key]);
    const at = op === undefined ? undefined : idIn(op);
    if (op !== undefined && at !== undefined) spec[key] = { operation: op.name, idPointer: at };
  }
  const list = use(resource.list);
  const items = list === undefined ? undefined : itemsPointer(list.output, identifier);
  if (list !== undefined && items !== undefined) {
    // Members of the list request named like one of the resource's properties (or a parent's
    // identifier) select the resources that hold that value; paging members are not among them.
    const selects = (name: string) => name !== identifier && (resource.properties.has(name) || resource.identifiers.has(name));
    const filters = list.input.kind === "structure" ? list.input.members.map((m) => m.name).filter(selects) : [];
    spec.list = { operation: list.name, items, filters };
  }
  const notFound = [read, use(resource.update), use(resource.delete)].flatMap((op) => (op === undefined ? [] : errorsOf(op))).find((e) => /NotFound/.test(e.name));
  if (notFound !== undefined) spec.notFound = notFound.name;
  return spec.read ?? spec.list ?? spec.update ?? spec.delete ? spec : undefined;
}

/** The pointer of a member named `name`, at the top level or one structure down. */
function findMember(shape: DataShape, name: string): string | undefined {
  if (shape.kind !== "structure") return undefined;
  if (shape.members.some((m) => m.name === name)) return childPointer("", name);
  for (const m of shape.members) {
    if (m.target.kind === "structure" && m.target.members.some((x) => x.name === name)) return childPointer(childPointer("", m.name), name);
  }
  return undefined;
}

/** Where a read answer holds the record: the member structure that holds the identifier, else the top level. */
function recordPointer(output: StructureShape | DataShape, identifier: string): string {
  const at = findMember(output, identifier);
  if (at === undefined) return "";
  const parts = at.split("/");
  return parts.length > 2 ? `/${parts[1]}` : "";
}

/** The list answer's list member whose items are structures holding the identifier. */
function itemsPointer(output: DataShape, identifier: string): string | undefined {
  if (output.kind !== "structure") return undefined;
  for (const m of output.members) {
    if (m.target.kind !== "list") continue;
    const item = m.target.member.target;
    if (item.kind === "structure" && item.members.some((x) => x.name === identifier)) return childPointer("", m.name);
  }
  return undefined;
}
