/**
 * The classic catastrophic-backtracking shape of a pattern, removed before a validator compiles it:
 * a group holding one repeated atom and repeated itself (`([0-9]+)+`, `(?:a*)*`, `(\d+)*`). As a
 * language `(X+)+` is `X+` and the other three `X*`, so `test` answers the same; but a backtracking
 * engine — ECMAScript's, and Java's — tries exponentially many ways to split a long run of `X` that
 * ends in a mismatch (Smithy's compliance case `RestJsonMalformedPatternReDOSString`: 84 digits and
 * a `!` took minutes). The group is kept (with the combined quantifier inside), so group numbers do
 * not move; a pattern with a backreference is left as it is.
 *
 * @see https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS
 */

/** One atom: a class, an escape (`\d`, `\p{…}`, `\u{…}`, any other), or a plain character. */
const ATOM = String.raw`(?:\[(?:\\.|[^\]\\])*\]|\\[pP]\{[^}]*\}|\\u\{[0-9A-Fa-f]+\}|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}|\\.|[^\\()[\]{}|*+?.^$]|\.)`;
const NESTED = new RegExp(String.raw`\((\?:)?(${ATOM})([+*])\)([+*])(?![?+])`, "g");

/**
 * `pattern` with each group of one repeated atom that is repeated again folded into one quantifier.
 *
 * @example foldNestedQuantifiers("^([0-9]+)+$") // "^([0-9]+)$"
 * @example foldNestedQuantifiers("^(?:a*)+$") // "^(?:a*)$"
 */
export function foldNestedQuantifiers(pattern: string): string {
  if (/\\[1-9]|\\k</.test(pattern)) return pattern;
  const literal = literalPositions(pattern);
  return pattern.replace(NESTED, (whole, nonCapturing: string | undefined, atom: string, inner: string, outer: string, offset: number) => {
    // An escaped parenthesis, or one in a class, is a literal, not a group.
    if (literal[offset] === true) return whole;
    return `(${nonCapturing ?? ""}${atom}${inner === "+" && outer === "+" ? "+" : "*"})`;
  });
}

/** The positions whose character is literal: escaped, or inside a character class. */
function literalPositions(pattern: string): boolean[] {
  const literal: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      literal[i] = inClass;
      literal[i + 1] = true;
      i++;
      continue;
    }
    if (inClass) {
      literal[i] = true;
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
  }
  return literal;
}
