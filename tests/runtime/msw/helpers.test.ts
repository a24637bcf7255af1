/**
 * Helpers are bound to the mock in use: an answer given with a per-operation helper is what a
 * client on any endpoint a mock of the service serves receives, logged in that mock's `requests`
 * and checked into its `violations` — whether the helper is the mock's own
 * (`mock.describeDatasetImportJob(...)`, `{ mock }`) or the module's (`describeDatasetImportJob(...)`).
 */
import { DescribeDatasetImportJobCommand } from "@aws-sdk/client-personalize";
import { describe, expect, it } from "vitest";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { ContractViolations, createServiceMock } from "../../../runtime/msw/index.ts";
import { client, describeDatasetImportJob, JOB_ARN, personalize, post, useServer } from "./fixtures/setup.ts";

const server = useServer();
const ENDPOINT = "http://localhost:4566";
const send = (endpoint?: string) =>
  client(endpoint === undefined ? {} : { endpoint }).send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: JOB_ARN }));
const tooLong = { datasetImportJob: { jobName: "x".repeat(64) } };

describe("a mock's own helpers", () => {
  it("answer on the mock's custom endpoint, logged in its requests", async () => {
    const mock = personalize.create({ endpoint: ENDPOINT });
    server.use(...mock.handlers);
    server.use(mock.describeDatasetImportJob({ datasetImportJob: { jobName: "mine", status: "ACTIVE" } }));
    const out = await send(ENDPOINT);
    expect(out.datasetImportJob).toEqual({ jobName: "mine", status: "ACTIVE" });
    expect(mock.requests.map((r) => [r.url, r.operation, r.status])).toEqual([[`${ENDPOINT}/`, "DescribeDatasetImportJob", 200]]);
  });

  it("check a resolver's answer into the mock's violations", async () => {
    const mock = personalize.create({ endpoint: ENDPOINT });
    server.use(mock.describeDatasetImportJob(() => tooLong));
    await expect(send(ENDPOINT)).rejects.toMatchObject({ name: "ContractViolation", $metadata: { httpStatusCode: 500 } });
    expect(mock.violations.map((v) => v.operation)).toEqual(["DescribeDatasetImportJob"]);
    expect(() => mock.assertNoViolations()).toThrow(ContractViolations);
  });

  it("are the same as mock.operation(name) and as { mock }", async () => {
    const mock = personalize.create({ endpoint: ENDPOINT });
    server.use(mock.operation("DescribeDatasetImportJob")({ datasetImportJob: { jobName: "by-name" } }, { once: true }));
    server.use(describeDatasetImportJob({ datasetImportJob: { jobName: "by-option" } }, { mock, once: true }));
    expect((await send(ENDPOINT)).datasetImportJob?.jobName).toBe("by-option");
    expect((await send(ENDPOINT)).datasetImportJob?.jobName).toBe("by-name");
    expect(mock.requests).toHaveLength(2);
  });

  it("refuse options that belong to the mock, naming them", () => {
    const mock = personalize.create();
    expect(() => mock.describeDatasetImportJob({}, { seed: 1 })).toThrow("a helper bound to a mock takes only { once }; give seed to the mock's create() instead");
    expect(() => describeDatasetImportJob({}, { mock, latency: 5 })).toThrow("give latency to the mock's create() instead");
  });

  it("refuse a mock of another service", () => {
    const other = createServiceMock(contractWith("Other"), { outputs: {} }).create();
    expect(() => describeDatasetImportJob({}, { mock: other })).toThrow("options.mock must be a mock of AmazonPersonalize made by its create()");
  });

  it("check an output given up front where it is given", () => {
    const mock = personalize.create();
    expect(() => mock.describeDatasetImportJob(tooLong)).toThrow("DescribeDatasetImportJob output violates the contract: /datasetImportJob/jobName");
  });
});

