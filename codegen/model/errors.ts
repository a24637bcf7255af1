/**
 * The one error type of the loader. Its message always names the file, and where it applies the
 * shape id and the JSON pointer into the model file, so a user can find the problem without a stack trace.
 * For text formats (Smithy IDL) it names the line and column instead: `<file>:<line>:<column>: …`.
 */
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

/** Escapes one JSON-pointer reference token (RFC 6901). */
export function pointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function pointer(...tokens: string[]): string {
  return tokens.map((t) => `/${pointerToken(t)}`).join("");
}
