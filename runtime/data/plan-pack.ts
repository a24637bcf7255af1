/**
 * The packed form of a contract's plans, as generated `contract.ts` files write them: the same
 * plans (runtime/data/plan.ts) in about half the bytes, unpacked once when the file is imported.
 * A service's plans describe every shape it reaches, so their spelling decides the size of a big
 * service's contract (DynamoDB's: 437 shapes, 1,289 references between them).
 *
 * Packing changes the spelling only — `unpackContract(packContract(c))` deep-equals `c`:
 *
 * - a reference to a named shape (`{ method: "tie", key: "Arn" }`) is its key: `"Arn"`;
 * - a structure or union member is a tuple: `[name, plan]`, plus `1` when required;
 * - empty `constraints` are left out;
 * - a `where` (the shape or member id a value is drawn for) in the service's own namespace drops
 *   the namespace: `"#Arn"` for `"com.amazonaws.dynamodb#Arn"`;
 * - an operation's plans are left out when they are what its schemas say (the input and output
 *   refer to the shapes their schemas' `$ref`s name, or are units; each error refers to the shape
 *   of its name), as codegen/contract builds them; `plans: null` stands for an operation without.
 */
import { locate } from "../validation/schema.ts";
import type { ArbitraryPlan, MemberPlan } from "./plan.ts";
import type { OperationContract, OperationPlans, ServiceContract } from "../contract.ts";
import { defineOwn } from "../validation/pointer.ts";

/** A packed plan: a shape's key (a reference), or a plan object with packed parts. */
export type PackedPlan = string | { readonly method: string; readonly [field: string]: unknown };

/** A member in packed form: name, plan, and `1` when required. */
export type PackedMember = readonly [name: string, plan: PackedPlan, required?: 1];

/** The plans of one operation in packed form. */
export interface PackedOperationPlans {
  readonly input: PackedPlan;
  readonly output: PackedPlan;
  readonly errors: Readonly<Record<string, PackedPlan>>;
}

/** A contract whose `shapes` and operations' `plans` are packed; everything else as in {@link ServiceContract}. */
export type PackedServiceContract = Omit<ServiceContract, "shapes" | "operations"> & {
  readonly shapes?: Readonly<Record<string, PackedPlan>>;
  readonly operations: Readonly<Record<string, Omit<OperationContract, "plans"> & { readonly plans?: PackedOperationPlans | null }>>;
};

/** The namespace of the service's shape ids (`com.amazonaws.dynamodb`), which packed `where`s leave out. */
function namespaceOf(contract: { readonly serviceId: string }): string {
  const at = contract.serviceId.indexOf("#");
  return at < 0 ? contract.serviceId : contract.serviceId.slice(0, at);
}

/** The contract with its plans unpacked (other parts are the given objects themselves). */
export function unpackContract(packed: PackedServiceContract): ServiceContract {
  const ns = namespaceOf(packed);
  const operations: Record<string, OperationContract> = {};
  for (const [name, op] of Object.entries(packed.operations)) {
    const { plans, ...rest } = op;
    defineOwn(operations, name, plans === null ? (rest as OperationContract) : { ...rest, plans: plans === undefined ? derivedPlans(op) : mapOperationPlans(plans, (p) => unpackPlan(p, ns)) });
  }
  const { shapes, ...rest } = packed;
  return { ...rest, operations, ...(shapes !== undefined && { shapes: mapValues(shapes, (p) => unpackPlan(p, ns)) }) } as ServiceContract;
}

/** The contract with its plans packed (for the emitter; the inverse of {@link unpackContract}). */
export function packContract(contract: ServiceContract): PackedServiceContract {
  const ns = namespaceOf(contract);
  const operations: Record<string, PackedServiceContract["operations"][string]> = {};
  for (const [name, op] of Object.entries(contract.operations)) {
    const { plans, ...rest } = op;
    if (plans === undefined) defineOwn(operations, name, { ...rest, plans: null });
    else if (JSON.stringify(plans) === JSON.stringify(derivedPlans(op))) defineOwn(operations, name, rest);
    else defineOwn(operations, name, { ...rest, plans: mapOperationPlans(plans, (p) => packPlan(p, ns)) });
  }
  const { shapes, ...rest } = contract;
  return { ...rest, operations, ...(shapes !== undefined && { shapes: mapValues(shapes, (p) => packPlan(p, ns)) }) };
}

/** The plans an operation's schemas imply (see the module comment). */
function derivedPlans(op: Pick<OperationContract, "input" | "output" | "errors">): OperationPlans {
  return { input: rootPlan(op.input), output: rootPlan(op.output), errors: mapValues(op.errors, (e) => ({ method: "tie", key: e.name })) };
}

