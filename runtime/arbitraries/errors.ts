/**
 * Raised when no string can be built for a `@pattern` (with its `@length`): a construct outside the
 * supported subset (backreferences), an assertion the fallback could not satisfy, or bounds that no
 * match can meet. The message names the shape (or member) and quotes the pattern, so a user can find
 * the model line at fault without a stack trace.
 */
export class UnsupportedPatternError extends Error {
  override readonly name = "UnsupportedPatternError";
  constructor(
    readonly pattern: string,
    readonly reason: string,
    /** The shape or member id the pattern belongs to, when known. */
    readonly where?: string,
  ) {
    super(`${where !== undefined ? `${where}: ` : ""}cannot generate strings for pattern ${JSON.stringify(pattern)}: ${reason}`);
  }

  /** The same error, naming `where`. */
  at(where: string): UnsupportedPatternError {
    return new UnsupportedPatternError(this.pattern, this.reason, where);
  }
}
