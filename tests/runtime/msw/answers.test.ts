/**
 * What the mock answers with: a test's own output (SDK or wire form) reaching the real client as
 * exactly that value; never anything the contract rejects; seeded default answers, byte-identical
 * for the same seed and request; the request log; latency.
 */
import { DescribeDatasetImportJobCommand, ListDatasetImportJobsCommand, type DescribeDatasetImportJobResponse } from "@aws-sdk/client-personalize";
import { describe, expect, it, vi } from "vitest";
import { ContractViolation, ContractViolations } from "../../../runtime/msw/index.ts";
import { hash32, latencyOf } from "../../../runtime/mock/seed.ts";
import { client, describeDatasetImportJob, JOB_ARN, personalize, post, useServer } from "./fixtures/setup.ts";

const server = useServer();
const send = (arn = JOB_ARN) => client().send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }));

const sdkOutput: DescribeDatasetImportJobResponse = {
  datasetImportJob: {
    jobName: "import-1",
    datasetImportJobArn: JOB_ARN,
    datasetArn: "arn:aws:personalize:us-east-1:123456789012:dataset/d",
    dataSource: { dataLocation: "s3://bucket/data.csv" },
    status: "ACTIVE",
    creationDateTime: new Date("2024-01-02T03:04:05.678Z"),
    lastUpdatedDateTime: new Date("2024-01-02T04:00:00.000Z"),
    importMode: "INCREMENTAL",
    publishAttributionMetricsToS3: false,
  },
};

describe("a test's own output", () => {
  it("reaches the client as exactly the SDK value given", async () => {
    server.use(describeDatasetImportJob(sdkOutput));
    const { $metadata, ...out } = await send();
    expect(out).toEqual(sdkOutput);
    expect($metadata.httpStatusCode).toBe(200);
  });

  it("is sent in wire form: Dates as epoch seconds", async () => {
    server.use(describeDatasetImportJob(sdkOutput));
    const response = await post(JSON.stringify({ datasetImportJobArn: JOB_ARN }));
    expect(response.json).toEqual({ datasetImportJob: { ...sdkOutput.datasetImportJob, creationDateTime: 1704164645.678, lastUpdatedDateTime: 1704168000 } });
  });

  it("may be given in wire form, or mixed", async () => {
    server.use(describeDatasetImportJob({ datasetImportJob: { creationDateTime: 1704164645.678, lastUpdatedDateTime: new Date(0) } }));
    const { $metadata: _, ...out } = await send();
    expect(out).toEqual({ datasetImportJob: { creationDateTime: new Date("2024-01-02T03:04:05.678Z"), lastUpdatedDateTime: new Date(0) } });
  });

  it("may come from a resolver that receives the wire input", async () => {
    const inputs: unknown[] = [];
    server.use(
      describeDatasetImportJob((input, ctx) => {
        inputs.push(input);
        expect(ctx.operation).toBe("DescribeDatasetImportJob");
        return { datasetImportJob: { datasetImportJobArn: input.datasetImportJobArn, status: "ACTIVE", creationDateTime: new Date(1000) } };
      }),
    );
    const out = await send();
    expect(out.datasetImportJob).toEqual({ datasetImportJobArn: JOB_ARN, status: "ACTIVE", creationDateTime: new Date(1000) });
    expect(inputs).toEqual([{ datasetImportJobArn: JOB_ARN }]);
  });

  it("answers only its operation; others go on to the next handler", async () => {
    const mock = personalize.create();
    server.use(describeDatasetImportJob(sdkOutput, { mock }), ...mock.handlers);
    const list = await client().send(new ListDatasetImportJobsCommand({}));
    expect(list.$metadata.httpStatusCode).toBe(200);
    expect((await send()).datasetImportJob?.jobName).toBe("import-1");
    expect(mock.requests.map((r) => r.operation)).toEqual(["ListDatasetImportJobs", "DescribeDatasetImportJob"]);
  });

  it("with once, answers one request and then lets the next handler answer", async () => {
    const mock = personalize.create({ lifecycle: false });
    server.use(describeDatasetImportJob(sdkOutput, { mock, once: true }), ...mock.handlers);
    expect((await send()).datasetImportJob?.jobName).toBe("import-1");
    expect((await send()).datasetImportJob?.jobName).not.toBe("import-1");
  });

  it("still answers invalid requests with AWS's error, not the output", async () => {
    server.use(describeDatasetImportJob(sdkOutput));
    expect((await post(JSON.stringify({ datasetImportJobArn: "nope" }))).status).toBe(400);
  });
});

