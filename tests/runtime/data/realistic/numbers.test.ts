/** Numbers: small and plausible by name, always within @range and the integer kind's limits. */
import { describe, expect, it } from "vitest";
import type { ArbitraryPlan } from "../../../../runtime/data/plan.ts";
import { int, seeds, valueFor } from "./support/plans.ts";

/** The smallest and largest value drawn for member `name` over 300 seeds. */
function spread(name: string, plan: ArbitraryPlan): { min: number; max: number; values: number[] } {
  const values = seeds(300).map((seed) => valueFor(name, plan, seed) as number);
  return { min: Math.min(...values), max: Math.max(...values), values };
}

describe("realistic integers", () => {
  it.each([
    ["counts and sizes: 0–100", "itemCount", int(), 0, 100],
    ["maxResults within its @range", "maxResults", int({ min: 1, max: 100 }), 1, 100],
    ["percentages: 0–100", "PercentComplete", int(), 0, 100],
    ["durations: 1–3600", "TimeoutSeconds", int(), 1, 3600],
    ["ports: 1024–9999", "Port", int(), 1024, 9999],
    ["days: 1–90", "RecoveryWindowInDays", int({ min: 7, max: 30 }, "long"), 7, 30],
    ["anything else: 1–100", "Weightless", int(), 1, 100],
    // Lambda Invoke's @httpResponseCode: the answer's status, so a success (it once drew 1–100, which no answer can have).
    ["HTTP status codes: 200–204", "StatusCode", int(), 200, 204],
    ["HTTP status codes by other names", "HttpResponseCode", int(), 200, 204],
    ["a @range above the plausible interval: its first 100 values", "size", int({ min: 1000, max: 5000 }), 1000, 1100],
    ["a @range below it: its last 100 values", "Offset", int({ max: -500 }), -600, -500],
    ["a byte without @range", "tinyCount", int({}, "byte"), 0, 100],
    ["a one-value @range", "version", int({ min: 3, max: 3 }), 3, 3],
  ])("%s", (_, name, plan, lo, hi) => {
    const { min, max, values } = spread(name, plan);
    for (const v of values) expect(Number.isInteger(v)).toBe(true);
    expect(min).toBeGreaterThanOrEqual(lo);
    expect(max).toBeLessThanOrEqual(hi);
    if (hi - lo >= 10) expect(new Set(values).size).toBeGreaterThan(5);
    else if (hi > lo) expect(new Set(values).size).toBeGreaterThan(1);
  });

  it("bigIntegers are small JSON numbers within @range", () => {
    const { min, max, values } = spread("totalBytes", { method: "bigInteger", range: { min: 10 }, where: "ns#Big" });
    for (const v of values) expect(Number.isSafeInteger(v)).toBe(true);
    expect(min).toBeGreaterThanOrEqual(10);
    expect(max).toBeLessThanOrEqual(100);
  });

  it("throws naming the shape when no integer of the kind lies within @range", () => {
    expect(() => valueFor("x", int({ min: 200 }, "byte", "ns#Tiny"), 1)).toThrow("ns#Tiny: no byte lies within @range");
  });
});

describe("realistic floats", () => {
  it.each([
    ["two decimals, 1–100", "price", {}, 1, 100],
    ["ratios: 0–1", "confidenceScore", {}, 0, 1],
    ["within a narrow @range", "price", { min: 0.5, max: 0.75 }, 0.5, 0.75],
    ["a @range above the interval", "price", { min: 1e6 }, 1e6, 1e6 + 100],
  ])("%s", (_, name, range, lo, hi) => {
    for (const kind of ["float", "double", "bigDecimal"] as const) {
      const plan: ArbitraryPlan = kind === "bigDecimal" ? { method: kind, range } : { method: "float", kind, range };
      const { min, max, values } = spread(name, plan);
      for (const v of values) {
        expect(typeof v).toBe("number");
        expect(Math.abs(Math.round(v * 100) - v * 100)).toBeLessThan(1e-6);
      }
      expect(min).toBeGreaterThanOrEqual(lo);
      expect(max).toBeLessThanOrEqual(hi);
    }
  });

  it("gives the bound itself when no two-decimal number lies within @range", () => {
    for (const seed of seeds(5)) expect(valueFor("rate", { method: "float", kind: "double", range: { min: 0.001, max: 0.002 } }, seed)).toBe(0.001);
  });
});
