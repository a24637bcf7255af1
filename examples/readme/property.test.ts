// examples/readme/property.test.ts
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { operations } from "../../generated/personalize/arbitraries.js";
import type { DatasetImportJob } from "../../generated/personalize/types.js";

// The app's own code under test: a summary of a job. (Its first version used `job.status ?? "unknown"`:
// this property found that the model allows an empty status.)
const summary = (job: DatasetImportJob = {}) => `${job.jobName ?? "(unnamed)"}: ${job.status || "unknown"}`;

// Any response the service may send, in the form the SDK client returns it (Dates, not numbers).
test.prop([operations.DescribeDatasetImportJob.output.sdk])("summarises any valid job", (response) => {
  expect(summary(response.datasetImportJob)).toMatch(/^.+: .+$/s); // a status may hold line breaks too
});
