import { execFile } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runValidate } from "../../codegen/cli/validate-command.ts";
import { loadValidationContract, validateFiles } from "../../codegen/validate/index.ts";
import { parseXml } from "../validate/xml.ts";
import type { XmlElement } from "../validate/xml.ts";
import { cliArgs } from "../support/cli.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIX = "tests/fixtures/recordings";
const MODEL = ["--model", "model/personalize.json"];
/** JSON and NDJSON values need their operation named: the embedded model has three. */
const DESCRIBE = [...MODEL, "--operation", "DescribeDatasetImportJob"];

/** Runs the CLI as a child process from the repository root, as a user's shell would. */
function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, cliArgs("validate", ...args), { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, out: stdout, err: stderr });
    });
  });
}

let tmp: string;
beforeAll(() => {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  tmp = mkdtempSync(join(ROOT, ".tmp", "validate-cli-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("smithy-contract validate (child process)", () => {
  it("a valid JSON file: exit 0, only the summary", async () => {
    const r = await cli([...DESCRIBE, `${FIX}/describe-output.valid.json`]);
    expect(r).toEqual({ code: 0, out: "1 value checked in 1 file: 1 valid, 0 invalid\n", err: "" });
  });

  it("an invalid JSON file: exit 1, each violation with pointer, member, constraint and value", async () => {
    const r = await cli([...MODEL, "--operation", "DescribeDatasetImportJob", "--output", `${FIX}/describe-output.invalid.json`]);
    expect(r.err).toBe("");
    expect(r.out).toBe(
      [
        `${FIX}/describe-output.invalid.json: DescribeDatasetImportJob output: 6 violations`,
        '  /datasetImportJob/jobNmae (DatasetImportJob.jobNmae): unknown member "jobNmae", got "typo"',
        '  /datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "this-job-name-is-much-too-long-for-personalize-which-allow…',
        '  /datasetImportJob/datasetImportJobArn (DatasetImportJob.datasetImportJobArn): must match pattern ^arn:([a-z\\d-]+):personalize:.*:.*:.+$, got "arn:aws:s3:::not-personalize"',
        '  /datasetImportJob/dataSource/dataLocation (DataSource.dataLocation): must match pattern ^(s3|http|https)://.+$, got "ftp://ratings-bucket/interactions.csv"',
        '  /datasetImportJob/creationDateTime (DatasetImportJob.creationDateTime): must be a number, got "2024-05-01T10:00:00Z"',
        '  /datasetImportJob/importMode (DatasetImportJob.importMode): must be one of FULL, INCREMENTAL, got "PARTIAL"',
        "1 value checked in 1 file: 0 valid, 1 invalid",
        "",
      ].join("\n"),
    );
    expect(r.code).toBe(1);
  });

  it("NDJSON: line numbers, blank lines skipped, a non-JSON line is an invalid value; --allow-unknown", async () => {
    const strict = await cli([...DESCRIBE, `${FIX}/describe-outputs.ndjson`]);
    const lenient = await cli([...DESCRIBE, "--allow-unknown", `${FIX}/describe-outputs.ndjson`]);
    const common = [
      `${FIX}/describe-outputs.ndjson:3: DescribeDatasetImportJob output: 3 violations`,
      '  /datasetImportJob/jobName (DatasetImportJob.jobName): length must be >= 1 (minLength), got ""',
      '  /datasetImportJob/jobName (DatasetImportJob.jobName): must match pattern ^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$, got ""',
      '  /datasetImportJob/importMode (DatasetImportJob.importMode): must be one of FULL, INCREMENTAL, got "full"',
      `${FIX}/describe-outputs.ndjson:4: DescribeDatasetImportJob output: 1 violation`,
      '  /: is not JSON, got "{\\"datasetImportJob\\": {\\"jobName\\": \\"ok\\""',
    ];
    expect(strict).toEqual({
      code: 1,
      err: "",
      out: [
        ...common,
        `${FIX}/describe-outputs.ndjson:7: DescribeDatasetImportJob output: 1 violation`,
        '  /datasetImportJob/dataSource/extra (DataSource.extra): unknown member "extra", got 1',
        "5 values checked in 1 file: 2 valid, 3 invalid",
        "",
      ].join("\n"),
    });
    expect(lenient).toEqual({ code: 1, err: "", out: [...common, "5 values checked in 1 file: 3 valid, 2 invalid", ""].join("\n") });
  });

  it("HAR: entries matched by X-Amz-Target; requests as input, responses as output or the named error; others skipped", async () => {
    const har = `${FIX}/personalize.har`;
    const url = "POST https://personalize.us-east-1.amazonaws.com/";
    const r = await cli([...MODEL, har]);
    expect(r.err).toBe("");
    expect(r.out).toBe(
      [
        `${har} entries[2] request (${url}): DescribeDatasetImportJob input: 1 violation`,
        "  /datasetImportJobArn (DescribeDatasetImportJobRequest.datasetImportJobArn): is required",
        `${har} entries[3] (${url}): skipped: X-Amz-Target "AmazonS3.ListBuckets" is not a call of AmazonPersonalize`,
        `${har} entries[4] (GET https://console.aws.amazon.com/favicon.ico): skipped: no X-Amz-Target header`,
        `${har} entries[5] response (${url} 200): DescribeDatasetImportJob output: 1 violation`,
        '  /datasetImportJob/importMode (DatasetImportJob.importMode): must be one of FULL, INCREMENTAL, got "PARTIAL"',
        `${har} entries[6] response (${url} 400): DescribeDatasetImportJob error InvalidInputException: 1 violation`,
        '  /detail (InvalidInputException.detail): unknown member "detail", got 1',
        `${har} entries[7] (${url}): skipped: X-Amz-Target "AmazonPersonalize.CreateSchema": AmazonPersonalize has no operation CreateSchema`,
        "10 values checked in 1 file: 7 valid, 3 invalid, 3 skipped",
        "",
      ].join("\n"),
    );
    expect(r.code).toBe(1);
  });

  it("--format junit --report: well-formed XML, one suite per file, one case per value, failures with the violations", async () => {
    const report = join(tmp, "reports", "validate.xml");
    const files = [`${FIX}/describe-output.valid.json`, `${FIX}/describe-outputs.ndjson`, `${FIX}/personalize.har`];
    const r = await cli([...DESCRIBE, "--format", "junit", "--report", report, ...files]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\n16 values checked in 3 files: 10 valid, 6 invalid, 3 skipped\n$/);
    const text = readFileSync(report, "utf8");
    expect(readdirSync(join(tmp, "reports"))).toEqual(["validate.xml"]); // no temporary files left behind
    const root = parseXml(text);
    const attrs = (e: XmlElement) => e.attributes;
    expect(root.name).toBe("testsuites");
    expect(attrs(root)).toEqual({ name: "smithy-contract validate", tests: "19", failures: "6", errors: "0", skipped: "3" });
    expect(root.children.map((s) => [s.name, attrs(s)])).toEqual([
      ["testsuite", { name: files[0], tests: "1", failures: "0", errors: "0", skipped: "0" }],
      ["testsuite", { name: files[1], tests: "5", failures: "3", errors: "0", skipped: "0" }],
      ["testsuite", { name: files[2], tests: "13", failures: "3", errors: "0", skipped: "3" }],
    ]);
    const ndjson = root.children[1]!;
    expect(ndjson.children.map((c) => attrs(c).name)).toEqual(["line 1", "line 3", "line 4", "line 5", "line 7"]);
    const line4 = ndjson.children[2]!;
    expect(line4.children.map((c) => [c.name, attrs(c), c.text])).toEqual([
      [
        "failure",
        { message: "DescribeDatasetImportJob output: 1 violation", type: "ContractViolation" },
        `${files[1]}:4\n/: is not JSON, got "{\\"datasetImportJob\\": {\\"jobName\\": \\"ok\\""`,
      ],
    ]);
    const har = root.children[2]!;
    expect(har.children.map((c) => [attrs(c).name, c.children[0]?.name ?? "passed"])).toEqual([
      ["entries[0] request", "passed"],
      ["entries[0] response", "passed"],
      ["entries[1] request", "passed"],
      ["entries[1] response", "passed"],
      ["entries[2] request", "failure"],
      ["entries[2] response", "passed"],
      ["entries[3]", "skipped"],
      ["entries[4]", "skipped"],
      ["entries[5] request", "passed"],
      ["entries[5] response", "failure"],
      ["entries[6] request", "passed"],
      ["entries[6] response", "failure"],
      ["entries[7]", "skipped"],
    ]);
    expect(attrs(har.children[6]!.children[0]!).message).toBe('X-Amz-Target "AmazonS3.ListBuckets" is not a call of AmazonPersonalize');
    expect(har.children[9]!.children[0]!.text).toContain('/datasetImportJob/importMode (DatasetImportJob.importMode): must be one of FULL, INCREMENTAL, got "PARTIAL"');
  });

  // Concurrent: each case is a node process of its own; together they would take most of the file's time.
  it.concurrent.each<{ name: string; args: string[]; err: string }>([
    { name: "no file", args: [...MODEL], err: "error: validate needs at least one file to check\n" },
    { name: "a missing file", args: [...MODEL, "nope.ndjson"], err: "error: nope.ndjson: cannot read: no such file\n" },
    {
      name: "an unknown operation",
      args: [...MODEL, "--operation", "Nope", `${FIX}/describe-output.valid.json`],
      err: 'error: model/personalize.json: com.amazonaws.personalize#AmazonPersonalize: the service has no operation "Nope"\n',
    },
    {
      name: "an unparseable model",
      args: ["--model", `${FIX}/describe-outputs.ndjson`, `${FIX}/describe-output.valid.json`],
      err: /^error: tests\/fixtures\/recordings\/describe-outputs\.ndjson: not valid JSON: .+\n$/.source,
    },
    {
      name: "an error the operation does not declare",
      args: [...DESCRIBE, "--error", "Boom", `${FIX}/describe-output.valid.json`],
      err: 'error: DescribeDatasetImportJob has no error "Boom"; its errors: InvalidInputException, ResourceNotFoundException\n',
    },
    { name: "two sides at once", args: [...MODEL, "--input", "--output", "x.json"], err: "error: choose one of --input, --output and --error (got --input, --output)\n" },
    { name: "a file of unknown format", args: [...MODEL, "README.md"], err: 'error: cannot tell the format of "README.md" from its extension (.json, .ndjson, .jsonl, .har); use --format-in\n' },
    { name: "junit without a report file", args: [...MODEL, "--format", "junit", "x.json"], err: "error: --format junit needs --report <file>\n" },
    { name: "an unknown flag", args: [...MODEL, "--strict", "x.json"], err: /^error: unknown option '?--strict'?.*\n$/i.source },
  ])("exit 2 with one clear line: $name", async ({ args, err }) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const first = r.err.split("\n")[0]!;
    if (err.startsWith("^")) expect(`${first}\n`).toMatch(new RegExp(err, "i"));
    else expect(`${first}\n`).toBe(err);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe("100,000-line NDJSON (library API, in process)", () => {
  it("validates in bounded memory, keeps only the first 1,000 violations and counts the rest", async () => {
    const file = join(tmp, "big.ndjson");
    const lines = 100_000;
    // ~600 bytes a line (60 MB in all): holding the file, its lines or its values would show in the heap.
    const reason = "r".repeat(400);
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(file);
      out.on("error", reject);
      let i = 0;
      const write = () => {
        let ok = true;
        while (i < lines && ok) {
          i += 1;
          const importMode = i % 50 === 0 ? "PARTIAL" : "FULL"; // every 50th line invalid: 2,000 violations
          ok = out.write(
            `{"datasetImportJob":{"jobName":"job-${i}","datasetImportJobArn":"arn:aws:personalize:us-east-1:123456789012:dataset-import-job/job-${i}","status":"CREATE FAILED","failureReason":"${reason}","importMode":"${importMode}","creationDateTime":${1714560000 + i}}}\n`,
          );
        }
        if (i < lines) out.once("drain", write);
        else out.end(resolve);
      };
      write();
    });

    const contract = loadValidationContract({ model: join(ROOT, "model/personalize.json") });
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let seen = 0;
    const started = Date.now();
    const report = await validateFiles({
      contract,
      files: [{ path: file, format: "ndjson" }],
      target: { operation: "DescribeDatasetImportJob", kind: "output" },
      listener: {
        value: () => {
          seen += 1;
          if (seen % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
        },
      },
    });
    const growth = (peak - baseline) / 2 ** 20;
    console.log(`100,000-line NDJSON: peak heap growth ${growth.toFixed(1)} MB over baseline, ${Date.now() - started} ms`);
    expect(report).toMatchObject({ values: lines, valid: lines - 2000, invalid: 2000, skipped: 0, violations: 2000, omittedViolations: 1000 });
    expect(report.stored).toHaveLength(1000);
    expect(report.stored[0]).toMatchObject({ location: `${file}:50`, status: "invalid" });
    expect(report.stored.at(-1)).toMatchObject({ location: `${file}:50000` });
    expect(seen).toBe(lines);
    expect(growth).toBeLessThan(100);
  });
});

describe("progress on stderr", () => {
  const run = async (errIsTTY: boolean) => {
    const file = join(tmp, `progress-${String(errIsTTY)}.ndjson`);
    writeFileSync(file, '{"datasetImportJob":{"jobName":"a"}}\n'.repeat(600));
    let out = "";
    let err = "";
    const code = await runValidate([...DESCRIBE, file], { out: (t) => (out += t), err: (t) => (err += t), errIsTTY });
    return { code, out, err };
  };

  it("is drawn only when stderr is a terminal, and erased before the report", async () => {
    const tty = await run(true);
    expect(tty.code).toBe(0);
    // Redrawn every 256 values at most every 200 ms: on a slow machine the 512th may show too.
    expect(tty.err).toMatch(/^\r256 values checked…(\r512 values checked…)?\r\x1b\[K$/);
    expect(tty.out).toBe("600 values checked in 1 file: 600 valid, 0 invalid\n");
    const pipe = await run(false);
    expect(pipe).toEqual({ code: 0, out: tty.out, err: "" });
  });
});

// Keep the fixtures honest: the HAR fixture is JSON, and each NDJSON line is what the tests say it is.
describe("fixtures", () => {
  it("are what the tests above assume", () => {
    expect(() => JSON.parse(readFileSync(join(ROOT, FIX, "personalize.har"), "utf8"))).not.toThrow();
    const lines = readFileSync(join(ROOT, FIX, "describe-outputs.ndjson"), "utf8").split("\n");
    expect(lines.map((l) => (l.trim() === "" ? "blank" : "value"))).toEqual(["value", "blank", "value", "value", "value", "blank", "value", "blank"]);
  });
});
