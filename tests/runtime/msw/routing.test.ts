/**
 * Which requests the mock answers: POST to the service's AWS endpoint in any region or partition,
 * or to a custom endpoint; routed on `X-Amz-Target` and the protocol's Content-Type; another
 * service's requests fall through to the next handler.
 */
import { DescribeDatasetImportJobCommand } from "@aws-sdk/client-personalize";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { createServiceMock } from "../../../runtime/msw/index.ts";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { client, JOB_ARN, JSON_11, personalize, post, useServer } from "./fixtures/setup.ts";

const server = useServer();
const body = JSON.stringify({ datasetImportJobArn: JOB_ARN });

describe("endpoints", () => {
  it.each(["us-east-1", "eu-west-1", "ap-southeast-2", "us-gov-west-1"])("answers the SDK's default endpoint in %s", async (region) => {
    const mock = personalize.create();
    server.use(...mock.handlers);
    const out = await client({ region }).send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: JOB_ARN }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(mock.requests.map((r) => r.url)).toEqual([`https://personalize.${region}.amazonaws.com/`]);
  });

  it.each([
    "https://personalize.cn-north-1.amazonaws.com.cn/",
    "https://personalize-fips.us-east-1.amazonaws.com/",
    "https://personalize.us-east-1.api.aws/",
  ])("answers %s", async (url) => {
    server.use(...personalize.handlers());
    expect((await post(body, { url })).status).toBe(200);
  });

  it("answers a custom endpoint given as an option, with the real client pointed at it", async () => {
    const mock = personalize.create({ endpoint: "http://localhost:4566" });
    server.use(...mock.handlers);
    const out = await client({ endpoint: "http://localhost:4566" }).send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: JOB_ARN }));
    expect(out.datasetImportJob?.datasetImportJobArn).toBe(JOB_ARN);
    expect(mock.requests.map((r) => r.url)).toEqual(["http://localhost:4566/"]);
  });

  it("answers a list of custom endpoints, one with a path", async () => {
    server.use(...personalize.handlers({ endpoint: ["http://localhost:4566", "http://127.0.0.1:9000/personalize"] }));
    expect((await post(body, { url: "http://localhost:4566/" })).status).toBe(200);
    expect((await post(body, { url: "http://127.0.0.1:9000/personalize" })).status).toBe(200);
    expect((await post(body, { url: "http://127.0.0.1:9000/personalize/" })).status).toBe(200);
  });

  it("leaves other URLs alone: without the option, a custom endpoint is not answered", async () => {
    server.use(...personalize.handlers());
    const msw = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await expect(post(body, { url: "http://localhost:4566/" })).rejects.toThrow();
      await expect(post(body, { url: "https://dynamodb.us-east-1.amazonaws.com/" })).rejects.toThrow();
      await expect(post(body, { url: "https://personalize.us-east-1.amazonaws.com/other" })).rejects.toThrow();
      // msw's onUnhandledRequest: "error" reported each one: no handler of ours matched.
      expect(msw.mock.calls.map((c) => String(c[0]).split("\n")[0])).toEqual(Array(3).fill("[MSW] Error: intercepted a request without a matching request handler:"));
    } finally {
      msw.mockRestore();
    }
  });

  it("refuses a malformed endpoint option when the mock is made", () => {
    expect(() => personalize.create({ endpoint: "localhost:4566" })).toThrow(TypeError);
    expect(() => personalize.create({ endpoint: "not a url" })).toThrow('endpoint must be an absolute http(s) URL such as "http://localhost:4566", not "not a url"');
  });
});

