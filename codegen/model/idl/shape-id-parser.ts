/**
 * Shape ids as the IDL writes them: `Name`, `Name$member`, `a.b#Name`, `a.b#Name$member`. The
 * tokenizer sees them as identifiers, dots, `#` and `$`; these functions consume those tokens and
 * return the text they cover. Whether the id is well formed is checked where it is resolved.
 *
 * @see https://smithy.io/2.0/spec/model.html#shape-id-abnf
 */
import type { Tokenizer } from "./tokenizer.ts";
import { T } from "./tokens.ts";

/** `Namespace`: identifiers joined by dots. */
export function namespaceText(t: Tokenizer): string {
  const start = t.start;
  skipNamespace(t);
  return t.text.slice(start, t.start);
}

/** A relative or absolute shape id, with an optional member. */
export function shapeIdText(t: Tokenizer): string {
  const start = t.start;
  skipNamespace(t);
  if (t.kind === T.DOLLAR || t.kind === T.POUND) {
    t.next();
    skipRelativeRoot(t);
  }
  return t.text.slice(start, t.start);
}

/** `AbsoluteRootShapeId` (as in `use`): `namespace#Name`, a member is refused by the caller. */
export function absoluteShapeIdText(t: Tokenizer): string {
  const start = t.start;
  skipNamespace(t);
  t.expect(T.POUND);
  t.next();
  skipRelativeRoot(t);
  return t.text.slice(start, t.start);
}

function skipNamespace(t: Tokenizer): void {
  t.expect(T.IDENTIFIER);
  t.next();
  while (t.kind === T.DOT) {
    t.next();
    t.expect(T.IDENTIFIER);
    t.next();
  }
}

function skipRelativeRoot(t: Tokenizer): void {
  t.expect(T.IDENTIFIER);
  t.next();
  if (t.kind === T.DOLLAR) {
    t.next();
    t.expect(T.IDENTIFIER);
    t.next();
  }
}
