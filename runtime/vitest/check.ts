/**
 * What the matchers check a value against: one schema of a generated {@link ServiceContract}
 * (an operation's input or output, or one of its error bodies), with ajv validators compiled once
 * per contract object and schema. The cache is a `WeakMap` keyed by the contract, so a contract
 * that is no longer used takes its validators with it.
 */
import type { ValidateFunction } from "ajv";
import type { ErrorContract, JsonSchema, OperationContract, ServiceContract } from "../contract.ts";
import { createAjv, type Ajv2020 } from "../validation/ajv.ts";
import { toViolations, type Violation } from "../validation/violations.ts";
import { wireForm } from "./wireForm.ts";

/** Options of every matcher, as its last argument. */
export interface MatchOptions {
  /**
   * Accept members the schema does not know, as an AWS service reads a request (they are dropped
   * before the check; `smithy-contract validate --allow-unknown`). Default false: an unknown
   * member is a violation, which catches typos in hand-written values.
   */
  readonly allowUnknown?: boolean;
}

/** Which schema of the contract to check against. */
export type CheckTarget =
  | { readonly operation: string; readonly kind: "input" | "output" }
  | { readonly operation: string; readonly kind: "error"; readonly error: string };

export interface CheckResult {
  /** What the value was checked as, worded like `validate` does: `Op output`, `Op error Name`. */
  readonly label: string;
  readonly violations: readonly Violation[];
}

/**
 * The violations of `value` (SDK or wire form) against the target's schema in `contract`; none
 * when it matches. Throws a TypeError when `contract` is not a contract and an Error naming the
 * known ones when the operation or error is not in it: a mistake in the test, not a mismatch,
 * so it fails under `.not` as well.
 *
 * @example
 * checkValue(contract, { operation: "DescribeDatasetImportJob", kind: "input" }, {}).violations
 * // [{ pointer: "/datasetImportJobArn", memberPath: "DescribeDatasetImportJobRequest.datasetImportJobArn", keyword: "required", message: "is required" }]
 */
export function checkValue(contract: ServiceContract, target: CheckTarget, value: unknown, options: MatchOptions = {}): CheckResult {
  const operation = findOperation(contract, target.operation);
  let schema: JsonSchema;
  let label: string;
  let rootName: string;
  if (target.kind === "error") {
    const error = findError(operation, target.error);
    schema = error.schema;
    label = `${operation.name} error ${error.name}`;
    rootName = error.name;
  } else {
    schema = operation[target.kind];
    label = `${operation.name} ${target.kind}`;
    // The emitter writes an input or output root inline only for smithy.api#Unit (`{}`); any other
    // root is a `$ref` into `$defs`, which names it. `validate` names the inline one "Unit" too.
    rootName = typeof schema.$ref === "string" ? "" : "Unit";
  }
  const lenient = options.allowUnknown === true;
  const wire = wireForm(value, schema);
  // The lenient validator drops unknown members from the data: never from the caller's value.
  const data = lenient ? structuredClone(wire) : wire;
  const validate = validatorsOf(contract).get(schema, lenient);
  const violations = validate(data) ? [] : toViolations(validate.errors, schema, data, { rootName });
  return { label, violations };
}

/** True when `value` looks like a {@link ServiceContract} (a generated `contract` export). */
export function isServiceContract(value: unknown): value is ServiceContract {
  if (typeof value !== "object" || value === null) return false;
  const operations = (value as { operations?: unknown }).operations;
  return typeof operations === "object" && operations !== null && typeof (value as { serviceName?: unknown }).serviceName === "string";
}

function findOperation(contract: ServiceContract, name: string): OperationContract {
  const operation = Object.hasOwn(contract.operations, name) ? contract.operations[name] : undefined;
  if (operation !== undefined) return operation;
  throw new Error(`${JSON.stringify(name)} is not an operation of the ${contract.serviceName} contract; its operations are: ${known(Object.keys(contract.operations))}`);
}

/** An operation's error by shape name (`ResourceNotFoundException`) or absolute shape id. */
function findError(operation: OperationContract, name: string): ErrorContract {
  const errors = Object.values(operation.errors);
  const error = errors.find((e) => e.name === name) ?? errors.find((e) => e.shapeId === name);
  if (error !== undefined) return error;
  throw new Error(`${JSON.stringify(name)} is not an error of ${operation.name}; its errors are: ${known(errors.map((e) => e.name))}`);
}

function known(names: readonly string[]): string {
  return names.length === 0 ? "(none)" : [...names].sort().join(", ");
}

// ---------------------------------------------------------------------------------------------

/** The compiled validators of one contract: strict and lenient, each compiled on first use. */
class ContractValidators {
  #strict: Ajv2020 | undefined;
  #lenient: Ajv2020 | undefined;
  readonly #strictCache = new WeakMap<JsonSchema, ValidateFunction>();
  readonly #lenientCache = new WeakMap<JsonSchema, ValidateFunction>();

  get(schema: JsonSchema, lenient: boolean): ValidateFunction {
    const cache = lenient ? this.#lenientCache : this.#strictCache;
    let validate = cache.get(schema);
    if (validate === undefined) {
      const ajv = lenient ? (this.#lenient ??= createAjv({ lenient: true })) : (this.#strict ??= createAjv());
      // Operations that share an error each carry its schema (same `$id`); ajv refuses an `$id` twice.
      const id = typeof schema.$id === "string" ? schema.$id : undefined;
      validate = (id !== undefined ? ajv.getSchema(id) : undefined) ?? ajv.compile(schema);
      cache.set(schema, validate);
    }
    return validate;
  }
}

const validatorsByContract = new WeakMap<ServiceContract, ContractValidators>();

function validatorsOf(contract: ServiceContract): ContractValidators {
  let validators = validatorsByContract.get(contract);
  if (validators === undefined) {
    validators = new ContractValidators();
    validatorsByContract.set(contract, validators);
  }
  return validators;
}
