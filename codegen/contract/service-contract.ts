/**
 * The {@link ServiceContract} of a closure as an object: what the mock runtime routes on, validates
 * against and answers with. One builder below its two users: the contract emitter prints it into
 * `contract.ts` for generated mocks, and `smithy-contract serve` hands it to the runtime directly
 * (the CLI runs on plain Node and cannot import a generated `.ts` file), so the two cannot disagree.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
import type { ArbitraryPlan, ErrorContract, ExampleSpec, JsonSchema, LifecycleSpec, OperationContract, ResourceSpec, ServiceContract } from "../../runtime/contract.ts";
import { errorStatus } from "../../runtime/protocol/awsjson.ts";
import { protocolNamed, protocolOf } from "../../runtime/protocol/index.ts";
import { ContractChecker } from "../../runtime/validation/checker.ts";
import { arbitraryKeys } from "../arbitraries/keys.ts";
import { planContext, shapePlan } from "../arbitraries/plan.ts";
import { cmp, type Closure } from "../model/closure.ts";
import type { StructureShape, UnitShape } from "../model/shapes.ts";
import type { Overlay } from "../model/overlay.ts";
import { shapeName } from "../naming.ts";
import { buildSchemas, type SchemaEntry } from "../schema/index.ts";
import { boundLinks } from "./bounds.ts";
import { echoLinks } from "./echo.ts";
import { examplesOf } from "./examples.ts";
import { errorBindingsOf, hostPrefixOf, httpBindingsOf, jsonNamesOf } from "./http-bindings.ts";
import { internalEnumValuesOf } from "./internal-enums.ts";
import { pagingOf } from "./paging.ts";
import { resourcesOf } from "./resources.ts";
import { defineOwn } from "../../runtime/validation/pointer.ts";

/**
 * The contract of the closure's operations (those it lists as unsupported left out: their bodies
 * are not JSON), with their wire schemas from codegen/schema and their modeled errors sorted by
 * name, plus the overlay's lifecycles of operations in the closure. Key order is stable, so the
 * printed `contract.ts` is deterministic. `built`: the closure's schemas (`buildSchemas(closure)`)
 * when the caller has them already.
 *
 * @example
 * const contract = buildServiceContract(closure(model, selectService(model)), overlay);
 * contract.operations.DescribeDatasetImportJob.errors.InvalidInputException.status // 400
 */
