/**
 * The walk: structures (top level, optional presence), collections, unions, recursion, the small
 * leaves, determinism, and pinned values for fixed seeds (a change to any rule shows here).
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArbitraryPlan } from "../../../../runtime/data/plan.ts";
import { DEFAULT_OPTIONAL_PRESENCE, RealisticGenerator, realisticArbitrary, realisticValue } from "../../../../runtime/data/realistic/index.ts";
import { decodeBase64 } from "../../../../runtime/protocol/base64.ts";
import { SETTINGS, int, list, member, seeds, str, struct, tie, ts, valueFor } from "./support/plans.ts";

const value = (plan: ArbitraryPlan, seed: number, shapes: Readonly<Record<string, ArbitraryPlan>> = {}, options?: { topLevel?: boolean; member?: string }) =>
  realisticValue(plan, shapes, SETTINGS, seed, options);

/** The share of `n` seeds for which `test` holds. */
const rate = (n: number, test: (seed: number) => boolean): number => seeds(n).filter(test).length / n;

describe("structures", () => {
  const plan = struct(member("size", int()), member("color", str()), member("enabled", { method: "boolean" }));

  it("puts every member of the root structure in, and below it each optional one with optionalPresence", () => {
    for (const seed of seeds(50)) expect(Object.keys(value(plan, seed) as object)).toEqual(["size", "color", "enabled"]);
    expect(DEFAULT_OPTIONAL_PRESENCE).toBe(0.8);
    const nested = struct(member("inner", plan));
    expect(rate(2000, (seed) => "size" in (value(nested, seed) as { inner: object }).inner)).toBeCloseTo(0.8, 1);
    expect(rate(2000, (seed) => "size" in (value(plan, seed, {}, { topLevel: false }) as object))).toBeCloseTo(0.8, 1);
    const half = { ...SETTINGS, optionalPresence: 0.5 };
    expect(rate(2000, (seed) => "size" in (realisticValue(nested, {}, half, seed) as { inner: object }).inner)).toBeCloseTo(0.5, 1);
  });

  it("always puts in required members, identifying strings and statuses; failures only now and then", () => {
    const none = { ...SETTINGS, optionalPresence: 0 };
    const job = struct(member("jobArn", str()), member("jobId", str()), member("jobName", str()), member("status", { method: "enumeration", values: ["ACTIVE", "FAILED"] }), member("size", int(), true), member("note", str()));
    for (const seed of seeds(50)) expect(Object.keys(realisticValue(job, {}, none, seed, { topLevel: false }) as object)).toEqual(["jobArn", "jobId", "jobName", "status", "size"]);
    const failing = struct(member("failureReason", str()), member("errors", list(str())));
    expect(rate(2000, (seed) => "failureReason" in (value(failing, seed, {}, { topLevel: false }) as object))).toBeCloseTo(0.2, 1);
    expect(rate(2000, (seed) => "errors" in (value(failing, seed, {}, { topLevel: false }) as object))).toBeCloseTo(0.2, 1);
  });

  it("gives `unit` as an empty object and keeps a member named __proto__ as a member", () => {
    expect(value({ method: "unit" }, 1)).toEqual({});
    const v = value(struct(member("__proto__", str(), true)), 1) as object;
    expect(Object.keys(v)).toEqual(["__proto__"]);
  });
});

describe("collections", () => {
  it("draws 1–3 items, within @length", () => {
    const counts = seeds(300).map((seed) => (value(list(str()), seed) as unknown[]).length);
    expect(new Set(counts)).toEqual(new Set([1, 2, 3]));
    for (const seed of seeds(50)) expect((value(list(str(), { minLength: 5, maxLength: 8 }), seed) as unknown[]).length).toBe(5);
    for (const seed of seeds(50)) expect((value(list(str(), { maxLength: 0 }), seed) as unknown[]).length).toBe(0);
  });

  it("keeps @uniqueItems items distinct and sparse collections free of nulls", () => {
    const unique = list({ method: "enumeration", values: ["A", "B", "C"] }, { minLength: 3, maxLength: 3, uniqueItems: true });
    for (const seed of seeds(100)) expect(new Set(value(unique, seed) as string[]).size).toBe(3);
    for (const seed of seeds(100)) expect(value(list(str(), { sparse: true }), seed) as unknown[]).not.toContain(null);
  });

  it("draws map keys by their own plan (enum keys, patterned keys), distinct; keys and values named from `XsToYs`", () => {
    const enumKeys: ArbitraryPlan = { method: "map", key: { method: "enumeration", values: ["A", "B"] }, value: int(), constraints: { minLength: 2 } };
    for (const seed of seeds(50)) expect(Object.keys(value(enumKeys, seed) as object).sort()).toEqual(["A", "B"]);
    const patterned: ArbitraryPlan = { method: "map", key: str({ pattern: "^[A-Z]{2}\\d$" }, "ns#Key"), value: str(), constraints: {} };
    for (const seed of seeds(50)) for (const k of Object.keys(value(patterned, seed) as object)) expect(k).toMatch(/^[A-Z]{2}\d$/);
    const stages: ArbitraryPlan = { method: "map", key: str({ minLength: 32, maxLength: 64 }, "ns#VersionIdType"), value: list(str()), constraints: {} };
    for (const seed of seeds(20)) for (const k of Object.keys(value(stages, seed, {}, { member: "VersionIdsToStages" }) as object)) expect(k).toMatch(/^[0-9a-f]{8}-[0-9a-f-]{27}$/);
  });
});

