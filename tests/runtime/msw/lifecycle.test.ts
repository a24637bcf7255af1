/**
 * The lifecycle overlay through the real client: a dataset import job polled with
 * DescribeDatasetImportJob moves CREATE PENDING → CREATE IN_PROGRESS → ACTIVE after N calls or
 * after a time on an injected clock, or ends CREATE FAILED with a reason.
 */
import { DescribeDatasetImportJobCommand } from "@aws-sdk/client-personalize";
import { describe, expect, it } from "vitest";
import { DEFAULT_FAILURE_REASON } from "../../../runtime/lifecycle/index.ts";
import type { MockOptions } from "../../../runtime/msw/index.ts";
import { client, JOB_ARN, personalize, useServer } from "./fixtures/setup.ts";

const server = useServer();
const poll = async (arn = JOB_ARN) => (await client().send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }))).datasetImportJob;

function mockWith(options: MockOptions) {
  const mock = personalize.create(options);
  server.use(...mock.handlers);
  return mock;
}

describe("after N calls", () => {
  it("moves one state every afterCalls calls for the same id, and stays in the last", async () => {
    mockWith({ lifecycle: { afterCalls: 2 } });
    const jobs = [];
    for (let i = 0; i < 6; i++) jobs.push(await poll());
    expect(jobs.map((j) => j?.status)).toEqual(["CREATE PENDING", "CREATE PENDING", "CREATE IN_PROGRESS", "CREATE IN_PROGRESS", "ACTIVE", "ACTIVE"]);
    expect(jobs.map((j) => j?.datasetImportJobArn)).toEqual(Array(6).fill(JOB_ARN));
    // lastUpdatedDateTime moves forward one second per change of state, and only then.
    const updated = jobs.map((j) => j?.lastUpdatedDateTime?.getTime() ?? NaN);
    expect(updated.map((t) => t - updated[0]!)).toEqual([0, 0, 1000, 1000, 2000, 2000]);
    // Everything but the lifecycle's members is the same answer each time.
    expect(new Set(jobs.map((j) => JSON.stringify({ ...j, status: 0, lastUpdatedDateTime: 0 }))).size).toBe(1);
  });

  it("moves every call by default, and keeps each id apart", async () => {
    mockWith({});
    expect((await poll())?.status).toBe("CREATE PENDING");
    expect((await poll())?.status).toBe("CREATE IN_PROGRESS");
    expect((await poll(`${JOB_ARN}-b`))?.status).toBe("CREATE PENDING");
    expect((await poll())?.status).toBe("ACTIVE");
  });

  it("starts over after mock.reset(), and a new mock starts from scratch", async () => {
    const mock = mockWith({});
    await poll();
    expect((await poll())?.status).toBe("CREATE IN_PROGRESS");
    mock.reset();
    expect((await poll())?.status).toBe("CREATE PENDING");
    server.resetHandlers(...personalize.handlers());
    expect((await poll())?.status).toBe("CREATE PENDING");
  });

  it("ends in the failure state with the reason when told to fail", async () => {
    mockWith({ lifecycle: { fail: { reason: "Input CSV has no header" } } });
    const jobs = [await poll(), await poll(), await poll(), await poll()];
    expect(jobs.map((j) => [j?.status, j?.failureReason])).toEqual([
      ["CREATE PENDING", undefined],
      ["CREATE IN_PROGRESS", undefined],
      ["CREATE FAILED", "Input CSV has no header"],
      ["CREATE FAILED", "Input CSV has no header"],
    ]);
  });

  it("fails the ids a function picks, with the default reason for true", async () => {
    mockWith({ lifecycle: { fail: (id) => id === `${JOB_ARN}-bad` } });
    for (let i = 0; i < 2; i++) await Promise.all([poll(), poll(`${JOB_ARN}-bad`)]);
    expect((await poll())?.status).toBe("ACTIVE");
    expect(await poll(`${JOB_ARN}-bad`)).toMatchObject({ status: "CREATE FAILED", failureReason: DEFAULT_FAILURE_REASON });
  });

  it("is off with lifecycle: false: each call gets the same drawn answer", async () => {
    mockWith({ lifecycle: false, seed: 1 });
    const [a, b] = [await poll(), await poll()];
    expect(b).toEqual(a);
    expect(a?.datasetImportJobArn).not.toBe(JOB_ARN);
  });
});

describe("after a duration", () => {
  it("moves one state every afterMs of the injected clock since the first call", async () => {
    let now = 1_000_000;
    mockWith({ lifecycle: { afterMs: 60_000, now: () => now } });
    const at = async (t: number) => {
      now = 1_000_000 + t;
      return poll();
    };
    const jobs = [await at(0), await at(59_999), await at(60_000), await at(119_999), await at(120_000), await at(3_600_000)];
    expect(jobs.map((j) => j?.status)).toEqual(["CREATE PENDING", "CREATE PENDING", "CREATE IN_PROGRESS", "CREATE IN_PROGRESS", "ACTIVE", "ACTIVE"]);
    const updated = jobs.map((j) => j?.lastUpdatedDateTime?.getTime() ?? NaN);
    expect(updated.map((t) => t - updated[0]!)).toEqual([0, 0, 60_000, 60_000, 120_000, 120_000]);
  });

  it("does not move on calls alone", async () => {
    mockWith({ lifecycle: { afterMs: 1000, now: () => 0 } });
    for (let i = 0; i < 4; i++) expect((await poll())?.status).toBe("CREATE PENDING");
  });
});

describe("options", () => {
  it.each([
    [{ afterCalls: 0 }, "lifecycle.afterCalls must be a positive number, not 0"],
    [{ afterMs: -5 }, "lifecycle.afterMs must be a positive number, not -5"],
  ])("refuses %j", (lifecycle, message) => {
    expect(() => personalize.create({ lifecycle })).toThrow(message);
  });

  it("refuses fail for a lifecycle without a failure state", () => {
    const spec = { operation: "DescribeDatasetImportJob", idPointer: "/datasetImportJobArn", statePointer: "/datasetImportJob/status", states: ["A", "B"] };
    expect(() => personalize.create({ lifecycle: { fail: true, specs: [spec] } })).toThrow("the lifecycle of DescribeDatasetImportJob has no failure state, so it cannot fail");
  });

  it("refuses a spec for an operation the service does not have", () => {
    const spec = { operation: "DescribeNothing", idPointer: "/a", statePointer: "/b", states: ["A"] };
    expect(() => personalize.create({ lifecycle: { specs: [spec] } })).toThrow("lifecycle.specs: AmazonPersonalize has no operation DescribeNothing");
  });
});
