/**
 * JSON Pointers (RFC 6901), the one implementation in the project: how validation errors, violation
 * reports, lifecycle overlays and model errors name a place in a document.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6901
 */

/**
 * Escapes one reference token: `~` → `~0`, `/` → `~1`.
 *
 * @example escapeToken("a/b~c") // "a~1b~0c"
 */
export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Unescapes one reference token: `~1` → `/`, `~0` → `~` (in that order, as RFC 6901 says).
 *
 * @example unescapeToken("a~1b~0c") // "a/b~c"
 */
export function unescapeToken(token: string): string {
  return token.includes("~") ? token.replace(/~1/g, "/").replace(/~0/g, "~") : token;
}

/**
 * The reference tokens of a pointer, unescaped (`~1` → `/`, `~0` → `~`). `""` is the whole document.
 * Throws a `SyntaxError` for a non-empty pointer that does not start with `/`.
 *
 * @example parsePointer("/a~1b/0") // ["a/b", "0"]
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  let tokens = PARSED.get(pointer);
  if (tokens === undefined) {
    if (!pointer.startsWith("/")) throw new SyntaxError(`not a JSON pointer: ${JSON.stringify(pointer)}`);
    tokens = pointer
      .slice(1)
      .split("/")
      .map(unescapeToken);
    // The mocks read the same few pointers (a contract's links, an answer's members) on every request.
    if (PARSED.size >= 4096) PARSED.clear();
    PARSED.set(pointer, tokens);
  }
  return tokens.slice();
}

const PARSED = new Map<string, string[]>();

/**
 * A pointer from reference tokens, escaped.
 *
 * @example formatPointer(["a/b", 0]) // "/a~1b/0"
 */
export function formatPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${escapeToken(String(t))}`).join("");
}

/**
 * The pointer of a child of `parent`.
 *
 * @example childPointer("/a", "b/c") // "/a/b~1c"
 */
export function childPointer(parent: string, token: string | number): string {
  return `${parent}/${escapeToken(String(token))}`;
}

/**
 * True when `pointer` is `ancestor` or lies below it.
 *
 * @example isWithin("/a/b", "/a") // true
 */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

const INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * The value at `pointer`, or undefined when any step is missing. Only own members are followed
 * (`/toString` finds nothing), and list items only by a canonical index (`/a/01` finds nothing).
 *
 * @example getAt({ a: [1, 2] }, "/a/1") // 2
 */
export function getAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      if (!INDEX.test(token)) return undefined;
      node = node[Number(token)];
    } else if (typeof node === "object" && node !== null && Object.prototype.hasOwnProperty.call(node, token)) {
      node = (node as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
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
      defineOwn(node, token, next);
    }
    if (typeof next !== "object") throw new TypeError(`cannot write ${pointer}: ${token} is not an object`);
    node = next as Record<string, unknown>;
  }
  defineOwn(node, last, value);
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
  if (typeof parent === "object" && parent !== null && !Array.isArray(parent) && Object.prototype.hasOwnProperty.call(parent, last)) {
    delete (parent as Record<string, unknown>)[last];
  }
}

/**
 * `obj[key]` when it is `obj`'s own, else undefined: a member named like one of Object.prototype's
 * (`constructor`, `toString`) is absent from a document that does not hold it, not the inherited
 * function (found by the model fuzzer: a query member named `constructor` was sent as
 * `function Object() { [native code] }`).
 *
 * @example ownValue({}, "constructor") // undefined
 */
export function ownValue(obj: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/**
 * `obj[key] = value` that also works for the key `__proto__`: a plain assignment there replaces the
 * object's prototype and the data silently disappears (`JSON.parse`, by contrast, keeps such a key
 * as an own property, so a body can carry it).
 *
 * @example const o = {}; defineOwn(o, "__proto__", 1); Object.keys(o) // ["__proto__"]
 */
export function defineOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