describe("X-Amz-Target and Content-Type", () => {
  it.each(["X-Amz-Target", "x-amz-target", "X-AMZ-TARGET"])("reads the target from header %s", async (name) => {
    server.use(...personalize.handlers());
    const response = await post(body, { target: null, headers: { [name]: "AmazonPersonalize.DescribeDatasetImportJob" } });
    expect(response.status).toBe(200);
  });

  it.each([JSON_11, `${JSON_11}; charset=utf-8`, `${JSON_11};charset=UTF-8`, "Application/X-Amz-Json-1.1"])("accepts Content-Type %s", async (contentType) => {
    server.use(...personalize.handlers());
    expect((await post(body, { contentType })).status).toBe(200);
  });

  it.each([
    ["application/json", `{"__type":"UnknownOperationException","message":"AmazonPersonalize accepts Content-Type \\"application/x-amz-json-1.1\\", not \\"application/json\\""}`],
    ["application/x-amz-json-1.0", `{"__type":"UnknownOperationException","message":"AmazonPersonalize accepts Content-Type \\"application/x-amz-json-1.1\\", not \\"application/x-amz-json-1.0\\""}`],
    [null, `{"__type":"UnknownOperationException","message":"AmazonPersonalize accepts Content-Type \\"application/x-amz-json-1.1\\", not none"}`],
  ])("answers Content-Type %s with 400 UnknownOperationException", async (contentType, want) => {
    server.use(...personalize.handlers());
    const response = await post(body, { contentType });
    expect(response.status).toBe(400);
    expect(response.text).toBe(want);
    expect(response.headers.get("x-amzn-errortype")).toBe("UnknownOperationException");
  });

  it("answers an unknown operation of the service with 400 UnknownOperationException", async () => {
    const mock = personalize.create();
    server.use(...mock.handlers);
    const response = await post("{}", { target: "AmazonPersonalize.DescribeNothing" });
    expect(response.status).toBe(400);
    expect(response.text).toBe(`{"__type":"UnknownOperationException","message":"Unknown operation \\"AmazonPersonalize.DescribeNothing\\""}`);
    expect(mock.requests.map((r) => [r.target, r.operation, r.status])).toEqual([["AmazonPersonalize.DescribeNothing", undefined, 400]]);
  });

  it("answers a request without a target on the service's own AWS endpoint with UnknownOperationException", async () => {
    server.use(...personalize.handlers());
    const response = await post("{}", { target: null });
    expect(response.status).toBe(400);
    expect(response.text).toBe(`{"__type":"UnknownOperationException","message":"Unknown operation (no X-Amz-Target header)"}`);
  });

  it("reads an empty body as {}", async () => {
    server.use(...personalize.handlers());
    const list = await post(undefined, { target: "AmazonPersonalize.ListDatasetImportJobs" });
    expect(list.status).toBe(200);
    const describe = await post("", {});
    expect(describe.text).toBe(
      `{"__type":"ValidationException","message":"1 validation error detected: Value null at 'datasetImportJobArn' failed to satisfy constraint: Member must not be null"}`,
    );
  });
});

describe("two services on one endpoint", () => {
  const dynamo: ServiceContract = {
    serviceName: "DynamoDB_20120810",
    serviceId: "DynamoDB",
    sdkId: "DynamoDB",
    protocol: "awsJson1_0",
    endpointPrefix: "dynamodb",
    operations: {
      ListTables: {
        name: "ListTables",
        input: { type: "object", additionalProperties: false },
        output: { type: "object", properties: { TableNames: { type: "array", items: { type: "string" } } }, additionalProperties: false },
        errors: {},
      },
    },
  };

  it("passes another service's target on to the next handler, so both can be mocked at once", async () => {
    const endpoint = "http://localhost:4566";
    const personalizeMock = personalize.create({ endpoint });
    const dynamoMock = createServiceMock(dynamo, { outputs: {} }).create({ endpoint });
    const fallback = http.post(endpoint, () => HttpResponse.text("next handler", { status: 418 }));
    server.use(...personalizeMock.handlers, ...dynamoMock.handlers, fallback);

    const forDynamo = await post("{}", { url: `${endpoint}/`, target: "DynamoDB_20120810.ListTables", contentType: "application/x-amz-json-1.0" });
    expect([forDynamo.status, forDynamo.text, forDynamo.headers.get("content-type")]).toEqual([200, "{}", "application/x-amz-json-1.0"]);
    const forPersonalize = await post(body, { url: `${endpoint}/` });
    expect(forPersonalize.status).toBe(200);
    const forNobody = await post("{}", { url: `${endpoint}/`, target: "Kinesis_20131202.ListStreams" });
    expect([forNobody.status, forNobody.text]).toEqual([418, "next handler"]);

    expect(personalizeMock.requests.map((r) => r.target)).toEqual(["AmazonPersonalize.DescribeDatasetImportJob"]);
    expect(dynamoMock.requests.map((r) => r.target)).toEqual(["DynamoDB_20120810.ListTables"]);
  });
});
