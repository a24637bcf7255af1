/**
 * The per-part wire schemas of a restJson1 service: for each operation, one self-contained draft
 * 2020-12 document per part of its request and answer that crosses the wire, and for each error,
 * per part of its answer — beside the document schemas of index.ts, which describe a message as
 * one document by member name. Each part holds its values as they travel:
 *
 * - `labels`: the path's labels by name, each value's text (percent-decoded); all required.
 * - `query`: the query parameters by name, each value's text, an array for a parameter that
 *   repeats (a list member, a map of lists); the URI's literal parameters (`?x-id=Op`) as `const`;
 *   closed, unless an `@httpQueryParams` map takes every other name.
 * - `headers`: the headers by name lower-cased (as fetch's `Headers` reports them), each value's
 *   text; `@httpPrefixHeaders` as `patternProperties`; open (a message carries transport headers).
 * - `body`: the JSON body, members under their `@jsonName` (at every depth), epoch-second
 *   timestamps and base64 blobs as in awsJson; or the `@httpPayload` member's schema (a structure,
 *   union or document as JSON; a string or blob as the body's text, with `contentMediaType`).
 *
 * Input parts are written only when the input binds a member there (or, for the query, the URI has
 * literals); an answer's body is always written (an answer without body members has an empty
 * object, `{}`), and says the answer's status in its `description`, as its headers document does.
 * The bindings come from codegen/contract/http-bindings.ts, the one reading of them.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
import type { BoundMember, HttpBindings, MessageBindings } from "../../runtime/contract.ts";
import { protocolNamed } from "../../runtime/protocol/index.ts";
import { ERROR_MESSAGE_KEYS, ERROR_TYPE_FIELD, errorStatus, errorTypePattern } from "../../runtime/protocol/awsjson.ts";
import { parseUriPattern } from "../../runtime/protocol/restjson1/uri-pattern.ts";
import { errorBindingsOf, httpBindingsOf } from "../contract/http-bindings.ts";
import { cmp } from "../model/closure.ts";
import type { Closure } from "../model/closure.ts";
import type { Member, StructureShape, UnitShape } from "../model/shapes.ts";
import { schemaId, shapeName } from "../naming.ts";
import type { SchemaKind } from "../naming.ts";
import { record, sensitiveMark } from "./json-schema.ts";
import type { JsonSchema } from "./json-schema.ts";
import { Definitions, schemaDocument } from "./schema-document.ts";
import type { Refs } from "./shape-schema.ts";
import { memberSchema, structureSchema } from "./shape-schema.ts";
import { textSchema } from "./text-schema.ts";

/** The parts of an HTTP message a schema describes. */
export type HttpPart = "labels" | "query" | "headers" | "body";

/** One per-part schema document and what it describes. */
export interface PartSchemaEntry {
  /** The operation's or the error's name in the service. */
  readonly name: string;
  readonly kind: SchemaKind;
  readonly part: HttpPart;
  /** Its file path in the service folder (`schemas/<Name>.<kind>.<part>.schema.json`). */
  readonly path: string;
  readonly schema: JsonSchema;
}

/** The error code, as restJson1 services may also send it in the body (the SDK reads `code`, then `__type`). */
const ERROR_CODE_FIELD = "code";

/**
 * A per-part file's path, beside the document schema of the same message:
 * `schemas/GetFunction.input.labels.schema.json`.
 */
export function partSchemaPath(name: string, kind: SchemaKind, part: HttpPart): string {
  return `schemas/${name}.${kind}.${part}.schema.json`;
}

/**
 * Every per-part schema of a restJson1 closure, sorted by path; none for other protocols.
 * Operations the closure lists as unsupported (event streams, streaming blobs) get none.
 *
 * @example
 * buildPartSchemas(closure(lambda, service, ["GetFunction"])).map((e) => e.path)
 * // ["schemas/GetFunction.input.labels.schema.json", "schemas/GetFunction.input.query.schema.json",
 * //  "schemas/GetFunction.output.body.schema.json", "schemas/InvalidParameterValueException.error.body.schema.json", ...]
 */