/** A reference to the shape a schema root's `$ref` names (`#/$defs/Key`), else a unit. */
function rootPlan(schema: Readonly<Record<string, unknown>>): ArbitraryPlan {
  const { name } = typeof schema.$ref === "string" ? locate(schema, schema) : { name: undefined };
  return name === undefined ? { method: "unit" } : { method: "tie", key: name };
}

/** `plan` packed (see the module comment). */
export function packPlan(plan: ArbitraryPlan, namespace: string): PackedPlan {
  const p = (inner: ArbitraryPlan) => packPlan(inner, namespace);
  switch (plan.method) {
    case "tie":
      return plan.key;
    case "structure":
      return { method: plan.method, members: plan.members.map((m): PackedMember => (m.required ? [m.name, p(m.plan), 1] : [m.name, p(m.plan)])) };
    case "union":
      return { method: plan.method, members: plan.members.map((m): PackedMember => [m.name, p(m.plan)]) };
    case "list":
      return withConstraints({ method: plan.method, item: p(plan.item) }, plan.constraints);
    case "map":
      return withConstraints({ method: plan.method, key: p(plan.key), value: p(plan.value) }, plan.constraints);
    case "blob":
      return withConstraints({ method: plan.method }, plan.constraints);
    case "string":
      return { ...withConstraints({ method: plan.method }, plan.constraints), where: packWhere(plan.where, namespace) };
    case "integer":
    case "bigInteger":
      return { ...plan, where: packWhere(plan.where, namespace) };
    default:
      return plan;
  }
}

/** `packed` unpacked: the plan {@link packPlan} was given. Throws a TypeError naming what it cannot read. */
export function unpackPlan(packed: PackedPlan, namespace: string): ArbitraryPlan {
  if (typeof packed === "string") return { method: "tie", key: packed };
  const u = (inner: unknown) => unpackPlan(inner as PackedPlan, namespace);
  const f = packed as Record<string, unknown>;
  switch (f.method) {
    case "structure":
      return { method: "structure", members: (f.members as readonly PackedMember[]).map(([name, plan, required]): MemberPlan => ({ name, required: required === 1, plan: u(plan) })) };
    case "union":
      return { method: "union", members: (f.members as readonly PackedMember[]).map(([name, plan]) => ({ name, plan: u(plan) })) };
    case "list":
      return { method: "list", item: u(f.item), constraints: (f.constraints ?? {}) as never };
    case "map":
      return { method: "map", key: u(f.key), value: u(f.value), constraints: (f.constraints ?? {}) as never };
    case "blob":
      return { method: "blob", constraints: (f.constraints ?? {}) as never };
    case "string":
      return { method: "string", constraints: (f.constraints ?? {}) as never, where: unpackWhere(f.where as string, namespace) };
    case "integer":
    case "bigInteger":
      return { ...f, where: unpackWhere(f.where as string, namespace) } as ArbitraryPlan;
    case "unit":
    case "boolean":
    case "document":
    case "enumeration":
    case "intEnumeration":
    case "float":
    case "bigDecimal":
    case "timestamp":
      return packed as ArbitraryPlan;
    default:
      throw new TypeError(`a packed plan with method ${JSON.stringify(f.method)}: the contract was generated by another version of smithy-contract; run generate again`);
  }
}

/** Keeps the member order of the unpacked object: `constraints` where the plan has them (before `where`). */
function withConstraints<T extends object>(plan: T, constraints: object): T & { constraints?: object } {
  return Object.keys(constraints).length === 0 ? plan : { ...plan, constraints };
}

function packWhere(where: string, namespace: string): string {
  return where.startsWith(`${namespace}#`) ? where.slice(namespace.length) : where;
}

function unpackWhere(where: string, namespace: string): string {
  return where.startsWith("#") ? `${namespace}${where}` : where;
}

function mapOperationPlans<A, B>(plans: { readonly input: A; readonly output: A; readonly errors: Readonly<Record<string, A>> }, f: (plan: A) => B): { input: B; output: B; errors: Record<string, B> } {
  return { input: f(plans.input), output: f(plans.output), errors: mapValues(plans.errors, f) };
}

function mapValues<A, B>(record: Readonly<Record<string, A>>, f: (value: A) => B): Record<string, B> {
  const out: Record<string, B> = {};
  for (const [k, v] of Object.entries(record)) Object.defineProperty(out, k, { value: f(v), enumerable: true, writable: true, configurable: true });
  return out;
}

