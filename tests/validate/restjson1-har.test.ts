/**
 * `validate` of restJson1 traffic: HAR entries recorded from the real `@aws-sdk/client-lambda` and
 * `@aws-sdk/client-personalize-runtime` (through mocks of their contracts, traffic.ts), routed by
 * method and path template and read as the protocol reads them; faults planted in the recording
 * (lambda-faults.ts) each reported with its entry, where it was on the wire and its exact pointer
 * into the operation's document. Also JSON and NDJSON values of restJson1 documents.
 */
import { readFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModelFile } from "../../codegen/model/load.ts";
import { loadValidationContract, resultLines, validateFiles, validationContract, type InputFile, type ValidationContract, type ValueResult } from "../../codegen/validate/index.ts";
import type { CheckTarget } from "../../codegen/validate/index.ts";
import { DEFAULT_MODEL, restJson1Models } from "../support/corpus.ts";
import { plantLambdaFaults } from "./support/lambda-faults.ts";
import type { Har } from "./support/record-har.ts";
import { LAMBDA_MODEL, recordLambda, recordPersonalizeRuntime } from "./support/traffic.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = join(ROOT, "tests/fixtures/validate");
const L = "https://lambda.us-east-1.amazonaws.com/2015-03-31";

let tmp: string;
let lambda: ValidationContract;
let recorded: Har;
beforeAll(async () => {
  // The reference models are read in place; an absent folder prints a line and fails here.
  expect(restJson1Models()).toContain(LAMBDA_MODEL);
  lambda = validationContract(loadModelFile(LAMBDA_MODEL));
  recorded = await recordLambda(lambda);
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  tmp = mkdtempSync(join(ROOT, ".tmp", "validate-restjson1-"));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every result's lines (the file name cut off; a valid value as `<location>: valid [<label>]`), and the counts. */
async function run(contract: ValidationContract, content: unknown, options: { format?: InputFile["format"]; target?: CheckTarget; operation?: string } = {}) {
  const format = options.format ?? "har";
  const file = join(tmp, `${Math.random().toString(36).slice(2)}.${format}`);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  const seen: ValueResult[] = [];
  const report = await validateFiles({
    contract,
    files: [{ path: file, format }],
    ...(options.target !== undefined && { target: options.target }),
    ...(options.operation !== undefined && { operation: options.operation }),
    listener: { value: (r) => seen.push(r) },
  });
  const cut = (line: string) => (line.startsWith(file) ? line.slice(file.length).replace(/^ /, "") : line);
  const lines = seen.flatMap((r) => (r.status === "valid" ? [`${cut(r.location)}: valid [${r.label}]`] : resultLines(r).map(cut)));
  return { lines, counts: { values: report.values, valid: report.valid, invalid: report.invalid, skipped: report.skipped } };
}

describe("a HAR of Lambda traffic from the real client", () => {
  it("validates whole: each entry routed by method and path template to its operation, request and answer read as restJson1", async () => {
    expect(await run(lambda, recorded)).toEqual({
      lines: [
        `entries[0] request (POST ${L}/functions/my-function/invocations?Qualifier=prod): valid [Invoke input]`,
        `entries[0] response (POST ${L}/functions/my-function/invocations?Qualifier=prod 203): valid [Invoke output]`,
        `entries[1] request (GET ${L}/functions/my-function): valid [GetFunction input]`,
        `entries[1] response (GET ${L}/functions/my-function 200): valid [GetFunction output]`,
        `entries[2] request (PUT ${L}/functions/my-function/configuration): valid [UpdateFunctionConfiguration input]`,
        `entries[2] response (PUT ${L}/functions/my-function/configuration 200): valid [UpdateFunctionConfiguration output]`,
        `entries[3] request (GET ${L}/functions?MaxItems=10): valid [ListFunctions input]`,
        `entries[3] response (GET ${L}/functions?MaxItems=10 200): valid [ListFunctions output]`,
        `entries[4] request (GET ${L}/functions/missing): valid [GetFunction input]`,
        `entries[4] response (GET ${L}/functions/missing 404): valid [GetFunction error ResourceNotFoundException]`,
      ],
      counts: { values: 10, valid: 10, invalid: 0, skipped: 0 },
    });
  });

  it("planted faults: each reported with its entry, its place on the wire and its exact pointer into the document", async () => {
    const { lines, counts } = await run(lambda, plantLambdaFaults(recorded));
    expect(lines).toEqual([
      `entries[0] request (POST ${L}/functions/my-function/invocations?Qualifier=prod): Invoke input: 1 violation`,
      '  request header X-Amz-Log-Type → /LogType (InvocationRequest.LogType): must be one of None, Tail, got "Full"',
      `entries[0] response (POST ${L}/functions/my-function/invocations?Qualifier=prod 203): Invoke output: 1 violation`,
      '  response header X-Amz-Executed-Version → /ExecutedVersion (InvocationResponse.ExecutedVersion): must match pattern ^(\\$LATEST|[0-9]+)$, got "latest"',
      `entries[1] request (GET ${L}/functions/my%20function%21): GetFunction input: 1 violation`,
      '  request label FunctionName → /FunctionName (GetFunctionRequest.FunctionName): must match pattern ^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?$, got "my function!"',
      `entries[1] response (GET ${L}/functions/my%20function%21 200): GetFunction output: 1 violation`,
      "  response body → /Configuration/Timeout (FunctionConfiguration.Timeout): must be >= 1 (minimum), got 0",
      `entries[2] request (PUT ${L}/functions/my-function/configuration): UpdateFunctionConfiguration input: 2 violations`,
      "  request body → /MemorySize (UpdateFunctionConfigurationRequest.MemorySize): must be >= 128 (minimum), got 64",
      '  request body → /Memory: unknown member "Memory", got 64',
      `entries[2] response (PUT ${L}/functions/my-function/configuration 200): valid [UpdateFunctionConfiguration output]`,
      `entries[3] request (GET ${L}/functions?MaxItems=0): ListFunctions input: 1 violation`,
      "  request query MaxItems → /MaxItems (ListFunctionsRequest.MaxItems): must be >= 1 (minimum), got 0",
      `entries[3] response (GET ${L}/functions?MaxItems=0 200): valid [ListFunctions output]`,
      `entries[4] request (GET ${L}/functions/missing): valid [GetFunction input]`,
      `entries[4] response (GET ${L}/functions/missing 404): GetFunction error FunctionGoneException: 1 violation`,
      '  response header X-Amzn-Errortype → /: names error "FunctionGoneException", which GetFunction does not declare (it declares InvalidParameterValueException, ResourceNotFoundException, ServiceException, TooManyRequestsException), got "FunctionGoneException"',
      `entries[5] (GET ${L}/nothing-here): skipped: AWSGirApiService has no operation for GET /2015-03-31/nothing-here`,
      `entries[6] request (PUT ${L}/functions/my-function/configuration): UpdateFunctionConfiguration input: 1 violation`,
      "  request body → /MemorySize: the service refuses it with SerializationException: expected an integer, got string at /MemorySize",
      `entries[6] response (PUT ${L}/functions/my-function/configuration 200): valid [UpdateFunctionConfiguration output]`,
    ]);
    expect(counts).toEqual({ values: 12, valid: 4, invalid: 8, skipped: 1 });
  });

  it("the violations carry their place on the wire and the pointer as data, not only in the text", async () => {
    const file = join(tmp, "faults.har");
    writeFileSync(file, JSON.stringify(plantLambdaFaults(recorded)));
    const report = await validateFiles({ contract: lambda, files: [{ path: file, format: "har" }] });
    expect(report.stored.map((r) => r.violations.map((v) => [r.caseName, v.wire, v.pointer, v.keyword])).flat()).toEqual([
      ["entries[0] request", "request header X-Amz-Log-Type", "/LogType", "enum"],
      ["entries[0] response", "response header X-Amz-Executed-Version", "/ExecutedVersion", "pattern"],
      ["entries[1] request", "request label FunctionName", "/FunctionName", "pattern"],
      ["entries[1] response", "response body", "/Configuration/Timeout", "minimum"],
      ["entries[2] request", "request body", "/MemorySize", "minimum"],
      ["entries[2] request", "request body", "/Memory", "additionalProperties"],
      ["entries[3] request", "request query MaxItems", "/MaxItems", "minimum"],
      ["entries[4] response", "response header X-Amzn-Errortype", "", "errorType"],
      ["entries[6] request", "request body", "/MemorySize", "SerializationException"],
    ]);
  });

  it("--allow-unknown accepts the unknown body member and still reports the rest; --operation keeps one operation's entries", async () => {
    const allowing = validationContract(loadModelFile(LAMBDA_MODEL), { allowUnknown: true });
    const { lines } = await run(allowing, { log: { entries: [plantLambdaFaults(recorded).log.entries[2]] } });
    expect(lines.slice(0, 2)).toEqual([
      `entries[0] request (PUT ${L}/functions/my-function/configuration): UpdateFunctionConfiguration input: 1 violation`,
      "  request body → /MemorySize (UpdateFunctionConfigurationRequest.MemorySize): must be >= 128 (minimum), got 64",
    ]);
    const only = await run(lambda, recorded, { operation: "ListFunctions" });
    expect(only.counts).toEqual({ values: 2, valid: 2, invalid: 0, skipped: 4 });
    expect(only.lines[0]).toBe(`entries[0] (POST ${L}/functions/my-function/invocations?Qualifier=prod): skipped: not ListFunctions (--operation)`);
  });

  it("members the protocol drops when it reads a body (unknown at any depth, null) are violations too", async () => {
    const [, getFunction, update] = structuredClone(recorded.log.entries);
    update!.request.postData!.text = JSON.stringify({ ...JSON.parse(update!.request.postData!.text), Environment: { Variables: { STAGE: "prod" }, Extra: true }, Description: null });
    const answer = JSON.parse(getFunction!.response.content.text!) as { Configuration: Record<string, unknown> };
    answer.Configuration.Colour = "blue";
    getFunction!.response.content.text = JSON.stringify(answer);
    const { lines } = await run(lambda, { log: { entries: [update, getFunction] } });
    expect(lines).toEqual([
      `entries[0] request (PUT ${L}/functions/my-function/configuration): UpdateFunctionConfiguration input: 2 violations`,
      "  request body → /Description: is null: a member that is not set is left out of the body, got null",
      '  request body → /Environment/Extra: unknown member "Extra", got true',
      `entries[0] response (PUT ${L}/functions/my-function/configuration 200): valid [UpdateFunctionConfiguration output]`,
      `entries[1] request (GET ${L}/functions/my-function): valid [GetFunction input]`,
      `entries[1] response (GET ${L}/functions/my-function 200): GetFunction output: 1 violation`,
      '  response body → /Configuration/Colour: unknown member "Colour", got "blue"',
    ]);
  });

  it("an error named by the body's __type (no X-Amzn-Errortype header) is read as that error; __type is not an unknown member", async () => {
    const missing = structuredClone(recorded.log.entries[4]!);
    missing.response.headers = missing.response.headers.filter((h) => h.name.toLowerCase() !== "x-amzn-errortype");
    missing.response.content.text = JSON.stringify({ __type: "ResourceNotFoundException", Type: "User", Message: "gone", Extra: 1 });
    expect((await run(lambda, { log: { entries: [missing] } })).lines).toEqual([
      `entries[0] request (GET ${L}/functions/missing): valid [GetFunction input]`,
      `entries[0] response (GET ${L}/functions/missing 404): GetFunction error ResourceNotFoundException: 1 violation`,
      '  response body → /Extra: unknown member "Extra", got 1',
    ]);
  });

  it("a query value the service cannot read is located at its member", async () => {
    const list = structuredClone(recorded.log.entries[3]!);
    list.request.url = list.request.url.replace("MaxItems=10", "MaxItems=ten");
    const { lines } = await run(lambda, { log: { entries: [list] } });
    expect(lines.slice(0, 2)).toEqual([
      `entries[0] request (GET ${L}/functions?MaxItems=ten): ListFunctions input: 1 violation`,
      expect.stringMatching(/^ {2}request query MaxItems → \/MaxItems: the service refuses it with SerializationException: query MaxItems: /),
    ]);
  });

  it("the committed fixture's requests are what the real client sends today", async () => {
    const fixture = JSON.parse(readFileSync(join(FIXTURES, "lambda.har"), "utf8")) as Har;
    expect(fixture.log.entries.slice(0, 5).map((e) => e.request)).toEqual(plantLambdaFaults(recorded).log.entries.slice(0, 5).map((e) => e.request));
  });
});

describe("a HAR of Personalize Runtime traffic from the real client", () => {
  it("GetRecommendations (a campaign; a recommender with filter values and context) passes", async () => {
    const { contract } = await import("../../generated/personalize-runtime/contract.ts");
    const personalize = loadValidationContract({ model: join(ROOT, "model/personalize-runtime.smithy") });
    expect(personalize.contract.serviceName).toBe(contract.serviceName);
    const recordedRuntime = await recordPersonalizeRuntime();
    const url = "https://personalize-runtime.us-east-1.amazonaws.com/recommendations";
    expect(await run(personalize, recordedRuntime)).toEqual({
      lines: [
        `entries[0] request (POST ${url}): valid [GetRecommendations input]`,
        `entries[0] response (POST ${url} 200): valid [GetRecommendations output]`,
        `entries[1] request (POST ${url}): valid [GetRecommendations input]`,
        `entries[1] response (POST ${url} 200): valid [GetRecommendations output]`,
      ],
      counts: { values: 4, valid: 4, invalid: 0, skipped: 0 },
    });
    const fixture = JSON.parse(readFileSync(join(FIXTURES, "personalize-runtime.har"), "utf8")) as Har;
    expect(fixture).toEqual(recordedRuntime);
  });
});

describe("awsJson entries keep their reasons", () => {
  it("a POST / without X-Amz-Target, which the awsJson protocol refuses, is still skipped as having no target", async () => {
    const personalize = loadValidationContract({ model: DEFAULT_MODEL });
    const entry = (headers: { name: string; value: string }[]) => ({ request: { method: "POST", url: "https://personalize.us-east-1.amazonaws.com/", headers, postData: { mimeType: "application/x-amz-json-1.1", text: "{}" } }, response: { status: 0, headers: [], content: { size: 0 } } });
    const { lines } = await run(personalize, { log: { entries: [entry([{ name: "Content-Type", value: "application/x-amz-json-1.1" }]), entry([])] } });
    expect(lines).toEqual([
      "entries[0] (POST https://personalize.us-east-1.amazonaws.com/): skipped: no X-Amz-Target header",
      "entries[1] (POST https://personalize.us-east-1.amazonaws.com/): skipped: no X-Amz-Target header",
    ]);
  });
});

describe("JSON and NDJSON values of restJson1 documents", () => {
  it("a JSON value is an operation's document: labels, query, headers and body members together", async () => {
    const input = { FunctionName: "my-function", Qualifier: "prod", LogType: "Tail", InvocationType: "Event", Payload: "eyJhIjoxfQ==" };
    expect((await run(lambda, input, { format: "json", target: { operation: "Invoke", kind: "input" } })).counts).toEqual({ values: 1, valid: 1, invalid: 0, skipped: 0 });
    expect((await run(lambda, { ...input, LogType: "Full", FunctionName: "" }, { format: "json", target: { operation: "Invoke", kind: "input" } })).lines).toEqual([
      ": Invoke input: 3 violations",
      '  /FunctionName (InvocationRequest.FunctionName): length must be >= 1 (minLength), got ""',
      '  /FunctionName (InvocationRequest.FunctionName): must match pattern ^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?$, got ""',
      '  /LogType (InvocationRequest.LogType): must be one of None, Tail, got "Full"',
    ]);
  });

  it("NDJSON: a value per line, each an output document", async () => {
    const lines = [
      JSON.stringify({ StatusCode: 200, ExecutedVersion: "$LATEST", Payload: "e30=" }),
      JSON.stringify({ StatusCode: 202, ExecutedVersion: "v1" }),
      "",
      JSON.stringify({ StatusCode: 204, FunctionError: "Unhandled", LogResult: "bG9n" }),
    ].join("\n");
    expect(await run(lambda, lines, { format: "ndjson", target: { operation: "Invoke", kind: "output" } })).toEqual({
      lines: [
        ":1: valid [Invoke output]",
        ":2: Invoke output: 1 violation",
        '  /ExecutedVersion (InvocationResponse.ExecutedVersion): must match pattern ^(\\$LATEST|[0-9]+)$, got "v1"',
        ":4: valid [Invoke output]",
      ],
      counts: { values: 3, valid: 2, invalid: 1, skipped: 0 },
    });
  });
});
