/** record: entries into a plain object of own data properties, in order, `__proto__` an ordinary key. */
import { describe, expect, it } from "vitest";
import { record } from "../../codegen/schema/json-schema.ts";

describe("record", () => {
  it("keeps every key an own, enumerable, writable data property, in entry order", () => {
    const r = record([["b", 1], ["a", 2], ["constructor", 3], ["toString", 4]]);
    expect(Object.keys(r)).toEqual(["b", "a", "constructor", "toString"]);
    for (const key of Object.keys(r)) {
      expect(Object.getOwnPropertyDescriptor(r, key)).toEqual({ value: r[key], enumerable: true, writable: true, configurable: true });
    }
  });

  it("makes __proto__ an ordinary key: the prototype is untouched and JSON writes it", () => {
    const r = record<unknown>([["__proto__", { polluted: true }], ["x", 1]]);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(Object.keys(r)).toEqual(["__proto__", "x"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(r)).toBe('{"__proto__":{"polluted":true},"x":1}');
  });
});
