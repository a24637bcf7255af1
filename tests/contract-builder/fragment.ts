/**
 * Small Smithy IDL models for the contract builder's tables (codegen/contract): the shapes of a row
 * in namespace `t`, under an awsJson 1.1 service `t#Svc` that binds the row's operations and
 * resources, read by our IDL parser and loaded by the real loader.
 */
import { closure, selectService, type Closure } from "../../codegen/model/closure.ts";
import { loadModelAst } from "../../codegen/model/load.ts";
import type { OperationShape } from "../../codegen/model/shapes.ts";
import { modelFromTexts } from "../../codegen/model/sources/read-model-sources.ts";

export interface FragmentOptions {
  /** Operations bound to the service directly. */
  readonly operations?: readonly string[];
  /** Resources bound to the service. */
  readonly resources?: readonly string[];
  /** Service-wide errors. */
  readonly errors?: readonly string[];
  /** Traits of the service, as IDL lines (`@paginated(…)`). */
  readonly serviceTraits?: string;
}

/** The IDL text of a fragment: the header, the service, then `shapes`. */
export function fragmentIdl(shapes: string, options: FragmentOptions = {}): string {
  const list = (names: readonly string[] | undefined) => `[${(names ?? []).join(", ")}]`;
  return `$version: "2"
namespace t

use aws.protocols#awsJson1_1

@awsJson1_1
${options.serviceTraits ?? ""}
service Svc {
    version: "2026-01-01"
    operations: ${list(options.operations)}
    resources: ${list(options.resources)}
    errors: ${list(options.errors)}
}

${shapes}
`;
}

/** The closure of every operation of the fragment's service. */
export function closureOf(shapes: string, options: FragmentOptions = {}): Closure {
  const model = loadModelAst(modelFromTexts([{ path: "fragment.smithy", text: fragmentIdl(shapes, options) }]), "fragment.smithy", "0");
  return closure(model, selectService(model));
}

/** The operation `name` of a closure. */
export function operationOf(c: Closure, name: string): OperationShape {
  const op = c.operations.find((o) => o.name === name);
  if (op === undefined) throw new Error(`the fragment has no operation ${name}; it has ${c.operations.map((o) => o.name).join(", ")}`);
  return op;
}

/** A fragment of one operation `Op`, bound to the service, and that operation. */
export function opOf(shapes: string, options: FragmentOptions = {}): { closure: Closure; op: OperationShape } {
  const c = closureOf(shapes, { operations: ["Op"], ...options });
  return { closure: c, op: operationOf(c, "Op") };
}
