/**
 * The fingerprint of the built-in prototypes a hostile payload could reach through `__proto__` or
 * `constructor.prototype`: each own key of `Object.prototype`, `Array.prototype` and
 * `Function.prototype` with what it holds. Taken before and after a table of requests, the two must
 * be equal (no key added, removed or changed).
 */

/** Every object and function met, numbered once for the life of the process (so a replaced value gets a new number). */
const seen = new Map<unknown, number>();

/** A printable fingerprint: `Object.prototype.toString: function 1` … (same value ⇒ same text). */
export function prototypeFingerprint(): string[] {
  const idOf = (value: unknown): string => {
    if (typeof value !== "object" && typeof value !== "function") return `${typeof value} ${String(value)}`;
    if (value === null) return "null";
    if (!seen.has(value)) seen.set(value, seen.size + 1);
    return `${typeof value} #${seen.get(value)}`;
  };
  const out: string[] = [];
  for (const [name, proto] of [
    ["Object.prototype", Object.prototype],
    ["Array.prototype", Array.prototype],
    ["Function.prototype", Function.prototype],
  ] as const) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Reflect.getOwnPropertyDescriptor(proto, key)!;
      const what = "value" in d ? idOf(d.value) : `get ${idOf(d.get)} set ${idOf(d.set)}`;
      out.push(`${name}.${String(key)}: ${what} ${d.enumerable ? "e" : ""}${d.writable ? "w" : ""}${d.configurable ? "c" : ""}`);
    }
    out.push(`${name} is ${idOf(Object.getPrototypeOf(proto))}`);
  }
  return out;
}