describe("unions and recursion", () => {
  // A tree: a leaf string or a list of trees (the plan builder lists the member that does not recurse first).
  const shapes: Record<string, ArbitraryPlan> = {
    Tree: { method: "union", members: [{ name: "leaf", plan: str() }, { name: "children", plan: tie("Trees") }, { name: "next", plan: tie("Tree") }] },
    Trees: { method: "list", item: tie("Tree"), constraints: { recursive: true } },
    Node: struct(member("name", str(), true), member("child", tie("Node"))),
  };
  const depth = (v: unknown): number => (typeof v !== "object" || v === null ? 0 : 1 + Math.max(0, ...Object.values(v).map(depth)));

  it("sets exactly one member, mostly one that does not lead back, and stays shallow", () => {
    const values = seeds(500).map((seed) => value(tie("Tree"), seed, shapes) as Record<string, unknown>);
    for (const v of values) expect(Object.keys(v)).toHaveLength(1);
    const leaves = values.filter((v) => "leaf" in v).length / values.length;
    expect(leaves).toBeGreaterThan(0.8);
    expect(leaves).toBeLessThan(1);
    expect(Math.max(...values.map(depth))).toBeLessThanOrEqual(8);
  });

  it("bounds an optional self-reference: a shape entered a third time on one path has no optional members", () => {
    for (const seed of seeds(200)) {
      let node = value(tie("Node"), seed, shapes) as { child?: unknown };
      let levels = 1;
      while (node.child !== undefined) {
        node = node.child as { child?: unknown };
        levels++;
      }
      expect(levels).toBeLessThanOrEqual(3);
    }
  });
});

describe("leaves", () => {
  it("biases a status enum to a settled value half the time; other enums are uniform", () => {
    const values = ["CREATE PENDING", "CREATE IN_PROGRESS", "ACTIVE", "CREATE FAILED"];
    const active = rate(1000, (seed) => valueFor("status", { method: "enumeration", values }, seed) === "ACTIVE");
    expect(active).toBeGreaterThan(0.55);
    expect(active).toBeLessThan(0.7);
    const plain = rate(1000, (seed) => valueFor("importMode", { method: "enumeration", values }, seed) === "ACTIVE");
    expect(plain).toBeGreaterThan(0.2);
    expect(plain).toBeLessThan(0.3);
    for (const seed of seeds(20)) expect([1, 2, 3]).toContain(valueFor("level", { method: "intEnumeration", values: [1, 2, 3] }, seed));
  });

  it("draws blobs as a few readable bytes within @length, base64 on the wire", () => {
    for (const seed of seeds(50)) {
      const wire = value({ method: "blob", constraints: { minLength: 20, maxLength: 24 } }, seed) as string;
      const text = new TextDecoder().decode(decodeBase64(wire));
      expect(text).toMatch(/^[a-z ]{20,24}$/);
    }
  });

  it("draws documents as small JSON objects", () => {
    for (const seed of seeds(50)) {
      const doc = value({ method: "document" }, seed) as Record<string, unknown>;
      expect(Object.keys(doc).length).toBeGreaterThanOrEqual(1);
      expect(Object.keys(doc).length).toBeLessThanOrEqual(3);
      for (const v of Object.values(doc)) expect(typeof v === "string" || Number.isInteger(v)).toBe(true);
    }
  });

  it("draws both booleans", () => {
    expect(new Set(seeds(50).map((seed) => value({ method: "boolean" }, seed)))).toEqual(new Set([true, false]));
  });
});