export function buildServiceContract(closure: Closure, overlay?: Overlay, built?: readonly SchemaEntry[]): ServiceContract {
  const { service } = closure;
  const schemas = new Map((built ?? buildSchemas(closure)).map((e) => [`${e.kind}:${e.name}`, e.schema]));
  const schemaOf = (key: string): JsonSchema => {
    const schema = schemas.get(key);
    if (schema === undefined) throw new Error(`no wire schema ${key} in the closure of ${service.id}`);
    // A schema document is a plain JSON object (codegen/schema types it more closely).
    return schema as JsonSchema;
  };
  // The plans of the values, as generated arbitraries.ts prints them (same keys, same plans).
  const keys = arbitraryKeys(closure);
  const pc = planContext(closure, keys);
  const shapes: Record<string, ArbitraryPlan> = {};
  for (const shape of [...closure.shapes].sort((a, b) => cmp(keys.get(a.id)!, keys.get(b.id)!))) shapes[keys.get(shape.id)!] = shapePlan(shape, shape.traits, shape.id, pc);
  const planOf = (shape: StructureShape | UnitShape): ArbitraryPlan => (shape.kind === "unit" ? { method: "unit" } : { method: "tie", key: keys.get(shape.id)! });

  const unsupported = new Set(closure.unsupported.map((u) => u.operation));
  // HTTP bindings travel only where the protocol says they do (restJson1); awsJson ignores them.
  const bindsHttp = protocolNamed(service.protocol).bindsHttp;
  const operations: Record<string, OperationContract> = {};
  for (const op of closure.operations) {
    if (unsupported.has(op.name)) continue;
    const name = shapeName(op, service);
    const errors: Record<string, ErrorContract> = {};
    const errorPlans: Record<string, ArbitraryPlan> = {};
    for (const e of [...closure.errorsOf(op)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      errorPlans[e.name] = planOf(e);
      const fault = e.traits.error ?? "client";
      errors[e.name] = {
        name: e.name,
        shapeId: e.id,
        fault,
        status: errorStatus(fault, e.traits.httpError),
        ...(bindsHttp && { bindings: errorBindingsOf(e) }),
        schema: schemaOf(`error:${shapeName(e, service)}`),
      };
    }
    const plans = { input: planOf(op.input), output: planOf(op.output), errors: errorPlans };
    const paging = pagingOf(closure, op);
    const pagingMembers = new Set(paging === undefined ? [] : [paging.inputToken, paging.pageSize].flatMap((p) => (p === undefined ? [] : [p.slice(1)])));
    const echo = echoLinks(op, pagingMembers);
    const bounds = boundLinks(op);
    const http = bindsHttp ? httpBindingsOf(op) : undefined;
    const hostPrefix = hostPrefixOf(op);
    // defineOwn: an operation may be named __proto__, which an assignment would make the prototype.
    defineOwn(operations, name, {
      name,
      input: schemaOf(`input:${name}`),
      output: schemaOf(`output:${name}`),
      errors,
      plans,
      ...(echo.length > 0 && { echo }),
      ...(bounds.length > 0 && { bounds }),
      ...(paging !== undefined && { paging }),
      ...(http !== undefined && { http }),
      ...(hostPrefix !== undefined && { hostPrefix }),
    } satisfies OperationContract);
  }
  const lifecycles: Record<string, LifecycleSpec> = {};
  for (const lc of overlay?.lifecycles ?? []) {
    if (closure.operations.some((o) => o.name === lc.operation)) lifecycles[lc.operation] = lc;
  }
  const served = new Set(Object.keys(operations));
  // The model's resources, then the overlay's (which name the operations of models without any).
  const resources = [...resourcesOf(service, served, (op) => closure.errorsOf(op)), ...(overlay?.resources ?? []).filter((r) => servesAny(r, served))];
  const exclusive = overlay?.exclusive ?? [];
  const errata = (overlay?.errata ?? []).map(({ shape, trait, reason }) => ({ shape, trait, reason }));
  const jsonNames = bindsHttp ? jsonNamesOf(closure.shapes, keys) : {};
  const internalEnumValues = internalEnumValuesOf(closure.shapes, keys);
  const contract: ServiceContract = {
    serviceName: service.name,
    serviceId: service.id,
    sdkId: service.sdkId,
    protocol: service.protocol,
    endpointPrefix: service.endpointPrefix,
    arnNamespace: service.traits.awsService?.arnNamespace ?? service.endpointPrefix,
    operations,
    ...(Object.keys(lifecycles).length > 0 && { lifecycles }),
    ...(resources.length > 0 && { resources }),
    ...(exclusive.length > 0 && { exclusive }),
    ...(errata.length > 0 && { errata }),
    ...(Object.keys(jsonNames).length > 0 && { jsonNames }),
    ...(Object.keys(internalEnumValues).length > 0 && { internalEnumValues }),
    shapes,
  };
  return withExamples(closure, contract);
}

/** A resource of the overlay, cut to the operations in the contract (a closure of some operations keeps what it serves). */
function servesAny(resource: ResourceSpec, served: ReadonlySet<string>): boolean {
  return (["create", "read", "update", "delete", "list"] as const).some((role) => resource[role] !== undefined && served.has(resource[role]!.operation));
}

/**
 * The contract with each operation's `@examples` that keep it (input read as the service reads
 * it, answer valid); examples that do not are left out (see {@link exampleProblems}).
 */
function withExamples(closure: Closure, contract: ServiceContract): ServiceContract {
  const checker = new ContractChecker(contract);
  const operations: Record<string, OperationContract> = { ...contract.operations };
  for (const op of closure.operations) {
    const name = shapeName(op, closure.service);
    const operation = operations[name];
    if (operation === undefined) continue;
    const errorName = (id: string) => Object.values(operation.errors).find((e) => e.shapeId === id)?.name;
    const examples: ExampleSpec[] = [];
    for (const result of examplesOf(op, closure.errorsOf(op), errorName)) {
      if (!result.ok) continue;
      const read = checker.read(operation, result.example.input);
      if (!read.ok) continue;
      const { error, output } = result.example;
      const answer =
        error !== undefined
          ? checker.violation(operation, { kind: "error", error: error.name }, protocolOf(contract).errorDocument(contract, operation.errors[error.name]!, error.content as Record<string, unknown>))
          : checker.violation(operation, { kind: "output" }, output);
      if (answer === undefined) examples.push({ ...result.example, input: read.input });
    }
    if (examples.length > 0) defineOwn(operations, name, { ...operation, examples });
  }
  return { ...contract, operations };
}
