/**
 * The realistic `DescribeDatasetImportJob` answer of the default model reads like Personalize: the
 * job's name and ARN agree, ARNs are Personalize ARNs in the client's region, the data source is an
 * S3 URL, the status is a state, the job was created before it was last updated, both in the recent
 * past. The answer for seed 10 is pinned.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadClosure } from "../../../../codegen/load-closure.ts";
import { buildServiceContract } from "../../../../codegen/contract/service-contract.ts";
import { TIMESTAMP_WINDOW, realisticValue, type RealisticSettings } from "../../../../runtime/data/realistic/index.ts";
import { checkerOf } from "../../../../runtime/validation/checker.ts";
import { DEFAULT_MODEL } from "../../../support/corpus.ts";

const NOW = Date.parse("2025-06-01T12:00:00Z");
const SETTINGS: RealisticSettings = { now: NOW, region: "eu-west-1", arnNamespace: "personalize", endpointPrefix: "personalize" };
const SEED = 10;

const { closure } = loadClosure({ model: DEFAULT_MODEL, operations: ["DescribeDatasetImportJob"] });
const contract = buildServiceContract(closure);
const operation = contract.operations.DescribeDatasetImportJob!;
const answer = (seed: number) => realisticValue(operation.plans!.output, contract.shapes!, SETTINGS, seed) as { datasetImportJob: Record<string, unknown> };

const ARN = (type: string) => new RegExp(`^arn:aws:personalize:eu-west-1:123456789012:${type}/[a-z]+-[a-z]+$`);

describe("realistic DescribeDatasetImportJob (model/personalize.json)", () => {
  it.each(Array.from({ length: 50 }, (_, i) => [i + 1]))("seed %i reads like the service and keeps the contract", (seed) => {
    const body = answer(seed);
    expect(checkerOf(contract).violation(operation, { kind: "output" }, body)).toBeUndefined();
    const job = body.datasetImportJob;
    expect(job.jobName).toMatch(/^[a-z]+-[a-z]+$/);
    expect(job.datasetImportJobArn).toMatch(ARN("dataset-import-job"));
    expect(job.datasetImportJobArn).toBe(`arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/${String(job.jobName)}`);
    expect(job.datasetArn).toMatch(ARN("dataset"));
    if (job.roleArn !== undefined) expect(job.roleArn).toMatch(ARN("role"));
    expect(job.status).toMatch(/^[A-Z]+$/);
    const source = job.dataSource as { dataLocation?: string } | undefined;
    if (source?.dataLocation !== undefined) expect(source.dataLocation).toMatch(/^s3:\/\/[a-z-]+-bucket\/[a-z]+\/[a-z]+\.(csv|json|parquet)$/);
    const created = job.creationDateTime as number | undefined;
    const updated = job.lastUpdatedDateTime as number | undefined;
    for (const t of [created, updated]) if (t !== undefined) expect(t * 1000).toBeGreaterThanOrEqual(NOW - TIMESTAMP_WINDOW.pastMs);
    if (created !== undefined) expect(created * 1000).toBeLessThanOrEqual(NOW - 3_600_000);
    if (updated !== undefined) expect(updated * 1000).toBeLessThanOrEqual(NOW);
    if (created !== undefined && updated !== undefined) expect(created).toBeLessThanOrEqual(updated);
  });

  it(`pins seed ${SEED}`, () => {
    expect(answer(SEED)).toEqual(PINNED);
  });
});

/** Checked by eye: the job's name in its ARN, an S3 source, ACTIVE, created 2025-05-07 and updated 2025-05-12. */
const PINNED = {
  datasetImportJob: {
    jobName: "primary-payments",
    datasetImportJobArn: "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/primary-payments",
    datasetArn: "arn:aws:personalize:eu-west-1:123456789012:dataset/legacy-payments",
    dataSource: { dataLocation: "s3://test-payments-bucket/data/payments.csv" },
    roleArn: "arn:aws:personalize:eu-west-1:123456789012:role/backup-orders",
    status: "ACTIVE",
    creationDateTime: 1746629165.381,
    lastUpdatedDateTime: 1747020814.605,
    importMode: "INCREMENTAL",
    publishAttributionMetricsToS3: true,
  },
};
