/**
 * The one error type of the loader. Its message always names the file, and where it applies the
 * shape id and the JSON pointer into the model file, so a user can find the problem without a stack trace.
 * For text formats (Smithy IDL) it names the line and column instead: `<file>:<line>:<column>: …`.
 */
import { formatPointer } from "../../runtime/validation/pointer.ts";

export class ModelError extends Error {
  override readonly name = "ModelError";
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly shapeId?: string,
    readonly pointer?: string,
    readonly position?: { readonly line: number; readonly column: number },
  ) {
    super(
      (position !== undefined ? `${file}:${position.line}:${position.column}: ` : `${file}: `) +
        `${shapeId !== undefined ? `${shapeId}: ` : ""}${problem}` +
        (pointer !== undefined ? ` (at ${pointer === "" ? "/" : pointer})` : ""),
    );
  }
}

/** Escapes one JSON-pointer reference token (RFC 6901): the project's one implementation, runtime/validation/pointer.ts. */
export { escapeToken as pointerToken } from "../../runtime/validation/pointer.ts";

/** The JSON pointer of a place in a model file, from its reference tokens. */
export function pointer(...tokens: string[]): string {
  return formatPointer(tokens);
}
