/**
 * The JSON Schema emitter: draft 2020-12 schemas of the awsJson WIRE form, one self-contained file
 * per operation input, per operation output and per error (see naming.ts `schemaPath`).
 *
 * Strict by design: structures and unions are closed (`additionalProperties: false`), so a user
 * validating a hand-written payload learns about a misspelt member. A real service ignores unknown
 * members; the mock gets that from the same files through `createAjv({ lenient: true })`
 * (runtime/validation/ajv.ts). Every file compiles with ajv's strict mode as it is: no custom
 * keywords; the Smithy shape id of each `$defs` entry is kept in its `$comment`.
 *
 * Operations the closure lists as unsupported (event streams, streaming blobs) get no files: their
 * bodies are not JSON documents.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 * @see https://json-schema.org/draft/2020-12/json-schema-core
 */
import {
  ERROR_MESSAGE_KEYS,
  ERROR_TYPE_FIELD,
  errorTypePattern,
} from "../../../runtime/protocol/awsjson.ts";
import { cmp } from "../../model/closure.ts";
import type { Closure } from "../../model/closure.ts";
import type { StructureShape } from "../../model/shapes.ts";
import { schemaId, schemaPath, shapeName } from "../../naming.ts";
import type { SchemaKind } from "../../naming.ts";
import { jsonStamp } from "../file.ts";
import type { EmitContext, GeneratedFile } from "../file.ts";
import { record } from "./json-schema.ts";
import type { JsonSchema } from "./json-schema.ts";
import { schemaDocument } from "./schema-document.ts";
import type { Refs } from "./shape-schema.ts";
import { structureSchema } from "./shape-schema.ts";

export type { JsonSchema } from "./json-schema.ts";

/**
 * Emits `schemas/<Operation>.input.schema.json`, `schemas/<Operation>.output.schema.json` and
 * `schemas/<Error>.error.schema.json` for the closure, sorted by path.
 *
 * @example
 * emitJsonSchemas(closure(model, service, ["DescribeDatasetImportJob"]), ctx).map((f) => f.path)
 * // ["schemas/DescribeDatasetImportJob.input.schema.json", "schemas/DescribeDatasetImportJob.output.schema.json",
 * //  "schemas/InvalidInputException.error.schema.json", "schemas/ResourceNotFoundException.error.schema.json"]
 */
export function emitJsonSchemas(closure: Closure, ctx: EmitContext): GeneratedFile[] {
  const { service } = closure;
  const unsupported = new Set(closure.unsupported.map((u) => u.operation));
  const files: GeneratedFile[] = [];
  const emit = (name: string, kind: SchemaKind, title: string, build: (refs: Refs) => JsonSchema): void => {
    const doc = schemaDocument(service, { $id: schemaId(service, name, kind), $comment: jsonStamp(ctx), title }, build);
    files.push({ path: schemaPath(name, kind), contents: `${JSON.stringify(doc, null, 2)}\n` });
  };
  for (const op of closure.operations) {
    if (unsupported.has(op.name)) continue;
    const name = shapeName(op, service);
    for (const [kind, shape] of [["input", op.input], ["output", op.output]] as const) {
      // No input or output (smithy.api#Unit): the body is `{}` (or empty, which the mock reads as `{}`).
      emit(name, kind, `${name} ${kind}`, (refs) => (shape.kind === "unit" ? { type: "object", additionalProperties: false } : refs.ref(shape)));
    }
  }
  for (const error of closure.errors) {
    const name = shapeName(error, service);
    emit(name, "error", `${name} error`, (refs) => errorBodySchema(error, refs));
  }
  return files.sort((a, b) => cmp(a.path, b.path));
}

/**
 * An error body: the error structure's members, plus `__type` (required; any value a client
 * sanitizes to the error's name, so both awsJson1_0's `ns#Name` and awsJson1_1's `Name` pass).
 * The SDK reads the message from `message` or `Message`, and real services send either, so the
 * spelling the model does not use is accepted too, with the same schema.
 */
export function errorBodySchema(error: StructureShape, refs: Refs): JsonSchema {
  const base = structureSchema(error.members, refs);
  const entries = Object.entries(base.properties ?? {});
  const names = new Set(error.members.map((m) => m.name));
  const [lower, upper] = ERROR_MESSAGE_KEYS;
  for (const [from, to] of [[lower, upper], [upper, lower]] as const) {
    const modeled = base.properties?.[from];
    if (modeled !== undefined && !names.has(to)) entries.push([to, modeled]);
  }
  // The wire name is the shape's own name (not a service rename): it is what servers send.
  entries.push([ERROR_TYPE_FIELD, { type: "string", pattern: errorTypePattern(error.name) }]);
  return {
    type: "object",
    properties: record(entries),
    required: [...(base.required ?? []), ERROR_TYPE_FIELD],
    additionalProperties: false,
  };
}
