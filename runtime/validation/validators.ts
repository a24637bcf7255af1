/**
 * The compiled validators of wire schemas, strict and lenient, each compiled once on first use and
 * kept by an explicit owner (a {@link ContractChecker}), never in module state.
 *
 * - **strict**: a value must be exactly what the contract allows; unknown members are errors
 *   (answers the mock sends, `validate`, the matchers).
 * - **lenient**: a request as an AWS service reads it; unknown members are dropped from the data
 *   (ajv's `removeAdditional`), so validation mutates what it is given.
 *
 * @see https://ajv.js.org/guide/managing-schemas.html
 */
import type { ValidateFunction } from "ajv";
import type { JsonSchema } from "../contract.ts";
import { createAjv, type Ajv2020 } from "./ajv.ts";

export class Validators {
  #strict: Ajv2020 | undefined;
  #lenient: Ajv2020 | undefined;
  readonly #strictCache = new WeakMap<JsonSchema, ValidateFunction>();
  readonly #lenientCache = new WeakMap<JsonSchema, ValidateFunction>();

  /** Validates exactly: unknown members are errors. */
  strict(schema: JsonSchema): ValidateFunction {
    return compiled((this.#strict ??= createAjv()), this.#strictCache, schema);
  }

  /** Validates as a service reads a request; mutates the data (drops unknown members). */
  lenient(schema: JsonSchema): ValidateFunction {
    return compiled((this.#lenient ??= createAjv({ lenient: true })), this.#lenientCache, schema);
  }
}

function compiled(ajv: Ajv2020, cache: WeakMap<JsonSchema, ValidateFunction>, schema: JsonSchema): ValidateFunction {
  let validate = cache.get(schema);
  if (validate === undefined) {
    // Operations that share an error each carry its schema (same `$id`); ajv refuses an `$id` twice.
    const id = typeof schema.$id === "string" ? schema.$id : undefined;
    validate = (id !== undefined ? ajv.getSchema(id) : undefined) ?? ajv.compile(schema);
    cache.set(schema, validate);
  }
  return validate;
}
