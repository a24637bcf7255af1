/**
 * The matchers on restJson1 traffic: the real `@aws-sdk/client-personalize-runtime` and
 * `@aws-sdk/client-lambda` answered by mocks of their contracts (the generated Personalize Runtime
 * mock; a Lambda mock of the contract built from the reference model). Documents (SDK values and
 * thrown exceptions) match as they do for awsJson; whole messages — a mock's recorded request, a
 * fetch Request or Response — are read through the contract's protocol (labels, query, headers and
 * body) by `toMatchOperationRequest` / `toMatchOperationResponse`, with the violation lines
 * `validate` prints; awsJson messages read the same way.
 */
import { GetFunctionCommand, InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import { DescribeDatasetImportJobCommand, PersonalizeClient } from "@aws-sdk/client-personalize";
import { GetRecommendationsCommand, InvalidInputException, PersonalizeRuntimeClient } from "@aws-sdk/client-personalize-runtime";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import "smithy-contract/vitest";
import { messageMatchers } from "smithy-contract/vitest";
import { loadModelFile } from "../../../codegen/model/load.ts";
import { validationContract } from "../../../codegen/validate/contract.ts";
import { contract as personalize } from "../../../generated/personalize/contract.ts";
import { contract as runtime } from "../../../generated/personalize-runtime/contract.ts";
import { createPersonalizeRuntimeMock } from "../../../generated/personalize-runtime/mock.ts";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { createServiceMock, type RecordedRequest } from "../../../runtime/mock/index.ts";
import { RESTJSON1_CORPUS_DIR, restJson1Models } from "../../support/corpus.ts";

const CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const CAMPAIGN = "arn:aws:personalize:us-east-1:123456789012:campaign/books";

/** The message of the assertion error `run` rejects with; fails the test when it resolves. */
async function failureOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error("the assertion did not fail");
}

/** A recorded request with one header set to another value (what a buggy client would send). */
function withHeader(request: RecordedRequest, name: string, value: string): RecordedRequest {
  return { ...request, headers: { ...request.headers, [name]: value } };
}

let lambda: ServiceContract;
beforeAll(() => {
  const model = join(RESTJSON1_CORPUS_DIR, "lambda-2015-03-31.json");
  expect(restJson1Models()).toContain(model);
  lambda = validationContract(loadModelFile(model)).contract;
}, 60_000);

describe("Personalize Runtime (the generated restJson1 mock, the real client)", () => {
  it("the client's request, its output and a thrown modeled error all match", async () => {
    const mock = createPersonalizeRuntimeMock({ seed: 5 });
    const client = new PersonalizeRuntimeClient({ region: "us-east-1", credentials: CREDENTIALS, requestHandler: mock.requestHandler });
    const output = await client.send(new GetRecommendationsCommand({ campaignArn: CAMPAIGN, userId: "u-1", numResults: 3, context: { DEVICE: "mobile" } }));
    expect(output).toMatchOperationOutput(runtime, "GetRecommendations");
    await expect(mock.requests[0]).toMatchOperationRequest(runtime, "GetRecommendations");
    expect(mock.requests[0]!.body).toMatchOperationInput(runtime, "GetRecommendations");

    mock.requestHandler.use(mock.getRecommendations.error("InvalidInputException", { message: "numResults is too large" }));
    const thrown = await client.send(new GetRecommendationsCommand({ campaignArn: CAMPAIGN, userId: "u-1" })).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(InvalidInputException);
    expect(thrown).toMatchOperationError(runtime, "GetRecommendations", "InvalidInputException");
  });

  it("a recorded request with a body member out of range fails with validate's line", async () => {
    const mock = createPersonalizeRuntimeMock({ seed: 5 });
    const client = new PersonalizeRuntimeClient({ region: "us-east-1", credentials: CREDENTIALS, requestHandler: mock.requestHandler });
    await client.send(new GetRecommendationsCommand({ campaignArn: CAMPAIGN, userId: "u-1" }));
    const recorded = mock.requests[0]!;
    const bad = { ...recorded, text: JSON.stringify({ ...(recorded.body as object), numResults: -1 }) };
    expect(await failureOf(() => expect(bad).toMatchOperationRequest(runtime, "GetRecommendations"))).toBe(
      "expected value to match GetRecommendations input (1 violation):\n  /numResults (GetRecommendationsRequest.numResults): must be >= 0 (minimum), got -1",
    );
    await expect(bad).not.toMatchOperationRequest(runtime, "GetRecommendations");
  });
});

