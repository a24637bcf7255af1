/**
 * runtime/data/realistic-sides.ts: the realistic arbitraries of one side of an operation, from a
 * contract's plans, in wire form and SDK form, with the settings a mock uses when no request says
 * otherwise (region us-east-1, account 123456789012, partition aws, the default clock).
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArbitraryPlan, ServiceContract } from "../../../runtime/contract.ts";
import { DEFAULT_NOW } from "../../../runtime/data/clock.ts";
import { TIMESTAMP_WINDOW } from "../../../runtime/data/realistic/index.ts";
import { realisticSides, type RealisticDefaults } from "../../../runtime/data/realistic-sides.ts";

const tie = (key: string): ArbitraryPlan => ({ method: "tie", key });
const str = (where: string): ArbitraryPlan => ({ method: "string", constraints: {}, where });
const RUNS = 20;

/** A hand-written contract of one operation (its schemas are not read here). */
const contract = (extra: Partial<ServiceContract> = {}): ServiceContract => ({
  serviceName: "Jobs",
  serviceId: "ns#Jobs",
  sdkId: "Jobs",
  protocol: "awsJson1_1",
  endpointPrefix: "jobs-api",
  arnNamespace: "jobs",
  operations: {
    DescribeJob: { name: "DescribeJob", input: {}, output: {}, errors: {}, plans: { input: tie("In"), output: tie("Out"), errors: {} } },
    Unplanned: { name: "Unplanned", input: {}, output: {}, errors: {} },
  },
  shapes: {
    In: { method: "structure", members: [{ name: "jobArn", required: true, plan: str("ns#Arn") }] },
    Out: { method: "structure", members: [{ name: "job", required: false, plan: tie("Job") }] },
    Job: {
      method: "structure",
      members: [
        { name: "jobArn", required: false, plan: str("ns#Arn") },
        { name: "jobName", required: false, plan: str("ns#Name") },
        { name: "description", required: false, plan: str("ns#Description") },
        { name: "creationTime", required: false, plan: { method: "timestamp", format: "epoch-seconds" } },
        { name: "lastUpdatedTime", required: false, plan: { method: "timestamp", format: "date-time" } },
      ],
    },
  },
  ...extra,
});

interface WireJob {
  job: { jobArn: string; jobName?: string; description?: string; creationTime?: number; lastUpdatedTime?: string };
}
interface SdkJob {
  job: { jobArn: string; creationTime?: Date; lastUpdatedTime?: Date };
}

const wireOf = (c: ServiceContract, defaults: RealisticDefaults = {}, seed = 5) => fc.sample(realisticSides(c, "DescribeJob", "output", defaults).wire, { seed, numRuns: RUNS }) as WireJob[];

describe("realisticSides", () => {
  it.each<[string, string]>([
    ["an operation the contract lacks", "Nope"],
    ["an Object.prototype member", "toString"],
    ["an operation without plans (a hand-written contract)", "Unplanned"],
  ])("throws one line for %s", (_, operation) => {
    expect(() => realisticSides(contract(), operation, "output")).toThrow(new Error(`Jobs contract: ${operation} has no plans to draw realistic values from`));
  });

  it.each<[string, RealisticDefaults, Partial<ServiceContract>, string]>([
    ["the defaults: us-east-1, account 123456789012, partition aws, the contract's ARN namespace", {}, {}, "arn:aws:jobs:us-east-1:123456789012:"],
    ["region, account and partition given", { region: "cn-north-1", account: "210987654321", partition: "aws-cn" }, {}, "arn:aws-cn:jobs:cn-north-1:210987654321:"],
    ["no ARN namespace in the contract: the endpoint prefix", {}, { arnNamespace: undefined }, "arn:aws:jobs-api:us-east-1:123456789012:"],
  ])("ARNs: %s", (_, defaults, extra, prefix) => {
    for (const { job } of wireOf(contract(extra), defaults)) expect(job.jobArn.startsWith(prefix), job.jobArn).toBe(true);
  });

  it.each<[string, RealisticDefaults, number]>([
    ["the default clock (2026-01-01T00:00:00Z)", {}, DEFAULT_NOW],
    ["a clock given", { now: Date.parse("2025-06-01T00:00:00Z") }, Date.parse("2025-06-01T00:00:00Z")],
  ])("timestamps lie in the window before %s, created before updated", (_, defaults, now) => {
    let seen = 0;
    for (const { job } of wireOf(contract(), defaults)) {
      if (job.creationTime === undefined || job.lastUpdatedTime === undefined) continue;
      seen++;
      const created = job.creationTime * 1000;
      const updated = Date.parse(job.lastUpdatedTime);
      expect(created).toBeGreaterThanOrEqual(now - TIMESTAMP_WINDOW.pastMs);
      expect(created).toBeLessThanOrEqual(updated);
      expect(updated).toBeLessThanOrEqual(now);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it.each<[number, string[][]]>([
    [0, [["jobArn", "jobName"]]],
    [1, [["jobArn", "jobName", "description", "creationTime", "lastUpdatedTime"]]],
  ])("optionalPresence %d: the optional members below the top level present", (optionalPresence, want) => {
    const kinds = new Set(wireOf(contract(), { optionalPresence }).map(({ job }) => JSON.stringify(Object.keys(job))));
    expect([...kinds].map((k) => JSON.parse(k) as string[])).toEqual(want);
  });

  it("the input side: every top-level member present", () => {
    const inputs = fc.sample(realisticSides(contract(), "DescribeJob", "input").wire, { seed: 5, numRuns: RUNS }) as { jobArn: string }[];
    for (const input of inputs) expect(input.jobArn).toMatch(/^arn:aws:jobs:us-east-1:123456789012:\S+$/);
  });

  it("the SDK side is the wire side in SDK form: the same draws, timestamps as Dates", () => {
    const sides = realisticSides<SdkJob>(contract(), "DescribeJob", "output");
    const wire = fc.sample(sides.wire, { seed: 9, numRuns: RUNS }) as WireJob[];
    const sdk = fc.sample(sides.sdk, { seed: 9, numRuns: RUNS });
    expect(sdk.map((s) => s.job.jobArn)).toEqual(wire.map((w) => w.job.jobArn));
    sdk.forEach((s, i) => {
      const w = wire[i]!.job;
      expect(s.job.creationTime?.getTime()).toBe(w.creationTime === undefined ? undefined : Math.round(w.creationTime * 1000));
      expect(s.job.lastUpdatedTime?.toISOString()).toBe(w.lastUpdatedTime);
    });
  });

  it("same seed, same values; another seed, other values", () => {
    // Pinned: the first three jobs' names and ARNs drawn under seeds 3 and 4 (any other draw shows here).
    const firstThree = (seed: number) => wireOf(contract(), {}, seed).slice(0, 3).map(({ job }) => [job.jobName, job.jobArn]);
    expect(firstThree(3)).toEqual([
      ["backup-sessions", "arn:aws:jobs:us-east-1:123456789012:job/backup-sessions"],
      ["default-items", "arn:aws:jobs:us-east-1:123456789012:job/default-items"],
      ["archive-products", "arn:aws:jobs:us-east-1:123456789012:job/archive-products"],
    ]);
    expect(firstThree(4)).toEqual([
      ["shared-items", "arn:aws:jobs:us-east-1:123456789012:job/shared-items"],
      ["prod-sales", "arn:aws:jobs:us-east-1:123456789012:job/prod-sales"],
      ["test-clicks", "arn:aws:jobs:us-east-1:123456789012:job/test-clicks"],
    ]);
  });
});
