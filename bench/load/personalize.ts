/**
 * The service the load drives: Amazon Personalize's dataset import jobs (the embedded model that
 * `smithy-contract serve` serves when given none), with the names and ARNs the requests use. A
 * realistic mock answers in us-east-1 and account 123456789012 when the request does not say.
 */
import { AWS_JSON } from "./expect.ts";
import type { CreatedJob } from "./load-client.ts";

export const SERVICE = "AmazonPersonalize";
export const REGION = "us-east-1";
export const ACCOUNT = "123456789012";

/** The ARN a job named `name` has (Personalize names its ARNs after the resource's name). */
export function jobArn(name: string): string {
  return `arn:aws:personalize:${REGION}:${ACCOUNT}:dataset-import-job/${name}`;
}

/*
 * Values come from small pools, so that the requests the mock answers with a draw are few and the
 * warm-up meets most of them: its bounded caches (512 draws per plan) and its page tokens are near
 * their steady size by the baseline, and what the heap gains after it is a leak, not a cache filling.
 */

/** A dataset ARN from a pool of 8 (list filters, and the datasets jobs are created in). */
export function datasetArn(draw: number): string {
  return `arn:aws:personalize:${REGION}:${ACCOUNT}:dataset/load-${draw % 8}`;
}

/** A page size from 1 to 10. */
export function pageSize(draw: number): number {
  return 1 + (draw % 10);
}

/** A name from a pool of 50 that no job of the load is created with (created ones are `c<client>-<n>`). */
export function neverCreatedName(draw: number): string {
  return `never-${draw % 50}`;
}

/** The input of a CreateDatasetImportJob call for a job named `name`. */
export function createInput(name: string, draw: number) {
  return {
    jobName: name,
    datasetArn: datasetArn(draw),
    dataSource: { dataLocation: `s3://load-bucket/${name}.csv` },
    roleArn: `arn:aws:iam::${ACCOUNT}:role/load`,
  };
}

/** The headers of an awsJson 1.1 request to `operation`. */
export function awsJsonHeaders(operation: string): Record<string, string> {
  return { "Content-Type": AWS_JSON, "X-Amz-Target": `${SERVICE}.${operation}` };
}

/** The message AWS answers a DescribeDatasetImportJob whose ARN breaks the model's pattern with. */
export function badArnMessage(value: string): string {
  return `1 validation error detected: Value '${value}' at 'datasetImportJobArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:([a-z\\d-]+):personalize:.*:.*:.+$`;
}

/** Why a DescribeDatasetImportJob answer (SDK or wire form) is not the job as created, or undefined. */
export function describedAsCreated(job: CreatedJob, answer: Record<string, unknown>): string | undefined {
  const got = answer.datasetImportJob as Record<string, unknown> | undefined;
  if (got === undefined) return "no datasetImportJob";
  const want: Record<string, unknown> = {
    datasetImportJobArn: job.arn,
    jobName: job.input.jobName,
    datasetArn: job.input.datasetArn,
    roleArn: job.input.roleArn,
    dataLocation: job.input.dataSource?.dataLocation,
  };
  const have: Record<string, unknown> = { ...got, dataLocation: (got.dataSource as { dataLocation?: unknown } | undefined)?.dataLocation };
  for (const [key, value] of Object.entries(want)) if (have[key] !== value) return `${key} ${JSON.stringify(have[key])}, not ${JSON.stringify(value)} (as created)`;
  return undefined;
}