describe("Lambda (a mock of the reference model's contract, the real client)", () => {
  async function invoked() {
    const mock = createServiceMock(lambda).create({ seed: 9 });
    const client = new LambdaClient({ region: "us-east-1", credentials: CREDENTIALS, requestHandler: mock.requestHandler });
    const output = await client.send(new InvokeCommand({ FunctionName: "my-function", Qualifier: "prod", LogType: "Tail", Payload: new TextEncoder().encode('{"order":42}') }));
    return { mock, client, output };
  }

  it("Invoke: the request (label, query, headers, blob payload) and the output (status code, headers, payload) match", async () => {
    const { mock, output } = await invoked();
    expect(output).toMatchOperationOutput(lambda, "Invoke");
    await expect(mock.requests[0]).toMatchOperationRequest(lambda, "Invoke");
  });

  it("a bad header and a bad label of a recorded request: each with its pointer into the input document", async () => {
    const { mock } = await invoked();
    const recorded = mock.requests[0]!;
    expect(await failureOf(() => expect(withHeader(recorded, "x-amz-log-type", "Full")).toMatchOperationRequest(lambda, "Invoke"))).toBe(
      'expected value to match Invoke input (1 violation):\n  /LogType (InvocationRequest.LogType): must be one of None, Tail, got "Full"',
    );
    const longName = { ...recorded, url: recorded.url.replace("my-function", "f".repeat(171)) };
    expect(await failureOf(() => expect(longName).toMatchOperationRequest(lambda, "Invoke"))).toBe(
      `expected value to match Invoke input (1 violation):\n  /FunctionName (InvocationRequest.FunctionName): length must be <= 170 (maxLength), got "${"f".repeat(58)}…`,
    );
  });

  it("body members the protocol's reading drops (unknown at any depth, null) fail, unless unknown members are allowed", async () => {
    const json = { "content-type": "application/json" };
    const answer = new Response(JSON.stringify({ Configuration: { FunctionName: "my-function", Colour: "blue", Description: null } }), { status: 200, headers: json });
    expect(await failureOf(() => expect(answer.clone()).toMatchOperationResponse(lambda, "GetFunction"))).toBe(
      [
        "expected value to match GetFunction output (2 violations):",
        '  /Configuration/Colour: unknown member "Colour", got "blue"',
        "  /Configuration/Description: is null: a member that is not set is left out of the body, got null",
      ].join("\n"),
    );
    await expect(answer).toMatchOperationResponse(lambda, "GetFunction", { allowUnknown: true });
  });

  it("a request of another operation, or of no operation, fails as a whole", async () => {
    const { mock } = await invoked();
    const recorded = mock.requests[0]!;
    expect(await failureOf(() => expect(recorded).toMatchOperationRequest(lambda, "GetFunction"))).toBe(
      "expected value to match GetFunction input (1 violation):\n  /: is a request of Invoke, not GetFunction",
    );
    const nowhere = new Request("https://lambda.us-east-1.amazonaws.com/2015-03-31/nothing-here");
    expect(await failureOf(() => expect(nowhere).toMatchOperationRequest(lambda, "GetFunction"))).toBe(
      "expected value to match GetFunction input (1 violation):\n  /: AWSGirApiService has no operation for GET /2015-03-31/nothing-here",
    );
  });

  it("fetch Responses: an output (headers and body) and a modeled error match; a bad body member and an undeclared error do not", async () => {
    const json = { "content-type": "application/json" };
    const good = new Response(JSON.stringify({ Configuration: { FunctionName: "my-function", Timeout: 30 } }), { status: 200, headers: json });
    await expect(good).toMatchOperationResponse(lambda, "GetFunction");
    const bad = new Response(JSON.stringify({ Configuration: { FunctionName: "my-function", Timeout: 0 } }), { status: 200, headers: json });
    expect(await failureOf(() => expect(bad).toMatchOperationResponse(lambda, "GetFunction"))).toBe(
      "expected value to match GetFunction output (1 violation):\n  /Configuration/Timeout (FunctionConfiguration.Timeout): must be >= 1 (minimum), got 0",
    );
    const notFound = new Response(JSON.stringify({ Type: "User", Message: "Function not found" }), { status: 404, headers: { ...json, "x-amzn-errortype": "ResourceNotFoundException" } });
    await expect(notFound).toMatchOperationResponse(lambda, "GetFunction");
    const gone = new Response("{}", { status: 410, headers: { ...json, "x-amzn-errortype": "FunctionGoneException" } });
    expect(await failureOf(() => expect(gone).toMatchOperationResponse(lambda, "GetFunction"))).toBe(
      'expected value to match GetFunction error FunctionGoneException (1 violation):\n  /: names error "FunctionGoneException", which GetFunction does not declare (it declares InvalidParameterValueException, ResourceNotFoundException, ServiceException, TooManyRequestsException)',
    );
  });

  it("GetFunction's SDK output and a thrown ResourceNotFoundException match as documents", async () => {
    const mock = createServiceMock(lambda).create({ seed: 9 });
    const client = new LambdaClient({ region: "us-east-1", credentials: CREDENTIALS, requestHandler: mock.requestHandler });
    expect(await client.send(new GetFunctionCommand({ FunctionName: "my-function" }))).toMatchOperationOutput(lambda, "GetFunction");
    mock.requestHandler.use((mock as unknown as Record<string, { error(name: string, body: unknown): object }>).getFunction!.error("ResourceNotFoundException", { Type: "User", Message: "gone" }));
    const thrown = await client.send(new GetFunctionCommand({ FunctionName: "missing" })).catch((e: unknown) => e);
    expect(thrown).toMatchOperationError(lambda, "GetFunction", "ResourceNotFoundException");
  });
});