describe("the module's helpers", () => {
  it("answer in the live mock that serves the URL: its custom endpoint, its log, its violations", async () => {
    const mock = personalize.create({ endpoint: ENDPOINT });
    server.use(...mock.handlers);
    server.use(describeDatasetImportJob({ datasetImportJob: { jobName: "helper" } }));
    expect((await send(ENDPOINT)).datasetImportJob).toEqual({ jobName: "helper" });
    expect(mock.requests.map((r) => r.operation)).toEqual(["DescribeDatasetImportJob"]);

    server.use(describeDatasetImportJob(() => tooLong));
    await expect(send(ENDPOINT)).rejects.toMatchObject({ name: "ContractViolation" });
    expect(mock.violations).toHaveLength(1);
  });

  it("answer in the newest mock that serves the URL", async () => {
    const older = personalize.create({ endpoint: ENDPOINT });
    const newer = personalize.create({ endpoint: ENDPOINT });
    const elsewhere = personalize.create({ endpoint: "http://127.0.0.1:9999" });
    server.use(describeDatasetImportJob({ datasetImportJob: { jobName: "helper" } }));
    await send(ENDPOINT);
    expect([older.requests.length, newer.requests.length, elsewhere.requests.length]).toEqual([0, 1, 0]);
  });

  it("answer in the newest of many mocks, across the sweeps of dead references (more mocks than a sweep keeps)", async () => {
    const endpoints = Array.from({ length: 300 }, (_, i) => `http://127.0.0.${(i % 3) + 10}:4566`);
    const mocks = endpoints.map((endpoint) => personalize.create({ endpoint }));
    server.use(describeDatasetImportJob({ datasetImportJob: { jobName: "helper" } }));
    for (const i of [0, 1, 2]) await send(endpoints[i]);
    // Mocks 297, 298 and 299 are the newest on each of the three endpoints.
    expect(mocks.map((m, i) => [i, m.requests.length]).filter(([, n]) => n !== 0)).toEqual([
      [297, 1],
      [298, 1],
      [299, 1],
    ]);
  });

  it("answer the default AWS endpoints of any region", async () => {
    server.use(describeDatasetImportJob({ datasetImportJob: { jobName: "aws" } }));
    expect((await client({ region: "ap-southeast-2" }).send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: JOB_ARN }))).datasetImportJob?.jobName).toBe("aws");
  });

  it("answer a custom endpoint of their own options when no live mock serves it", async () => {
    server.use(describeDatasetImportJob({ datasetImportJob: { jobName: "own" } }, { endpoint: "http://127.0.0.1:7777" }));
    expect((await send("http://127.0.0.1:7777")).datasetImportJob?.jobName).toBe("own");
  });

  it("read the request as the mock does before answering (a bad request is rejected, not answered)", async () => {
    const mock = personalize.create({ endpoint: ENDPOINT });
    server.use(describeDatasetImportJob({ datasetImportJob: { jobName: "never" } }));
    const response = await post(JSON.stringify({ datasetImportJobArn: "oops" }), { url: `${ENDPOINT}/` });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException");
    expect(mock.requests.map((r) => r.status)).toEqual([400]);
  });
});

describe("helpers as a mock's methods", () => {
  it("never hide the mock's own members: an operation named Reset is reachable by name", async () => {
    const contract = contractWith("Svc", ["Reset", "Describe"]);
    const service = createServiceMock(contract, { outputs: {} });
    const mock = service.create({ endpoint: ENDPOINT });
    expect(typeof mock.reset).toBe("function");
    mock.reset(); // the mock's reset, not a helper
    expect(typeof (mock as unknown as Record<string, unknown>).describe).toBe("function");
    server.use(mock.operation("Reset")({ ok: true }));
    const response = await post("{}", { url: `${ENDPOINT}/`, target: "Svc.Reset", contentType: "application/x-amz-json-1.0" });
    expect([response.status, response.json]).toEqual([200, { ok: true }]);
    expect(mock.requestsOf("Reset")).toHaveLength(1);
  });
});

/** A tiny awsJson1_0 contract whose operations answer `{ ok?: boolean }`. */
function contractWith(serviceName: string, operations: readonly string[] = ["Ping"]): ServiceContract {
  const output = { type: "object", properties: { ok: { type: "boolean" } }, additionalProperties: false };
  return {
    serviceName,
    serviceId: `ex#${serviceName}`,
    sdkId: serviceName,
    protocol: "awsJson1_0",
    endpointPrefix: serviceName.toLowerCase(),
    operations: Object.fromEntries(operations.map((name) => [name, { name, input: { type: "object" }, output, errors: {} }])),
  };
}
