/**
 * The kinds of token the IDL tokenizer produces. Whitespace, commas, newlines and comments are tokens
 * too, because the grammar is whitespace-sensitive (a shape statement ends at a line break, `SP` and
 * `WS` differ), and because a syntax error is reported at the token where it happens, as Smithy's
 * own loader does.
 *
 * @see https://smithy.io/2.0/spec/idl.html#smithy-idl-abnf
 */
export const T = {
  EOF: 0,
  SPACE: 1,
  NEWLINE: 2,
  COMMA: 3,
  COMMENT: 4,
  DOC_COMMENT: 5,
  AT: 6,
  DOLLAR: 7,
  DOT: 8,
  POUND: 9,
  LBRACE: 10,
  RBRACE: 11,
  LBRACKET: 12,
  RBRACKET: 13,
  LPAREN: 14,
  RPAREN: 15,
  EQUAL: 16,
  COLON: 17,
  WALRUS: 18,
  STRING: 19,
  TEXT_BLOCK: 20,
  NUMBER: 21,
  IDENTIFIER: 22,
  ERROR: 23,
} as const;

export type Token = (typeof T)[keyof typeof T];

const NAMES: readonly string[] = [
  "end of file", "space", "line break", "comma", "comment", "documentation comment", "'@'", "'$'", "'.'", "'#'",
  "'{'", "'}'", "'['", "']'", "'('", "')'", "'='", "':'", "':='", "string", "text block", "number", "identifier",
  "invalid character",
];

/** SP, NL, comments and commas: the `WS` production (documentation comments are handled apart). */
export function isWhitespace(t: Token): boolean {
  return t === T.SPACE || t === T.NEWLINE || t === T.COMMA || t === T.COMMENT;
}

/** A token kind in words, for "expected …" messages. */
export function tokenName(t: Token): string {
  return NAMES[t]!;
}
