/**
 * The JSON Schema emitter: writes the wire schemas of `codegen/schema/` as files, one per operation
 * input, per operation output and per error (see naming.ts `schemaPath`), stamped in `$comment`.
 * What the schemas say (strict unknown members, nulls, unsupported operations) is documented there.
 */
import { buildSchemas } from "../../schema/index.ts";
import { jsonStamp } from "../file.ts";
import type { EmitContext, GeneratedFile } from "../file.ts";
import type { Closure } from "../../model/closure.ts";

export type { JsonSchema } from "../../schema/index.ts";

/**
 * Emits `schemas/<Operation>.input.schema.json`, `schemas/<Operation>.output.schema.json` and
 * `schemas/<Error>.error.schema.json` for the closure, sorted by path.
 */
export function emitJsonSchemas(closure: Closure, ctx: EmitContext): GeneratedFile[] {
  return buildSchemas(closure, jsonStamp(ctx)).map((e) => ({ path: e.path, contents: `${JSON.stringify(e.schema, null, 2)}\n` }));
}