export function buildPartSchemas(closure: Closure, comment?: string): PartSchemaEntry[] {
  const { service } = closure;
  if (!protocolNamed(service.protocol).bindsHttp) return [];
  const unsupported = new Set(closure.unsupported.map((u) => u.operation));
  const entries: PartSchemaEntry[] = [];
  // Bodies name members by @jsonName: their `$defs` entries are built once for all of them (the other parts refer to no shape).
  const bodies = new Definitions(true);
  const add = (name: string, kind: SchemaKind, part: HttpPart, description: string, build: (refs: Refs) => JsonSchema): void => {
    const head = {
      $id: `${schemaId(service, name, kind)}.${part}`,
      ...(comment !== undefined && { $comment: comment }),
      title: `${name} ${kind} ${part}`,
      description,
    };
    entries.push({ name, kind, part, path: partSchemaPath(name, kind, part), schema: schemaDocument(service, head, build, part === "body" ? { jsonNames: true, definitions: bodies } : {}) });
  };

  for (const op of closure.operations) {
    if (unsupported.has(op.name)) continue;
    const http = httpBindingsOf(op);
    if (http === undefined) throw new Error(`${op.id}: a restJson1 operation without @http`);
    const name = shapeName(op, service);
    const request = `the ${name} request (${http.method} ${http.uri})`;
    const input = http.input;
    const literals = parseUriPattern(http.uri).query;
    if (input.labels !== undefined) add(name, "input", "labels", `The path labels of ${request}, by label, each value's text (percent-decoded).`, () => labelsSchema(op.input, input.labels!));
    if (input.query !== undefined || input.queryParams !== undefined || literals.length > 0) {
      add(name, "input", "query", `The query parameters of ${request}, by name, each value's text (an array for a parameter that repeats).`, () => querySchema(op.input, input, literals));
    }
    if (input.headers !== undefined || input.prefixHeaders !== undefined) {
      add(name, "input", "headers", `The headers of ${request}, by name in lower case, each value's text; other headers may be present.`, () => headersSchema(op.input, input));
    }
    if (input.payload !== undefined || input.body !== undefined) add(name, "input", "body", `The body of ${request}${bodyNote(input)}.`, (refs) => bodySchema(op.input, input, refs));

    const answer = `the ${name} answer, status ${statusOf(http)}`;
    const output = http.output;
    if (output.headers !== undefined || output.prefixHeaders !== undefined) {
      add(name, "output", "headers", `The headers of ${answer}, by name in lower case, each value's text; other headers may be present.`, () => headersSchema(op.output, output));
    }
    add(name, "output", "body", `The body of ${answer}${bodyNote(output)}.`, (refs) => bodySchema(op.output, output, refs));
  }

  for (const error of closure.errors) {
    const name = shapeName(error, service);
    const bindings = errorBindingsOf(error);
    const answer = `the ${name} error answer, status ${errorStatus(error.traits.error ?? "client", error.traits.httpError)}`;
    if (bindings.headers !== undefined || bindings.prefixHeaders !== undefined) {
      add(name, "error", "headers", `The headers of ${answer}, by name in lower case, each value's text; other headers may be present.`, () => headersSchema(error, bindings));
    }
    add(name, "error", "body", `The body of ${answer}${bodyNote(bindings)}; the error's name may also be in \`code\` or \`__type\` (it is in the X-Amzn-Errortype header).`, (refs) =>
      errorBodySchema(error, bindings, refs),
    );
  }
  return entries.sort((a, b) => cmp(a.path, b.path));
}

/** The status an operation answers with: `@http`'s code, or the `@httpResponseCode` member's value. */
function statusOf(http: HttpBindings): string {
  const member = http.output.responseCode;
  return member === undefined ? `${http.code} (@http)` : `${http.code} (@http), or the ${member} member's value (@httpResponseCode)`;
}

function bodyNote(bindings: MessageBindings): string {
  const payload = bindings.payload;
  if (payload === undefined) return ": a JSON object, members under their JSON names (@jsonName)";
  switch (payload.kind) {
    case "structure":
    case "union":
    case "document":
      return `: the ${payload.member} member (@httpPayload) as JSON`;
    default:
      return `: the ${payload.member} member (@httpPayload), the body's text as it is, not JSON`;
  }
}

