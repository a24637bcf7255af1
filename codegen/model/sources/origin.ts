/** Turning an {@link Origin} into a {@link ModelError} and into words. */
import { ModelError } from "../errors.ts";
import type { Origin } from "./fragment.ts";

/** A model error at `origin`: `file:line:column: [shapeId: ]problem`, or with a JSON pointer. */
export function errorAt(origin: Origin, problem: string, shapeId?: string): ModelError {
  return origin.line !== undefined
    ? new ModelError(origin.file, problem, shapeId, undefined, { line: origin.line, column: origin.column ?? 1 })
    : new ModelError(origin.file, problem, shapeId, origin.pointer);
}

/** `file:line:column` (or `file` at a JSON pointer), for "… and at …" in messages. */
export function describeOrigin(origin: Origin): string {
  if (origin.line !== undefined) return `${origin.file}:${origin.line}:${origin.column ?? 1}`;
  return origin.pointer !== undefined ? `${origin.file} at ${origin.pointer === "" ? "/" : origin.pointer}` : origin.file;
}
