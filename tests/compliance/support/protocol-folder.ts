/**
 * A protocol folder of Smithy's compliance tests (`../shared/smithy/protocol-tests/<protocol>/`),
 * read as `generate` reads a model — the IDL files with the shared types and trait definitions
 * beside them, loaded into the typed shape graph — with the {@link ServiceContract} the generated
 * mocks serve for each of its services (`buildServiceContract`, what `generate` prints into
 * `contract.ts`), and its compliance cases.
 *
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html
 */
import { join } from "node:path";
import { buildServiceContract } from "../../../codegen/contract/service-contract.ts";
import { closure as closureOf, type Closure } from "../../../codegen/model/closure.ts";
import { loadModelAst } from "../../../codegen/model/load.ts";
import type { Model, OperationShape, ServiceShape, Shape, StructureShape } from "../../../codegen/model/shapes.ts";
import { unreadTraits } from "../../../codegen/model/traits.ts";
import { readModelSources } from "../../../codegen/model/sources/read-model-sources.ts";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { sharedSmithy } from "../../model/idl/support/shared-smithy.ts";
import type { ComplianceCase, TestKind } from "./cases.ts";

/** The protocol folders whose server-side cases run against the mock runtime. */
export type ProtocolFolderName = "awsJson1_0" | "awsJson1_1" | "restJson1";

/**
 * The service that holds a folder's operations bound to no service of their own (restJson1's
 * `AcceptHeaderStarService`): their cases run in it, with the folder's protocol.
 */
export const UNBOUND_SERVICE_ID = "smithy.contract.compliance#UnboundOperations";

/** A service of the folder: its shape, closure and the contract its mocks serve. */
export interface ServiceUnderTest {
  readonly shape: ServiceShape;
  readonly closure: Closure;
  readonly contract: ServiceContract;
}

/** Where a case runs: the service and operation it is about (an error case: an operation that answers with the error). */
export interface CaseSite {
  readonly service: ServiceUnderTest;
  readonly operation: OperationShape;
  /** The error shape of a response case on an error. */
  readonly error?: StructureShape;
}

/** A case, where it runs, and the shape that carries it. */
export type LocatedCase = ComplianceCase & { readonly site: CaseSite; readonly shapeId: string };

export interface ProtocolFolder {
  readonly name: ProtocolFolderName;
  /** `aws.protocols#awsJson1_0` or `aws.protocols#awsJson1_1`. */
  readonly protocolId: string;
  readonly model: Model;
  readonly services: readonly ServiceUnderTest[];
  /** Every case of the folder's protocol, server-side and client-side, in model order. */
  readonly all: readonly ComplianceCase[];
  /** The cases a server must pass (`appliesTo` absent or `"server"`), located. */
  readonly server: readonly LocatedCase[];
}

const TRAIT_OF_KIND: Record<TestKind, string> = {
  httpRequestTests: "smithy.test#httpRequestTests",
  httpResponseTests: "smithy.test#httpResponseTests",
  httpMalformedRequestTests: "smithy.test#httpMalformedRequestTests",
};

/**
 * Reads `protocol-tests/<name>/` with `shared-types.smithy`, `aws-config.smithy` and `traits/`
 * (what the folder's `use` statements need), loads it, builds the contract of every service, and
 * finds where each server-side case runs. Throws (after one line on stdout) when `../shared/smithy`
 * is absent, so the tests fail rather than pass on nothing.
 *
 * @example loadProtocolFolder("awsJson1_1").server.filter((c) => c.kind === "httpRequestTests").length
 */
