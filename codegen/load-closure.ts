/**
 * The one way every command turns its model options into what it works on: the model loaded, the
 * service chosen, the closure of the chosen operations, and the overlay read against that service.
 * `generate`, `validate` and `serve` all call {@link loadClosure}, so a model means the same to each.
 */
import { closure as computeClosure, selectService, type Closure } from "./model/closure.ts";
import { loadModelFile } from "./model/load.ts";
import { loadOverlayFile, type Overlay } from "./model/overlay.ts";
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
  const model = loadModelFile(options.model);
  const service = selectService(model, options.service);
  const closure = computeClosure(model, service, options.operations);
  const overlay = options.overlay === undefined ? undefined : loadOverlayFile(options.overlay, service);
  return { model, closure, overlay };
}
