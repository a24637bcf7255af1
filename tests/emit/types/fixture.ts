/**
 * Model fragments for the types emitter's tables: a few shapes in namespace `test`, under a service
 * `test#Svc` (sdkId "Test"), loaded by the real loader. {@link emitShapes} emits the shapes without
 * any operation (a closure of just those shapes), so a row's wanted text is the file's fixed head
 * ({@link head}) followed by the declarations the row is about.
 */
import type { Closure } from "../../../codegen/model/closure.ts";
import { closure, cmp, selectService } from "../../../codegen/model/closure.ts";
import { emitTypes } from "../../../codegen/emit/types/index.ts";
import { tsHeader } from "../../../codegen/emit/file.ts";
import type { EmitContext } from "../../../codegen/emit/file.ts";
import { loadModelText } from "../../../codegen/model/load.ts";
import type { DataShape, Model } from "../../../codegen/model/shapes.ts";

export const SERVICE = {
  type: "service",
  version: "2024-01-01",
  traits: { "aws.protocols#awsJson1_1": {}, "aws.api#service": { sdkId: "Test" } },
};

/** Loads `shapes` (absolute ids) plus the service; `operations` are bound to the service. */
export function fragment(shapes: Record<string, unknown>, options: { smithy?: string; operations?: string[] } = {}): Model {
  const service = { ...SERVICE, ...(options.operations ? { operations: options.operations.map((target) => ({ target })) } : {}) };
  const ast = { smithy: options.smithy ?? "2.0", shapes: { "test#Svc": service, ...shapes } };
  return loadModelText(JSON.stringify(ast), "fragment.json");
}

export function ctxOf(model: Model): EmitContext {
  return { modelFile: "fragment.json", modelSha256: model.sha256, tool: "smithy-contract test" };
}

/** The emitted `types.ts` of every data shape the fragment defines, as if some operation reached them all. */
export function emitShapes(model: Model): string {
  const service = selectService(model);
  const shapes = [...model.shapes.values()]
    .filter((s): s is DataShape => s.namespace === "test" && s.kind !== "operation" && s.kind !== "service" && s.kind !== "resource")
    .sort((a, b) => cmp(a.id, b.id));
  const c: Closure = {
    model,
    service,
    operations: [],
    errorsOf: (op) => {
      throw new Error(`a closure of shapes has no operation ${op.id}`);
    },
    paginatedOf: (op) => {
      throw new Error(`a closure of shapes has no operation ${op.id}`);
    },
    shapes,
    errors: shapes.filter((s) => s.kind === "structure" && s.traits.error !== undefined).map((s) => s as Extract<DataShape, { kind: "structure" }>),
    unsupported: [],
  };
  return only(emitTypes(c, ctxOf(model)));
}

/** The emitted `types.ts` of the fragment's operations (the real closure). */
export function emitOperations(model: Model, operations?: string[]): string {
  return only(emitTypes(closure(model, selectService(model), operations), ctxOf(model)));
}

function only(files: { path: string; contents: string }[]): string {
  if (files.length !== 1 || files[0]!.path !== "types.ts") throw new Error(`expected one types.ts, got ${files.map((f) => f.path).join(", ")}`);
  return files[0]!.contents;
}

/** The base exception every file declares (service sdkId "Test"). */
export const BASE = `/**
 * The base of every error of the service: the instance type of the SDK's TestServiceException class.
 * @public
 */
export interface TestServiceException extends Error {
  readonly $fault: "client" | "server";
  $response?: $HttpResponse;
  $retryable?: $RetryableTrait;
  $metadata: $ResponseMetadata;
}
`;

/** The file's head: stamp, the import of `@smithy/types` names from our runtime (base names plus `imports`), `before` blocks, the base exception. */
export function head(model: Model, options: FileOptions = {}): string {
  const names = ["HttpResponse", "ResponseMetadata", "RetryableTrait", ...(options.imports ?? [])].sort(cmp).map((n) => `${n} as $${n}`);
  const before = (options.before ?? []).map((b) => `${b}\n`).join("");
  return `${tsHeader(ctxOf(model))}\nimport type { ${names.join(", ")} } from "smithy-contract/runtime";\n\n${before}${BASE}`;
}

export interface FileOptions {
  /** `@smithy/types` names imported besides the base exception's. */
  readonly imports?: readonly string[];
  /** Blocks declared before the base exception (the `__NumericValue` helper). */
  readonly before?: readonly string[];
}

/** The whole wanted file: head, then each declaration block after a blank line. */
export function file(model: Model, blocks: readonly string[], options: FileOptions = {}): string {
  return [head(model, options), ...blocks].join("\n");
}

/** The helper declared before the base exception when a bigDecimal is used. */
export const NUMERIC_VALUE = `/**
 * A bigDecimal value: the instance type of NumericValue from \`@smithy/core/serde\`, which the SDK uses.
 * @public
 */
export interface __NumericValue {
  readonly string: string;
  readonly type: "bigDecimal";
  toString(): string;
}
`;

/** The helper declared before the base exception when a command output has a blob payload. */
export const BLOB_ADAPTER = `/**
 * A blob payload as the SDK returns it: the instance type of Uint8ArrayBlobAdapter from \`@smithy/util-stream\`.
 * @public
 */
export interface __Uint8ArrayBlobAdapter extends Uint8Array {
  transformToString(encoding?: string): string;
}
`;

/** The helper declared before the base exception when a string has a JSON `@mediaType`. */
export const JSON_STRING = `/**
 * A JSON string's value as the SDK takes it, stringifying it itself: AutomaticJsonStringConversion from \`@smithy/smithy-client\`.
 * @public
 */
export type __AutomaticJsonStringConversion = Parameters<typeof JSON.stringify>[0];
`;
