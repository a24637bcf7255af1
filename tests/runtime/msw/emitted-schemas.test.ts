/**
 * The runtime against the schemas the JSON Schema emitter really writes for model/personalize.json
 * (not the hand-written fixture): they compile in the mock's ajv configurations, and requests,
 * outputs and errors are judged the same way.
 */
import { DescribeDatasetImportJobCommand, ResourceNotFoundException } from "@aws-sdk/client-personalize";
import { describe, expect, it } from "vitest";
import { emitJsonSchemas } from "../../../codegen/emit/json-schema/index.ts";
import { closure, selectService } from "../../../codegen/model/closure.ts";
import { loadModelFile } from "../../../codegen/model/load.ts";
import type { JsonSchema, ServiceContract } from "../../../runtime/contract.ts";
import { createServiceMock } from "../../../runtime/msw/index.ts";
import { ARN_PATTERN, describeLifecycle, outputs, type PersonalizeOperations } from "./fixtures/personalizeContract.ts";
import { client, JOB_ARN, post, useServer } from "./fixtures/setup.ts";

const server = useServer();

function emittedContract(): ServiceContract {
  const modelFile = new URL("../../../model/personalize.json", import.meta.url).pathname;
  const model = loadModelFile(modelFile);
  const files = emitJsonSchemas(closure(model, selectService(model)), { modelFile: "model/personalize.json", modelSha256: "test", tool: "test" });
  const schema = (path: string): JsonSchema => {
    const file = files.find((f) => f.path === `schemas/${path}.schema.json`);
    if (file === undefined) throw new Error(`the emitter wrote no schemas/${path}.schema.json; it wrote ${files.map((f) => f.path).join(", ")}`);
    return JSON.parse(file.contents) as JsonSchema;
  };
  const error = (name: string, status: number) => ({ name, shapeId: `com.amazonaws.personalize#${name}`, fault: "client" as const, status, schema: schema(`${name}.error`) });
  return {
    serviceName: "AmazonPersonalize",
    serviceId: "Personalize",
    sdkId: "Personalize",
    protocol: "awsJson1_1",
    endpointPrefix: "personalize",
    operations: {
      DescribeDatasetImportJob: {
        name: "DescribeDatasetImportJob",
        input: schema("DescribeDatasetImportJob.input"),
        output: schema("DescribeDatasetImportJob.output"),
        errors: { InvalidInputException: error("InvalidInputException", 400), ResourceNotFoundException: error("ResourceNotFoundException", 404) },
      },
    },
    lifecycles: { DescribeDatasetImportJob: describeLifecycle },
  };
}

describe("with the emitter's schemas", () => {
  const service = createServiceMock<Pick<PersonalizeOperations, "DescribeDatasetImportJob">>(emittedContract(), { outputs });
  const describeDatasetImportJob = service.operation("DescribeDatasetImportJob");

  it("answers a generated, lifecycle-driven job to the real client", async () => {
    server.use(...service.handlers({ seed: 9 }));
    const out = await client().send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: JOB_ARN }));
    expect(out.datasetImportJob).toMatchObject({ datasetImportJobArn: JOB_ARN, status: "CREATE PENDING" });
  });

  it("rejects a bad request with AWS's message", async () => {
    server.use(...service.handlers());
    expect((await post(JSON.stringify({ datasetImportJobArn: "nope" }))).text).toBe(
      JSON.stringify({
        __type: "ValidationException",
        message: `1 validation error detected: Value 'nope' at 'datasetImportJobArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ARN_PATTERN}`,
      }),
    );
  });

  it("refuses an output that breaks the contract, naming the member", () => {
    expect(() => describeDatasetImportJob({ datasetImportJob: { jobName: "j".repeat(64) } })).toThrow(
      `DescribeDatasetImportJob output violates the contract: /datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "${"j".repeat(58)}…`,
    );
  });

  it("sends SDK values and modeled errors the error schema accepts", async () => {
    const created = new Date("2024-05-06T07:08:09.010Z");
    // Handlers answer in order: the output once, then the error.
    server.use(describeDatasetImportJob({ datasetImportJob: { creationDateTime: created, importMode: "FULL" } }, { once: true }), describeDatasetImportJob.error("ResourceNotFoundException", { message: "gone" }));
    const { $metadata: _, ...out } = await client().send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: JOB_ARN }));
    expect(out).toEqual({ datasetImportJob: { creationDateTime: created, importMode: "FULL" } });
    await expect(client().send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: JOB_ARN }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});
