// examples/readme/in-process.test.ts
import { DescribeDatasetImportJobCommand, PersonalizeClient, ResourceNotFoundException } from "@aws-sdk/client-personalize";
import { afterEach, expect, it } from "vitest";
import { createPersonalizeMock } from "../../generated/personalize/mock.js"; // msw need not be installed

const mock = createPersonalizeMock({ seed: 42 });
// No interception, no sockets: the client hands each signed request to the mock.
const client = new PersonalizeClient({ region: "eu-west-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, requestHandler: mock.requestHandler });
const arn = "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/daily";

afterEach(() => {
  mock.requestHandler.resetHandlers(); // drop the helpers added with use()
  mock.assertNoViolations();
  mock.reset();
});

it("answers as the msw mock does, from the same contract", async () => {
  const { datasetImportJob } = await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }));
  expect(datasetImportJob?.status).toBe("CREATE PENDING");
  expect(mock.requests).toHaveLength(1);
});

it("takes the same helpers, with use() where msw has server.use()", async () => {
  mock.requestHandler.use(mock.describeDatasetImportJob.error("ResourceNotFoundException", { message: "no such job" }));
  await expect(client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }))).rejects.toBeInstanceOf(ResourceNotFoundException);
});