/** The structure's member that `bound` carries. */
function memberOf(shape: StructureShape | UnitShape, bound: BoundMember): Member {
  const member = shape.kind === "structure" ? shape.members.find((m) => m.name === bound.member) : undefined;
  if (member === undefined) throw new Error(`${shape.id} has no member ${bound.member} (bound as ${bound.name})`);
  return member;
}

function labelsSchema(shape: StructureShape | UnitShape, labels: readonly BoundMember[]): JsonSchema {
  return {
    type: "object",
    properties: record(labels.map((b) => [b.name, textSchema(memberOf(shape, b), b, "label")])),
    required: labels.map((b) => b.name),
    additionalProperties: false,
  };
}

function querySchema(shape: StructureShape | UnitShape, bindings: MessageBindings, literals: readonly { name: string; value: string | undefined }[]): JsonSchema {
  const query = bindings.query ?? [];
  const params = bindings.queryParams;
  const entries: [string, JsonSchema][] = [
    ...literals.map((l): [string, JsonSchema] => [l.name, l.value === undefined ? { type: "string" } : { const: l.value }]),
    ...query.map((b): [string, JsonSchema] => [b.name, textSchema(memberOf(shape, b), b, "query")]),
  ];
  const required = [...literals.map((l) => l.name), ...query.filter((b) => b.required === true).map((b) => b.name)];
  return {
    type: "object",
    ...(entries.length > 0 && { properties: record(entries) }),
    ...(required.length > 0 && { required }),
    // @httpQueryParams takes every parameter no other member binds; without it, none may be added.
    additionalProperties: params === undefined ? false : textSchema(memberOf(shape, params), params, "query"),
  };
}

function headersSchema(shape: StructureShape | UnitShape, bindings: MessageBindings): JsonSchema {
  const headers = bindings.headers ?? [];
  const prefix = bindings.prefixHeaders;
  const required = headers.filter((b) => b.required === true).map((b) => b.name.toLowerCase());
  return {
    type: "object",
    ...(headers.length > 0 && { properties: record(headers.map((b) => [b.name.toLowerCase(), textSchema(memberOf(shape, b), b, "header")])) }),
    ...(required.length > 0 && { required }),
    ...(prefix !== undefined && { patternProperties: record([[`^${escapePattern(prefix.name.toLowerCase())}`, textSchema(memberOf(shape, prefix), prefix, "header")]]) }),
  };
}

/** The body: the payload member's schema, or the body members as a closed object under their JSON names. */
function bodySchema(shape: StructureShape | UnitShape, bindings: MessageBindings, refs: Refs): JsonSchema {
  const payload = bindings.payload;
  if (payload !== undefined) {
    const member = memberOf(shape, payload);
    switch (payload.kind) {
      case "structure":
      case "union":
      case "document":
        return memberSchema(member, refs);
      case "blob":
        return { type: "string", contentMediaType: payload.mediaType ?? "application/octet-stream", ...sensitiveMark(member.effective.sensitive) };
      default:
        return { ...memberSchema(member, refs), contentMediaType: payload.mediaType ?? "text/plain" };
    }
  }
  return structureSchema((bindings.body ?? []).map((b) => memberOf(shape, b)), refs);
}

/**
 * An error's body: its body members under their JSON names; `message` also accepted as `Message`
 * (and the other way round), as clients read either; the error's name allowed in `code` and `__type`.
 */
function errorBodySchema(error: StructureShape, bindings: MessageBindings, refs: Refs): JsonSchema {
  const members = (bindings.body ?? []).map((b) => memberOf(error, b));
  const base = structureSchema(members, refs);
  const entries = Object.entries(base.properties ?? {});
  const keys = new Set(entries.map(([k]) => k));
  const [lower, upper] = ERROR_MESSAGE_KEYS;
  for (const [from, to] of [[lower, upper], [upper, lower]] as const) {
    const modeled = base.properties?.[from];
    if (modeled !== undefined && !keys.has(to)) entries.push([to, modeled]);
  }
  for (const field of [ERROR_CODE_FIELD, ERROR_TYPE_FIELD]) {
    if (!keys.has(field)) entries.push([field, { type: "string", pattern: errorTypePattern(error.name) }]);
  }
  return { ...base, properties: record(entries) };
}

/** `text` as an ECMAScript (Unicode mode) pattern that matches it literally. */
function escapePattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}