describe("determinism", () => {
  const job = struct(member("jobName", str()), member("datasetImportJobArn", str()), member("itemCount", int()), member("creationDateTime", ts()), member("tags", list(str())));

  it("same plan, settings and seed: the same value, whichever generator and whatever was drawn before", () => {
    const generator = new RealisticGenerator({}, SETTINGS);
    const drawnFirst = seeds(20).map((seed) => generator.value(job, seed));
    const reversed = [...seeds(20)].reverse().map((seed) => realisticValue(job, {}, SETTINGS, seed)).reverse();
    expect(reversed).toEqual(drawnFirst);
  });

  it("withSettings shares compiled patterns and gives the values of a fresh generator with those settings", () => {
    const patterned = struct(member("code", str({ pattern: "^[A-Z]{3}-\\d{4}$" }, "ns#Code")), member("datasetArn", str()), member("creationDateTime", ts()));
    const first = new RealisticGenerator({}, SETTINGS);
    const later = { ...SETTINGS, now: SETTINGS.now + 86_400_000, region: "us-east-1" };
    const shared = seeds(10).map((seed) => (first.value(patterned, seed), first.withSettings(later).value(patterned, seed)));
    expect(shared).toEqual(seeds(10).map((seed) => realisticValue(patterned, {}, later, seed)));
    expect(String((shared[0] as { datasetArn: string }).datasetArn)).toContain(":us-east-1:");
  });

  it("different seeds: different values", () => {
    expect(new Set(seeds(50).map((seed) => JSON.stringify(value(job, seed)))).size).toBe(50);
  });

  it("accepts any number as a seed (negative, large, fractional)", () => {
    // Pinned (name, count, creation time) for each: every seed gives its own value, and seed 1's is PINNED[0]'s.
    const brief = (seed: number) => {
      const v = value(job, seed) as { jobName: string; itemCount: number; creationDateTime: number };
      return [v.jobName, v.itemCount, v.creationDateTime];
    };
    expect([-1, 2 ** 40, 0.5, Number.MAX_SAFE_INTEGER, 1].map(brief)).toEqual([
      ["primary-users", 90, 1746583123.466],
      ["weekly-items", 1, 1746559815.523],
      ["main-sales", 41, 1746817298.334],
      ["staging-catalogs", 35, 1746899188.86],
      ["backup-profiles", 42, 1747340722.214],
    ]);
  });

  it("pins the values of fixed seeds (the same in any process)", () => {
    expect([1, 2].map((seed) => value(job, seed))).toEqual(PINNED);
  });

  it("the arbitrary replays under fast-check's seed, from unbiased seeds", () => {
    const arb = realisticArbitrary(job, {}, SETTINGS);
    const a = fc.sample(arb, { seed: 42, numRuns: 20 });
    expect(fc.sample(arb, { seed: 42, numRuns: 20 })).toEqual(a);
    // Unbiased seeds: no value comes back (a biased integer would draw seed 0 again and again).
    expect(new Set(a.map((v) => JSON.stringify(v))).size).toBe(20);
    for (const v of a) expect(Object.keys(v as object)).toEqual(["jobName", "datasetImportJobArn", "itemCount", "creationDateTime", "tags"]);
  });

  it("rejects a clock or probability it cannot use", () => {
    expect(() => realisticValue(job, {}, { ...SETTINGS, now: Number.NaN }, 1)).toThrow(/now must be a finite number/);
    expect(() => realisticValue(job, {}, { ...SETTINGS, optionalPresence: 2 }, 1)).toThrow(/optionalPresence must lie within \[0, 1\]/);
    expect(() => realisticValue(tie("Missing"), {}, SETTINGS, 1)).toThrow("realistic data: no shape Missing in the contract's shapes");
  });
});

/** Checked by eye: kebab names, the job's ARN, a small count, a creation date in May 2025 (now is 2025-06-01). */
const PINNED: unknown[] = [
  {
    jobName: "backup-profiles",
    datasetImportJobArn: "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/daily-reports",
    itemCount: 42,
    creationDateTime: 1747340722.214,
    tags: ["prod-products", "sessions"],
  },
  {
    jobName: "nightly-users",
    datasetImportJobArn: "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/new-sessions",
    itemCount: 9,
    creationDateTime: 1748372988.317,
    tags: ["sessions"],
  },
];