export function loadProtocolFolder(name: ProtocolFolderName): ProtocolFolder {
  const tests = sharedSmithy("protocol-tests/");
  const sources = readModelSources([join(tests, name), join(tests, "shared-types.smithy"), join(tests, "aws-config.smithy"), sharedSmithy("traits/")]);
  const protocolId = `aws.protocols#${name}`;
  const model = loadModelAst(withUnboundService(sources.ast, protocolId), sources.displayName, sources.sha256);
  const services = model.services.map((shape): ServiceUnderTest => {
    const closure = closureOf(model, shape);
    return { shape, closure, contract: buildServiceContract(closure) };
  });
  const all: ComplianceCase[] = [];
  const located: { case: ComplianceCase; shape: Shape }[] = [];
  for (const shape of model.shapes.values()) {
    if (shape.kind !== "operation" && shape.kind !== "structure") continue;
    const traits = unreadTraits(shape.traits);
    for (const kind of Object.keys(TRAIT_OF_KIND) as TestKind[]) {
      const value = traits.get(TRAIT_OF_KIND[kind]);
      if (value === undefined) continue;
      for (const raw of value as readonly Record<string, unknown>[]) {
        const c = { kind, ...raw } as ComplianceCase;
        if (c.protocol !== protocolId) continue;
        all.push(c);
        if (c.appliesTo !== "client") located.push({ case: c, shape });
      }
    }
  }
  const server = located.map(({ case: c, shape }): LocatedCase => ({ ...c, shapeId: shape.id, site: siteOf(shape, services, c) }));
  return { name, protocolId, model, services, all, server };
}

/**
 * The service and operation a case runs on: an operation case on that operation, in the service
 * its `X-Amz-Target` names (else the first that binds it); an error case on the first operation
 * (by name) of a service that answers with the error.
 */
function siteOf(shape: Shape, services: readonly ServiceUnderTest[], c: ComplianceCase): CaseSite {
  if (shape.kind === "operation") {
    const binding = services.filter((s) => s.shape.operations.includes(shape));
    const headers = c.kind === "httpMalformedRequestTests" ? c.request.headers : c.kind === "httpRequestTests" ? c.headers : undefined;
    const targetService = headerOf(headers, "X-Amz-Target")?.split(".")[0];
    const service = binding.find((s) => s.shape.name === targetService) ?? binding[0];
    if (service === undefined) throw new Error(`${c.id}: no service of the folder binds ${shape.id}`);
    return { service, operation: shape };
  }
  if (shape.kind === "structure") {
    for (const service of services) {
      const operation = service.closure.operations.find((op) => service.closure.errorsOf(op).includes(shape));
      if (operation !== undefined) return { service, operation, error: shape };
    }
    throw new Error(`${c.id}: no operation of the folder's services answers with ${shape.id}`);
  }
  throw new Error(`${c.id}: a case on a ${shape.kind}`);
}

/** A header of a case's map, by case-insensitive name. */
export function headerOf(headers: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === wanted)?.[1];
}

/**
 * The model's JSON AST with a service of the folder's protocol holding the operations that carry
 * compliance cases but are bound to no service or resource (the loader builds only what a service
 * reaches); the AST as it is when there are none.
 */
function withUnboundService(ast: unknown, protocolId: string): unknown {
  const shapes = (ast as { shapes: Record<string, Record<string, unknown>> }).shapes;
  const bound = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === "object" && value !== null) {
      const target = (value as { target?: unknown }).target;
      if (typeof target === "string") bound.add(target);
      else Object.values(value).forEach(collect);
    }
  };
  for (const shape of Object.values(shapes)) {
    if (shape.type !== "service" && shape.type !== "resource") continue;
    for (const key of ["operations", "collectionOperations", "create", "put", "read", "update", "delete", "list", "resources"]) collect(shape[key]);
  }
  const unbound = Object.entries(shapes)
    .filter(([id, shape]) => shape.type === "operation" && !bound.has(id) && Object.keys((shape.traits ?? {}) as object).some((t) => Object.values(TRAIT_OF_KIND).includes(t)))
    .map(([id]) => id)
    .sort();
  if (unbound.length === 0) return ast;
  const service = { type: "service", version: "2026-01-01", operations: unbound.map((target) => ({ target })), traits: { [protocolId]: {} } };
  return { ...(ast as object), shapes: { ...shapes, [UNBOUND_SERVICE_ID]: service } };
}
