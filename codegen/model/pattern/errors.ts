/**
 * A pattern that `java.util.regex.Pattern.compile` itself rejects: the model is wrong, not our
 * translation. Carries Java's own description and index (in code points of the pattern after
 * `\Q…\E` quoting is expanded, as Java counts).
 *
 * @see https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/PatternSyntaxException.html
 */
export class JavaPatternError extends Error {
  override readonly name = "JavaPatternError";
  constructor(
    readonly description: string,
    readonly index: number,
    readonly pattern: string,
  ) {
    super(`${description} near index ${index}`);
  }
}
