/**
 * The contract matchers against the generated Personalize contract: values that match (wire and
 * SDK form), values that do not (with the exact message), `.not`, asymmetric use, the
 * `allowUnknown` option and the mistakes that are the test's, not the value's.
 */
import { ResourceNotFoundException } from "@aws-sdk/client-personalize";
import { describe, expect, it } from "vitest";
import "smithy-contract/vitest";
import { matchers } from "smithy-contract/vitest";
import { validationContract } from "../../../codegen/validate/contract.ts";
import { loadModelFile } from "../../../codegen/model/load.ts";
import { contract } from "../../../generated/personalize/contract.ts";
import { formatViolation } from "../../../runtime/validation/format.ts";
import { DEFAULT_MODEL } from "../../support/corpus.ts";

const OP = "DescribeDatasetImportJob";
const ARN = "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/import-ratings";
const job = (fields: Record<string, unknown>) => ({ datasetImportJob: { jobName: "import-ratings", datasetImportJobArn: ARN, ...fields } });

/** The message of the assertion error `run` throws; fails the test when it throws none. */
function failureOf(run: () => void): string {
  try {
    run();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error("the assertion did not fail");
}

describe("values that match", () => {
  it("accepts a wire-form output, input and error body", () => {
    expect(job({ creationDateTime: 1714560000.25, importMode: "FULL", dataSource: { dataLocation: "s3://bucket/ratings/" } })).toMatchOperationOutput(contract, OP);
    expect({}).toMatchOperationOutput(contract, OP);
    expect({ datasetImportJobArn: ARN }).toMatchOperationInput(contract, OP);
    expect({ __type: "ResourceNotFoundException", message: "gone" }).toMatchOperationError(contract, OP, "ResourceNotFoundException");
    expect({ __type: "com.amazonaws.personalize#ResourceNotFoundException" }).toMatchOperationError(contract, OP, "com.amazonaws.personalize#ResourceNotFoundException");
  });

  it("accepts an SDK-form output: Dates, undefined members and the CommandOutput's $metadata", () => {
    const sdk = {
      $metadata: { httpStatusCode: 200, requestId: "r-1", attempts: 1 },
      datasetImportJob: { jobName: "import-ratings", creationDateTime: new Date("2024-05-01T10:00:00.250Z"), failureReason: undefined, publishAttributionMetricsToS3: false },
    };
    expect(sdk).toMatchOperationOutput(contract, OP);
  });

  it("accepts a thrown SDK exception as the body it was read from", async () => {
    const thrown = new ResourceNotFoundException({ message: "no such job", $metadata: { httpStatusCode: 404 } });
    expect(thrown).toMatchOperationError(contract, OP, "ResourceNotFoundException");
    await expect(Promise.reject(thrown)).rejects.toMatchOperationError(contract, OP, "ResourceNotFoundException");
    expect(failureOf(() => expect(thrown).toMatchOperationError(contract, OP, "InvalidInputException"))).toBe(
      [
        "expected value to match DescribeDatasetImportJob error InvalidInputException (1 violation):",
        '  /__type (InvalidInputException.__type): must match pattern ^(?:InvalidInputException|[^#,:]*#InvalidInputException(?:#[^,:]*)?)(?:[,:][\\s\\S]*)?$, got "ResourceNotFoundException"',
      ].join("\n"),
    );
  });
});

describe("values that do not match, with validate's lines", () => {
  const cases: readonly { name: string; run: () => void; want: readonly string[] }[] = [
    {
      name: "a jobName of 64 characters and an importMode outside the enum",
      run: () => expect(job({ jobName: "j".repeat(64), importMode: "PARTIAL" })).toMatchOperationOutput(contract, OP),
      want: [
        "expected value to match DescribeDatasetImportJob output (2 violations):",
        '  /datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "jjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj…',
        '  /datasetImportJob/importMode (DatasetImportJob.importMode): must be one of FULL, INCREMENTAL, got "PARTIAL"',
      ],
    },
    {
      name: "an unknown member",
      run: () => expect(job({ jobNmae: "typo" })).toMatchOperationOutput(contract, OP),
      want: [
        "expected value to match DescribeDatasetImportJob output (1 violation):",
        '  /datasetImportJob/jobNmae (DatasetImportJob.jobNmae): unknown member "jobNmae", got "typo"',
      ],
    },
    {
      name: "a missing required input member",
      run: () => expect({}).toMatchOperationInput(contract, OP),
      want: [
        "expected value to match DescribeDatasetImportJob input (1 violation):",
        "  /datasetImportJobArn (DescribeDatasetImportJobRequest.datasetImportJobArn): is required",
      ],
    },
    {
      name: "an error body whose __type names another error",
      run: () => expect({ __type: "InvalidInputException", message: "bad" }).toMatchOperationError(contract, OP, "ResourceNotFoundException"),
      want: [
        "expected value to match DescribeDatasetImportJob error ResourceNotFoundException (1 violation):",
        '  /__type (ResourceNotFoundException.__type): must match pattern ^(?:ResourceNotFoundException|[^#,:]*#ResourceNotFoundException(?:#[^,:]*)?)(?:[,:][\\s\\S]*)?$, got "InvalidInputException"',
      ],
    },
    {
      name: "an SDK-form value, reported in its wire form (a Date as epoch seconds)",
      run: () => expect({ datasetImportJob: { creationDateTime: new Date(1500), status: 7 } }).toMatchOperationOutput(contract, OP),
      want: [
        "expected value to match DescribeDatasetImportJob output (1 violation):",
        "  /datasetImportJob/status (DatasetImportJob.status): must be a string, got 7",
      ],
    },
    {
      name: "a null member of a wire value (not dropped as an SDK value's would be)",
      run: () => expect(job({ status: null })).toMatchOperationOutput(contract, OP),
      want: ["expected value to match DescribeDatasetImportJob output (1 violation):", "  /datasetImportJob/status (DatasetImportJob.status): must be a string, got null"],
    },
  ];

  it.each(cases)("$name", ({ run, want }) => {
    expect(failureOf(run)).toBe(want.join("\n"));
  });

  it("prints exactly the lines `smithy-contract validate` prints for the same value", () => {
    const validate = validationContract(loadModelFile(DEFAULT_MODEL));
    const rows = [
      {
        target: { operation: OP, kind: "output" } as const,
        value: job({ jobName: "-bad", importMode: "PARTIAL", creationDateTime: "2024", dataSource: { dataLocation: "ftp://x", extra: 1 } }),
        run: (v: unknown) => expect(v).toMatchOperationOutput(contract, OP),
        count: 5,
      },
      {
        target: { operation: OP, kind: "input" } as const,
        value: { datasetImportJobArn: "arn:x", ClientToken: 1 },
        run: (v: unknown) => expect(v).toMatchOperationInput(contract, OP),
        count: 2,
      },
      {
        target: { operation: OP, kind: "error", error: "InvalidInputException" } as const,
        value: { message: 5, reason: "x" },
        run: (v: unknown) => expect(v).toMatchOperationError(contract, OP, "InvalidInputException"),
        count: 3,
      },
    ];
    for (const { target, value, run, count } of rows) {
      const lines = validate.check(target, value).map((v) => `  ${formatViolation(v)}`);
      expect(lines).toHaveLength(count);
      const label = target.kind === "error" ? `${OP} error ${target.error}` : `${OP} ${target.kind}`;
      expect(failureOf(() => run(value)).split("\n")).toEqual([`expected value to match ${label} (${count} violations):`, ...lines]);
    }
  });
});

describe(".not", () => {
  it("passes for a value that does not match and fails for one that does", () => {
    expect({}).not.toMatchOperationInput(contract, OP);
    expect(failureOf(() => expect({ datasetImportJobArn: ARN }).not.toMatchOperationInput(contract, OP))).toBe(
      "expected value not to match DescribeDatasetImportJob input, but it does",
    );
    expect(failureOf(() => expect({ __type: "ResourceNotFoundException" }).not.toMatchOperationError(contract, OP, "ResourceNotFoundException"))).toBe(
      "expected value not to match DescribeDatasetImportJob error ResourceNotFoundException, but it does",
    );
  });
});

describe("asymmetric use", () => {
  it("matches inside toEqual and objectContaining, and negated through expect.not", () => {
    const exchange = { status: 200, body: job({ status: "ACTIVE" }) };
    expect(exchange).toEqual(expect.objectContaining({ body: expect.toMatchOperationOutput(contract, OP) }));
    expect(exchange).toEqual({ status: 200, body: expect.not.toMatchOperationInput(contract, OP) });
    expect(() => expect({ body: job({ status: 7 }) }).toEqual({ body: expect.toMatchOperationOutput(contract, OP) })).toThrow(/expected .* to deeply equal/);
  });

  // A failed toEqual's diff prints an asymmetric matcher with toAsymmetricMatcher() (pretty-format's plugin).
  it("names the contract by its service in diffs instead of printing all of it", ({ expect: local }) => {
    expect(expect.toMatchOperationOutput(contract, OP).toAsymmetricMatcher()).toBe('toMatchOperationOutput<AmazonPersonalize, "DescribeDatasetImportJob">');
    expect(expect.not.toMatchOperationError(contract, OP, "InvalidInputException").toAsymmetricMatcher()).toBe(
      'not.toMatchOperationError<AmazonPersonalize, "DescribeDatasetImportJob", "InvalidInputException">',
    );
    // A test context's own expect gets the same forms.
    expect(local.toMatchOperationInput(contract, OP).toAsymmetricMatcher()).toBe('toMatchOperationInput<AmazonPersonalize, "DescribeDatasetImportJob">');
    local({ body: { datasetImportJobArn: ARN } }).toEqual({ body: local.toMatchOperationInput(contract, OP) });
  });
});

describe("the allowUnknown option", () => {
  it("accepts unknown members, still reports the rest and leaves the value as it was", () => {
    const value = job({ jobNmae: "typo", extra: { nested: true } });
    expect(value).toMatchOperationOutput(contract, OP, { allowUnknown: true });
    expect(value.datasetImportJob).toHaveProperty("jobNmae", "typo");
    expect({ datasetImportJobArn: ARN, ClientToken: "x" }).toMatchOperationInput(contract, OP, { allowUnknown: true });
    expect({ __type: "ResourceNotFoundException", Reason: "x" }).toMatchOperationError(contract, OP, "ResourceNotFoundException", { allowUnknown: true });
    expect(failureOf(() => expect(job({ jobNmae: "typo", importMode: "PARTIAL" })).toMatchOperationOutput(contract, OP, { allowUnknown: true }))).toBe(
      [
        "expected value to match DescribeDatasetImportJob output (1 violation):",
        '  /datasetImportJob/importMode (DatasetImportJob.importMode): must be one of FULL, INCREMENTAL, got "PARTIAL"',
      ].join("\n"),
    );
  });
});

describe("mistakes of the test itself fail, with or without .not", () => {
  it("names the known operations for an unknown one", () => {
    const want = '"DescribeDatasetImportJobs" is not an operation of the AmazonPersonalize contract; its operations are: CreateDatasetImportJob, DescribeDatasetImportJob, ListDatasetImportJobs';
    expect(failureOf(() => expect({}).toMatchOperationOutput(contract, "DescribeDatasetImportJobs"))).toBe(want);
    expect(failureOf(() => expect({}).not.toMatchOperationInput(contract, "DescribeDatasetImportJobs"))).toBe(want);
  });

  it("names the operation's errors for an unknown error", () => {
    expect(failureOf(() => expect({}).toMatchOperationError(contract, OP, "LimitExceededException"))).toBe(
      '"LimitExceededException" is not an error of DescribeDatasetImportJob; its errors are: InvalidInputException, ResourceNotFoundException',
    );
  });

  it("explains that the first argument is the generated contract, not a model", () => {
    const run = () => matchers.toMatchOperationOutput({}, "model/personalize.json" as never, OP);
    expect(run).toThrow(TypeError);
    expect(failureOf(run)).toBe(
      'toMatchOperationOutput: the first argument must be a generated ServiceContract (the `contract` export of generated/<service>/contract.ts), got "model/personalize.json". ' +
        "The matchers cannot read a Smithy model: they run in your test suite, which loads only the runtime; run `smithy-contract generate` to turn the model into a contract.",
    );
  });
});

describe("the raw matchers object", () => {
  it("returns pass and the message without an expect", () => {
    const result = matchers.toMatchOperationInput({ datasetImportJobArn: 5 }, contract, OP);
    expect(result.pass).toBe(false);
    expect(result.message()).toBe(
      "expected value to match DescribeDatasetImportJob input (1 violation):\n  /datasetImportJobArn (DescribeDatasetImportJobRequest.datasetImportJobArn): must be a string, got 5",
    );
    expect(matchers.toMatchOperationInput({ datasetImportJobArn: ARN }, contract, OP).pass).toBe(true);
  });

  it("keeps each contract object's validators apart (a copy of a contract works alongside it)", () => {
    const copy = structuredClone(contract);
    expect(matchers.toMatchOperationError({ __type: "ResourceNotFoundException" }, copy, OP, "ResourceNotFoundException").pass).toBe(true);
    expect(matchers.toMatchOperationError({ __type: "ResourceNotFoundException" }, contract, OP, "ResourceNotFoundException").pass).toBe(true);
    expect(matchers.toMatchOperationError({ __type: "X" }, copy, OP, "ResourceNotFoundException").pass).toBe(false);
  });
});
