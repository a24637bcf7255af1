/**
 * How an app team tests its code against the generated mocks: msw's `setupServer` with the
 * generated handlers, `listen` / `resetHandlers` / `close`, and the real Personalize client.
 */
import { InvalidInputException, PersonalizeClient, ResourceNotFoundException } from "@aws-sdk/client-personalize";
import { setupServer } from "msw/node";
import { onUnhandled } from "smithy-contract/msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPersonalizeMock, describeDatasetImportJob } from "../../generated/personalize/msw.ts";
import { DatasetImportFailedError, DatasetImportTimeoutError, waitForDatasetImport } from "./wait-for-dataset-import.ts";

const ARN = "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/nightly";
const mock = createPersonalizeMock({ seed: 1 });
const server = setupServer(...mock.handlers);
const client = new PersonalizeClient({
  region: "us-east-1",
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
  maxAttempts: 1,
});
const noWait = { sleep: async () => {}, intervalMs: 0 };

beforeAll(() => server.listen(onUnhandled("error")));
afterEach(() => {
  server.resetHandlers();
  mock.assertNoViolations();
  mock.reset();
});
afterAll(() => server.close());

describe("waitForDatasetImport", () => {
  it("polls through the job's lifecycle until ACTIVE", async () => {
    const seen: (string | undefined)[] = [];
    const job = await waitForDatasetImport(client, ARN, { ...noWait, onStatus: (s) => seen.push(s) });
    expect(seen).toEqual(["CREATE PENDING", "CREATE IN_PROGRESS", "ACTIVE"]);
    expect(job.datasetImportJobArn).toBe(ARN);
    expect(mock.requestsOf("DescribeDatasetImportJob").map((r) => r.body)).toEqual([
      { datasetImportJobArn: ARN },
      { datasetImportJobArn: ARN },
      { datasetImportJobArn: ARN },
    ]);
  });

  it("reports a failed import with the service's reason", async () => {
    server.use(...createPersonalizeMock({ seed: 1, lifecycle: { fail: { reason: "CSV header does not match the schema" } } }).handlers);
    const error = await waitForDatasetImport(client, ARN, noWait).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetImportFailedError);
    expect((error as DatasetImportFailedError).reason).toBe("CSV header does not match the schema");
  });

  it("gives up after maxAttempts polls, naming the last status", async () => {
    server.use(...createPersonalizeMock({ seed: 1, lifecycle: { afterCalls: 10 } }).handlers);
    await expect(waitForDatasetImport(client, ARN, { ...noWait, maxAttempts: 3 })).rejects.toThrow(
      new DatasetImportTimeoutError(ARN, 3, "CREATE PENDING"),
    );
  });

  it("returns the test's own job data when the test provides it", async () => {
    server.use(
      describeDatasetImportJob({
        datasetImportJob: {
          datasetImportJobArn: ARN,
          jobName: "nightly",
          status: "ACTIVE",
          importMode: "INCREMENTAL",
          creationDateTime: new Date("2026-01-02T03:04:05.678Z"),
        },
      }),
    );
    const job = await waitForDatasetImport(client, ARN, noWait);
    expect(job).toEqual({
      datasetImportJobArn: ARN,
      jobName: "nightly",
      status: "ACTIVE",
      importMode: "INCREMENTAL",
      creationDateTime: new Date("2026-01-02T03:04:05.678Z"),
    });
  });

  it("lets a missing job's ResourceNotFoundException through as the SDK's own class", async () => {
    server.use(describeDatasetImportJob.error("ResourceNotFoundException", { message: `Could not find ${ARN}` }));
    const error = await waitForDatasetImport(client, ARN, noWait).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ message: `Could not find ${ARN}`, $fault: "client", $metadata: { httpStatusCode: 404 } });
  });

  it("a malformed ARN is rejected as AWS would (ValidationException, or the modeled InvalidInputException)", async () => {
    const bad = "not-an-arn";
    await expect(waitForDatasetImport(client, bad, noWait)).rejects.toMatchObject({
      name: "ValidationException",
      message: `1 validation error detected: Value '${bad}' at 'datasetImportJobArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:([a-z\\d-]+):personalize:.*:.*:.+$`,
      $metadata: { httpStatusCode: 400 },
    });
    server.use(...createPersonalizeMock({ validationError: "InvalidInputException" }).handlers);
    await expect(waitForDatasetImport(client, bad, noWait)).rejects.toBeInstanceOf(InvalidInputException);
  });

  it("a mock cannot drift from the contract: a jobName of 64 characters fails the test that gives it", () => {
    expect(() => describeDatasetImportJob({ datasetImportJob: { jobName: "j".repeat(64) } })).toThrow(
      `DescribeDatasetImportJob output violates the contract: /datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "${"j".repeat(58)}…`,
    );
  });
});
