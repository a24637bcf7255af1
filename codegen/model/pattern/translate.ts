/**
 * The one home of what a `@pattern` means. AWS's validators are Java (`java.util.regex`, matched
 * with `find()`, so not implicitly anchored) and real models are written in its dialect; JSON Schema
 * validators and our generators run ECMAScript with the `u` flag. Each pattern is parsed as Java
 * parses it (parse.ts) and printed as a Unicode-mode ECMAScript pattern that accepts exactly the
 * strings Java accepts (print.ts), or, where ECMAScript cannot say it, the closest pattern with a
 * note of what differs ({@link Approximation}).
 *
 * @example
 * translateJavaPattern("^[\\w-_]+$").ecmaScript // "^[\\-0-9A-Z_a-z]+(?=(?:\\r\\n|[\\n\\r\\x85\\u2028\\u2029])?$)(?!(?<=\\r)\\n)"
 * @see https://smithy.io/2.0/spec/constraint-traits.html#pattern-trait
 * @see https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html
 */
import { parseJavaPattern } from "./parse.ts";
import { printEcmaScript, type Approximation } from "./print.ts";

export type { Approximation } from "./print.ts";
export { JavaPatternError } from "./errors.ts";

export interface PatternTranslation {
  /** The pattern as the model writes it (Java). */
  readonly source: string;
  /** The same language as a Unicode-mode ECMAScript pattern (valid with `new RegExp(p, "u")`). */
  readonly ecmaScript: string;
  /** Empty when the translation is exact. */
  readonly approximations: readonly Approximation[];
}

/**
 * Translates a Java pattern. Throws a {@link JavaPatternError} (Java's own description and index)
 * for a pattern `Pattern.compile` rejects.
 */
export function translateJavaPattern(source: string): PatternTranslation {
  const parsed = parseJavaPattern(source);
  const printed = printEcmaScript(parsed.root, parsed.capturingGroups);
  const approximations = [...printed.approximations];
  for (const name of parsed.notes.namedCharsInClasses) {
    approximations.push({ construct: `\\N{${name}} in a class`, instead: "any character (character names are not known outside the JDK)" });
  }
  if (parsed.notes.nullIntersection) {
    approximations.push({ construct: "class intersection with nothing on its right", instead: "matches nothing (Java 17 throws NullPointerException for the characters on its left)" });
  }
  if (parsed.notes.canonEq) approximations.push({ construct: "(?c) canonical equivalence", instead: "characters are compared as written, not by canonical equivalence" });
  new RegExp(printed.source, "u"); // a translation that does not compile is our bug: let it surface
  return { source, ecmaScript: printed.source, approximations };
}
