import { describe, expect, it } from "vitest";
import { loadValidationContract } from "../../codegen/validate/contract.ts";
import type { CheckTarget } from "../../codegen/validate/contract.ts";
import { formatViolation } from "../../runtime/validation/violations.ts";
import type { Violation } from "../../runtime/validation/violations.ts";
import { DEFAULT_MODEL } from "../support/corpus.ts";

const strict = loadValidationContract({ model: DEFAULT_MODEL });
const lenient = loadValidationContract({ model: DEFAULT_MODEL, allowUnknown: true });

const OP = "DescribeDatasetImportJob";
const input: CheckTarget = { operation: OP, kind: "input" };
const output: CheckTarget = { operation: OP, kind: "output" };
const invalidInput: CheckTarget = { operation: OP, kind: "error", error: "InvalidInputException" };

const ARN = "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/import-ratings-2024";
const job = (fields: Record<string, unknown>) => ({ datasetImportJob: { jobName: "import-ratings", datasetImportJobArn: ARN, ...fields } });

interface Row {
  readonly name: string;
  readonly target: CheckTarget;
  readonly value: unknown;
  readonly allowUnknown?: boolean;
  readonly want: readonly Violation[];
  readonly lines: readonly string[];
}

const rows: Row[] = [
  {
    name: "a complete valid output",
    target: output,
    value: job({
      datasetArn: "arn:aws:personalize:us-east-1:123456789012:dataset/ratings/INTERACTIONS",
      dataSource: { dataLocation: "s3://ratings-bucket/interactions/" },
      roleArn: "arn:aws:personalize:us-east-1:123456789012:role/PersonalizeS3",
      status: "CREATE IN_PROGRESS",
      creationDateTime: 1714560000,
      lastUpdatedDateTime: 1714563600.25,
      failureReason: "",
      importMode: "INCREMENTAL",
      publishAttributionMetricsToS3: true,
    }),
    want: [],
    lines: [],
  },
  {
    name: "an empty output (every member optional)",
    target: output,
    value: {},
    want: [],
    lines: [],
  },
  {
    name: "jobName one character too long (64 > 63)",
    target: output,
    value: job({ jobName: "j".repeat(64) }),
    want: [
      {
        pointer: "/datasetImportJob/jobName",
        memberPath: "DatasetImportJob.jobName",
        keyword: "maxLength",
        message: "length must be <= 63 (maxLength)",
        value: `"${"j".repeat(58)}…`,
      },
    ],
    lines: [`/datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "${"j".repeat(58)}…`],
  },
  {
    name: "status is a plain string: any value passes, only its length is bounded",
    target: output,
    value: job({ status: "SOMETHING NEW" }),
    want: [],
    lines: [],
  },
  {
    name: "status over its length",
    target: output,
    value: job({ status: "S".repeat(257) }),
    want: [
      {
        pointer: "/datasetImportJob/status",
        memberPath: "DatasetImportJob.status",
        keyword: "maxLength",
        message: "length must be <= 256 (maxLength)",
        value: `"${"S".repeat(58)}…`,
      },
    ],
    lines: [`/datasetImportJob/status (DatasetImportJob.status): length must be <= 256 (maxLength), got "${"S".repeat(58)}…`],
  },
  {
    name: "importMode not in the enum",
    target: output,
    value: job({ importMode: "PARTIAL" }),
    want: [
      { pointer: "/datasetImportJob/importMode", memberPath: "DatasetImportJob.importMode", keyword: "enum", message: "must be one of FULL, INCREMENTAL", value: '"PARTIAL"' },
    ],
    lines: ['/datasetImportJob/importMode (DatasetImportJob.importMode): must be one of FULL, INCREMENTAL, got "PARTIAL"'],
  },
  {
    name: "datasetImportJobArn not matching its pattern",
    target: output,
    value: job({ datasetImportJobArn: "arn:aws:s3:::bucket" }),
    want: [
      {
        pointer: "/datasetImportJob/datasetImportJobArn",
        memberPath: "DatasetImportJob.datasetImportJobArn",
        keyword: "pattern",
        message: "must match pattern ^arn:([a-z\\d-]+):personalize:.*:.*:.+$",
        value: '"arn:aws:s3:::bucket"',
      },
    ],
    lines: ['/datasetImportJob/datasetImportJobArn (DatasetImportJob.datasetImportJobArn): must match pattern ^arn:([a-z\\d-]+):personalize:.*:.*:.+$, got "arn:aws:s3:::bucket"'],
  },
  {
    name: "the required input member missing",
    target: input,
    value: {},
    want: [{ pointer: "/datasetImportJobArn", memberPath: "DescribeDatasetImportJobRequest.datasetImportJobArn", keyword: "required", message: "is required" }],
    lines: ["/datasetImportJobArn (DescribeDatasetImportJobRequest.datasetImportJobArn): is required"],
  },
  {
    name: "the required input member null (strict: null is a wrong type)",
    target: input,
    value: { datasetImportJobArn: null },
    want: [
      { pointer: "/datasetImportJobArn", memberPath: "DescribeDatasetImportJobRequest.datasetImportJobArn", keyword: "type", message: "must be a string", value: "null" },
    ],
    lines: ["/datasetImportJobArn (DescribeDatasetImportJobRequest.datasetImportJobArn): must be a string, got null"],
  },
  {
    name: "an unknown member, strict (the default)",
    target: output,
    value: job({ jobNmae: "typo" }),
    want: [
      { pointer: "/datasetImportJob/jobNmae", memberPath: "DatasetImportJob.jobNmae", keyword: "additionalProperties", message: 'unknown member "jobNmae"', value: '"typo"' },
    ],
    lines: ['/datasetImportJob/jobNmae (DatasetImportJob.jobNmae): unknown member "jobNmae", got "typo"'],
  },
  {
    name: "an unknown member with allowUnknown (AWS's lenient reading)",
    target: output,
    value: job({ jobNmae: "typo" }),
    allowUnknown: true,
    want: [],
    lines: [],
  },
  {
    name: "an unknown input member with allowUnknown, beside a real violation",
    target: input,
    value: { datasetImportJobArn: "nope", region: "eu-west-1" },
    allowUnknown: true,
    want: [
      {
        pointer: "/datasetImportJobArn",
        memberPath: "DescribeDatasetImportJobRequest.datasetImportJobArn",
        keyword: "pattern",
        message: "must match pattern ^arn:([a-z\\d-]+):personalize:.*:.*:.+$",
        value: '"nope"',
      },
    ],
    lines: ['/datasetImportJobArn (DescribeDatasetImportJobRequest.datasetImportJobArn): must match pattern ^arn:([a-z\\d-]+):personalize:.*:.*:.+$, got "nope"'],
  },
  {
    name: "wrong types: a date-time string for an epoch-seconds timestamp, a string for a boolean",
    target: output,
    value: job({ creationDateTime: "2024-05-01T10:00:00Z", publishAttributionMetricsToS3: "yes" }),
    want: [
      { pointer: "/datasetImportJob/creationDateTime", memberPath: "DatasetImportJob.creationDateTime", keyword: "type", message: "must be a number", value: '"2024-05-01T10:00:00Z"' },
      {
        pointer: "/datasetImportJob/publishAttributionMetricsToS3",
        memberPath: "DatasetImportJob.publishAttributionMetricsToS3",
        keyword: "type",
        message: "must be a boolean",
        value: '"yes"',
      },
    ],
    lines: [
      '/datasetImportJob/creationDateTime (DatasetImportJob.creationDateTime): must be a number, got "2024-05-01T10:00:00Z"',
      '/datasetImportJob/publishAttributionMetricsToS3 (DatasetImportJob.publishAttributionMetricsToS3): must be a boolean, got "yes"',
    ],
  },
  {
    name: "a timestamp outside Date's range",
    target: output,
    value: job({ lastUpdatedDateTime: 1e13 }),
    want: [
      {
        pointer: "/datasetImportJob/lastUpdatedDateTime",
        memberPath: "DatasetImportJob.lastUpdatedDateTime",
        keyword: "maximum",
        message: "must be <= 8640000000000 (maximum)",
        value: "10000000000000",
      },
    ],
    lines: ["/datasetImportJob/lastUpdatedDateTime (DatasetImportJob.lastUpdatedDateTime): must be <= 8640000000000 (maximum), got 10000000000000"],
  },
  {
    name: "nested: dataSource.dataLocation not an S3 URI, named by the structure that holds it",
    target: output,
    value: job({ dataSource: { dataLocation: "ftp://bucket/file.csv" } }),
    want: [
      {
        pointer: "/datasetImportJob/dataSource/dataLocation",
        memberPath: "DataSource.dataLocation",
        keyword: "pattern",
        message: "must match pattern ^(s3|http|https)://.+$",
        value: '"ftp://bucket/file.csv"',
      },
    ],
    lines: ['/datasetImportJob/dataSource/dataLocation (DataSource.dataLocation): must match pattern ^(s3|http|https)://.+$, got "ftp://bucket/file.csv"'],
  },
  {
    name: "a body that is not an object",
    target: output,
    value: [],
    want: [{ pointer: "", memberPath: "DescribeDatasetImportJobResponse", keyword: "type", message: "must be an object", value: "[]" }],
    lines: ["/ (DescribeDatasetImportJobResponse): must be an object, got []"],
  },
  {
    name: "several violations of one value, in ajv's order",
    target: output,
    value: job({ jobName: "", importMode: "full" }),
    want: [
      { pointer: "/datasetImportJob/jobName", memberPath: "DatasetImportJob.jobName", keyword: "minLength", message: "length must be >= 1 (minLength)", value: '""' },
      { pointer: "/datasetImportJob/jobName", memberPath: "DatasetImportJob.jobName", keyword: "pattern", message: "must match pattern ^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$", value: '""' },
      { pointer: "/datasetImportJob/importMode", memberPath: "DatasetImportJob.importMode", keyword: "enum", message: "must be one of FULL, INCREMENTAL", value: '"full"' },
    ],
    lines: [
      '/datasetImportJob/jobName (DatasetImportJob.jobName): length must be >= 1 (minLength), got ""',
      '/datasetImportJob/jobName (DatasetImportJob.jobName): must match pattern ^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$, got ""',
      '/datasetImportJob/importMode (DatasetImportJob.importMode): must be one of FULL, INCREMENTAL, got "full"',
    ],
  },
  {
    name: "an error body: both spellings of the message and a namespaced __type pass",
    target: invalidInput,
    value: { __type: "com.amazonaws.personalize#InvalidInputException:http://internal.amazon.com/", Message: "bad" },
    want: [],
    lines: [],
  },
  {
    name: "an error body without __type, named by the error (its root is inline)",
    target: invalidInput,
    value: { message: "bad" },
    want: [{ pointer: "/__type", memberPath: "InvalidInputException.__type", keyword: "required", message: "is required" }],
    lines: ["/__type (InvalidInputException.__type): is required"],
  },
];

describe("violations of DescribeDatasetImportJob values (model/personalize.json)", () => {
  it.each(rows)("$name", ({ target, value, allowUnknown, want, lines }) => {
    const contract = allowUnknown === true ? lenient : strict;
    const got = contract.check(target, structuredClone(value));
    expect(got).toEqual(want);
    expect(got.map(formatViolation)).toEqual(lines);
  });

  it("allowUnknown accepts unknown members without changing the value it checks", () => {
    const value = job({ jobNmae: "typo" });
    expect(lenient.check(output, value)).toEqual([]);
    expect(value.datasetImportJob).toHaveProperty("jobNmae", "typo");
    expect(strict.check(output, value).map((v) => v.keyword)).toEqual(["additionalProperties"]);
  });

  it("gives the same violations on every call (validators compiled once and reused)", () => {
    const contract = loadValidationContract({ model: DEFAULT_MODEL });
    const bad = job({ importMode: "PARTIAL" });
    const first = contract.check(output, bad);
    expect(first.map((v) => v.keyword)).toEqual(["enum"]);
    for (let i = 0; i < 20; i++) expect(contract.check(output, bad)).toEqual(first);
  });
});
