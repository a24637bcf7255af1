/**
 * The in-process transport (runtime/mock/request-handler.ts): `mock.requestHandler` and
 * `mockRequestHandler(...)` as the `requestHandler` of real `@aws-sdk/client-*` clients — the same
 * answers, request log, violations and errors as through msw, handlers tried as msw tries them,
 * requests nothing claims refused without reaching any network, and `smithy-contract/mock`
 * usable with msw absent. The contract properties P2–P6 run through both transports in
 * tests/contract (support/transport.ts); this file covers the transport's own behaviour.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CreateDatasetImportJobCommand,
  DescribeDatasetImportJobCommand,
  ListDatasetImportJobsCommand,
  PersonalizeClient,
  PersonalizeServiceException,
  ResourceNotFoundException,
} from "@aws-sdk/client-personalize";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMockData } from "../../../codegen/contract/mock-data.ts";
import { loadClosure } from "../../../codegen/load-closure.ts";
import * as plain from "../../../generated/personalize/mock.ts";
import { createPersonalizeMock, describeDatasetImportJob } from "../../../generated/personalize/msw.ts";
import { createServiceMock as createPlainServiceMock, mockRequestHandler, MockRequestHandler, UnhandledRequestError } from "../../../runtime/mock/index.ts";
import { onUnhandled } from "../../../runtime/msw/index.ts";
import { corpusModels } from "../../support/corpus.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const ARN = "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/job-1";
const credentials = { accessKeyId: "test", secretAccessKey: "test" };
const personalize = (requestHandler?: MockRequestHandler, endpoint?: string) =>
  new PersonalizeClient({ region: "eu-west-1", credentials, maxAttempts: 1, ...(requestHandler !== undefined && { requestHandler }), ...(endpoint !== undefined && { endpoint }) });
const describeJob = (client: PersonalizeClient, datasetImportJobArn = ARN) => client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn }));

/** An msw server that fails the test on any request: the in-process transport must reach none. */
const server = setupServer();
beforeAll(() => server.listen(onUnhandled("error")));
afterAll(() => server.close());