describe("outputs that break the contract", () => {
  const tooLong = { datasetImportJob: { jobName: "j".repeat(64) } };
  const message = `DescribeDatasetImportJob output violates the contract: /datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "${"j".repeat(58)}…`;

  it("throw where the test gives them", () => {
    expect(() => describeDatasetImportJob(tooLong)).toThrow(ContractViolation);
    expect(() => describeDatasetImportJob(tooLong)).toThrow(message);
  });

  it("name every problem, unknown members included", () => {
    const bad = { datasetImportJob: { jobName: "-x", importMode: "PARTIAL", extra: 1 } } as unknown as DescribeDatasetImportJobResponse;
    expect(() => describeDatasetImportJob(bad)).toThrow(
      "DescribeDatasetImportJob output violates the contract: " +
        '/datasetImportJob/extra (DatasetImportJob.extra): unknown member "extra", got 1; ' +
        '/datasetImportJob/jobName (DatasetImportJob.jobName): must match pattern ^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$, got "-x"; ' +
        '/datasetImportJob/importMode (DatasetImportJob.importMode): must be one of FULL, INCREMENTAL, got "PARTIAL"',
    );
  });

  it("from a resolver, fail the client call with the message, are recorded, and reported", async () => {
    const seen: ContractViolation[] = [];
    const mock = personalize.create({ onViolation: (v) => seen.push(v) });
    server.use(describeDatasetImportJob(() => tooLong, { mock }));
    const error: unknown = await send().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ContractViolation", message, $fault: "server", $metadata: { httpStatusCode: 500 } });
    expect(mock.violations.map((v) => v.message)).toEqual([message]);
    expect(seen.map((v) => [v.operation, v.subject, v.body])).toEqual([["DescribeDatasetImportJob", { kind: "output" }, tooLong]]);
    expect(() => mock.assertNoViolations()).toThrow(ContractViolations);
    expect(() => mock.assertNoViolations()).toThrow(`1 answer broke the contract:\n- ${message}`);
    mock.reset();
    expect(() => mock.assertNoViolations()).not.toThrow();
  });

  it("in a generated answer (an arbitrary that drifted) are caught the same way", async () => {
    const drifting = personalize.create({ lifecycle: { specs: [{ operation: "DescribeDatasetImportJob", idPointer: "/datasetImportJobArn", statePointer: "/datasetImportJob/status", states: ["x".repeat(257)] }] } });
    server.use(...drifting.handlers);
    const error: unknown = await send().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ContractViolation", message: `DescribeDatasetImportJob output violates the contract: /datasetImportJob/status (DatasetImportJob.status): length must be <= 256 (maxLength), got "${"x".repeat(58)}…` });
    expect(drifting.violations).toHaveLength(1);
  });
});

describe("seeded default answers", () => {
  const bodyOf = async (options: { seed?: number }, arn = JOB_ARN) => {
    server.resetHandlers(...personalize.handlers(options));
    return (await post(JSON.stringify({ datasetImportJobArn: arn }))).text;
  };

  it("are byte-identical for the same seed and request, across mocks", async () => {
    const a = await bodyOf({ seed: 42 });
    const b = await bodyOf({ seed: 42 });
    expect(b).toBe(a);
    expect(await bodyOf({ seed: 43 })).not.toBe(a);
    expect(await bodyOf({ seed: 42 }, `${JOB_ARN}-2`)).not.toBe(a);
  });

  it("do not depend on the spelling of the request (key order, nulls, unknown members)", async () => {
    server.use(...personalize.handlers({ seed: 42 }));
    const a = await post(JSON.stringify({ maxResults: 5, datasetArn: "arn:aws:personalize:us-east-1:1:dataset/d" }), { target: "AmazonPersonalize.ListDatasetImportJobs" });
    const b = await post(JSON.stringify({ datasetArn: "arn:aws:personalize:us-east-1:1:dataset/d", nextToken: null, bogus: 1, maxResults: 5 }), { target: "AmazonPersonalize.ListDatasetImportJobs" });
    expect(b.text).toBe(a.text);
  });

  it("are pinned: seed 42 gives this body in every run and process", async () => {
    // A change here means every user's snapshots churn: only accept it on purpose. The lifecycle
    // overlay wrote the first state, the requested ARN, and (the draw had none) lastUpdatedDateTime
    // at its fixed anchor, 2020-01-01.
    expect(await bodyOf({ seed: 42 })).toBe(
      '{"datasetImportJob":{"jobName":"Qju","datasetImportJobArn":"arn:aws:personalize:us-east-1:123456789012:dataset-import-job/job-1","datasetArn":"arn:aws:personalize:us-east-1:123456789012:dataset/7fead2ci795","dataSource":{"dataLocation":"s3://bucket/b/bbc/b"},"roleArn":"arn:aws:personalize:us-east-1:123456789012:role/gb3j3f","status":"CREATE PENDING","creationDateTime":1657228877.373,"importMode":"FULL","publishAttributionMetricsToS3":true,"lastUpdatedDateTime":1577836800}}',
    );
  });

  it("carry request ids that follow the seed", async () => {
    const ids = async (seed: number) => {
      const mock = personalize.create({ seed });
      server.resetHandlers(...mock.handlers);
      const headers = [(await post("{}")).headers.get("x-amzn-requestid"), (await post("{}")).headers.get("x-amzn-requestid")];
      return { headers, recorded: mock.requests.map((r) => r.requestId) };
    };
    const a = await ids(7);
    expect(a.headers).toEqual(a.recorded);
    expect(a.headers[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.headers[1]).not.toBe(a.headers[0]);
    expect(await ids(7)).toEqual(a);
    expect((await ids(8)).headers).not.toEqual(a.headers);
  });
});

describe("the request log", () => {
  it("records what the client really sent", async () => {
    const mock = personalize.create();
    server.use(...mock.handlers);
    await send();
    const [request] = mock.requests;
    expect(request).toMatchObject({
      method: "POST",
      url: "https://personalize.us-east-1.amazonaws.com/",
      target: "AmazonPersonalize.DescribeDatasetImportJob",
      operation: "DescribeDatasetImportJob",
      body: { datasetImportJobArn: JOB_ARN },
      text: JSON.stringify({ datasetImportJobArn: JOB_ARN }),
      status: 200,
    });
    expect(request?.headers["x-amz-target"]).toBe("AmazonPersonalize.DescribeDatasetImportJob");
    expect(request?.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(request?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=test\//);
  });

  it("keeps invalid requests too, filters by operation, and is cleared on demand", async () => {
    const mock = personalize.create();
    server.use(...mock.handlers);
    await post("not json");
    await client().send(new ListDatasetImportJobsCommand({ maxResults: 3 }));
    expect(mock.requests.map((r) => [r.operation, r.body, r.status])).toEqual([
      ["DescribeDatasetImportJob", undefined, 400],
      ["ListDatasetImportJobs", { maxResults: 3 }, 200],
    ]);
    expect(mock.requestsOf("ListDatasetImportJobs")).toHaveLength(1);
    mock.clearRequests();
    expect(mock.requests).toEqual([]);
  });

  it("reset() starts the request ids over: the same ids, in order, as a fresh mock with the seed (and as before the reset)", async () => {
    const ids = async (mock: ReturnType<typeof personalize.create>) => {
      const answers = [await send(), await send(), await send()];
      return answers.map((a) => a.$metadata.requestId);
    };
    const mock = personalize.create({ seed: 5 });
    server.use(...mock.handlers);
    const first = await ids(mock);
    // Pinned: the first request id of seed 5 (runtime/mock/seed.ts requestIdOf(["5", "1"])).
    expect(first[0]).toBe("3bf941b0-a4fc-4fd7-b04d-c2412f3c0fa4");
    expect(new Set(first).size).toBe(3);
    mock.reset();
    expect(await ids(mock)).toEqual(first);
    const fresh = personalize.create({ seed: 5 });
    server.resetHandlers(...fresh.handlers);
    expect(await ids(fresh)).toEqual(first);
    // clearRequests() forgets the log only: the ids go on.
    fresh.clearRequests();
    expect((await send()).$metadata.requestId).not.toBe(first[0]);
  });
});

describe("latency", () => {
  it("delays every answer by a fixed time", async () => {
    server.use(...personalize.handlers({ latency: 150 }));
    const started = performance.now();
    await send();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("draws from a range, deterministically per seed and call", async () => {
    const timeouts = vi.spyOn(globalThis, "setTimeout");
    try {
      server.use(...personalize.handlers({ latency: [20, 60], seed: 3 }));
      await post("{}");
      await post("{}");
      const want = [1, 2].map((call) => latencyOf([20, 60], hash32(["3", "latency", String(call)])));
      expect(want.every((ms) => ms >= 20 && ms <= 60)).toBe(true);
      expect(timeouts.mock.calls.map((c) => c[1]).filter((ms) => want.includes(ms as number))).toEqual(want);
    } finally {
      timeouts.mockRestore();
    }
  });

  it("must be a sane number or range", () => {
    expect(() => personalize.create({ latency: -1 })).toThrow("latency must be a number of milliseconds >= 0 or a range [min, max] with 0 <= min <= max, not -1");
    expect(() => personalize.create({ latency: [50, 10] })).toThrow(TypeError);
  });
});
