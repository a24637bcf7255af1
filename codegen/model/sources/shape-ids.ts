/**
 * Shape id helpers: syntax checks and the order Smithy sorts id lists in when it prints a model.
 *
 * @see https://smithy.io/2.0/spec/model.html#shape-id
 */

const ID = "[A-Za-z_][A-Za-z0-9_]*";
const ABSOLUTE = new RegExp(`^${ID}(?:\\.${ID})*#${ID}(?:\\$${ID})?$`);
const RELATIVE = new RegExp(`^${ID}(?:\\$${ID})?$`);

/** `namespace#Name` or `namespace#Name$member`. */
export function isAbsoluteShapeId(id: string): boolean {
  return ABSOLUTE.test(id);
}

/** `Name` or `Name$member`. */
export function isRelativeShapeId(id: string): boolean {
  return RELATIVE.test(id);
}

/** `ns#Name$member` → `ns#Name`. */
export function rootOf(id: string): string {
  const d = id.indexOf("$");
  return d < 0 ? id : id.slice(0, d);
}

export function namespaceOf(id: string): string {
  return id.slice(0, id.indexOf("#"));
}

/**
 * Smithy's ShapeId order: case-insensitive first, then case-sensitive (so `A`, `a`, `aa`, `B`).
 * Java's `compareToIgnoreCase` compares upper-cased, then lower-cased, characters.
 */
export function compareShapeIds(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    x = String.fromCharCode(x).toUpperCase().charCodeAt(0);
    y = String.fromCharCode(y).toUpperCase().charCodeAt(0);
    if (x === y) continue;
    x = String.fromCharCode(x).toLowerCase().charCodeAt(0);
    y = String.fromCharCode(y).toLowerCase().charCodeAt(0);
    if (x !== y) return x - y;
  }
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
