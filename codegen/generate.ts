/**
 * The generation pipeline as a library call: model file → closure → every emitter → files.
 * No disk writes here (see write.ts); the CLI and the drift test both call {@link generateService}.
 */
import { posix, relative, resolve, sep } from "node:path";
import { emitArbitraries } from "./emit/arbitraries/index.ts";
import { emitContract } from "./emit/contract/index.ts";
import { emitIndex } from "./emit/index-file.ts";
import { emitMsw } from "./emit/msw/index.ts";
import type { EmitContext, GeneratedFile } from "./emit/file.ts";
import { emitJsonSchemas } from "./emit/json-schema/index.ts";
import { emitTypes } from "./emit/types/index.ts";
import { loadClosure } from "./load-closure.ts";
import { buildSchemas } from "./schema/index.ts";
import type { Closure } from "./model/closure.ts";
import type { Overlay } from "./model/overlay.ts";
import type { Model } from "./model/shapes.ts";
import { serviceDirName } from "./naming.ts";
import { TOOL } from "./version.ts";

export interface GenerateOptions {
  /** The model: a file, or IDL/JSON files and folders (their paths are stamped into every file, with `/` separators). */
  readonly model: string | readonly string[];
  /** Operations to generate for; all of the service's when empty. */
  readonly operations?: readonly string[];
  /** The service to generate for, when the model has more than one. */
  readonly service?: string;
  /** An overlay file (lifecycles the model describes only in prose); see codegen/model/overlay.ts. */
  readonly overlay?: string;
  /**
   * The output folder the files will be written under (`<out>/<service>/`). The model and overlay
   * paths stamped into the files are then written relative to the service folder, so the stamp
   * (and `--check`) does not depend on the folder the command runs from. Without it, relative to
   * the current folder.
   */
  readonly out?: string;
}

export interface GeneratedService {
  readonly model: Model;
  readonly closure: Closure;
  /** The service's folder name under the output folder (`personalize`). */
  readonly dir: string;
  readonly overlay: Overlay | undefined;
  readonly files: readonly GeneratedFile[];
}

/** Loads the model and runs every emitter. Throws ModelError / InputError for bad input. */
export function generateService(options: GenerateOptions): GeneratedService {
  const loaded = loadClosure(options);
  const { model, closure } = loaded;
  // Stamped into contract.ts: the path as the user wrote it, never an absolute one that differs per machine.
  const dir = serviceDirName(closure.service);
  const from = options.out === undefined ? process.cwd() : resolve(options.out, dir);
  const overlay = loaded.overlay === undefined || options.overlay === undefined ? undefined : { ...loaded.overlay, file: displayPath(options.overlay, from) };
  const errata = overlay?.errata ?? [];
  const ctx: EmitContext = {
    modelFile: (typeof options.model === "string" ? [options.model] : options.model).map((m) => displayPath(m, from)).join(", "),
    modelSha256: model.sha256,
    tool: TOOL,
    ...(overlay !== undefined && errata.length > 0 && { errata: { file: overlay.file, entries: errata } }),
  };
  return { model, closure, dir, overlay, files: emitAll(closure, ctx, overlay) };
}

/** Runs every emitter on a closure; files sorted by path. */
export function emitAll(closure: Closure, runContext: EmitContext, overlay?: Overlay): GeneratedFile[] {
  // The wire schemas are built once for the two emitters that write them (JSON files, contract).
  const ctx: EmitContext = { ...runContext, schemas: runContext.schemas ?? buildSchemas(closure) };
  const files = [
    ...emitTypes(closure, ctx),
    ...emitJsonSchemas(closure, ctx),
    ...emitArbitraries(closure, ctx),
    ...emitContract(closure, ctx, overlay),
    ...emitMsw(closure, ctx),
    ...emitIndex(closure, ctx),
  ];
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two emitters produced ${f.path}`);
    seen.add(f.path);
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `file` relative to the folder `from`, with `/` separators: the same on every machine and from every working folder. */
function displayPath(file: string, from: string): string {
  return relative(from, resolve(file)).split(sep).join(posix.sep);
}
