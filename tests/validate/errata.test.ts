/**
 * Errata: AWS's Personalize model types `DatasetImportJob.roleArn` with Personalize's own ARN
 * pattern, yet the service returns the job's IAM role ARN there. A real-shaped
 * `DescribeDatasetImportJob` response passes `validate` with the embedded model's overlay (whose
 * erratum gives the member the IAM role ARN pattern) and fails without it, the violation naming the
 * member. The built CLI, as a user runs it.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cliArgs } from "../support/cli.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RECORDING = "tests/fixtures/recordings/describe-output.real-role.json";

function validate(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, cliArgs("validate", ...args), { cwd: ROOT }, (error, out, err) => resolve({ code: error === null ? 0 : Number(error.code), out, err }));
  });
}

describe("the roleArn erratum of the embedded overlay", () => {
  it("a real-shaped answer with an IAM role ARN passes with the overlay", async () => {
    const r = await validate("--model", "model/personalize.json", "--overlay", "model/personalize.overlay.json", "--operation", "DescribeDatasetImportJob", RECORDING);
    expect([r.code, r.out]).toEqual([0, "1 value checked in 1 file: 1 valid, 0 invalid\n"]);
  });

  it("and without --model at all (the embedded model comes with its overlay)", async () => {
    const r = await validate("--operation", "DescribeDatasetImportJob", RECORDING);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^note: no --model given: using the embedded model/);
  });

  it("fails without the overlay, the violation naming the member and the model's own pattern", async () => {
    const r = await validate("--model", "model/personalize.json", "--operation", "DescribeDatasetImportJob", RECORDING);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `${RECORDING}: DescribeDatasetImportJob output: 1 violation\n  /datasetImportJob/roleArn (DatasetImportJob.roleArn): must match pattern ^arn:([a-z\\d-]+):personalize:.*:.*:.+$, got "arn:aws:iam::123456789012:role/PersonalizeS3Access"\n`,
    );
  });
});
