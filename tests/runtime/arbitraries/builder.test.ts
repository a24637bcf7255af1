import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairBuilder, unitPair } from "../../../runtime/arbitraries/builder.ts";
import { canonicalJson } from "../../../runtime/serde/canonical.ts";
import { UnsupportedPatternError } from "../../../runtime/arbitraries/errors.ts";
import { float32AtLeast, float32AtMost } from "../../../runtime/arbitraries/numbers.ts";
import { sdkOf, sides, wireOf, type Pair } from "../../../runtime/arbitraries/pair.ts";
import { decodeBase64 } from "../../../runtime/protocol/base64.ts";

const SEED = 3_2024_1129;
const b = pairBuilder();

function sample(arb: fc.Arbitrary<Pair>, numRuns = 200): Pair[] {
  return fc.sample(arb, { numRuns, seed: SEED });
}

/** A seeded property over the pairs of `arb`. */
function forAll(arb: fc.Arbitrary<Pair>, check: (p: Pair) => void, numRuns = 200): void {
  fc.assert(fc.property(arb, (p) => void check(p)), { seed: SEED, numRuns });
}

describe("pair builder: numbers", () => {
  it("keeps integers integral, within @range and within their type", () => {
    const rows = [
      { arb: b.integer("byte", {}, "x"), min: -128, max: 127 },
      { arb: b.integer("short", { min: -1.5, max: 2.5 }, "x"), min: -1, max: 2 },
      { arb: b.integer("integer", { min: 2 ** 40 * -1 }, "x"), min: -(2 ** 31), max: 2 ** 31 - 1 },
      { arb: b.integer("long", {}, "x"), min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
    ];
    for (const row of rows) {
      forAll(row.arb, ({ wire, sdk }) => {
        expect(Number.isInteger(wire)).toBe(true);
        expect(wire).toBeGreaterThanOrEqual(row.min);
        expect(wire).toBeLessThanOrEqual(row.max);
        expect(sdk).toBe(wire);
      });
    }
  });

  it("throws at once, naming the shape, for a @range no value of the type meets", () => {
    expect(() => b.integer("byte", { min: 200 }, "ns#Tiny")).toThrow("ns#Tiny: no byte lies within @range {\"min\":200}");
  });

  it("keeps floats within @range and finite there; without a range sends NaN/Infinity as strings, never -0", () => {
    forAll(b.float("double", { min: -1, max: 0.5 }), ({ wire, sdk }) => {
      expect(typeof wire).toBe("number");
      expect(wire).toBeGreaterThanOrEqual(-1);
      expect(wire).toBeLessThanOrEqual(0.5);
      expect(Object.is(wire, -0)).toBe(false);
      expect(sdk).toBe(wire);
    });
    forAll(b.float("float", { min: 0.1, max: 0.3 }), ({ wire }) => {
      expect(Math.fround(wire as number)).toBe(wire);
      expect(wire).toBeGreaterThanOrEqual(0.1);
      expect(wire).toBeLessThanOrEqual(0.3);
    });
    const specials = sample(b.float("double", {}), 400).filter((p) => typeof p.wire === "string");
    expect(new Set(specials.map((p) => p.wire))).toEqual(new Set(["NaN", "Infinity", "-Infinity"]));
    for (const p of specials) expect(String(p.sdk)).toBe(p.wire);
  });

  it("rounds float bounds inward to 32-bit floats", () => {
    expect(float32AtLeast(0.1)).toBeGreaterThanOrEqual(0.1);
    expect(float32AtMost(0.1)).toBeLessThanOrEqual(0.1);
    expect(Math.fround(float32AtLeast(0.1))).toBe(float32AtLeast(0.1));
    expect(float32AtLeast(1)).toBe(1);
    expect(float32AtLeast(-0.1)).toBeGreaterThanOrEqual(-0.1);
  });

  it("gives bigInteger a bigint and bigDecimal a NumericValue-shaped object on the SDK side", () => {
    forAll(b.bigInteger({ min: 0 }, "x"), ({ wire, sdk }) => expect(sdk).toBe(BigInt(wire as number)));
    forAll(b.bigDecimal({}), ({ wire, sdk }) => expect(sdk).toEqual({ string: String(wire), type: "bigDecimal" }));
  });
});

describe("pair builder: timestamps, blobs, documents, strings", () => {
  it("epoch-seconds: the SDK's Math.round(seconds * 1000) gives the Date back, and the SDK writes the same number", () => {
    forAll(b.timestamp("epoch-seconds"), ({ wire, sdk }) => {
      expect(sdk).toBeInstanceOf(Date);
      expect(Math.round((wire as number) * 1000)).toBe((sdk as Date).getTime());
      expect(String((sdk as Date).getTime() / 1000)).toBe(String(wire));
    });
    expect(sample(b.timestamp("epoch-seconds")).some((p) => !Number.isInteger(p.wire))).toBe(true);
  });

  it("date-time: RFC 3339 as the SDK writes it (no .000); http-date: IMF-fixdate, whole seconds", () => {
    forAll(b.timestamp("date-time"), ({ wire, sdk }) => {
      expect(wire).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
      expect(wire).not.toMatch(/\.000Z$/);
      expect(new Date(wire as string).getTime()).toBe((sdk as Date).getTime());
    });
    forAll(b.timestamp("http-date"), ({ wire, sdk }) => {
      expect(wire).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect((sdk as Date).getTime() % 1000).toBe(0);
      expect(Date.parse(wire as string)).toBe((sdk as Date).getTime());
    });
  });

  it("keeps timestamps within the builder's bounds", () => {
    const min = new Date("2020-01-01T00:00:00Z");
    const max = new Date("2020-01-02T00:00:00Z");
    forAll(pairBuilder({ timestamps: { min, max } }).timestamp("date-time"), ({ sdk }) => {
      expect((sdk as Date).getTime()).toBeGreaterThanOrEqual(min.getTime());
      expect((sdk as Date).getTime()).toBeLessThanOrEqual(max.getTime());
    });
  });

  it("blobs: strict base64 on the wire decoding to the SDK's bytes, @length in bytes", () => {
    forAll(b.blob({ minLength: 1, maxLength: 7 }), ({ wire, sdk }) => {
      expect(sdk).toBeInstanceOf(Uint8Array);
      expect(decodeBase64(wire as string)).toEqual(sdk);
      expect((sdk as Uint8Array).length).toBeGreaterThanOrEqual(1);
      expect((sdk as Uint8Array).length).toBeLessThanOrEqual(7);
    });
  });

  it("documents: JSON that survives a round trip, safe numbers only, the SDK side a copy", () => {
    const values = sample(b.document(), 300);
    for (const { wire, sdk } of values) {
      expect(JSON.parse(JSON.stringify(wire))).toEqual(wire);
      expect(sdk).toEqual(wire);
      JSON.stringify(wire, (_k, v: unknown) => {
        if (typeof v === "number") expect(Math.abs(v)).toBeLessThanOrEqual(2 ** 53);
        return v;
      });
    }
    const nested = values.find((p) => p.wire !== null && typeof p.wire === "object" && Object.keys(p.wire).length > 0)!;
    expect(nested.sdk).not.toBe(nested.wire);
    expect(values.some((p) => Array.isArray(p.wire))).toBe(true);
  });

  it("documents are never null themselves (a null member is absent, a null item invalid), only inside (model fuzzer)", () => {
    const values = sample(b.document(), 300);
    expect(values.filter((p) => p.wire === null)).toEqual([]);
    expect(values.some((p) => JSON.stringify(p.wire).includes("null"))).toBe(true);
  });

  it("strings without a pattern: code points within @length, no lone surrogate", () => {
    forAll(b.string({ minLength: 2, maxLength: 5 }, "x"), ({ wire, sdk }) => {
      expect([...(wire as string)].length).toBeGreaterThanOrEqual(2);
      expect([...(wire as string)].length).toBeLessThanOrEqual(5);
      expect(wire as string).not.toMatch(/\p{Cs}/u); // no lone surrogate
      expect(sdk).toBe(wire);
    });
  });

  it("a pattern it cannot serve fails when a value is drawn, not when the arbitrary is built, naming the shape", () => {
    const arb = b.string({ pattern: "^(a)\\1$" }, "ns#Echo");
    expect(() => fc.sample(arb, { numRuns: 1, seed: SEED })).toThrow(UnsupportedPatternError);
    expect(() => fc.sample(arb, { numRuns: 1, seed: SEED })).toThrow('ns#Echo: cannot generate strings for pattern "^(a)\\\\1$"');
  });

  it("enums and intEnums: each value, the same on both sides", () => {
    expect(new Set(sample(b.enumeration(["FULL", "INCREMENTAL"])).map((p) => p.wire))).toEqual(new Set(["FULL", "INCREMENTAL"]));
    expect(new Set(sample(b.intEnumeration([1, 10])).map((p) => p.sdk))).toEqual(new Set([1, 10]));
  });
});

describe("pair builder: aggregates", () => {
  const name = b.string({ minLength: 1, maxLength: 4, pattern: "^[a-z]+$" }, "x");

  it("structures: required members always present, optional ones present and absent; absent on both sides alike", () => {
    const arb = b.structure({ id: b.required(name), note: b.optional(name), ["__proto__"]: b.optional(b.boolean()) });
    const values = sample(arb, 300);
    for (const { wire, sdk } of values) {
      expect(Object.keys(wire as object)).toContain("id");
      expect(Object.keys(sdk as object)).toEqual(Object.keys(wire as object));
      expect(Object.getPrototypeOf(wire)).toBe(Object.prototype);
    }
    expect(values.some((p) => "note" in (p.wire as object))).toBe(true);
    expect(values.some((p) => !("note" in (p.wire as object)))).toBe(true);
    expect(values.some((p) => Object.hasOwn(p.wire as object, "__proto__"))).toBe(true);
  });

  it("unions: exactly one member, every member in turn, Unit members as {}", () => {
    const arb = b.union({ S: name, NULL: b.unit(), N: b.integer("integer", {}, "x") });
    const values = sample(arb);
    for (const { wire, sdk } of values) {
      expect(Object.keys(wire as object)).toHaveLength(1);
      expect(Object.keys(sdk as object)).toEqual(Object.keys(wire as object));
    }
    expect(new Set(values.map((p) => Object.keys(p.wire as object)[0]))).toEqual(new Set(["S", "NULL", "N"]));
    expect(values.find((p) => "NULL" in (p.wire as object))!.wire).toEqual({ NULL: {} });
  });

  it("lists: @length, nulls only when @sparse, @uniqueItems by canonical JSON", () => {
    forAll(b.list(name, { minLength: 1, maxLength: 3 }), ({ wire, sdk }) => {
      expect((wire as unknown[]).length).toBeGreaterThanOrEqual(1);
      expect((wire as unknown[]).length).toBeLessThanOrEqual(3);
      expect(wire as unknown[]).not.toContain(null);
      expect(sdk).toEqual(wire);
    });
    expect(sample(b.list(name, { sparse: true, minLength: 3 })).some((p) => (p.wire as unknown[]).includes(null))).toBe(true);
    const distinct = b.list(b.structure({ a: b.optional(b.boolean()), c: b.optional(b.boolean()) }), { uniqueItems: true, maxLength: 9 });
    forAll(distinct, ({ wire }) => {
      const texts = (wire as unknown[]).map(canonicalJson);
      expect(new Set(texts).size).toBe(texts.length);
    });
  });

  it("maps: @length counts entries, enum keys only from the enum, nulls only when @sparse", () => {
    const keys = b.enumeration(["A", "B", "C"]);
    forAll(b.map(keys, name, { minLength: 1, maxLength: 2 }), ({ wire, sdk }) => {
      const entries = Object.entries(wire as object);
      expect(entries.length).toBeGreaterThanOrEqual(1);
      expect(entries.length).toBeLessThanOrEqual(2);
      for (const [k, v] of entries) {
        expect(["A", "B", "C"]).toContain(k);
        expect(v).not.toBeNull();
      }
      expect(sdk).toEqual(wire);
    });
    expect(sample(b.map(keys, name, { sparse: true, minLength: 3 })).some((p) => Object.values(p.wire as object).includes(null))).toBe(true);
  });

  it("bounds recursion: a recursive union (DynamoDB's AttributeValue) nests no deeper than maxDepth", () => {
    const depthOf = (v: unknown): number =>
      v !== null && typeof v === "object" ? 1 + Math.max(0, ...Object.values(v as object).map(depthOf)) : 0;
    for (const maxDepth of [1, 3]) {
      const rb = pairBuilder({ maxDepth });
      const { Value } = fc.letrec<{ Value: Pair; Values: Pair }>((tie) => ({
        Value: rb.union({ S: rb.string({}, "x"), L: tie("Values") }),
        Values: rb.list(tie("Value"), { recursive: true }),
      }));
      const values = sample(Value, 300);
      // Union and list guard each count one level: past maxDepth the union takes S and the list is empty.
      for (const { wire } of values) expect(depthOf(wire)).toBeLessThanOrEqual(maxDepth + 1);
      if (maxDepth === 3) expect(Math.max(...values.map((p) => depthOf(p.wire)))).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("pairs as users see them", () => {
  it("sides, wireOf and sdkOf project a pair arbitrary onto each form, from the same draw", () => {
    const t = b.timestamp("epoch-seconds");
    const s = sides(t);
    const [pair] = fc.sample(s.pair, { numRuns: 1, seed: SEED });
    expect(fc.sample(s.wire, { numRuns: 1, seed: SEED })).toEqual([pair!.wire]);
    expect(fc.sample(s.sdk, { numRuns: 1, seed: SEED })).toEqual([pair!.sdk]);
    expect(fc.sample(wireOf({ T: t }).T, { numRuns: 1, seed: SEED })).toEqual([pair!.wire]);
    expect(fc.sample(sdkOf({ T: t }).T, { numRuns: 1, seed: SEED })).toEqual([pair!.sdk]);
    expect(fc.sample(unitPair(), { numRuns: 1, seed: SEED })).toEqual([{ wire: {}, sdk: {} }]);
  });
});