describe("mock.requestHandler, through the real PersonalizeClient", () => {
  it("answers as msw does: the same output, request id and request log for the same seed", async () => {
    const viaMsw = createPersonalizeMock({ seed: 11 });
    server.resetHandlers(...viaMsw.handlers);
    const a = await describeJob(personalize());
    server.resetHandlers();

    const inProcess = createPersonalizeMock({ seed: 11 });
    const b = await describeJob(personalize(inProcess.requestHandler));

    expect(b).toStrictEqual(a);
    const log = (m: typeof viaMsw) => m.requests.map((r) => ({ method: r.method, url: r.url, operation: r.operation, text: r.text, body: r.body, requestId: r.requestId, target: r.headers["x-amz-target"], type: r.headers["content-type"] }));
    expect(log(inProcess)).toEqual(log(viaMsw));
    expect(inProcess.requests).toHaveLength(1);
  });

  it("is one handler per mock: helpers added with use() stay until resetHandlers()", () => {
    const mock = createPersonalizeMock();
    expect(mock.requestHandler).toBe(mock.requestHandler);
    expect(mock.requestHandler).toBeInstanceOf(MockRequestHandler);
  });

  it("use(): a helper's answer first, newest first; resetHandlers() goes back to the mock's own", async () => {
    const mock = createPersonalizeMock({ seed: 3 });
    const client = personalize(mock.requestHandler);
    const seeded = await describeJob(client);
    mock.requestHandler.use(mock.describeDatasetImportJob({ datasetImportJob: { jobName: "older", status: "ACTIVE" } }));
    mock.requestHandler.use(mock.describeDatasetImportJob({ datasetImportJob: { jobName: "newer", status: "ACTIVE" } }));
    expect((await describeJob(client)).datasetImportJob).toEqual({ jobName: "newer", status: "ACTIVE" });
    mock.requestHandler.resetHandlers();
    // The mock's own answer again: the same job (its lifecycle moved on: status and update time aside).
    const { status: _s, lastUpdatedDateTime: _u, ...job } = seeded.datasetImportJob!;
    expect((await describeJob(client)).datasetImportJob).toMatchObject(job);
    expect(mock.requests.map((r) => r.operation)).toEqual(["DescribeDatasetImportJob", "DescribeDatasetImportJob", "DescribeDatasetImportJob"]);
  });

  it("a once helper answers one request, then the mock's own answers again", async () => {
    const mock = createPersonalizeMock({ seed: 3 });
    const client = personalize(mock.requestHandler);
    mock.requestHandler.use(mock.describeDatasetImportJob({ datasetImportJob: { jobName: "first" } }, { once: true }));
    expect((await describeJob(client)).datasetImportJob).toEqual({ jobName: "first" });
    expect((await describeJob(client)).datasetImportJob?.jobName).not.toBe("first");
  });

  it("modeled errors reach the caller as the SDK's classes, with the mock's request id", async () => {
    const mock = createPersonalizeMock();
    mock.requestHandler.use(mock.describeDatasetImportJob.error("ResourceNotFoundException", { message: "no such job" }));
    const thrown = await describeJob(personalize(mock.requestHandler)).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ResourceNotFoundException);
    expect(thrown).toMatchObject({ message: "no such job", $fault: "client", $metadata: { httpStatusCode: 404, requestId: mock.requests[0]?.requestId } });
  });

  it("a request AWS would refuse is refused as AWS does (ValidationException), and logged", async () => {
    const mock = createPersonalizeMock();
    const thrown = await describeJob(personalize(mock.requestHandler), ARN + "x".repeat(257 - ARN.length)).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(PersonalizeServiceException);
    expect(thrown).toMatchObject({ name: "ValidationException", $metadata: { httpStatusCode: 400 } });
    expect((thrown as Error).message).toMatch(/^1 validation error detected: Value '.*' at 'datasetImportJobArn' failed to satisfy constraint: Member must have length less than or equal to 256$/);
    expect(mock.requests).toHaveLength(1);
  });

  it("a resolver breaking the contract: a 500 ContractViolation to the client, recorded as a violation", async () => {
    const mock = createPersonalizeMock();
    mock.requestHandler.use(mock.describeDatasetImportJob(() => ({ datasetImportJob: { jobName: "a".repeat(64) } })));
    const thrown = await describeJob(personalize(mock.requestHandler)).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ name: "ContractViolation", $fault: "server", $metadata: { httpStatusCode: 500 } });
    expect(mock.violations).toHaveLength(1);
    expect(() => mock.assertNoViolations()).toThrow(/\/datasetImportJob\/jobName/);
  });

  it("state and lifecycle across calls: a created job is described and listed; reset() forgets it", async () => {
    const mock = createPersonalizeMock({ seed: 5, state: "closed" });
    const client = personalize(mock.requestHandler);
    const { datasetImportJobArn } = await client.send(
      new CreateDatasetImportJobCommand({
        jobName: "nightly",
        datasetArn: "arn:aws:personalize:eu-west-1:123456789012:dataset/group/INTERACTIONS",
        dataSource: { dataLocation: "s3://bucket/interactions.csv" },
        roleArn: "arn:aws:iam::123456789012:role/personalize",
      }),
    );
    const described = await describeJob(client, datasetImportJobArn);
    expect(described.datasetImportJob).toMatchObject({ datasetImportJobArn, jobName: "nightly" });
    const listed = await client.send(new ListDatasetImportJobsCommand({}));
    expect(listed.datasetImportJobs?.map((j) => j.datasetImportJobArn)).toEqual([datasetImportJobArn]);
    mock.reset();
    await expect(describeJob(client, datasetImportJobArn)).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it("the endpoint option: answers the custom endpoint, and the client's region shows in the answer", async () => {
    const mock = createPersonalizeMock({ endpoint: "http://localhost:4566", seed: 2 });
    const answer = await describeJob(personalize(mock.requestHandler, "http://localhost:4566"));
    expect(answer.$metadata.httpStatusCode).toBe(200);
    expect(mock.requests[0]?.url).toBe("http://localhost:4566/");
  });

  it("an aborted call fails with AbortError, as the SDK's own handlers fail it, and reaches no mock", async () => {
    const mock = createPersonalizeMock();
    const controller = new AbortController();
    controller.abort();
    const thrown = await personalize(mock.requestHandler)
      .send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: ARN }), { abortSignal: controller.signal })
      .catch((e: unknown) => e);
    expect(thrown).toMatchObject({ name: "AbortError" });
    expect(mock.requests).toHaveLength(0);
  });
});

