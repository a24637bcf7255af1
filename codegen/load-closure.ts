/**
 * The one way every command turns its model options into what it works on: the model loaded, the
 * service chosen, the closure of the chosen operations, and the overlay read against that service.
 * `generate`, `validate` and `serve` all call {@link loadClosure}, so a model means the same to each.
 */
import { statSync } from "node:fs";
import { readModelSources } from "./model/sources/read-model-sources.ts";
import { readInput } from "./write.ts";
import { applyErrata, readErrata } from "./model/errata.ts";
import { closure as computeClosure, selectService, type Closure } from "./model/closure.ts";
import { isObject } from "./model/traits.ts";
import { loadModelAst, parseModelBytes, sha256Of } from "./model/load.ts";
import { readOverlay, readOverlayJson, type Overlay } from "./model/overlay.ts";
import type { Model } from "./model/shapes.ts";

export interface ClosureOptions {
  /**
   * The model: a Smithy JSON AST file, or any number of Smithy IDL (`.smithy`) and JSON AST files
   * and folders (read recursively), merged as the Smithy specification says.
   */
  readonly model: string | readonly string[];
  /** The service, when the model defines more than one (absolute id or name). */
  readonly service?: string;
  /** Restrict to these operations (and what they use); all of the service's when absent or empty. */
  readonly operations?: readonly string[];
  /** An overlay file (lifecycles and corrections the model states only in prose). */
  readonly overlay?: string;
}

export interface LoadedClosure {
  readonly model: Model;
  readonly closure: Closure;
  readonly overlay: Overlay | undefined;
}

/**
 * Loads the model, chooses the service and computes the closure; reads the overlay when given.
 * Throws `ModelError` (bad model, unknown service or operation, bad overlay) or `InputError`
 * (unreadable file).
 *
 * @example
 * const { closure } = loadClosure({ model: "model/personalize.json", operations: ["DescribeDatasetImportJob"] });
 */
export function loadClosure(options: ClosureOptions): LoadedClosure {
  const overlayJson = options.overlay === undefined ? undefined : readOverlayJson(options.overlay);
  // Errata correct the model itself: applied to the AST before it is loaded (errata.ts).
  const errata = overlayJson === undefined ? [] : readErrata(isObject(overlayJson) ? overlayJson.errata : undefined, options.overlay!);
  const source = readModel(options.model);
  const model = loadModelAst(applyErrata(source.ast, errata, options.overlay ?? ""), source.name, source.sha256);
  const service = selectService(model, options.service);
  const closure = computeClosure(model, service, options.operations);
  const overlay = overlayJson === undefined ? undefined : readOverlay(overlayJson, options.overlay!, service);
  return { model, closure, overlay };
}

/**
 * A model's JSON AST, name and hash. One file that is not IDL is read as a JSON AST, as it is (the
 * common case, and the fastest); IDL files, folders and several files are merged by
 * codegen/model/sources.
 */
export function readModel(model: string | readonly string[]): { ast: unknown; name: string; sha256: string } {
  const paths = typeof model === "string" ? [model] : model;
  const single = paths.length === 1 ? paths[0]! : undefined;
  if (single !== undefined && !single.endsWith(".smithy") && !isFolder(single)) {
    const bytes = readInput(single);
    return { ast: parseModelBytes(bytes, single), name: single, sha256: sha256Of(bytes) };
  }
  const sources = readModelSources(paths);
  return { ast: sources.ast, name: sources.displayName, sha256: sources.sha256 };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
