/**
 * `smithy-contract`: the generator as a library — what the CLI does, for build scripts and tools
 * that want the files (or the checked model) without spawning a process.
 *
 * Kept small on purpose: load a model ({@link loadModelFile}), pick its service and the shapes the
 * chosen operations reach ({@link selectService}, {@link closure}), run every emitter
 * ({@link generateService}, {@link emitAll}), and check recorded payloads against the wire schemas
 * ({@link loadValidationContract}, {@link validateFiles}). Writing to disk stays in the CLI.
 * Test code imports `smithy-contract/runtime`, `smithy-contract/msw` or `smithy-contract/vitest`,
 * never this entry.
 *
 * @see https://smithy.io/2.0/spec/json-ast.html
 */
export { emitAll, generateService } from "./generate.ts";
export type { GenerateOptions, GeneratedService } from "./generate.ts";
export type { EmitContext, GeneratedFile } from "./emit/file.ts";
export { loadModelFile, loadModelText } from "./model/load.ts";
export { closure, selectService } from "./model/closure.ts";
export type { Closure } from "./model/closure.ts";
export { ModelError } from "./model/errors.ts";
export type { DataShape, Model, OperationShape, ServiceShape, Shape, ShapeId } from "./model/shapes.ts";
export { loadValidationContract, validateFiles } from "./validate/index.ts";
export type { ContractOptions, CheckTarget, ValidationContract, ValidationReport, RunOptions } from "./validate/index.ts";
export { TOOL, VERSION } from "./version.ts";
