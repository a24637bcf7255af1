/**
 * `smithy-contract serve` over the network: the real Personalize SDK client pointed at a child
 * process's port, with no msw in this process. The answers are the mock's (seeded, validated,
 * with AWS's error forms and the overlay's lifecycle), the process logs and stops as documented.
 */
import { DescribeDatasetImportJobCommand, InvalidInputException, PersonalizeClient, type DescribeDatasetImportJobCommandOutput } from "@aws-sdk/client-personalize";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAjv } from "../../runtime/validation/ajv.ts";
import { kill, ROOT, startServe, type Served } from "./child.ts";

const BASE = ["--model", "model/personalize.json", "--overlay", "model/personalize.overlay.json", "--port", "0", "--seed", "7"];
const ARN = "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/ratings";
const BAD_ARN_MESSAGE =
  "1 validation error detected: Value 'not-an-arn' at 'datasetImportJobArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:([a-z\\d-]+):personalize:.*:.*:.+$";

const servers: Served[] = [];
const clients: PersonalizeClient[] = [];
let first: Served;
let second: Served;
let modeled: Served;

beforeAll(async () => {
  [first, second, modeled] = await Promise.all([
    startServe(BASE),
    startServe([...BASE, "--quiet"]),
    startServe([...BASE, "--validation-error", "InvalidInputException", "--lifecycle-after-calls", "2", "--quiet"]),
  ]);
  servers.push(first, second, modeled);
  for (const s of servers) expect(s.origin, s.stderr()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

afterAll(() => {
  for (const c of clients) c.destroy();
  for (const s of servers) kill(s);
});

function clientOf(served: Served): PersonalizeClient {
  const client = new PersonalizeClient({
    endpoint: served.origin,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
  });
  clients.push(client);
  return client;
}

const describeJob = (served: Served, arn: string): Promise<DescribeDatasetImportJobCommandOutput> =>
  clientOf(served).send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }));

