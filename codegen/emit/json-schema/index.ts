/**
 * The JSON Schema emitter: writes the wire schemas of `codegen/schema/` as files, stamped in
 * `$comment` — one per operation input, per operation output and per error (the document schemas,
 * see naming.ts `schemaPath`), and for a restJson1 service also one per part of each HTTP message
 * (labels, query, headers, body; see schema/http-parts.ts). What the schemas say (strict unknown
 * members, nulls, unsupported operations) is documented there.
 */
import { buildSchemas } from "../../schema/index.ts";
import { buildPartSchemas } from "../../schema/http-parts.ts";
import { jsonStamp } from "../file.ts";
import type { EmitContext, GeneratedFile } from "../file.ts";
import type { Closure } from "../../model/closure.ts";
import { cmp } from "../../model/closure.ts";

export type { JsonSchema } from "../../schema/index.ts";

/**
 * Emits `schemas/<Operation>.input.schema.json`, `schemas/<Operation>.output.schema.json` and
 * `schemas/<Error>.error.schema.json` for the closure, and for a restJson1 service the per-part
 * `schemas/<Operation>.input.<labels|query|headers|body>.schema.json`,
 * `schemas/<Operation>.output.<headers|body>.schema.json` and `schemas/<Error>.error.<headers|body>.schema.json`;
 * sorted by path.
 *
 * @example
 * emitJsonSchemas(closure(model, service, ["DescribeDatasetImportJob"]), ctx).map((f) => f.path)
 * // ["schemas/DescribeDatasetImportJob.input.schema.json", "schemas/DescribeDatasetImportJob.output.schema.json", ...]
 */
export function emitJsonSchemas(closure: Closure, ctx: EmitContext): GeneratedFile[] {
  const stamp = jsonStamp(ctx);
  // The run's schemas are unstamped: each document's `$comment` (third of its keys, there already) takes the stamp.
  const documents = ctx.schemas === undefined ? buildSchemas(closure, stamp) : ctx.schemas.map((e) => ({ ...e, schema: { ...e.schema, $comment: stamp } }));
  return [...documents, ...buildPartSchemas(closure, stamp)]
    .sort((a, b) => cmp(a.path, b.path))
    .map((e) => ({ path: e.path, contents: `${JSON.stringify(e.schema, null, 2)}\n` }));
}
