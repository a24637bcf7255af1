import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harExchanges, loadValidationContract, validateFiles } from "../../codegen/validate/index.ts";
import type { ValueResult } from "../../codegen/validate/index.ts";
import { InputError } from "../../codegen/write.ts";
import { DEFAULT_MODEL } from "../support/corpus.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const contract = loadValidationContract({ model: DEFAULT_MODEL });
const TARGET = "AmazonPersonalize.DescribeDatasetImportJob";
const ARN = "arn:aws:personalize:us-east-1:1:dataset-import-job/x";

interface EntrySpec {
  target?: string;
  targetHeader?: string;
  request?: string;
  status?: number;
  errorType?: string;
  response?: string;
  base64?: boolean;
}

function har(entries: EntrySpec[]): unknown {
  return {
    log: {
      version: "1.2",
      entries: entries.map((e) => ({
        request: {
          method: "POST",
          url: "https://personalize.us-east-1.amazonaws.com/",
          headers: e.target === undefined ? [] : [{ name: e.targetHeader ?? "X-Amz-Target", value: e.target }],
          ...(e.request !== undefined && { postData: { mimeType: "application/x-amz-json-1.1", text: e.request } }),
        },
        response: {
          status: e.status ?? 0,
          headers: e.errorType === undefined ? [] : [{ name: "x-amzn-errortype", value: e.errorType }],
          content:
            e.response === undefined
              ? { size: 0 }
              : e.base64 === true
                ? { size: e.response.length, text: Buffer.from(e.response).toString("base64"), encoding: "base64" }
                : { size: e.response.length, text: e.response },
        },
      })),
    },
  };
}

let tmp: string;
beforeAll(() => {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  tmp = mkdtempSync(join(ROOT, ".tmp", "validate-har-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function results(doc: unknown, operation?: string): Promise<{ lines: string[]; counts: number[] }> {
  const file = join(tmp, `${Math.random().toString(36).slice(2)}.har`);
  writeFileSync(file, JSON.stringify(doc));
  const seen: ValueResult[] = [];
  const report = await validateFiles({
    contract,
    files: [{ path: file, format: "har" }],
    ...(operation !== undefined && { operation }),
    listener: { value: (r) => seen.push(r) },
  });
  const lines = seen.map((r) => {
    const where = r.location.slice(file.length + 1).replace(/ \(POST https:\/\/personalize\.us-east-1\.amazonaws\.com\/ ?/, " (");
    return `${where} ${r.status}${r.label === "" ? "" : ` [${r.label}]`}${r.reason === undefined ? "" : `: ${r.reason}`}${r.violations.map((v) => ` | ${v.pointer} ${v.keyword}: ${v.message}`).join("")}`;
  });
  return { lines, counts: [report.values, report.valid, report.invalid, report.skipped] };
}

describe("HAR entries", () => {
  it("an empty request body stands for {}; a response with no status was not recorded", async () => {
    expect(await results(har([{ target: TARGET }]))).toEqual({
      lines: [
        "entries[0] request () invalid [DescribeDatasetImportJob input] | /datasetImportJobArn required: is required",
        "entries[0] response (-) skipped: no response recorded",
      ],
      counts: [1, 0, 1, 1],
    });
  });

  it("the target header is found whatever its case; base64 content is decoded; an empty 200 body is {}", async () => {
    const body = JSON.stringify({ datasetImportJob: { importMode: "NOPE" } });
    expect(
      await results(
        har([
          { target: TARGET, targetHeader: "X-AMZ-TARGET", request: JSON.stringify({ datasetImportJobArn: ARN }), status: 200, response: body, base64: true },
          { target: TARGET, request: JSON.stringify({ datasetImportJobArn: ARN }), status: 200 },
        ]),
      ),
    ).toEqual({
      lines: [
        "entries[0] request () valid [DescribeDatasetImportJob input]",
        "entries[0] response (200) invalid [DescribeDatasetImportJob output] | /datasetImportJob/importMode enum: must be one of FULL, INCREMENTAL",
        "entries[1] request () valid [DescribeDatasetImportJob input]",
        "entries[1] response (200) valid [DescribeDatasetImportJob output]",
      ],
      counts: [4, 3, 1, 0],
    });
  });

  it("errors: named by the header first, else by the body's __type (sanitized); unnamed or undeclared errors are violations", async () => {
    const req = JSON.stringify({ datasetImportJobArn: ARN });
    const rows: EntrySpec[] = [
      { target: TARGET, request: req, status: 404, errorType: "ResourceNotFoundException", response: JSON.stringify({ __type: "ResourceNotFoundException" }) },
      { target: TARGET, request: req, status: 400, response: JSON.stringify({ __type: "com.amazonaws.personalize#InvalidInputException", message: "m" }) },
      { target: TARGET, request: req, status: 400, response: JSON.stringify({ __type: "LimitExceededException" }) },
      { target: TARGET, request: req, status: 500, response: "<html>oops</html>" },
      { target: TARGET, request: req, status: 400, errorType: "InvalidInputException", response: "not json" },
    ];
    const { lines } = await results(har(rows));
    expect(lines.filter((l) => l.includes("response"))).toEqual([
      "entries[0] response (404) valid [DescribeDatasetImportJob error ResourceNotFoundException]",
      "entries[1] response (400) valid [DescribeDatasetImportJob error InvalidInputException]",
      'entries[2] response (400) invalid [DescribeDatasetImportJob error LimitExceededException] | /__type errorType: names error "LimitExceededException", which DescribeDatasetImportJob does not declare (it declares InvalidInputException, ResourceNotFoundException)',
      "entries[3] response (500) invalid [DescribeDatasetImportJob error] |  errorType: names no error: no X-Amzn-Errortype header and no __type member |  json: is not JSON",
      "entries[4] response (400) invalid [DescribeDatasetImportJob error InvalidInputException] |  json: is not JSON",
    ]);
  });

  it("--operation filters entries; other services, unknown operations and malformed targets are skipped", async () => {
    const doc = har([
      { target: "AmazonPersonalize.ListDatasets", request: "{}", status: 200, response: "{}" },
      { target: "AmazonPersonalize.DescribeDatasetImportJob.Extra" },
      { target: "Other.DescribeDatasetImportJob" },
    ]);
    expect((await results(doc, "DescribeDatasetImportJob")).lines).toEqual([
      'entries[0] () skipped: X-Amz-Target "AmazonPersonalize.ListDatasets": AmazonPersonalize has no operation ListDatasets',
      'entries[1] () skipped: X-Amz-Target "AmazonPersonalize.DescribeDatasetImportJob.Extra" is not <service>.<operation>',
      'entries[2] () skipped: X-Amz-Target "Other.DescribeDatasetImportJob" is not a call of AmazonPersonalize',
    ]);
    expect((await results(har([{ target: TARGET, request: "{}" }]), "CreateDatasetImportJob")).lines).toEqual([
      "entries[0] () skipped: not CreateDatasetImportJob (--operation)",
    ]);
  });

  it("a file that is not HAR is an input error naming the file", () => {
    expect(() => harExchanges({ entries: [] }, "x.har")).toThrow(new InputError("x.har: not a HAR file: no log.entries array"));
    expect(harExchanges({ log: { entries: [{}] } }, "x.har")).toEqual([
      { index: 0, method: "?", url: "?", target: undefined, requestBody: undefined, status: undefined, errorType: undefined, responseBody: undefined },
    ]);
  });
});