describe("awsJson messages read the same way", () => {
  it("a Personalize (awsJson 1.1) recorded request routes by X-Amz-Target and reads its body; answers read as a client reads them", async () => {
    const mock = createServiceMock(personalize).create({ seed: 2 });
    const client = new PersonalizeClient({ region: "us-east-1", credentials: CREDENTIALS, requestHandler: mock.requestHandler });
    const arn = "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/x";
    await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }));
    await expect(mock.requests[0]).toMatchOperationRequest(personalize, "DescribeDatasetImportJob");
    const bad = { ...mock.requests[0]!, text: JSON.stringify({ datasetImportJobArn: 5 }) };
    expect(await failureOf(() => expect(bad).toMatchOperationRequest(personalize, "DescribeDatasetImportJob"))).toMatch(/^expected value to match DescribeDatasetImportJob input \(1 violation\):\n {2}\//);
    const notFound = new Response(JSON.stringify({ __type: "ResourceNotFoundException", message: "no such job" }), { status: 400, headers: { "content-type": "application/x-amz-json-1.1" } });
    await expect(notFound).toMatchOperationResponse(personalize, "DescribeDatasetImportJob");
    const wrongJob = new Response(JSON.stringify({ datasetImportJob: { importMode: "PARTIAL" } }), { status: 200, headers: { "content-type": "application/x-amz-json-1.1" } });
    expect(await failureOf(() => expect(wrongJob).toMatchOperationResponse(personalize, "DescribeDatasetImportJob"))).toBe(
      'expected value to match DescribeDatasetImportJob output (1 violation):\n  /datasetImportJob/importMode (DatasetImportJob.importMode): must be one of FULL, INCREMENTAL, got "PARTIAL"',
    );
  });
});

describe("mistakes of the test itself", () => {
  it("a message given to a document matcher, and a document given to a message matcher, say which matcher to use", async () => {
    const mock = createPersonalizeRuntimeMock({ seed: 5 });
    const client = new PersonalizeRuntimeClient({ region: "us-east-1", credentials: CREDENTIALS, requestHandler: mock.requestHandler });
    await client.send(new GetRecommendationsCommand({ campaignArn: CAMPAIGN, userId: "u-1" }));
    expect(() => expect(mock.requests[0]).toMatchOperationInput(runtime, "GetRecommendations")).toThrow(
      'toMatchOperationInput: the value is an HTTP message (a Request, a Response or a mock\'s recorded request), not a document; use `await expect(message).toMatchOperationRequest(contract, "GetRecommendations")`, which reads it through the contract\'s protocol',
    );
    await expect(messageMatchers.toMatchOperationRequest({ userId: "u" }, runtime, "GetRecommendations")).rejects.toThrow(
      "toMatchOperationRequest: the value must be a fetch Request or a mock's recorded request; check a document (a body, an SDK value) with toMatchOperationInput",
    );
  });
});
