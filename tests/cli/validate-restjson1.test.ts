/**
 * `smithy-contract validate` (the built CLI, as a child process) on restJson1 traffic: the
 * committed Lambda HAR (recorded from `@aws-sdk/client-lambda`, faults planted; see
 * tests/validate/support/) reported line by line with each violation's place on the wire and
 * pointer, and the Personalize Runtime HAR passing. (The Lambda model is large: a child loading it
 * on a busy machine is given a loose bound, for a hang only.)
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cliArgs } from "../support/cli.ts";
import { RESTJSON1_CORPUS_DIR, restJson1Models } from "../support/corpus.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIX = "tests/fixtures/validate";
const L = "https://lambda.us-east-1.amazonaws.com/2015-03-31";

function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, cliArgs("validate", ...args), { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, out: stdout, err: stderr });
    });
  });
}

describe("smithy-contract validate on restJson1 HAR files (child process)", () => {
  it("a Lambda HAR with planted faults: exit 1, each violation with its entry, place on the wire and pointer", async () => {
    const model = join(RESTJSON1_CORPUS_DIR, "lambda-2015-03-31.json");
    expect(restJson1Models()).toContain(model);
    const har = `${FIX}/lambda.har`;
    const r = await cli(["--model", model, har]);
    expect(r.err).toBe("");
    expect(r.out.split("\n")).toEqual([
      `${har} entries[0] request (POST ${L}/functions/my-function/invocations?Qualifier=prod): Invoke input: 1 violation`,
      '  request header X-Amz-Log-Type → /LogType (InvocationRequest.LogType): must be one of None, Tail, got "Full"',
      `${har} entries[0] response (POST ${L}/functions/my-function/invocations?Qualifier=prod 203): Invoke output: 1 violation`,
      '  response header X-Amz-Executed-Version → /ExecutedVersion (InvocationResponse.ExecutedVersion): must match pattern ^(\\$LATEST|[0-9]+)$, got "latest"',
      `${har} entries[1] request (GET ${L}/functions/my%20function%21): GetFunction input: 1 violation`,
      '  request label FunctionName → /FunctionName (GetFunctionRequest.FunctionName): must match pattern ^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?$, got "my function!"',
      `${har} entries[1] response (GET ${L}/functions/my%20function%21 200): GetFunction output: 1 violation`,
      "  response body → /Configuration/Timeout (FunctionConfiguration.Timeout): must be >= 1 (minimum), got 0",
      `${har} entries[2] request (PUT ${L}/functions/my-function/configuration): UpdateFunctionConfiguration input: 2 violations`,
      "  request body → /MemorySize (UpdateFunctionConfigurationRequest.MemorySize): must be >= 128 (minimum), got 64",
      '  request body → /Memory: unknown member "Memory", got 64',
      `${har} entries[3] request (GET ${L}/functions?MaxItems=0): ListFunctions input: 1 violation`,
      "  request query MaxItems → /MaxItems (ListFunctionsRequest.MaxItems): must be >= 1 (minimum), got 0",
      `${har} entries[4] response (GET ${L}/functions/missing 404): GetFunction error FunctionGoneException: 1 violation`,
      '  response header X-Amzn-Errortype → /: names error "FunctionGoneException", which GetFunction does not declare (it declares InvalidParameterValueException, ResourceNotFoundException, ServiceException, TooManyRequestsException), got "FunctionGoneException"',
      `${har} entries[5] (GET ${L}/nothing-here): skipped: AWSGirApiService has no operation for GET /2015-03-31/nothing-here`,
      `${har} entries[6] request (PUT ${L}/functions/my-function/configuration): UpdateFunctionConfiguration input: 1 violation`,
      "  request body → /MemorySize: the service refuses it with SerializationException: expected an integer, got string at /MemorySize",
      "12 values checked in 1 file: 4 valid, 8 invalid, 1 skipped",
      "",
    ]);
    expect(r.code).toBe(1);
  }, 90_000);

  it("the JUnit report's failures carry the same lines: place on the wire, then pointer", async () => {
    const model = join(RESTJSON1_CORPUS_DIR, "lambda-2015-03-31.json");
    mkdirSync(join(ROOT, ".tmp"), { recursive: true });
    const dir = mkdtempSync(join(ROOT, ".tmp", "validate-restjson1-junit-"));
    try {
      const report = join(dir, "junit.xml");
      const r = await cli(["--model", model, `${FIX}/lambda.har`, "--format", "junit", "--report", report]);
      expect(r.code).toBe(1);
      const xml = readFileSync(report, "utf8");
      expect(xml).toContain('<testsuite name="tests/fixtures/validate/lambda.har" tests="13" failures="8" errors="0" skipped="1">');
      expect(xml).toContain("request header X-Amz-Log-Type → /LogType (InvocationRequest.LogType): must be one of None, Tail, got &quot;Full&quot;");
      expect(xml).toContain("request label FunctionName → /FunctionName (GetFunctionRequest.FunctionName): must match pattern");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it("a Personalize Runtime HAR of GetRecommendations from the real client: exit 0", async () => {
    const r = await cli(["--model", "model/personalize-runtime.smithy", `${FIX}/personalize-runtime.har`]);
    expect(r).toEqual({ code: 0, out: "4 values checked in 1 file: 4 valid, 0 invalid\n", err: "" });
  });
});
