/**
 * Requests are read as AWS reads them: leniently (unknown members dropped, null members absent),
 * then a wrong JSON type is a `SerializationException` and constraint violations one
 * `ValidationException` in AWS's message form. Bodies are compared byte for byte.
 */
import { CreateDatasetImportJobCommand, DescribeDatasetImportJobCommand, InvalidInputException, PersonalizeServiceException } from "@aws-sdk/client-personalize";
import { describe, expect, it } from "vitest";
import { ARN_PATTERN, NAME_PATTERN, ROLE_PATTERN, S3_PATTERN } from "./fixtures/personalizeContract.ts";
import { client, JOB_ARN, personalize, post, useServer } from "./fixtures/setup.ts";

const server = useServer();
const DATASET_ARN = "arn:aws:personalize:us-east-1:123456789012:dataset/d";
const ROLE_ARN = "arn:aws:iam::123456789012:role/personalize";
const create = (body: object) => post(JSON.stringify(body), { target: "AmazonPersonalize.CreateDatasetImportJob" });
const validCreate = { jobName: "job", datasetArn: DATASET_ARN, dataSource: { dataLocation: "s3://bucket/data.csv" }, roleArn: ROLE_ARN };
const validation = (message: string) => JSON.stringify({ __type: "ValidationException", message });

describe("ValidationException", () => {
  it.each([
    [
      "a pattern",
      () => post(JSON.stringify({ datasetImportJobArn: "nope" })),
      `1 validation error detected: Value 'nope' at 'datasetImportJobArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ARN_PATTERN}`,
    ],
    [
      "a missing required member",
      () => post("{}"),
      "1 validation error detected: Value null at 'datasetImportJobArn' failed to satisfy constraint: Member must not be null",
    ],
    [
      "a null member, read as absent",
      () => post(JSON.stringify({ datasetImportJobArn: null })),
      "1 validation error detected: Value null at 'datasetImportJobArn' failed to satisfy constraint: Member must not be null",
    ],
    [
      "a maximum length",
      () => post(JSON.stringify({ datasetImportJobArn: `arn:aws:personalize:us-east-1:1:${"x".repeat(230)}` })),
      `1 validation error detected: Value 'arn:aws:personalize:us-east-1:1:${"x".repeat(230)}' at 'datasetImportJobArn' failed to satisfy constraint: Member must have length less than or equal to 256`,
    ],
    [
      "an empty name: length and pattern, counted separately",
      () => create({ ...validCreate, jobName: "" }),
      `2 validation errors detected: Value '' at 'jobName' failed to satisfy constraint: Member must have length greater than or equal to 1; Value '' at 'jobName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_PATTERN}`,
    ],
    [
      "several members, a nested path and an enum",
      () => create({ jobName: "-job", datasetArn: DATASET_ARN, dataSource: { dataLocation: "ftp://x" }, roleArn: "role", importMode: "PARTIAL" }),
      "4 validation errors detected: " +
        [
          `Value '-job' at 'jobName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_PATTERN}`,
          `Value 'ftp://x' at 'dataSource.dataLocation' failed to satisfy constraint: Member must satisfy regular expression pattern: ${S3_PATTERN}`,
          `Value 'role' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ROLE_PATTERN}`,
          "Value 'PARTIAL' at 'importMode' failed to satisfy constraint: Member must satisfy enum value set: [FULL, INCREMENTAL]",
        ].join("; "),
    ],
    [
      "missing required members",
      () => create({ dataSource: {} }),
      "3 validation errors detected: " +
        ["jobName", "datasetArn", "roleArn"].map((m) => `Value null at '${m}' failed to satisfy constraint: Member must not be null`).join("; "),
    ],
    [
      "a list item's member",
      () => create({ ...validCreate, tags: [{ tagKey: "team", tagValue: "a" }, { tagKey: "", tagValue: "b" }] }),
      "1 validation error detected: Value '' at 'tags.2.member.tagKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ],
    [
      "a required member of a list item",
      () => create({ ...validCreate, tags: [{ tagKey: "team" }] }),
      "1 validation error detected: Value null at 'tags.1.member.tagValue' failed to satisfy constraint: Member must not be null",
    ],
    [
      "a range minimum",
      () => post(JSON.stringify({ maxResults: 0 }), { target: "AmazonPersonalize.ListDatasetImportJobs" }),
      "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    ],
    [
      "a range maximum",
      () => post(JSON.stringify({ maxResults: 101 }), { target: "AmazonPersonalize.ListDatasetImportJobs" }),
      "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    ],
  ])("answers %s with 400 ValidationException", async (_, send, message) => {
    server.use(...personalize.handlers());
    const response = await send();
    expect(response.status).toBe(400);
    expect(response.text).toBe(validation(message));
    expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException");
    expect(response.headers.get("content-type")).toBe("application/x-amz-json-1.1");
  });

  it("ignores unknown members, as AWS does", async () => {
    server.use(...personalize.handlers());
    const response = await post(JSON.stringify({ datasetImportJobArn: JOB_ARN, bogus: 1, nested: { x: null } }));
    expect(response.status).toBe(200);
    const nested = await create({ ...validCreate, dataSource: { dataLocation: "s3://b/k", unknown: true }, importMode: null });
    expect(nested.status).toBe(200);
  });

  it("reaches the SDK client as its base exception named ValidationException", async () => {
    server.use(...personalize.handlers());
    const error: unknown = await client()
      .send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: "nope" }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PersonalizeServiceException);
    expect(error).toMatchObject({
      name: "ValidationException",
      $fault: "client",
      $metadata: { httpStatusCode: 400 },
      message: `1 validation error detected: Value 'nope' at 'datasetImportJobArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ARN_PATTERN}`,
    });
  });
});

describe("SerializationException", () => {
  it.each([
    ["a string member sent as a number", JSON.stringify({ datasetImportJobArn: 5 }), "NUMBER_VALUE can not be converted to a String"],
    ["a string member sent as a boolean", JSON.stringify({ datasetImportJobArn: true }), "TRUE_VALUE can not be converted to a String"],
    ["a string member sent as an object", JSON.stringify({ datasetImportJobArn: {} }), "Start of structure or map found where not expected"],
    ["a string member sent as a list", JSON.stringify({ datasetImportJobArn: ["a"] }), "Start of list found where not expected"],
    ["a body that is a list", "[]", "Start of list found where not expected"],
    ["a body that is a string", '"x"', "STRING_VALUE can not be converted to a structure or map"],
    ["a body that is not JSON", "{datasetImportJobArn:", "Unable to parse the request body as JSON"],
  ])("answers %s with 400 SerializationException", async (_, body, message) => {
    server.use(...personalize.handlers());
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.text).toBe(JSON.stringify({ __type: "SerializationException", message }));
    expect(response.headers.get("x-amzn-errortype")).toBe("SerializationException");
  });

  it("wins over constraint violations in the same body (the body could not be read)", async () => {
    server.use(...personalize.handlers());
    const response = await create({ ...validCreate, jobName: "-bad", publishAttributionMetricsToS3: "yes" });
    expect(response.text).toBe(JSON.stringify({ __type: "SerializationException", message: "STRING_VALUE can not be converted to a Boolean" }));
  });
});

