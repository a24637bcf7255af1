/**
 * The one way every command turns its model options into what it works on: the model loaded, the
 * service chosen, the closure of the chosen operations, and the overlay read against that service.
 * `generate`, `validate` and `serve` all call {@link loadClosure}, so a model means the same to each.
 */
import { readInput } from "./write.ts";
import { applyErrata, readErrata } from "./model/errata.ts";
import { closure as computeClosure, selectService, type Closure } from "./model/closure.ts";
import { isObject } from "./model/traits.ts";
import { loadModelAst, parseModelBytes, sha256Of } from "./model/load.ts";
import { readOverlay, readOverlayJson, type Overlay } from "./model/overlay.ts";
import type { Model } from "./model/shapes.ts";

export interface ClosureOptions {
  /** The model file. */
  readonly model: string;
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
  const bytes = readInput(options.model);
  const ast = applyErrata(parseModelBytes(bytes, options.model), errata, options.overlay ?? "");
  const model = loadModelAst(ast, options.model, sha256Of(bytes));
  const service = selectService(model, options.service);
  const closure = computeClosure(model, service, options.operations);
  const overlay = overlayJson === undefined ? undefined : readOverlay(overlayJson, options.overlay!, service);
  return { model, closure, overlay };
}
