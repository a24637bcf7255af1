// examples/readme/realistic.test.ts
import { CreateDatasetImportJobCommand, DescribeDatasetImportJobCommand, PersonalizeClient, paginateListDatasetImportJobs } from "@aws-sdk/client-personalize";
import { setupServer } from "msw/node";
import { onUnhandled } from "smithy-contract/msw";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createPersonalizeMock } from "../../generated/personalize/msw.js";

const mock = createPersonalizeMock({ seed: 42 }); // data: "realistic" and state: "open" are the defaults
const server = setupServer(...mock.handlers);
const client = new PersonalizeClient({ region: "eu-west-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 });

beforeAll(() => server.listen(onUnhandled("error")));
afterAll(() => server.close());

it("answers like the service: the job asked for, readable names, ARNs in the client's region, ordered dates", async () => {
  const datasetImportJobArn = "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/daily-clicks";
  const { datasetImportJob: job } = await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn }));
  console.log(JSON.stringify(job, null, 2)); // the README shows what this prints
  expect(job?.datasetImportJobArn).toBe(datasetImportJobArn);
  expect(job?.roleArn).toMatch(/^arn:aws:iam::123456789012:role\//);
  expect(job!.creationDateTime! <= job!.lastUpdatedDateTime!).toBe(true);
});

it("keeps what it created: a new job is read back and listed, page by page", async () => {
  const { datasetImportJobArn } = await client.send(
    new CreateDatasetImportJobCommand({
      jobName: "nightly",
      datasetArn: "arn:aws:personalize:eu-west-1:123456789012:dataset/shop/INTERACTIONS",
      dataSource: { dataLocation: "s3://shop/interactions.csv" },
      roleArn: "arn:aws:iam::123456789012:role/personalize",
    }),
  );
  expect(datasetImportJobArn).toBe("arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/nightly");
  const { datasetImportJob } = await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn }));
  expect(datasetImportJob).toMatchObject({ jobName: "nightly", status: "CREATE PENDING", dataSource: { dataLocation: "s3://shop/interactions.csv" } });
  const listed = [];
  for await (const page of paginateListDatasetImportJobs({ client, pageSize: 5 }, { datasetArn: "arn:aws:personalize:eu-west-1:123456789012:dataset/shop/INTERACTIONS" })) {
    listed.push(...(page.datasetImportJobs ?? []).map((j) => j.datasetImportJobArn));
  }
  expect(listed).toContain(datasetImportJobArn);
});