describe("option validationError", () => {
  it("answers constraint violations with the modeled error instead", async () => {
    server.use(...personalize.handlers({ validationError: "InvalidInputException" }));
    const response = await post(JSON.stringify({ datasetImportJobArn: "nope" }));
    expect(response.status).toBe(400);
    expect(response.text).toBe(
      JSON.stringify({
        __type: "InvalidInputException",
        message: `1 validation error detected: Value 'nope' at 'datasetImportJobArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ARN_PATTERN}`,
      }),
    );
    expect(response.headers.get("x-amzn-errortype")).toBe("InvalidInputException");
  });

  it("reaches the SDK client as the modeled exception class", async () => {
    server.use(...personalize.handlers({ validationError: "InvalidInputException" }));
    const error: unknown = await client()
      .send(new CreateDatasetImportJobCommand({ ...validCreate, jobName: "" }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputException);
    expect(error).toMatchObject({ name: "InvalidInputException", $fault: "client", $metadata: { httpStatusCode: 400 } });
  });

  it("keeps SerializationException for a body of the wrong type", async () => {
    server.use(...personalize.handlers({ validationError: "InvalidInputException" }));
    expect((await post(JSON.stringify({ datasetImportJobArn: 1 }))).text).toBe(
      JSON.stringify({ __type: "SerializationException", message: "NUMBER_VALUE can not be converted to a String" }),
    );
  });

  it("must name an error the service models", () => {
    expect(() => personalize.create({ validationError: "InvalidInput" })).toThrow("validationError: no operation of AmazonPersonalize models the error InvalidInput");
  });
});
