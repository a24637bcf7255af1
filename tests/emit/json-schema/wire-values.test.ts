/**
 * Hand-picked WIRE values against the schemas of the default closure (DescribeDatasetImportJob):
 * each valid value passes, each invalid one fails with exactly the listed keywords and paths.
 * Schemas come from our model (model/personalize.json), compiled as the project compiles them.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { emitJsonSchemas } from "../../../codegen/emit/json-schema/index.ts";
import { closure, selectService } from "../../../codegen/model/closure.ts";
import { loadModelFile } from "../../../codegen/model/load.ts";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { CTX } from "./fragment.ts";

const OURS = new URL("../../../model/personalize.json", import.meta.url);
const REFERENCE = new URL("../../../../shared/models/aws/personalize-2018-05-22.json", import.meta.url);
// Our default model is the source; the reference model's closure stands in only if it is missing.
const modelFile = fileURLToPath(existsSync(OURS) ? OURS : REFERENCE);
const model = loadModelFile(modelFile);
const files = emitJsonSchemas(closure(model, selectService(model), ["DescribeDatasetImportJob"]), CTX);
const schema = (path: string): Record<string, unknown> => {
  const f = files.find((x) => x.path === `schemas/${path}.schema.json`);
  if (!f) throw new Error(`no schema ${path} in ${files.map((x) => x.path).join(", ")}`);
  return JSON.parse(f.contents) as Record<string, unknown>;
};

const ajv = createAjv();
const validators = {
  input: ajv.compile(schema("DescribeDatasetImportJob.input")),
  output: ajv.compile(schema("DescribeDatasetImportJob.output")),
  invalidInput: ajv.compile(schema("InvalidInputException.error")),
  notFound: ajv.compile(schema("ResourceNotFoundException.error")),
};

interface Failure {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params?: Record<string, unknown>;
}

/** The errors of one validation, reduced to what a row states (params only where the row lists them). */
function failures(which: keyof typeof validators, value: unknown, want: readonly Failure[]): Failure[] {
  const validate = validators[which];
  validate(structuredClone(value));
  return (validate.errors ?? []).map((e, i) => ({
    keyword: e.keyword,
    instancePath: e.instancePath,
    ...(want[i]?.params !== undefined && { params: e.params as Record<string, unknown> }),
  }));
}

const ARN = "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/my-import";
const DATASET_ARN = "arn:aws:personalize:us-east-1:123456789012:dataset/my-group/INTERACTIONS";
const ROLE_ARN = "arn:aws:personalize:us-east-1:123456789012:role/x"; // the model gives roleArn the Personalize Arn pattern
const arnOfLength = (n: number) => `arn:aws:personalize:us-east-1:1:${"x".repeat(n - 32)}`; // prefix: 32 characters
const job = (fields: Record<string, unknown>) => ({ datasetImportJob: fields });
const FULL_JOB = {
  jobName: "my-import_1",
  datasetImportJobArn: ARN,
  datasetArn: DATASET_ARN,
  dataSource: { dataLocation: "s3://bucket/path/data.csv" },
  roleArn: ROLE_ARN,
  status: "ACTIVE",
  creationDateTime: 1700000000.123,
  lastUpdatedDateTime: 1700000060,
  failureReason: "",
  importMode: "INCREMENTAL",
  publishAttributionMetricsToS3: false,
};

const valid: [keyof typeof validators, string, unknown][] = [
  ["input", "an ARN", { datasetImportJobArn: ARN }],
  ["input", "an ARN of 256 characters", { datasetImportJobArn: arnOfLength(256) }],
  ["output", "every member set", job(FULL_JOB)],
  ["output", "no members at all", {}],
  ["output", "an empty job", job({})],
  ["output", "a one-character name", job({ jobName: "a" })],
  ["output", "a 63-character name", job({ jobName: "a".repeat(63) })],
  ["output", "http and https data locations", job({ dataSource: { dataLocation: "https://example.com/x" } })],
  ["output", "an empty status (length 0..256)", job({ status: "" })],
  ["output", "a status of 256 characters", job({ status: "S".repeat(256) })],
  ["output", "import mode FULL", job({ importMode: "FULL" })],
  ["output", "a timestamp with a fraction", job({ creationDateTime: 946702799.999 })],
  ["output", "a negative timestamp", job({ creationDateTime: -1.5 })],
  ["invalidInput", "awsJson1_1 __type with message", { __type: "InvalidInputException", message: "bad input" }],
  ["invalidInput", "full shape id and Message", { __type: "com.amazonaws.personalize#InvalidInputException", Message: "bad input" }],
  ["invalidInput", "__type with a suffix", { __type: "InvalidInputException:http://internal.amazon.com/coral/" }],
  ["notFound", "ResourceNotFoundException", { __type: "ResourceNotFoundException", message: "no such job" }],
];

