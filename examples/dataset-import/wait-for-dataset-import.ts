/**
 * Example application code: wait for a Personalize dataset import job to finish.
 *
 * This is the kind of module an app team writes and then tests against the generated mocks
 * (see wait-for-dataset-import.test.ts): it only knows the real SDK client.
 */
import { DescribeDatasetImportJobCommand, type DatasetImportJob, type PersonalizeClient } from "@aws-sdk/client-personalize";

/** The job ended in CREATE FAILED; `reason` is the service's failureReason. */
export class DatasetImportFailedError extends Error {
  override readonly name = "DatasetImportFailedError";
  constructor(
    readonly arn: string,
    readonly reason: string | undefined,
  ) {
    super(`dataset import ${arn} failed: ${reason ?? "no reason given"}`);
  }
}

/** The job did not finish within `maxAttempts` polls. */
export class DatasetImportTimeoutError extends Error {
  override readonly name = "DatasetImportTimeoutError";
  constructor(
    readonly arn: string,
    readonly attempts: number,
    readonly lastStatus: string | undefined,
  ) {
    super(`dataset import ${arn} still ${lastStatus ?? "without a status"} after ${attempts} polls`);
  }
}

export interface WaitOptions {
  /** Milliseconds between polls (default 5000). */
  readonly intervalMs?: number;
  /** Polls before giving up (default 120). */
  readonly maxAttempts?: number;
  /** Called with each status seen, for progress reporting. */
  readonly onStatus?: (status: string | undefined, attempt: number) => void;
  /** How to wait; tests pass a no-op. */
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls DescribeDatasetImportJob until the job is ACTIVE (resolves with the job) or CREATE FAILED
 * (rejects with {@link DatasetImportFailedError}). Service errors (ResourceNotFoundException, …)
 * propagate as the SDK throws them.
 */
export async function waitForDatasetImport(client: PersonalizeClient, arn: string, options: WaitOptions = {}): Promise<DatasetImportJob> {
  const { intervalMs = 5000, maxAttempts = 120, onStatus, sleep = defaultSleep } = options;
  let status: string | undefined;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const { datasetImportJob: job } = await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }));
    status = job?.status;
    onStatus?.(status, attempt);
    if (status === "ACTIVE") return job!;
    if (status === "CREATE FAILED") throw new DatasetImportFailedError(arn, job?.failureReason);
    if (attempt < maxAttempts) await sleep(intervalMs);
  }
  throw new DatasetImportTimeoutError(arn, maxAttempts, status);
}
