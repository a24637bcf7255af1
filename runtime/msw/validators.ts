/**
 * The compiled validators of one service's contract: requests are read leniently (unknown members
 * dropped, as AWS does), answers checked strictly. Compiled on first use and kept by the
 * `ServiceMock` that owns them (an explicit object, never module state), so every mock instance of
 * a service shares one compilation.
 */
import type { ValidateFunction } from "ajv";
import type { JsonSchema } from "../contract.ts";
import { createAjv, type Ajv2020 } from "../validation/ajv.ts";

export class Validators {
  readonly #lenient: Ajv2020 = createAjv({ lenient: true });
  readonly #strict: Ajv2020 = createAjv();
  readonly #lenientCache = new WeakMap<JsonSchema, ValidateFunction>();
  readonly #strictCache = new WeakMap<JsonSchema, ValidateFunction>();

  /** Validates a request body as a service reads it; mutates the data (drops unknown members). */
  lenient(schema: JsonSchema): ValidateFunction {
    return compiled(this.#lenient, this.#lenientCache, schema);
  }

  /** Validates an answer exactly; unknown members are errors. */
  strict(schema: JsonSchema): ValidateFunction {
    return compiled(this.#strict, this.#strictCache, schema);
  }
}

function compiled(ajv: Ajv2020, cache: WeakMap<JsonSchema, ValidateFunction>, schema: JsonSchema): ValidateFunction {
  let validate = cache.get(schema);
  if (validate === undefined) {
    // Two operations may share one error schema object or `$id`; ajv refuses an `$id` twice.
    const id = typeof schema.$id === "string" ? schema.$id : undefined;
    validate = (id !== undefined ? ajv.getSchema(id) : undefined) ?? ajv.compile(schema);
    cache.set(schema, validate);
  }
  return validate;
}
