/**
 * What `validate` checks values against: the service's contract, built in memory from the model by
 * the same builder `generate` prints `contract.ts` from (codegen/contract; no generated/ folder
 * needed), checked by the runtime's one contract checker — the same the mocks and the vitest
 * matchers use, so the three report the same violations in the same words.
 */
import type { ErrorContract, OperationContract, ServiceContract } from "../../runtime/contract.ts";
import { checkerOf, type CheckTarget } from "../../runtime/validation/checker.ts";
import type { Violation } from "../../runtime/validation/violations.ts";
import { buildServiceContract } from "../contract/service-contract.ts";
import { loadClosure, type ClosureOptions } from "../load-closure.ts";
import { closure as computeClosure, selectService, type Closure } from "../model/closure.ts";
import type { Overlay } from "../model/overlay.ts";
import type { Model } from "../model/shapes.ts";

export type { CheckTarget } from "../../runtime/validation/checker.ts";

export interface ContractOptions extends ClosureOptions {
  /**
   * Accept members the schemas do not know, as an AWS service does when it reads a request (they
   * are dropped before the check). Default false: an unknown member is a violation.
   */
  readonly allowUnknown?: boolean;
}

/** A service's contract, ready to check values. */
export interface ValidationContract {
  readonly closure: Closure;
  /** The contract the values are checked against (what `generate` writes to `contract.ts`). */
  readonly contract: ServiceContract;
  /** Members the schemas do not know are accepted (see {@link ContractOptions.allowUnknown}). */
  readonly allowUnknown: boolean;
  /** The operation named `name` (its name as `X-Amz-Target` carries it), if the contract has it. */
  operation(name: string): OperationContract | undefined;
  /** Why the operation's bodies cannot be checked (event streams, streaming blobs: not JSON documents), if so. */
  unsupported(name: string): string | undefined;
  /** The error of `operation` whose shape name (or shape id) is `name`, if the operation declares it. */
  error(operation: OperationContract, name: string): ErrorContract | undefined;
  /** The violations of a parsed value against the target's schema; empty when valid. Never changes `value`. */
  check(target: CheckTarget, value: unknown): readonly Violation[];
}

/**
 * Loads the model and builds its contract. Throws ModelError (bad model, unknown service or
 * operation) or InputError (unreadable file).
 *
 * @example
 * const contract = loadValidationContract({ model: "model/personalize.json" });
 * contract.check({ operation: "DescribeDatasetImportJob", kind: "input" }, {}); // [{ pointer: "/datasetImportJobArn", keyword: "required", … }]
 */
export function loadValidationContract(options: ContractOptions): ValidationContract {
  const { closure, overlay } = loadClosure(options);
  return contractOf(closure, overlay, options.allowUnknown === true);
}

/** {@link loadValidationContract} for a model already loaded. */
export function validationContract(model: Model, options: Omit<ContractOptions, "model" | "overlay"> = {}): ValidationContract {
  const closure = computeClosure(model, selectService(model, options.service), options.operations);
  return contractOf(closure, undefined, options.allowUnknown === true);
}

function contractOf(closure: Closure, overlay: Overlay | undefined, allowUnknown: boolean): ValidationContract {
  const contract = buildServiceContract(closure, overlay);
  const checker = checkerOf(contract);
  const reasons = new Map(closure.unsupported.map((u) => [u.operation, u.reason]));
  const options = { allowUnknown };
  return {
    closure,
    contract,
    allowUnknown,
    operation: (name) => (Object.prototype.hasOwnProperty.call(contract.operations, name) ? contract.operations[name] : undefined),
    unsupported: (name) => reasons.get(name),
    error: (operation, name) => checker.findError(operation, name),
    check: (target, value) => checker.check(target, value, options).violations,
  };
}