describe("requests no handler claims", () => {
  it("another service's call fails with UnhandledRequestError naming it; nothing reaches the network", async () => {
    const mock = createPersonalizeMock();
    const secrets = new SecretsManagerClient({ region: "eu-west-1", credentials, maxAttempts: 1, requestHandler: mock.requestHandler });
    const thrown = await secrets.send(new GetSecretValueCommand({ SecretId: "app/db" })).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(UnhandledRequestError);
    expect((thrown as Error).message).toBe(
      "[smithy-contract] no mock answers POST https://secretsmanager.eu-west-1.amazonaws.com/ (X-Amz-Target: secretsmanager.GetSecretValue): nothing was sent anywhere",
    );
    expect(mock.requests).toHaveLength(0);
  });

  it("a Personalize call to an endpoint the mock does not serve is unhandled too", async () => {
    const mock = createPersonalizeMock();
    await expect(describeJob(personalize(mock.requestHandler, "http://localhost:9"))).rejects.toBeInstanceOf(UnhandledRequestError);
  });

  it("refuses handlers that are not ours (an msw handler has no contract to answer from)", () => {
    expect(() => mockRequestHandler(http.post("https://x/", () => HttpResponse.json({})))).toThrow(
      new TypeError("an in-process request handler takes the handlers of smithy-contract mocks and helpers (mock.handlers, mock.describeX(...)), not other msw handlers"),
    );
  });
});

describe("mockRequestHandler: several services behind one handler", () => {
  it("Personalize and Secrets Manager mocks answer their own clients through one requestHandler", async () => {
    const model = corpusModels().find((f) => f.endsWith("secrets-manager-2017-10-17.json"))!;
    const { contract, outputs } = buildMockData(loadClosure({ model, operations: ["GetSecretValue"] }).closure);
    const secretsMock = createPlainServiceMock(contract, { outputs }).create({ seed: 1 });
    const personalizeMock = plain.createPersonalizeMock({ seed: 1 });
    const handler = mockRequestHandler(...personalizeMock.handlers, ...secretsMock.handlers);

    const secret = await new SecretsManagerClient({ region: "eu-west-1", credentials, maxAttempts: 1, requestHandler: handler }).send(new GetSecretValueCommand({ SecretId: "app/db" }));
    const job = await describeJob(personalize(handler));
    expect(secret.$metadata.httpStatusCode).toBe(200);
    expect(job.$metadata.httpStatusCode).toBe(200);
    expect(secretsMock.requests.map((r) => r.operation)).toEqual(["GetSecretValue"]);
    expect(personalizeMock.requests.map((r) => r.operation)).toEqual(["DescribeDatasetImportJob"]);
  });
});

