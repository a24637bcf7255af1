/**
 * Model fragments for the arbitraries emitter's tables: shapes in namespace `test` under a service
 * `test#Svc`, loaded by the real loader. {@link emitShapes} emits every data shape of the fragment
 * (a closure of just those shapes, no operation); {@link entry} cuts one shape's entry out of the
 * `fc.letrec` body so a row can state that entry's exact text.
 */
import { emitArbitraries, type ArbitrariesOptions } from "../../../codegen/emit/arbitraries/index.ts";
import type { EmitContext } from "../../../codegen/emit/file.ts";
import { closure, cmp, selectService, type Closure } from "../../../codegen/model/closure.ts";
import { loadModelText } from "../../../codegen/model/load.ts";
import type { DataShape, Model, StructureShape } from "../../../codegen/model/shapes.ts";

const SERVICE = {
  type: "service",
  version: "2024-01-01",
  traits: { "aws.protocols#awsJson1_1": {}, "aws.api#service": { sdkId: "Test" } },
};

/** Loads `shapes` (absolute ids) plus the service; `operations` are bound to the service. */
export function fragment(shapes: Record<string, unknown>, options: { operations?: string[]; rename?: Record<string, string> } = {}): Model {
  const service = {
    ...SERVICE,
    ...(options.operations && { operations: options.operations.map((target) => ({ target })) }),
    ...(options.rename && { rename: options.rename }),
  };
  return loadModelText(JSON.stringify({ smithy: "2.0", shapes: { "test#Svc": service, ...shapes } }), "fragment.json");
}

export function ctxOf(model: Model): EmitContext {
  return { modelFile: "fragment.json", modelSha256: model.sha256, tool: "smithy-contract test" };
}

/** A closure of every data shape the fragment defines in namespace `test`. */
export function shapesClosure(model: Model): Closure {
  const shapes = [...model.shapes.values()]
    .filter((s): s is DataShape => s.namespace === "test" && s.kind !== "operation" && s.kind !== "service" && s.kind !== "resource")
    .sort((a, b) => cmp(a.id, b.id));
  return {
    model,
    service: selectService(model),
    operations: [],
    errorsOf: (op) => {
      throw new Error(`a closure of shapes has no operation ${op.id}`);
    },
    paginatedOf: (op) => {
      throw new Error(`a closure of shapes has no operation ${op.id}`);
    },
    shapes,
    errors: shapes.filter((s): s is StructureShape => s.kind === "structure" && s.traits.error !== undefined),
    unsupported: [],
  };
}

export function emitShapes(model: Model, options?: ArbitrariesOptions): string {
  return only(emitArbitraries(shapesClosure(model), ctxOf(model), options));
}

/** The emitted file for the fragment's operations (the real closure). */
export function emitOperations(model: Model, operations?: string[], options?: ArbitrariesOptions): string {
  return only(emitArbitraries(closure(model, selectService(model), operations), ctxOf(model), options));
}

function only(files: { path: string; contents: string }[]): string {
  if (files.length !== 1 || files[0]!.path !== "arbitraries.ts") throw new Error(`expected one arbitraries.ts, got ${files.map((f) => f.path).join(", ")}`);
  return files[0]!.contents;
}

/**
 * The entry of shape `name` in the `fc.letrec` body, from its first line (`    Name: …`) to the
 * line before the next entry, without the common 4-space indent.
 */
export function entry(contents: string, name: string): string {
  const lines = contents.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`    ${name}: `));
  if (start < 0) throw new Error(`no entry ${name} in:\n${contents}`);
  let end = start + 1;
  while (end < lines.length && !/^ {4}[A-Za-z_"]/.test(lines[end]!) && !lines[end]!.startsWith("  }));")) end++;
  return lines
    .slice(start, end)
    .map((l) => l.slice(4))
    .join("\n");
}
