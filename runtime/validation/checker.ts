/**
 * The one contract checker. Every check of a value against a service's contract goes through it:
 * the mocks reading a request (leniently, with AWS's answers) and checking their own answers
 * (strictly), the vitest matchers, and `smithy-contract validate`. One object per contract holds the
 * compiled validators, so each schema is compiled once however many mocks, matchers and files use
 * it, and goes away with the contract.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
import type { ErrorContract, JsonSchema, OperationContract, ServiceContract } from "../contract.ts";
import { readLeniently } from "../serde/lenient.ts";
import { exactBlobLengths } from "./blob-lengths.ts";
import { integerOverflow } from "./integer-ranges.ts";
import { ContractViolation, type ViolationSubject } from "./contract-violation.ts";
import { rejectionOf, type Rejection } from "./rejection.ts";
import { Validators } from "./validators.ts";
import { toViolations, type Violation } from "./violations.ts";

/** Which schema of a contract a value is checked against. */
export type CheckTarget =
  | { readonly operation: string; readonly kind: "input" | "output" }
  | { readonly operation: string; readonly kind: "error"; readonly error: string };

export interface CheckOptions {
  /**
   * Accept members the schema does not know, as an AWS service reads a request (they are dropped
   * before the check; `validate --allow-unknown`). Default false: an unknown member is a
   * violation, which catches typos in hand-written values.
   */
  readonly allowUnknown?: boolean;
}

export interface CheckResult {
  /** What the value was checked as: `Op input`, `Op output`, `Op error Name`. */
  readonly label: string;
  readonly violations: readonly Violation[];
}

/** A request as the service read it: valid, unknown members dropped, defaults filled; or its rejection. */
export type ReadResult = { readonly ok: true; readonly input: unknown } | { readonly ok: false; readonly rejection: Rejection };

/** The schema a target names, with what messages call it. */
export interface TargetSchema {
  readonly schema: JsonSchema;
  /** The root's name when the schema's root is inline (an error body: its name; no input/output: `Unit`). */
  readonly rootName: string;
  readonly label: string;
}

export class ContractChecker {
  readonly #validators = new Validators();

  constructor(readonly contract: ServiceContract) {}

  /**
   * The operation `name`; throws an Error naming the contract's operations when there is none (a
   * mistake in a test or a command line, not a mismatch).
   */
  operation(name: string): OperationContract {
    const { operations } = this.contract;
    const operation = Object.prototype.hasOwnProperty.call(operations, name) ? operations[name] : undefined;
    if (operation !== undefined) return operation;
    throw new Error(`${JSON.stringify(name)} is not an operation of the ${this.contract.serviceName} contract; its operations are: ${listed(Object.keys(operations))}`);
  }

  /** The error of `operation` by shape name (`ResourceNotFoundException`) or absolute shape id, if it models one. */
  findError(operation: OperationContract, name: string): ErrorContract | undefined {
    const errors = Object.values(operation.errors);
    return errors.find((e) => e.name === name) ?? errors.find((e) => e.shapeId === name);
  }

  /** {@link findError}, throwing an Error naming the operation's errors when it models no such error. */
  error(operation: OperationContract, name: string): ErrorContract {
    const error = this.findError(operation, name);
    if (error !== undefined) return error;
    throw new Error(`${JSON.stringify(name)} is not an error of ${operation.name}; its errors are: ${listed(Object.values(operation.errors).map((e) => e.name))}`);
  }

  /** The schema of a target, its root's name and its label. Throws like {@link operation} and {@link error}. */
  target(target: CheckTarget): TargetSchema {
    const operation = this.operation(target.operation);
    if (target.kind === "error") {
      const error = this.error(operation, target.error);
      return { schema: error.schema, rootName: error.name, label: `${operation.name} error ${error.name}` };
    }
    const schema = operation[target.kind];
    // The builder writes an input or output root inline only for smithy.api#Unit (`{}`); any other
    // root is a `$ref` into `$defs`, which names it.
    return { schema, rootName: typeof schema.$ref === "string" ? "" : "Unit", label: `${operation.name} ${target.kind}` };
  }