const invalid: [keyof typeof validators, string, unknown, Failure[]][] = [
  ["input", "no ARN (required)", {}, [{ keyword: "required", instancePath: "", params: { missingProperty: "datasetImportJobArn" } }]],
  ["input", "an ARN of 257 characters", { datasetImportJobArn: arnOfLength(257) }, [{ keyword: "maxLength", instancePath: "/datasetImportJobArn" }]],
  ["input", "not an ARN", { datasetImportJobArn: "my-import" }, [{ keyword: "pattern", instancePath: "/datasetImportJobArn" }]],
  ["input", "an ARN of another service", { datasetImportJobArn: "arn:aws:s3:::bucket" }, [{ keyword: "pattern", instancePath: "/datasetImportJobArn" }]],
  ["input", "an upper-case partition", { datasetImportJobArn: "arn:AWS:personalize:us-east-1:1:x" }, [{ keyword: "pattern", instancePath: "/datasetImportJobArn" }]],
  ["input", "an empty ARN (length ok, pattern not)", { datasetImportJobArn: "" }, [{ keyword: "pattern", instancePath: "/datasetImportJobArn" }]],
  ["input", "a number", { datasetImportJobArn: 42 }, [{ keyword: "type", instancePath: "/datasetImportJobArn" }]],
  ["input", "null (strict: not absent)", { datasetImportJobArn: null }, [{ keyword: "type", instancePath: "/datasetImportJobArn" }]],
  [
    "input",
    "an unknown member",
    { datasetImportJobArn: ARN, datasetImportJobARN: ARN },
    [{ keyword: "additionalProperties", instancePath: "", params: { additionalProperty: "datasetImportJobARN" } }],
  ],
  ["input", "not an object", [ARN], [{ keyword: "type", instancePath: "" }]],
  [
    "output",
    "an empty name (length and pattern)",
    job({ jobName: "" }),
    [
      { keyword: "minLength", instancePath: "/datasetImportJob/jobName" },
      { keyword: "pattern", instancePath: "/datasetImportJob/jobName" },
    ],
  ],
  ["output", "a 64-character name", job({ jobName: "a".repeat(64) }), [{ keyword: "maxLength", instancePath: "/datasetImportJob/jobName" }]],
  ["output", "a name starting with -", job({ jobName: "-import" }), [{ keyword: "pattern", instancePath: "/datasetImportJob/jobName" }]],
  ["output", "a name with a space", job({ jobName: "my import" }), [{ keyword: "pattern", instancePath: "/datasetImportJob/jobName" }]],
  ["output", "a bad job ARN", job({ datasetImportJobArn: "arn" }), [{ keyword: "pattern", instancePath: "/datasetImportJob/datasetImportJobArn" }]],
  ["output", "a bad dataset ARN", job({ datasetArn: arnOfLength(300) }), [{ keyword: "maxLength", instancePath: "/datasetImportJob/datasetArn" }]],
  ["output", "an IAM role ARN (the model's roleArn pattern wants personalize)", job({ roleArn: "arn:aws:iam::123456789012:role/r" }), [{ keyword: "pattern", instancePath: "/datasetImportJob/roleArn" }]],
  ["output", "an ftp data location", job({ dataSource: { dataLocation: "ftp://host/x" } }), [{ keyword: "pattern", instancePath: "/datasetImportJob/dataSource/dataLocation" }]],
  [
    "output",
    "a data location of 257 characters",
    job({ dataSource: { dataLocation: `s3://${"b".repeat(252)}` } }),
    [{ keyword: "maxLength", instancePath: "/datasetImportJob/dataSource/dataLocation" }],
  ],
  ["output", "a status of 257 characters", job({ status: "S".repeat(257) }), [{ keyword: "maxLength", instancePath: "/datasetImportJob/status" }]],
  ["output", "an unknown import mode", job({ importMode: "PARTIAL" }), [{ keyword: "enum", instancePath: "/datasetImportJob/importMode" }]],
  ["output", "a lower-case import mode", job({ importMode: "full" }), [{ keyword: "enum", instancePath: "/datasetImportJob/importMode" }]],
  ["output", "a date-time string where epoch seconds are due", job({ creationDateTime: "2023-11-14T22:13:20Z" }), [{ keyword: "type", instancePath: "/datasetImportJob/creationDateTime" }]],
  ["output", "epoch seconds as a string", job({ lastUpdatedDateTime: "1700000000" }), [{ keyword: "type", instancePath: "/datasetImportJob/lastUpdatedDateTime" }]],
  ["output", "epoch seconds beyond Date's range", job({ creationDateTime: 1e13 }), [{ keyword: "maximum", instancePath: "/datasetImportJob/creationDateTime" }]],
  ["output", "a boolean as a string", job({ publishAttributionMetricsToS3: "true" }), [{ keyword: "type", instancePath: "/datasetImportJob/publishAttributionMetricsToS3" }]],
  ["output", "a failure reason that is not a string", job({ failureReason: {} }), [{ keyword: "type", instancePath: "/datasetImportJob/failureReason" }]],
  ["output", "a data source that is a string", job({ dataSource: "s3://bucket/x" }), [{ keyword: "type", instancePath: "/datasetImportJob/dataSource" }]],
  [
    "output",
    "an unknown member of the job",
    job({ jobName: "a", jobname: "a" }),
    [{ keyword: "additionalProperties", instancePath: "/datasetImportJob", params: { additionalProperty: "jobname" } }],
  ],
  [
    "output",
    "two violations at once",
    job({ jobName: "a".repeat(64), importMode: "NONE" }),
    [
      { keyword: "maxLength", instancePath: "/datasetImportJob/jobName" },
      { keyword: "enum", instancePath: "/datasetImportJob/importMode" },
    ],
  ],
  ["invalidInput", "no __type", { message: "bad" }, [{ keyword: "required", instancePath: "", params: { missingProperty: "__type" } }]],
  ["invalidInput", "another error's __type", { __type: "ResourceNotFoundException" }, [{ keyword: "pattern", instancePath: "/__type" }]],
  ["invalidInput", "a __type that only starts with the name", { __type: "InvalidInputExceptionX" }, [{ keyword: "pattern", instancePath: "/__type" }]],
  ["invalidInput", "a numeric __type", { __type: 400 }, [{ keyword: "type", instancePath: "/__type" }]],
  ["invalidInput", "a message that is not a string", { __type: "InvalidInputException", message: 1 }, [{ keyword: "type", instancePath: "/message" }]],
  ["invalidInput", "a Message that is not a string", { __type: "InvalidInputException", Message: false }, [{ keyword: "type", instancePath: "/Message" }]],
  [
    "notFound",
    "an unmodeled member",
    { __type: "ResourceNotFoundException", resource: "x" },
    [{ keyword: "additionalProperties", instancePath: "", params: { additionalProperty: "resource" } }],
  ],
];

