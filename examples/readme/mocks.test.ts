// examples/readme/mocks.test.ts
import { DescribeDatasetImportJobCommand, PersonalizeClient, ResourceNotFoundException } from "@aws-sdk/client-personalize";
import { setupServer } from "msw/node";
import { onUnhandled } from "smithy-contract/msw";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createPersonalizeMock, describeDatasetImportJob } from "../../generated/personalize/msw.ts";

const mock = createPersonalizeMock({ seed: 42 }); // same seed, same answers, byte for byte
const server = setupServer(...mock.handlers);
const client = new PersonalizeClient({ region: "eu-west-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 });
const arn = "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/daily";

beforeAll(() => server.listen(onUnhandled("error")));
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

it("answers with the test's own data, checked against the contract", async () => {
  server.use(describeDatasetImportJob({ datasetImportJob: { jobName: "daily", status: "ACTIVE", creationDateTime: new Date("2026-01-01T00:00:00Z") } }));
  const { datasetImportJob } = await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }));
  expect(datasetImportJob).toEqual({ jobName: "daily", status: "ACTIVE", creationDateTime: new Date("2026-01-01T00:00:00Z") });
});

it("injects a modeled error", async () => {
  server.use(describeDatasetImportJob.error("ResourceNotFoundException", { message: "no such job" }));
  await expect(client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }))).rejects.toBeInstanceOf(ResourceNotFoundException);
});

it("rejects a bad request as AWS does", async () => {
  await expect(client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: "oops" }))).rejects.toThrow(
    "1 validation error detected: Value 'oops' at 'datasetImportJobArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:([a-z\\d-]+):personalize:.*:.*:.+$",
  );
});

it("simulates a failed import", async () => {
  server.use(...createPersonalizeMock({ lifecycle: { afterCalls: 1, fail: { reason: "bad CSV" } } }).handlers);
  let job;
  for (let i = 0; i < 3; i++) job = (await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }))).datasetImportJob;
  expect(job).toMatchObject({ status: "CREATE FAILED", failureReason: "bad CSV" });
});
