/**
 * The project's one ajv configuration, used by the mock, the CLI validator and the tests, so a
 * schema means the same everywhere: JSON Schema draft 2020-12, strict mode (a typo in a schema is
 * an error, not a silently ignored keyword), every error reported (a real service counts all
 * violations: "2 validation errors detected"), and the `date-time` format from ajv-formats.
 *
 * @see https://ajv.js.org/options.html
 * @see https://ajv.js.org/strict-mode.html
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import { boundedRegExp } from "./regexp/bounded-regexp.ts";
import { MODEL_PATTERN_KEYWORD, SENSITIVE_KEYWORD } from "./schema.ts";

export type { Ajv2020 };

/**
 * `pattern`s bounded in time whatever the value (regexp/bounded-regexp.ts): the native engine where
 * its worst case stays small, a linear-time matcher past that; the same answers.
 */
const SAFER_REGEXP = Object.assign((pattern: string, flags: string) => boundedRegExp(pattern, flags), {
  code: "new RegExp",
});

// ajv-formats is CommonJS whose `module.exports` is the plugin and also carries itself as
// `.default`. Under `module: nodenext` TypeScript types the default import as the module object, so
// `.default` is the call that typechecks and works in Node, vitest and bundlers alike.
const addFormats = formatsPlugin.default;

export interface CreateAjvOptions {
  /**
   * Validate as an AWS service reads a request: members the schema does not know are dropped from
   * the data (ajv's `removeAdditional: true`, which acts only where a schema says
   * `additionalProperties: false`, i.e. on structures and unions, never on maps) instead of being
   * reported. Validation then mutates the data it is given. (`null` structure members, which a
   * service also reads as absent, are for the caller to drop first: runtime/serde/lenient.ts.)
   * Default false: unknown members are errors with keyword `additionalProperties`, which catches
   * typos in hand-written payloads.
   */
  readonly lenient?: boolean;
}

/**
 * A fresh ajv instance in the project's configuration. Schemas from `generated/<service>/schemas/`
 * compile on it as they are.
 *
 * @example
 * const validate = createAjv().compile(schema);
 * if (!validate(body)) console.log(validate.errors);
 */
export function createAjv(options: CreateAjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    // Members named like Object.prototype's (`toString`, `constructor`, `valueOf`) are absent unless
    // the value has them: without this, ajv finds the inherited function, calls a required one
    // present and checks an optional one's type (found by the model fuzzer, tests/fuzz).
    ownProperties: true,
    code: { regExp: SAFER_REGEXP },
    ...(options.lenient === true && { removeAdditional: true }),
  });
  addFormats(ajv);
  // Our annotation keywords (see schema.ts): they say something about a value, never restrict it.
  // Strict mode refuses unknown keywords, so they are declared here; a user compiling our schema
  // files with their own strict ajv declares them the same way.
  ajv.addKeyword({ keyword: SENSITIVE_KEYWORD, schemaType: "boolean" });
  ajv.addKeyword({ keyword: MODEL_PATTERN_KEYWORD, schemaType: "string" });
  return ajv;
}
