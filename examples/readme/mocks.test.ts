// examples/readme/mocks.test.ts
import { DescribeDatasetImportJobCommand, PersonalizeClient, ResourceNotFoundException } from "@aws-sdk/client-personalize";
import { setupServer } from "msw/node";
import { onUnhandled } from "smithy-contract/msw";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createPersonalizeMock } from "../../generated/personalize/msw.js";

// The mock answers https://personalize.<region>.amazonaws.com, and any `endpoint` you point the client at.
const endpoint = "http://localhost:4566";
const mock = createPersonalizeMock({ seed: 42, endpoint }); // same seed, same answers, byte for byte
const server = setupServer(...mock.handlers);
const client = new PersonalizeClient({ region: "eu-west-1", endpoint, credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 });
const arn = "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/daily";

beforeAll(() => server.listen(onUnhandled("error"))); // a request no mock serves fails the test; none reaches the network
afterEach(() => {
  server.resetHandlers();
  mock.assertNoViolations(); // an answer that broke the contract fails the test even if the app swallowed it
  mock.reset(); // forget requests and lifecycle progress
});
afterAll(() => server.close());

it("answers with valid, seeded data and walks the job's lifecycle", async () => {
  const statuses = [];
  for (let i = 0; i < 3; i++) {
    const { datasetImportJob } = await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }));
    statuses.push(datasetImportJob?.status);
  }
  expect(statuses).toEqual(["CREATE PENDING", "CREATE IN_PROGRESS", "ACTIVE"]);
  expect(mock.requests[0]?.headers["x-amz-target"]).toBe("AmazonPersonalize.DescribeDatasetImportJob");
});

it("answers with the test's own data, checked against the contract and logged", async () => {
  server.use(mock.describeDatasetImportJob({ datasetImportJob: { jobName: "daily", status: "ACTIVE", creationDateTime: new Date("2026-01-01T00:00:00Z") } }));
  const { datasetImportJob } = await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }));
  expect(datasetImportJob).toEqual({ jobName: "daily", status: "ACTIVE", creationDateTime: new Date("2026-01-01T00:00:00Z") });
  expect(mock.requestsOf("DescribeDatasetImportJob")).toHaveLength(1);
});

it("refuses to send an answer that breaks the contract", async () => {
  server.use(mock.describeDatasetImportJob(() => ({ datasetImportJob: { jobName: "x".repeat(64) } })));
  await expect(client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }))).rejects.toThrow("length must be <= 63 (maxLength)");
  expect(() => mock.assertNoViolations()).toThrow("1 answer broke the contract");
  mock.reset(); // (this test broke it on purpose)
});

it("injects a modeled error", async () => {
  server.use(mock.describeDatasetImportJob.error("ResourceNotFoundException", { message: "no such job" }));
  await expect(client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }))).rejects.toBeInstanceOf(ResourceNotFoundException);
});

it("rejects a bad request as AWS does", async () => {
  await expect(client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: "oops" }))).rejects.toThrow(
    "1 validation error detected: Value 'oops' at 'datasetImportJobArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:([a-z\\d-]+):personalize:.*:.*:.+$",
  );
});

it("simulates a failed import", async () => {
  server.use(...createPersonalizeMock({ endpoint, lifecycle: { afterCalls: 1, fail: { reason: "bad CSV" } } }).handlers);
  let job;
  for (let i = 0; i < 3; i++) job = (await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }))).datasetImportJob;
  expect(job).toMatchObject({ status: "CREATE FAILED", failureReason: "bad CSV" });
});