describe(`DescribeDatasetImportJob wire values (${modelFile.endsWith("personalize.json") ? "model/personalize.json" : "reference model"})`, () => {
  it.each(valid)("%s accepts %s", (which, _name, value) => {
    expect(failures(which, value, [])).toEqual([]);
  });

  it.each(invalid)("%s rejects %s", (which, _name, value, want) => {
    expect(failures(which, value, want)).toEqual(want);
  });
});

describe("the same schema, strict and lenient", () => {
  const input = schema("DescribeDatasetImportJob.input");
  const output = schema("DescribeDatasetImportJob.output");

  it("strict reports an unknown member with keyword additionalProperties; lenient drops it", () => {
    const body = { datasetImportJobArn: ARN, clientToken: "abc" };
    const strict = createAjv().compile(input);
    expect(strict(structuredClone(body))).toBe(false);
    expect(strict.errors?.map((e) => [e.keyword, e.instancePath, e.params])).toEqual([["additionalProperties", "", { additionalProperty: "clientToken" }]]);

    const lenient = createAjv({ lenient: true }).compile(input);
    const data = structuredClone(body);
    expect(lenient(data)).toBe(true);
    expect(data).toEqual({ datasetImportJobArn: ARN });
  });

  it("lenient still reports constraint violations", () => {
    const lenient = createAjv({ lenient: true }).compile(output);
    expect(lenient(job({ jobName: "", extra: 1 }))).toBe(false);
    expect(lenient.errors?.map((e) => [e.keyword, e.instancePath])).toEqual([
      ["minLength", "/datasetImportJob/jobName"],
      ["pattern", "/datasetImportJob/jobName"],
    ]);
  });
});
