/**
 * Modeled errors injected by a test reach the real client as the SDK's own exception classes;
 * on the wire they carry `__type`, `X-Amzn-Errortype`, the protocol's Content-Type and a request
 * id. awsJson1_0 names errors by shape id.
 */
import { DescribeDatasetImportJobCommand, InvalidInputException, ResourceNotFoundException } from "@aws-sdk/client-personalize";
import { describe, expect, it } from "vitest";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { ContractViolation, createServiceMock } from "../../../runtime/msw/index.ts";
import { contract, outputs } from "./fixtures/personalizeContract.ts";
import { client, describeDatasetImportJob, JOB_ARN, personalize, post, useServer } from "./fixtures/setup.ts";

const server = useServer();
const send = () => client().send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: JOB_ARN }));

describe(".error(name, body)", () => {
  it("reaches the client as the SDK's exception class, with fault, status and message", async () => {
    server.use(describeDatasetImportJob.error("ResourceNotFoundException", { message: "No dataset import job job-1" }));
    const error: unknown = await send().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ name: "ResourceNotFoundException", $fault: "client", message: "No dataset import job job-1", $metadata: { httpStatusCode: 404 } });
  });

  it("is on the wire as AWS sends it", async () => {
    const mock = personalize.create({ seed: 5 });
    server.use(describeDatasetImportJob.error("InvalidInputException", { message: "bad" }, { mock }));
    const response = await post(JSON.stringify({ datasetImportJobArn: JOB_ARN }));
    expect(response.status).toBe(400);
    expect(response.text).toBe('{"__type":"InvalidInputException","message":"bad"}');
    expect(response.headers.get("x-amzn-errortype")).toBe("InvalidInputException");
    expect(response.headers.get("content-type")).toBe("application/x-amz-json-1.1");
    expect(response.headers.get("x-amzn-requestid")).toBe(mock.requests[0]?.requestId);
  });

  it("may be chosen per request by a resolver", async () => {
    server.use(
      describeDatasetImportJob((input, ctx) =>
        input.datasetImportJobArn === JOB_ARN ? ctx.error("ResourceNotFoundException", { message: "gone" }) : { datasetImportJob: { status: "ACTIVE" } },
      ),
    );
    await expect(send()).rejects.toBeInstanceOf(ResourceNotFoundException);
    const other = await client().send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: `${JOB_ARN}-other` }));
    expect(other.datasetImportJob?.status).toBe("ACTIVE");
  });

  it("refuses an error the operation does not model, naming the ones it does", () => {
    expect(() => describeDatasetImportJob.error("LimitExceededException" as "InvalidInputException")).toThrow(
      "DescribeDatasetImportJob does not model the error LimitExceededException; it models InvalidInputException, ResourceNotFoundException",
    );
  });

  it("refuses a body that breaks the error's schema", () => {
    expect(() => describeDatasetImportJob.error("InvalidInputException", { message: 5 as unknown as string })).toThrow(ContractViolation);
    expect(() => describeDatasetImportJob.error("InvalidInputException", { message: 5 as unknown as string })).toThrow(
      "DescribeDatasetImportJob error InvalidInputException violates the contract: /message (InvalidInputException.message): must be a string, got 5",
    );
  });

  it("may be sent without a message", async () => {
    server.use(describeDatasetImportJob.error("InvalidInputException"));
    const error: unknown = await send().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputException);
  });
});

describe("awsJson1_0", () => {
  const json10: ServiceContract = { ...contract, protocol: "awsJson1_0" };
  const mock10 = createServiceMock(json10, { outputs });

  it("names modeled errors by their shape id, and answers in its own Content-Type", async () => {
    server.use(mock10.operation("DescribeDatasetImportJob").error("ResourceNotFoundException", { message: "gone" }));
    const response = await post(JSON.stringify({ datasetImportJobArn: JOB_ARN }), { contentType: "application/x-amz-json-1.0" });
    expect(response.status).toBe(404);
    expect(response.text).toBe('{"__type":"com.amazonaws.personalize#ResourceNotFoundException","message":"gone"}');
    expect(response.headers.get("x-amzn-errortype")).toBe("com.amazonaws.personalize#ResourceNotFoundException");
    expect(response.headers.get("content-type")).toBe("application/x-amz-json-1.0");
  });

  it("names framework errors by Coral's shape ids", async () => {
    server.use(...mock10.handlers());
    const send10 = (body: string, target?: string) => post(body, { contentType: "application/x-amz-json-1.0", ...(target !== undefined && { target }) });
    expect((await send10("{}")).text).toBe(
      '{"__type":"com.amazon.coral.validate#ValidationException","message":"1 validation error detected: Value null at \'datasetImportJobArn\' failed to satisfy constraint: Member must not be null"}',
    );
    expect((await send10("[")).text).toBe('{"__type":"com.amazon.coral.service#SerializationException","message":"Unable to parse the request body as JSON"}');
    expect((await send10("{}", "AmazonPersonalize.Nothing")).text).toBe('{"__type":"com.amazon.coral.service#UnknownOperationException","message":"Unknown operation \\"AmazonPersonalize.Nothing\\""}');
  });
});