/** A raw awsJson 1.1 request, as any HTTP client would send it. */
async function post(served: Served, target: string, body: unknown): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(`${served.origin}/`, {
    method: "POST",
    headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": target },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The SDK's error of a rejected call. */
async function rejection(call: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number }; $fault?: string }> {
  try {
    await call;
  } catch (e) {
    return e as Error & { $metadata: { httpStatusCode?: number }; $fault?: string };
  }
  throw new Error("the call succeeded");
}

describe("smithy-contract serve (child process, real SDK over the network)", () => {
  it("answers with a seeded draw that the output schema accepts, identical for the same seed across two server starts", async () => {
    const outputSchema = JSON.parse(readFileSync(join(ROOT, "generated/personalize/schemas/DescribeDatasetImportJob.output.schema.json"), "utf8")) as object;
    const validate = createAjv().compile(outputSchema);
    const [a, b] = await Promise.all([post(first, "AmazonPersonalize.DescribeDatasetImportJob", { datasetImportJobArn: `${ARN}-wire` }), post(second, "AmazonPersonalize.DescribeDatasetImportJob", { datasetImportJobArn: `${ARN}-wire` })]);
    expect(a.status).toBe(200);
    expect(a.headers.get("content-type")).toBe("application/x-amz-json-1.1");
    const body = JSON.parse(a.text) as { datasetImportJob: { datasetImportJobArn: string; status: string } };
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.datasetImportJob).toMatchObject({ datasetImportJobArn: `${ARN}-wire`, status: "CREATE PENDING" });
    expect(b.text).toBe(a.text);
    expect(b.headers.get("x-amzn-requestid")).toBe(a.headers.get("x-amzn-requestid"));

    // Through the SDK: the same output, request id included, from both processes.
    const [sdkA, sdkB] = await Promise.all([describeJob(first, ARN), describeJob(second, ARN)]);
    expect(sdkA.$metadata.httpStatusCode).toBe(200);
    expect(sdkA.datasetImportJob?.datasetImportJobArn).toBe(ARN);
    expect(sdkA.datasetImportJob?.status).toBe("CREATE PENDING");
    expect(sdkB).toEqual(sdkA);
  });

  it("a bad ARN: the SDK rejects with ValidationException, status 400, AWS's message", async () => {
    const error = await rejection(describeJob(first, "not-an-arn"));
    expect(error.name).toBe("ValidationException");
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$fault).toBe("client");
    expect(error.message).toBe(BAD_ARN_MESSAGE);
  });

  it("--validation-error InvalidInputException: the modeled error instead, with the same message", async () => {
    const error = await rejection(describeJob(modeled, "not-an-arn"));
    expect(error).toBeInstanceOf(InvalidInputException);
    expect(error.name).toBe("InvalidInputException");
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe(BAD_ARN_MESSAGE);
  });

  it("the overlay's lifecycle moves to ACTIVE over successive calls for one ARN (--lifecycle-after-calls 2 moves every second call)", async () => {
    const statuses = async (served: Served, arn: string, calls: number): Promise<(string | undefined)[]> => {
      const seen: (string | undefined)[] = [];
      for (let i = 0; i < calls; i++) seen.push((await describeJob(served, arn)).datasetImportJob?.status);
      return seen;
    };
    expect(await statuses(first, `${ARN}-lifecycle`, 4)).toEqual(["CREATE PENDING", "CREATE IN_PROGRESS", "ACTIVE", "ACTIVE"]);
    expect(await statuses(modeled, `${ARN}-lifecycle`, 5)).toEqual(["CREATE PENDING", "CREATE PENDING", "CREATE IN_PROGRESS", "CREATE IN_PROGRESS", "ACTIVE"]);
  });

  it("an unknown target of the service: 400 UnknownOperationException; a request no mock takes: 404 JSON", async () => {
    const unknown = await post(first, "AmazonPersonalize.DeleteEverything", {});
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get("x-amzn-errortype")).toBe("UnknownOperationException");
    expect(JSON.parse(unknown.text)).toEqual({ __type: "UnknownOperationException", message: 'Unknown operation "AmazonPersonalize.DeleteEverything"' });

    const health = await fetch(`${first.origin}/health`);
    expect(health.status).toBe(404);
    expect(health.headers.get("content-type")).toBe("application/json");
    expect(await health.json()).toEqual({ message: "no mock answers GET /health" });
  });

  it("logs one line per request on stderr (method, path, target, status, ms), none with --quiet", async () => {
    // A line is written once its answer is; it may reach this process after the answer did.
    await vi.waitFor(() => expect(first.stderr()).toContain("GET /health"), { timeout: 5000 });
    const lines = first.stderr().split("\n");
    expect(lines[0]).toBe("serving Personalize (3 operations: CreateDatasetImportJob, DescribeDatasetImportJob, ListDatasetImportJobs) with seed 7");
    expect(lines).toContainEqual(expect.stringMatching(/^POST \/ AmazonPersonalize\.DescribeDatasetImportJob 200 \d+ms$/));
    expect(lines).toContainEqual(expect.stringMatching(/^POST \/ AmazonPersonalize\.DescribeDatasetImportJob 400 \d+ms$/));
    expect(lines).toContainEqual(expect.stringMatching(/^GET \/health - 404 \d+ms$/));
    expect(second.stderr()).toBe("");
  });

  it("SIGTERM and SIGINT: closes, prints stopped, exits 0", async () => {
    second.child.kill("SIGTERM");
    modeled.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
    expect(second.stdout()).toBe(`listening on ${second.origin}\nstopped\n`);
    expect(await modeled.exited).toBe(0);
    expect(modeled.stdout()).toBe(`listening on ${modeled.origin}\nstopped\n`);
    await expect(fetch(`${second.origin}/`)).rejects.toThrow();
  });

  it("a port in use: one error line, exit 2", async () => {
    const busy = await startServe([...BASE, "--port", String(first.port)]);
    servers.push(busy);
    expect(busy.origin).toBe("");
    expect(await busy.exited).toBe(2);
    expect(busy.stdout()).toBe("");
    expect(busy.stderr()).toBe(`error: cannot listen on 127.0.0.1:${first.port}: the port is already in use (EADDRINUSE)\n`);
  });
});
