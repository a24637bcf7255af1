/**
 * JSON Pointers (RFC 6901): how lifecycle overlays and validation errors name a place in a body.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6901
 */

/**
 * The reference tokens of a pointer, unescaped (`~1` → `/`, `~0` → `~`). `""` is the whole document.
 * Throws a `SyntaxError` for a non-empty pointer that does not start with `/`.
 *
 * @example parsePointer("/a~1b/0") // ["a/b", "0"]
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new SyntaxError(`not a JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * A pointer from reference tokens, escaped.
 *
 * @example formatPointer(["a/b", 0]) // "/a~1b/0"
 */
export function formatPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${String(t).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/**
 * The value at `pointer`, or undefined when any step is missing.
 *
 * @example getAt({ a: [1, 2] }, "/a/1") // 2
 */
export function getAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const token of parsePointer(pointer)) {
    if (typeof node !== "object" || node === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * Writes `value` at `pointer`, creating the objects on the way that are missing (never arrays).
 * Throws a `TypeError` when a step runs into a non-object or the pointer is the whole document.
 *
 * @example const doc = {}; setAt(doc, "/a/b", 1); // doc is { a: { b: 1 } }
 */
export function setAt(document: object, pointer: string, value: unknown): void {
  const tokens = parsePointer(pointer);
  const last = tokens.pop();
  if (last === undefined) throw new TypeError("cannot replace the whole document");
  let node: Record<string, unknown> = document as Record<string, unknown>;
  for (const token of tokens) {
    let next = Object.prototype.hasOwnProperty.call(node, token) ? node[token] : undefined;
    if (next === undefined || next === null) {
      next = {};
      node[token] = next;
    }
    if (typeof next !== "object") throw new TypeError(`cannot write ${pointer}: ${token} is not an object`);
    node = next as Record<string, unknown>;
  }
  node[last] = value;
}

/**
 * Removes the member at `pointer` if it is there.
 *
 * @example const doc = { a: { b: 1 } }; deleteAt(doc, "/a/b"); // doc is { a: {} }
 */
export function deleteAt(document: object, pointer: string): void {
  const tokens = parsePointer(pointer);
  const last = tokens.pop();
  if (last === undefined) return;
  const parent = getAt(document, formatPointer(tokens));
  if (typeof parent === "object" && parent !== null && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[last];
}
