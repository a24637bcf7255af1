/**
 * JSON pointers (RFC 6901), as ajv writes them in `instancePath` and as violation reports show them.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6901
 */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * The reference tokens of a pointer, unescaped.
 *
 * @example pointerTokens("/a~1b/0") // ["a/b", "0"]
 */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The pointer of a child: `childPointer("/a", "b/c")` is `/a/b~1c`. */
export function childPointer(parent: string, token: string): string {
  return `${parent}/${escapeToken(token)}`;
}

/** True when `pointer` is `ancestor` or lies below it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** The value at `pointer` inside `value`, or undefined when there is none (own properties only). */
export function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (typeof current === "object" && current !== null && Object.hasOwn(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return current;
}
