/**
 * `obj[key] = value` that also works for the key `__proto__`: a plain assignment there replaces the
 * object's prototype and the data silently disappears (JSON.parse, by contrast, keeps such a key as
 * an own property, so a body can carry it).
 */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
