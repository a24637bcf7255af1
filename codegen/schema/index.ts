/**
 * The wire schemas of a closure as objects: one self-contained draft 2020-12 document per
 * operation input, per operation output and per error. Below the emitters: the JSON Schema
 * emitter writes them as files, the contract emitter embeds them for the mock runtime, and
 * `validate` compiles them in memory — one builder, so the three cannot disagree.
 *
 * Strict by design: structures and unions are closed (`additionalProperties: false`), so a user
 * validating a hand-written payload learns about a misspelt member. A real service ignores unknown
 * members; the mock gets that from the same schemas through `createAjv({ lenient: true })`
 * (runtime/validation/ajv.ts). Likewise `null` is no valid member value here (servers never send
 * one), while a service reading a request treats it as absent: the mock drops nulls before it
 * validates. Every document compiles with ajv's strict mode as it is: no custom keywords; the
 * Smithy shape id of each `$defs` entry is kept in its `$comment`.
 *
 * Operations the closure lists as unsupported (event streams, streaming blobs) get no schemas:
 * their bodies are not JSON documents.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 * @see https://json-schema.org/draft/2020-12/json-schema-core
 */
import {
  ERROR_MESSAGE_KEYS,
  ERROR_TYPE_FIELD,
  errorTypePattern,
} from "../../runtime/protocol/awsjson.ts";
import { cmp } from "../model/closure.ts";
import type { Closure } from "../model/closure.ts";
import { ModelError } from "../model/errors.ts";
import type { StructureShape } from "../model/shapes.ts";
import { schemaId, schemaPath, shapeName } from "../naming.ts";
import type { SchemaKind } from "../naming.ts";
import { record } from "./json-schema.ts";
import type { JsonSchema } from "./json-schema.ts";
import { Definitions, schemaDocument } from "./schema-document.ts";
import type { Refs } from "./shape-schema.ts";
import { structureSchema } from "./shape-schema.ts";

export type { JsonSchema } from "./json-schema.ts";

/** One schema document and what it describes. */
export interface SchemaEntry {
  /** The operation's or the error's name in the service. */
  readonly name: string;
  readonly kind: SchemaKind;
  /** Its file path in the service folder (`schemas/<Name>.<kind>.schema.json`). */
  readonly path: string;
  readonly schema: JsonSchema;
}

/**
 * Every wire schema of the closure, sorted by path. `comment` (the generation stamp) goes into
 * each document's `$comment`.
 *
 * @example
 * buildSchemas(closure(model, service, ["DescribeDatasetImportJob"])).map((e) => e.path)
 * // ["schemas/DescribeDatasetImportJob.input.schema.json", "schemas/DescribeDatasetImportJob.output.schema.json",
 * //  "schemas/InvalidInputException.error.schema.json", "schemas/ResourceNotFoundException.error.schema.json"]
 */
export function buildSchemas(closure: Closure, comment?: string): SchemaEntry[] {
  const { service } = closure;
  const unsupported = new Set(closure.unsupported.map((u) => u.operation));
  const entries: SchemaEntry[] = [];
  // Each shape's `$defs` entry built once, shared by the documents that reach it.
  const definitions = new Definitions();
  const add = (name: string, kind: SchemaKind, title: string, build: (refs: Refs) => JsonSchema): void => {
    const head = { $id: schemaId(service, name, kind), ...(comment !== undefined && { $comment: comment }), title };
    entries.push({ name, kind, path: schemaPath(name, kind), schema: schemaDocument(service, head, build, { definitions }) });
  };
  for (const op of closure.operations) {
    if (unsupported.has(op.name)) continue;
    const name = shapeName(op, service);
    for (const [kind, shape] of [["input", op.input], ["output", op.output]] as const) {
      // No input or output (smithy.api#Unit): the body is `{}` (or empty, which the mock reads as `{}`).
      add(name, kind, `${name} ${kind}`, (refs) => (shape.kind === "unit" ? { type: "object", additionalProperties: false } : refs.ref(shape)));
    }
  }
  for (const error of closure.errors) {
    const name = shapeName(error, service);
    const typeMember = error.members.find((m) => m.name === ERROR_TYPE_FIELD);
    if (typeMember !== undefined) {
      throw new ModelError(closure.model.file, `error member ${ERROR_TYPE_FIELD} would clash with the error body's own ${ERROR_TYPE_FIELD}, which names the error (clients read the error's type from it)`, typeMember.id);
    }
    add(name, "error", `${name} error`, (refs) => errorBodySchema(error, refs));
  }
  return entries.sort((a, b) => cmp(a.path, b.path));
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
