/**
 * Test helper: a tiny model around given shapes — service `ex#Svc` (awsJson1_1, sdkId "Ex"), one
 * operation `ex#Op` whose input is `ex#In` with the given members — emitted, with the files parsed.
 */
import { closure, selectService } from "../../../codegen/model/closure.ts";
import type { Closure } from "../../../codegen/model/closure.ts";
import { loadModelText } from "../../../codegen/model/load.ts";
import { emitJsonSchemas } from "../../../codegen/emit/json-schema/index.ts";
import type { EmitContext } from "../../../codegen/emit/file.ts";

export const CTX: EmitContext = { modelFile: "fragment.json", modelSha256: "0".repeat(64), tool: "smithy-contract test" };

export interface FragmentOptions {
  readonly smithy?: string;
  readonly service?: Record<string, unknown>;
  readonly operation?: Record<string, unknown>;
}

/** The closure of `ex#Op` in a model of `shapes` plus the service, the operation and (when `inMembers` is given) `ex#In`. */
export function fragmentClosure(inMembers: Record<string, unknown> | undefined, shapes: Record<string, unknown> = {}, options: FragmentOptions = {}): Closure {
  const ast = {
    smithy: options.smithy ?? "2.0",
    shapes: {
      "ex#Svc": {
        type: "service",
        version: "2024-01-01",
        operations: [{ target: "ex#Op" }],
        traits: { "aws.protocols#awsJson1_1": {}, "aws.api#service": { sdkId: "Ex" } },
        ...options.service,
      },
      "ex#Op": { type: "operation", ...(inMembers !== undefined && { input: { target: "ex#In" } }), ...options.operation },
      ...(inMembers !== undefined && { "ex#In": { type: "structure", members: inMembers } }),
      ...shapes,
    },
  };
  const model = loadModelText(JSON.stringify(ast), "fragment.json");
  return closure(model, selectService(model), ["Op"]);
}

/** Every emitted file of the fragment, parsed, by path. */
export function fragmentFiles(inMembers: Record<string, unknown> | undefined, shapes: Record<string, unknown> = {}, options: FragmentOptions = {}): Record<string, Record<string, unknown>> {
  const files = emitJsonSchemas(fragmentClosure(inMembers, shapes, options), CTX);
  return Object.fromEntries(files.map((f) => [f.path, JSON.parse(f.contents) as Record<string, unknown>]));
}

/** The `$defs` of `Op`'s input schema. */
export function inputDefs(inMembers: Record<string, unknown>, shapes: Record<string, unknown> = {}, options: FragmentOptions = {}): unknown {
  const doc = fragmentFiles(inMembers, shapes, options)["schemas/Op.input.schema.json"];
  if (doc === undefined) throw new Error("no input schema emitted");
  return doc.$defs;
}

/** The `$defs` entry the emitter writes for `ex#In` with these properties (and required members). */
export function inDef(properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> {
  return {
    $comment: "ex#In",
    type: "object",
    ...(Object.keys(properties).length > 0 && { properties }),
    ...(required.length > 0 && { required }),
    additionalProperties: false,
  };
}
