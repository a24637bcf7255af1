/**
 * The members of a Unicode property escape (`\p{L}`, `\p{Script=Greek}`, `\p{ASCII}`), read from the
 * JavaScript engine itself so that generation agrees with the engine's own `RegExp` (same Unicode
 * version), whatever property a model names.
 *
 * @internal
 * @see https://tc39.es/ecma262/#sec-runtime-semantics-unicodematchproperty-p
 */
import { CharSet, MAX_CODE_POINT, type Range } from "./charSet.ts";

/**
 * A pure memo: a property's members never change within a process, and scanning every code point
 * takes tens of milliseconds, so each property is scanned once. It holds no state a caller can see.
 */
const memo = new Map<string, CharSet>();

/**
 * The set of `\p{body}` (the text between the braces). Throws a `SyntaxError` for a property the
 * engine does not know.
 */
export function unicodePropertySet(body: string): CharSet {
  const known = memo.get(body);
  if (known) return known;
  const re = new RegExp(`^\\p{${body}}$`, "u");
  const ranges: Range[] = [];
  let start = -1;
  for (let cp = 0; cp <= MAX_CODE_POINT + 1; cp++) {
    if (cp === 0xd800) cp = 0xe000; // surrogates are never members (see CharSet)
    const inside = cp <= MAX_CODE_POINT && re.test(String.fromCodePoint(cp));
    if (inside && start < 0) start = cp;
    if (!inside && start >= 0) {
      ranges.push([start, cp - 1]);
      start = -1;
    }
  }
  const set = CharSet.of(ranges);
  memo.set(body, set);
  return set;
}
