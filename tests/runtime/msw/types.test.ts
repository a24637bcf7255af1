/**
 * The helpers' types reject what breaks the contract: each snippet below must fail to compile with
 * exactly the expected TypeScript error on its own line, and types.test-d.ts (the uses that must
 * compile) must compile without any error. Runs the project's own `tsc` on a temporary project.
 */
import { compileCases } from "../../support/type-cases.ts";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const fixtures = fileURLToPath(new URL("./fixtures/setup.ts", import.meta.url));
const positive = fileURLToPath(new URL("./types.test-d.ts", import.meta.url));

/** Snippet → the TypeScript error code it must cause. */
const mustFail: readonly [string, string, string][] = [
  ["a member of the wrong type", `describeDatasetImportJob({ datasetImportJob: { jobName: 5 } });`, "TS2322"],
  ["a misspelt member", `describeDatasetImportJob({ datasetImportJob: { jobname: "x" } });`, "TS2561"],
  ["a value outside an enum", `describeDatasetImportJob({ datasetImportJob: { importMode: "PARTIAL" } });`, "TS2322"],
  ["a timestamp of the wrong type", `describeDatasetImportJob({ datasetImportJob: { creationDateTime: true } });`, "TS2322"],
  ["another operation's output", `describeDatasetImportJob({ datasetImportJobs: [] });`, "TS2353"],
  ["a resolver returning the wrong type", `describeDatasetImportJob(() => ({ datasetImportJob: { status: 1 } }));`, "TS2345"],
  ["a resolver misreading its input", `describeDatasetImportJob((input) => { const n: number | undefined = input.datasetImportJobArn; return {}; });`, "TS2322"],
  ["an error the operation does not model", `describeDatasetImportJob.error("LimitExceededException");`, "TS2345"],
  ["an error message that is not a string", `describeDatasetImportJob.error("InvalidInputException", { message: 1 });`, "TS2322"],
  ["an error member the error does not have", `describeDatasetImportJob.error("InvalidInputException", { reason: "x" });`, "TS2353"],
  ["a resolver answering an unmodeled error", `describeDatasetImportJob((_, ctx) => ctx.error("TooManyTagsException"));`, "TS2345"],
  ["an operation the service does not have", `personalize.operation("DescribeNothing");`, "TS2345"],
  ["requests of an unknown operation", `personalize.create().requestsOf("DescribeNothing");`, "TS2345"],
  ["an unknown option", `personalize.create({ sede: 1 });`, "TS2353"],
];

it("rejects outputs, resolvers and errors that break the contract, and accepts the rest", async () => {
  const header = [`import { personalize, describeDatasetImportJob } from ${JSON.stringify(fixtures)};`];
  const found = await compileCases(header, mustFail.map(([, code]) => code), positive);
  expect(found).toEqual(mustFail.map(([, , code], i) => `case ${i}: ${code}`));
});
