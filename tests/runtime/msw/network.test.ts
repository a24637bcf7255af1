/**
 * Mocks never leak: a request on a mocked endpoint that no mock serves is *unhandled* — msw's
 * `onUnhandledRequest` / `onUnhandledFrame` sees it, and with `onUnhandled("error")` the call fails —
 * and nothing is passed on to the network. A real `node:http` server stands in for the network at
 * the mocked endpoint and counts what reaches it.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DescribeDatasetImportJobCommand } from "@aws-sdk/client-personalize";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { client, describeDatasetImportJob, JOB_ARN, personalize, post, useServer } from "./fixtures/setup.ts";

const UNHANDLED = "[MSW] Error: intercepted a request without a matching request handler:";

/** The network: a real HTTP server that records every request it gets. */
let network: Server;
let origin = "";
const reached: string[] = [];

beforeAll(async () => {
  network = createServer((req, res) => {
    reached.push(`${req.method} ${req.url} ${String(req.headers["x-amz-target"])}`);
    res.writeHead(200, { "content-type": "application/json" }).end('{"from":"the network"}');
  });
  await new Promise<void>((resolve) => network.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(network.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => network.close(() => resolve())));

const server = useServer();
let errors: { mock: { calls: unknown[][] }; mockRestore(): void };
beforeEach(() => {
  reached.length = 0;
  errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => errors.mockRestore());

/** What msw reported as unhandled (first line of each report). */
const unhandled = () => errors.mock.calls.map((c: unknown[]) => String(c[0]).split("\n")[0]).filter((line) => line === UNHANDLED);

const body = JSON.stringify({ datasetImportJobArn: JOB_ARN });

describe("a request on a mocked endpoint that the mock does not serve", () => {
  it("is unhandled and never reaches the network: another service's target, from the real client", async () => {
    server.use(...personalize.create({ endpoint: origin }).handlers);
    const dynamo = new DynamoDBClient({ region: "us-east-1", endpoint: origin, credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 });
    await expect(dynamo.send(new ListTablesCommand({}))).rejects.toThrow();
    expect(unhandled()).toEqual([UNHANDLED]);
    expect(reached).toEqual([]);
  });

  it("is unhandled: a target of no service, no target, a GET, another path", async () => {
    server.use(...personalize.create({ endpoint: origin }).handlers);
    await expect(post("{}", { url: `${origin}/`, target: "Kinesis_20131202.ListStreams" })).rejects.toThrow();
    await expect(post("{}", { url: `${origin}/`, target: null })).rejects.toThrow();
    await expect(fetch(`${origin}/`)).rejects.toThrow();
    await expect(post(body, { url: `${origin}/other` })).rejects.toThrow();
    expect(unhandled()).toHaveLength(4);
    expect(reached).toEqual([]);
  });

  it("is answered when it is the mock's own, and still never reaches the network", async () => {
    const mock = personalize.create({ endpoint: origin });
    server.use(...mock.handlers);
    const job = await client({ endpoint: origin }).send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: JOB_ARN }));
    expect(job.$metadata.httpStatusCode).toBe(200);
    expect(mock.requests.map((r) => r.operation)).toEqual(["DescribeDatasetImportJob"]);
    expect(unhandled()).toEqual([]);
    expect(reached).toEqual([]);
  });

  it("is unhandled once a `once` helper is used up and no mock serves the endpoint", async () => {
    const mock = personalize.create({ endpoint: origin });
    server.use(mock.describeDatasetImportJob({ datasetImportJob: { jobName: "first" } }, { once: true }));
    const send = () => client({ endpoint: origin }).send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: JOB_ARN }));
    expect((await send()).datasetImportJob?.jobName).toBe("first");
    await expect(send()).rejects.toThrow();
    expect(unhandled()).toEqual([UNHANDLED]);
    expect(reached).toEqual([]);
  });

  it("is unhandled when a helper's operation is not the one asked for", async () => {
    server.use(describeDatasetImportJob({ datasetImportJob: { jobName: "only-describe" } }, { endpoint: origin }));
    await expect(post("{}", { url: `${origin}/`, target: "AmazonPersonalize.ListDatasetImportJobs" })).rejects.toThrow();
    expect(unhandled()).toEqual([UNHANDLED]);
    expect(reached).toEqual([]);
  });
});
