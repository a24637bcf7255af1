/**
 * `smithy-contract serve`'s realistic answers, state and clock as a child process, with the real
 * Personalize client over HTTP: `serve` with no options but a free port answers every top-level
 * member of `DescribeDatasetImportJob` (the AWS CLI once got `{}`), `--state closed` answers a job
 * never created with `ResourceNotFoundException`, `--data exhaustive` answers otherwise than the
 * default, and `--now` moves the timestamps into the 30 days before it.
 */
import { CreateDatasetImportJobCommand, DescribeDatasetImportJobCommand, PersonalizeClient, ResourceNotFoundException } from "@aws-sdk/client-personalize";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_NOW } from "../../runtime/data/clock.ts";
import { TIMESTAMP_WINDOW } from "../../runtime/data/realistic/index.ts";
import { createAjv } from "../../runtime/validation/ajv.ts";
import { kill, ROOT, startServe, type Served } from "./child.ts";

const ARN = (name: string) => `arn:aws:personalize:us-east-1:123456789012:dataset-import-job/${name}`;
const NOW = Date.parse("2025-06-01T00:00:00Z");
const OUTPUT_SCHEMA = JSON.parse(readFileSync(join(ROOT, "generated/personalize/schemas/DescribeDatasetImportJob.output.schema.json"), "utf8")) as {
  $ref: string;
  $defs: Record<string, { properties: Record<string, unknown> }>;
};
const validOutput = createAjv().compile(OUTPUT_SCHEMA);

let plain: Served;
let closed: Served;
let exhaustive: Served;
let moved: Served;
const clients: PersonalizeClient[] = [];

beforeAll(async () => {
  // Only a free port: everything else as `serve` alone (the embedded model and overlay, seed 0).
  [plain, closed, exhaustive, moved] = await Promise.all([
    startServe(["--port", "0"]),
    startServe(["--port", "0", "--quiet", "--state", "closed"]),
    startServe(["--port", "0", "--quiet", "--data", "exhaustive"]),
    startServe(["--port", "0", "--quiet", "--now", "2025-06-01T00:00:00Z"]),
  ]);
  for (const s of [plain, closed, exhaustive, moved]) expect(s.origin, s.stderr()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

afterAll(() => {
  for (const c of clients) c.destroy();
  for (const s of [plain, closed, exhaustive, moved]) kill(s);
});

function clientOf(served: Served): PersonalizeClient {
  const client = new PersonalizeClient({ endpoint: served.origin, region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 });
  clients.push(client);
  return client;
}

/** DescribeDatasetImportJob as the AWS CLI sends it: a plain awsJson 1.1 POST. */
async function describeRaw(served: Served, arn: string): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(`${served.origin}/`, {
    method: "POST",
    headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "AmazonPersonalize.DescribeDatasetImportJob" },
    body: JSON.stringify({ datasetImportJobArn: arn }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** Whether `t` lies in the window of realistic timestamps before `now`. */
const inWindowBefore = (t: Date | undefined, now: number) => t !== undefined && t.getTime() >= now - TIMESTAMP_WINDOW.pastMs && t.getTime() <= now;

describe("serve with no options (a free port only)", () => {
  it("answers every top-level member of DescribeDatasetImportJob, valid, with the job asked for", async () => {
    const root = OUTPUT_SCHEMA.$ref.replace("#/$defs/", "");
    const members = Object.keys(OUTPUT_SCHEMA.$defs[root]!.properties);
    expect(members).toEqual(["datasetImportJob"]);
    const { status, body } = await describeRaw(plain, ARN("raw-cli"));
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual([...members].sort());
    expect(validOutput(body), JSON.stringify(validOutput.errors)).toBe(true);
    expect(body.datasetImportJob).toMatchObject({ datasetImportJobArn: ARN("raw-cli"), jobName: "raw-cli", status: "CREATE PENDING" });
  });

  it("through the SDK: the job asked for, with its name and status", async () => {
    const { datasetImportJob: job } = await clientOf(plain).send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: ARN("daily-clicks") }));
    expect(job?.datasetImportJobArn).toBe(ARN("daily-clicks"));
    expect(job?.jobName).toBe("daily-clicks");
    expect(job?.status).toBe("CREATE PENDING");
  });
});

describe("serve --state closed", () => {
  it("a job never created: ResourceNotFoundException naming it, status 404 as the model's @httpError says (the open world answers it)", async () => {
    const arn = ARN("never-created");
    const error = await clientOf(closed).send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect((error as ResourceNotFoundException).message).toBe(`DatasetImportJob ${arn} does not exist`);
    expect((error as ResourceNotFoundException).$metadata.httpStatusCode).toBe(404);
    expect((await describeRaw(plain, arn)).status).toBe(200);
  });

  it("a job it created is read back", async () => {
    const client = clientOf(closed);
    const { datasetImportJobArn } = await client.send(
      new CreateDatasetImportJobCommand({
        jobName: "nightly",
        datasetArn: "arn:aws:personalize:us-east-1:123456789012:dataset/shop/INTERACTIONS",
        dataSource: { dataLocation: "s3://shop/interactions.csv" },
        roleArn: "arn:aws:iam::123456789012:role/personalize",
      }),
    );
    expect(datasetImportJobArn).toBe(ARN("nightly"));
    const { datasetImportJob } = await client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn }));
    expect(datasetImportJob).toMatchObject({ datasetImportJobArn, jobName: "nightly", status: "CREATE PENDING", dataSource: { dataLocation: "s3://shop/interactions.csv" } });
  });
});

describe("serve --data exhaustive", () => {
  // The overlay's lifecycle puts the asked ARN in either answer (responseIdPointer); the realistic
  // answer alone names the job after it.
  it("answers otherwise than the default for the same seed and request, still within the contract, its job not named after the ARN", async () => {
    const arns = ["one", "two", "three"].map(ARN);
    for (const arn of arns) {
      const [realistic, drawn] = await Promise.all([describeRaw(plain, arn), describeRaw(exhaustive, arn)]);
      expect(drawn.status).toBe(200);
      expect(validOutput(drawn.body), JSON.stringify(validOutput.errors)).toBe(true);
      expect(drawn.body).not.toEqual(realistic.body);
      const name = arn.split("/").at(-1);
      expect(realistic.body.datasetImportJob.jobName).toBe(name);
      expect(drawn.body.datasetImportJob?.jobName).not.toBe(name);
    }
  });
});

describe("serve --now 2025-06-01T00:00:00Z", () => {
  it("timestamps lie in the 30 days before it (the default clock's lie before 2026-01-01)", async () => {
    const seenMoved: Date[] = [];
    const seenUsual: Date[] = [];
    for (const name of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      const [{ datasetImportJob: job }, { datasetImportJob: other }] = await Promise.all([
        clientOf(moved).send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: ARN(name) })),
        clientOf(plain).send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: ARN(name) })),
      ]);
      // Optional members are absent now and then, as in a real answer.
      seenMoved.push(...[job?.creationDateTime, job?.lastUpdatedDateTime].filter((t) => t !== undefined));
      seenUsual.push(...[other?.creationDateTime, other?.lastUpdatedDateTime].filter((t) => t !== undefined));
    }
    expect(seenMoved.length).toBeGreaterThan(4);
    expect(seenMoved.filter((t) => !inWindowBefore(t, NOW)).map((t) => t.toISOString())).toEqual([]);
    expect(seenUsual.length).toBeGreaterThan(4);
    expect(seenUsual.filter((t) => !inWindowBefore(t, DEFAULT_NOW)).map((t) => t.toISOString())).toEqual([]);
  });
});
