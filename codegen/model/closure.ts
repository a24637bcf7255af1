/**
 * The closure of a service, or of chosen operations: every data shape that can cross the wire for
 * them, in a stable order (sorted by shape id) so emitters produce the same bytes every time.
 *
 * The closure is where per-service facts live: an operation shape is shared by every service that
 * binds it, so the errors it answers with in this service (its own, then the service's) and its
 * `@paginated` merged over the service's are read here, never patched onto the shape.
 */
import { ModelError } from "./errors.ts";
import { assertNever } from "./shapes.ts";
import type { DataShape, Model, OperationShape, PaginatedTrait, ServiceShape, Shape, StructureShape } from "./shapes.ts";

export interface Closure {
  readonly model: Model;
  readonly service: ServiceShape;
  /** The chosen operations, sorted by name. */
  readonly operations: readonly OperationShape[];
  /**
   * The errors `op` answers with in this service: its own errors, then the service-wide ones it
   * does not already list (each once). Throws for an operation the closure does not hold.
   */
  errorsOf(op: OperationShape): readonly StructureShape[];
  /** `op`'s `@paginated` merged over the service's (see {@link paginatedIn}); undefined when `op` is not paginated. */
  paginatedOf(op: OperationShape): PaginatedTrait | undefined;
  /** Every data shape reachable from the operations' inputs, outputs and errors (prelude shapes left out), sorted by id. */
  readonly shapes: readonly DataShape[];
  /** Every error of the chosen operations in this service, sorted by name. */
  readonly errors: readonly StructureShape[];
  /** Operations a JSON mock cannot serve (event streams, streaming blobs), with the reason. */
  readonly unsupported: readonly { operation: string; reason: string }[];
}

/** The single service of a model, or the one named by `serviceId` (absolute id or bare name). */
export function selectService(model: Model, serviceId?: string): ServiceShape {
  if (serviceId !== undefined) {
    const found = model.services.find((s) => s.id === serviceId || s.name === serviceId);
    if (!found) {
      throw new ModelError(model.file, `no service named ${JSON.stringify(serviceId)}; the model has: ${model.services.map((s) => s.id).join(", ") || "none"}`);
    }
    return found;
  }
  const [first, ...rest] = model.services;
  if (!first) throw new ModelError(model.file, "the model defines no service");
  if (rest.length > 0) {
    throw new ModelError(model.file, `the model defines ${model.services.length} services (${model.services.map((s) => s.id).join(", ")}); choose one`);
  }
  return first;
}

/**
 * The errors `op` answers with when bound to `service`: its own, then the service-wide errors it
 * does not already list (each once, in model order).
 *
 * @example errorsIn(service, op).map((e) => e.name) // ["InvalidInputException", "ResourceNotFoundException", "ThrottlingException"]
 * @see https://smithy.io/2.0/spec/service-types.html#service-errors
 */
export function errorsIn(service: ServiceShape, op: OperationShape): readonly StructureShape[] {
  if (service.errors.length === 0) return op.errors;
  const own = new Set(op.errors.map((e) => e.id));
  return Object.freeze([...op.errors, ...service.errors.filter((e) => !own.has(e.id))]);
}

/**
 * `op`'s `@paginated` in `service`: the operation's values over the service's defaults, field by
 * field; undefined when the operation has no `@paginated` (a service's trait paginates nothing alone).
 *
 * @example paginatedIn(service, listThings) // { inputToken: "nextToken", outputToken: "nextToken", items: "things", pageSize: "maxResults" }
 * @see https://smithy.io/2.0/spec/behavior-traits.html#paginated-trait
 */
export function paginatedIn(service: ServiceShape, op: OperationShape): PaginatedTrait | undefined {
  const own = op.traits.paginated;
  if (own === undefined) return undefined;
  const defaults = service.traits.paginated;
  return defaults === undefined ? own : Object.freeze({ ...defaults, ...own });
}

/**
 * The closure of `service`, restricted to `operationNames` when given.
 * Throws a {@link ModelError} naming any operation the service does not have.
 *
 * @example
 * const c = closure(model, selectService(model), ["DescribeDatasetImportJob"]);
 * c.errorsOf(c.operations[0]!).map((e) => e.name) // ["InvalidInputException", "ResourceNotFoundException"]
 */
export function closure(model: Model, service: ServiceShape, operationNames?: readonly string[]): Closure {
  let operations = service.operations;
  if (operationNames !== undefined && operationNames.length > 0) {
    const byName = new Map(service.operations.map((o) => [o.name, o]));
    const missing = operationNames.filter((n) => !byName.has(n));
    if (missing.length > 0) {
      throw new ModelError(model.file, `the service has no operation ${missing.map((m) => JSON.stringify(m)).join(", ")}`, service.id);
    }
    operations = [...new Set(operationNames)].map((n) => byName.get(n)!).sort((a, b) => cmp(a.name, b.name));
  }

  const seen = new Map<string, DataShape>();
  const visit = (shape: Shape): void => {
    if (seen.has(shape.id)) return;
    switch (shape.kind) {
      case "operation":
      case "service":
      case "resource":
        return;
      case "unit":
        return;
      default:
        break;
    }
    if (shape.namespace !== "smithy.api") seen.set(shape.id, shape);
    switch (shape.kind) {
      case "structure":
      case "union":
        for (const m of shape.members) visit(m.target);
        return;
      case "list":
        visit(shape.member.target);
        return;
      case "map":
        visit(shape.key.target);
        visit(shape.value.target);
        return;
      case "enum":
      case "intEnum":
      case "blob":
      case "boolean":
      case "string":
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "float":
      case "double":
      case "bigInteger":
      case "bigDecimal":
      case "timestamp":
      case "document":
        return;
      default:
        assertNever(shape, "shape kind");
    }
  };
  const errors = new Map<string, StructureShape>();
  const errorsByOp = new Map<OperationShape, readonly StructureShape[]>();
  const unsupported: { operation: string; reason: string }[] = [];
  for (const op of operations) {
    visit(op.input);
    visit(op.output);
    const opErrors = errorsIn(service, op);
    errorsByOp.set(op, opErrors);
    for (const e of opErrors) {
      errors.set(e.id, e);
      visit(e);
    }
    const reason = streamingReason(op);
    if (reason) unsupported.push({ operation: op.name, reason });
  }
  const held = (op: OperationShape, what: string): void => {
    if (!errorsByOp.has(op)) throw new Error(`${what}: ${op.id} is not an operation of this closure of ${service.id}`);
  };
  return Object.freeze({
    model,
    service,
    operations: Object.freeze([...operations]),
    errorsOf: (op: OperationShape) => {
      held(op, "errorsOf");
      return errorsByOp.get(op)!;
    },
    paginatedOf: (op: OperationShape) => {
      held(op, "paginatedOf");
      return paginatedIn(service, op);
    },
    shapes: Object.freeze([...seen.values()].sort((a, b) => cmp(a.id, b.id))),
    errors: Object.freeze([...errors.values()].sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id))),
    unsupported: Object.freeze(unsupported),
  });
}

function streamingReason(op: OperationShape): string | undefined {
  for (const [side, shape] of [["input", op.input], ["output", op.output]] as const) {
    if (shape.kind !== "structure") continue;
    for (const m of shape.members) {
      if (m.target.traits.streaming) {
        return m.target.kind === "union"
          ? `its ${side} member ${JSON.stringify(m.name)} is an event stream (${m.target.id})`
          : `its ${side} member ${JSON.stringify(m.name)} is a streaming blob (${m.target.id})`;
      }
    }
  }
  return undefined;
}

/** Code-unit order, independent of locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