  /**
   * The violations of a wire-form value against the target's schema; none when it matches. With
   * `allowUnknown`, unknown members are dropped from a copy first (the caller's value is untouched).
   *
   * @example
   * checkerOf(contract).check({ operation: "DescribeDatasetImportJob", kind: "input" }, {}).violations
   * // [{ pointer: "/datasetImportJobArn", memberPath: "DescribeDatasetImportJobRequest.datasetImportJobArn", keyword: "required", message: "is required" }]
   */
  check(target: CheckTarget, value: unknown, options: CheckOptions = {}): CheckResult {
    const { schema, rootName, label } = this.target(target);
    const lenient = options.allowUnknown === true;
    const data = lenient ? structuredClone(value) : value;
    const validate = lenient ? this.#validators.lenient(schema) : this.#validators.strict(schema);
    const violations = validate(data) ? [] : toViolations(validate.errors, schema, data, { rootName });
    return { label, violations };
  }

  /**
   * Reads a parsed request body as the service does: `null` structure members are absent, unknown
   * members are dropped, the members it carries are checked and `@default`s fill the missing ones; and on failure says how AWS
   * answers (`SerializationException` or `ValidationException` with AWS's message).
   */
  read(operation: OperationContract, body: unknown): ReadResult {
    // An integer beyond its Java type is refused by AWS's reader before any constraint is checked.
    const overflow = integerOverflow(body, operation.plans?.input, this.contract.shapes ?? {});
    if (overflow !== undefined) return { ok: false, rejection: { kind: "serialization", message: overflow } };
    // The members the request carries are checked, not the defaults filled in after (lenient.ts).
    const carried = readLeniently(body, operation.input, { defaults: false });
    const validate = this.#validators.lenient(operation.input);
    const valid = validate(carried);
    // Blob lengths are counted in bytes where the plans say them (the schema's are approximate).
    const errors = exactBlobLengths(valid ? [] : (validate.errors ?? []), carried, operation.input, operation.plans?.input, this.contract.shapes ?? {});
    if (errors.length > 0) {
      const rejection = rejectionOf(errors, carried, operation.input);
      if (rejection !== undefined) return { ok: false, rejection };
    }
    return { ok: true, input: readLeniently(carried, operation.input) };
  }

  /**
   * The {@link ContractViolation} of an answer the mock is about to send (an output, or an error's
   * body with `__type`), checked strictly; undefined when it keeps the contract.
   */
  violation(operation: OperationContract, subject: ViolationSubject, body: unknown): ContractViolation | undefined {
    const error = subject.kind === "error" ? this.error(operation, subject.error) : undefined;
    const schema = error?.schema ?? operation.output;
    const validate = this.#validators.strict(schema);
    if (validate(body)) return undefined;
    const rootName = error?.name ?? (typeof schema.$ref === "string" ? "" : "Unit");
    return new ContractViolation(operation.name, subject, validate.errors ?? [], body, schema, rootName);
  }
}

const CHECKER: unique symbol = Symbol("smithy-contract.checker");

/**
 * The checker of a contract, made on first use and kept on the contract object itself (in a
 * non-enumerable symbol slot), so every mock, matcher and `validate` run over one contract shares
 * its compiled validators and they go away with it. A frozen contract gets a fresh checker each
 * time (it cannot hold one).
 *
 * @example checkerOf(contract).check({ operation: "DescribeDatasetImportJob", kind: "output" }, body)
 */
export function checkerOf(contract: ServiceContract): ContractChecker {
  const slot = contract as ServiceContract & { [CHECKER]?: ContractChecker };
  const existing = slot[CHECKER];
  if (existing !== undefined) return existing;
  const checker = new ContractChecker(contract);
  if (Object.isExtensible(contract)) Object.defineProperty(contract, CHECKER, { value: checker, enumerable: false });
  return checker;
}

/** True when `value` looks like a {@link ServiceContract} (a generated `contract` export). */
export function isServiceContract(value: unknown): value is ServiceContract {
  if (typeof value !== "object" || value === null) return false;
  const operations = (value as { operations?: unknown }).operations;
  return typeof operations === "object" && operations !== null && typeof (value as { serviceName?: unknown }).serviceName === "string";
}

function listed(names: readonly string[]): string {
  return names.length === 0 ? "(none)" : [...names].sort().join(", ");
}
