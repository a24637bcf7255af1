/**
 * What `validate` checks values against: a service's wire schemas, built in memory from the model
 * by the same builder the JSON Schema emitter writes files from (codegen/schema; no generated/
 * folder needed), compiled by ajv once each, on first use.
 */
import type { ValidateFunction } from "ajv";
import { createAjv } from "../../runtime/validation/ajv.ts";
import { toViolations } from "../../runtime/validation/violations.ts";
import type { Violation } from "../../runtime/validation/violations.ts";
import { closure as computeClosure, selectService } from "../model/closure.ts";
import type { Closure } from "../model/closure.ts";
import { loadModelFile } from "../model/load.ts";
import type { Model, OperationShape, StructureShape } from "../model/shapes.ts";
import { schemaPath, shapeName } from "../naming.ts";
import type { SchemaKind } from "../naming.ts";
import { buildSchemas } from "../schema/index.ts";

export interface ContractOptions {
  /** The Smithy JSON AST model file. */
  readonly model: string;
  /** The service, when the model defines more than one (absolute id or name). */
  readonly service?: string;
  /** Restrict to these operations (and their errors); all of the service's when absent or empty. */
  readonly operations?: readonly string[];
  /**
   * Accept members the schemas do not know, as an AWS service does when it reads a request (ajv's
   * `removeAdditional`, see runtime/validation/ajv.ts). Default false: an unknown member is a violation.
   */
  readonly allowUnknown?: boolean;
}

/** One schema to check a value against. */
export interface CheckTarget {
  /** The operation's name. */
  readonly operation: string;
  readonly kind: SchemaKind;
  /** The error's shape name, for kind "error". */
  readonly error?: string;
}

/** A loaded model's schemas, ready to check values. Holds its compiled validators (one per schema). */
export interface ValidationContract {
  readonly closure: Closure;
  /** The operation named `name` (its shape name, as X-Amz-Target carries it), if the contract has it. */
  operation(name: string): OperationShape | undefined;
  /** Why the operation's bodies cannot be checked (event streams, streaming blobs: not JSON documents), if so. */
  unsupported(name: string): string | undefined;
  /** The error of `operation` whose shape name is `name`, if the operation declares it. */
  error(operation: OperationShape, name: string): StructureShape | undefined;
  /** The schema files compiled so far, in order (each is compiled once, on first use). */
  compiledSchemas(): readonly string[];
  /** The violations of `value` against the target's schema; empty when valid. May mutate `value` when allowUnknown. */
  check(target: CheckTarget, value: unknown): Violation[];
}

/**
 * Loads the model and prepares its schemas. Throws ModelError (bad model, unknown service or
 * operation) or InputError (unreadable file).
 *
 * @example
 * const contract = loadValidationContract({ model: "model/personalize.json" });
 * contract.check({ operation: "DescribeDatasetImportJob", kind: "input" }, {}); // [{ pointer: "/datasetImportJobArn", keyword: "required", … }]
 */
export function loadValidationContract(options: ContractOptions): ValidationContract {
  return validationContract(loadModelFile(options.model), options);
}

/** {@link loadValidationContract} for a model already loaded (`options.model` is not read). */
export function validationContract(model: Model, options: Omit<ContractOptions, "model"> = {}): ValidationContract {
  const service = selectService(model, options.service);
  const closure = computeClosure(model, service, options.operations);
  const schemas = new Map(buildSchemas(closure).map((e) => [e.path, e.schema as Record<string, unknown>]));
  const ajv = createAjv({ lenient: options.allowUnknown === true });
  const compiled = new Map<string, { validate: ValidateFunction; schema: Record<string, unknown> }>();
  const operations = new Map(closure.operations.map((o) => [o.name, o]));

  const validatorFor = (path: string) => {
    let entry = compiled.get(path);
    if (entry === undefined) {
      const schema = schemas.get(path);
      if (schema === undefined) throw new Error(`no schema ${path} in the contract`);
      entry = { validate: ajv.compile(schema), schema };
      compiled.set(path, entry);
    }
    return entry;
  };

  return {
    closure,
    operation: (name) => operations.get(name),
    compiledSchemas: () => [...compiled.keys()],
    unsupported: (name) => closure.unsupported.find((u) => u.operation === name)?.reason,
    error: (operation, name) => operation.errors.find((e) => e.name === name || shapeName(e, service) === name),
    check(target, value) {
      const op = operations.get(target.operation);
      if (op === undefined) throw new Error(`no operation ${target.operation} in the contract`);
      let path: string;
      let rootName: string;
      if (target.kind === "error") {
        const error = op.errors.find((e) => e.name === target.error || shapeName(e, service) === target.error);
        if (error === undefined) throw new Error(`${target.operation} has no error ${String(target.error)}`);
        rootName = shapeName(error, service);
        path = schemaPath(rootName, "error");
      } else {
        const shape = target.kind === "input" ? op.input : op.output;
        rootName = shapeName(shape, service);
        path = schemaPath(shapeName(op, service), target.kind);
      }
      const { validate, schema } = validatorFor(path);
      return validate(value) ? [] : toViolations(validate.errors, schema, value, { rootName });
    },
  };
}
