// examples/readme/matchers.test.ts
import "smithy-contract/vitest";
import { expect, it } from "vitest";
import { contract } from "../../generated/personalize/contract.js";

it("checks a recorded response against the contract", () => {
  const recorded = { datasetImportJob: { jobName: "daily", status: "ACTIVE", creationDateTime: 1767225600 } };
  expect(recorded).toMatchOperationOutput(contract, "DescribeDatasetImportJob");
  expect({ datasetImportJob: { jobName: "x".repeat(64) } }).not.toMatchOperationOutput(contract, "DescribeDatasetImportJob");
  expect({ datasetImportJobArn: "arn:aws:personalize:us-east-1:1:dataset-import-job/x" }).toMatchOperationInput(contract, "DescribeDatasetImportJob");
});