describe("handle(): the SDK's HttpHandler interface, any body form the SDK may give", () => {
  const body = JSON.stringify({ datasetImportJobArn: ARN });
  const request = (b: unknown) => ({
    method: "POST",
    protocol: "https:",
    hostname: "personalize.eu-west-1.amazonaws.com",
    path: "/",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AmazonPersonalize.DescribeDatasetImportJob" },
    body: b,
  });
  const bytes = new TextEncoder().encode(body);
  const forms: [string, () => unknown][] = [
    ["a string", () => body],
    ["a Uint8Array", () => bytes],
    ["an ArrayBuffer", () => bytes.slice().buffer],
    ["a web ReadableStream", () => new Blob([bytes]).stream()],
    ["an async iterable of chunks", () => (async function* () { yield bytes.slice(0, 5); yield bytes.slice(5); })()],
  ];

  it.each(forms)("%s: the same answer", async (_, make) => {
    const { response } = await plain.createPersonalizeMock({ seed: 9 }).requestHandler.handle(request(make()));
    const { response: reference } = await plain.createPersonalizeMock({ seed: 9 }).requestHandler.handle(request(body));
    expect(response.statusCode).toBe(200);
    expect(new TextDecoder().decode(response.body)).toBe(new TextDecoder().decode(reference.body));
    expect(response.headers["content-type"]).toBe("application/x-amz-json-1.1");
  });

  it("a body it cannot read is a TypeError naming what it got", async () => {
    await expect(plain.createPersonalizeMock().requestHandler.handle(request(42))).rejects.toThrow(new TypeError("the request body is a [object Number]: the in-process handler reads strings, byte arrays and streams"));
  });
});

describe("smithy-contract/mock and generated mock.ts: msw is not loaded", () => {
  it("a Node process where msw cannot be resolved answers a real PersonalizeClient through generated/personalize/mock.ts", () => {
    const dir = mkdtempSync(join(ROOT, ".tmp-no-msw-"));
    try {
      // A resolve hook that fails every import of msw: the process would die if anything loaded it.
      const hook = join(dir, "no-msw.mjs");
      writeFileSync(hook, `export async function resolve(specifier, context, next) { if (specifier === "msw" || specifier.startsWith("msw/")) throw new Error("msw was imported by " + context.parentURL); return next(specifier, context); }\n`);
      const register = join(dir, "register.mjs");
      writeFileSync(register, `import { register } from "node:module"; register(${JSON.stringify(new URL(`file://${hook}`).href)});\n`);
      const script = join(dir, "main.mts");
      writeFileSync(
        script,
        [
          `import { DescribeDatasetImportJobCommand, PersonalizeClient } from "@aws-sdk/client-personalize";`,
          `import { createPersonalizeMock } from ${JSON.stringify(join(ROOT, "generated/personalize/mock.ts"))};`,
          `const mock = createPersonalizeMock({ seed: 4 });`,
          `const client = new PersonalizeClient({ region: "eu-west-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, requestHandler: mock.requestHandler });`,
          `const out = await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: ${JSON.stringify(ARN)} }));`,
          `console.log(JSON.stringify({ status: out.$metadata.httpStatusCode, logged: mock.requests.length, msw: Object.keys(globalThis).some((k) => k.includes("msw")) }));`,
        ].join("\n"),
      );
      const child = spawnSync(process.execPath, ["--import", register, "--import", "tsx", script], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
      expect(child.stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?trace-warnings[^\n]*\n/, "")).not.toMatch(/msw was imported/);
      expect(child.status, child.stderr).toBe(0);
      expect(JSON.parse(child.stdout.trim().split("\n").at(-1)!)).toEqual({ status: 200, logged: 1, msw: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the hook above does catch msw: the same script through generated msw.ts dies naming the import", () => {
    const dir = mkdtempSync(join(ROOT, ".tmp-no-msw-"));
    try {
      const hook = join(dir, "no-msw.mjs");
      writeFileSync(hook, `export async function resolve(specifier, context, next) { if (specifier === "msw" || specifier.startsWith("msw/")) throw new Error("msw was imported by " + context.parentURL); return next(specifier, context); }\n`);
      const register = join(dir, "register.mjs");
      writeFileSync(register, `import { register } from "node:module"; register(${JSON.stringify(new URL(`file://${hook}`).href)});\n`);
      const script = join(dir, "main.mts");
      writeFileSync(script, `import { createPersonalizeMock } from ${JSON.stringify(join(ROOT, "generated/personalize/msw.ts"))};\nconsole.log(typeof createPersonalizeMock);\n`);
      const child = spawnSync(process.execPath, ["--import", register, "--import", "tsx", script], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
      expect(child.status).not.toBe(0);
      expect(child.stderr).toMatch(/msw was imported by/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
