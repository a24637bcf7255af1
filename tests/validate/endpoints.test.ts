/**
 * `validate --endpoint`: which HAR entries are the service's traffic. A recording from a browser or
 * an app holds calls to other AWS services and to hosts that are not AWS at all; only the
 * service's own are checked. The entries are the committed Personalize Runtime recording
 * (tests/fixtures/validate/personalize-runtime.har, from the real client), moved to other hosts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadValidationContract, validateFiles, type ValidationContract, type ValueResult } from "../../codegen/validate/index.ts";
import { runMain } from "../support/cli.ts";
import type { Har } from "./support/record-har.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RECORDED = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/validate/personalize-runtime.har"), "utf8")) as Har;
const OWN = "https://personalize-runtime.us-east-1.amazonaws.com";

let tmp: string;
let runtime: ValidationContract;
beforeAll(() => {
  runtime = loadValidationContract({ model: join(ROOT, "model/personalize-runtime.smithy") });
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  tmp = mkdtempSync(join(ROOT, ".tmp", "validate-endpoints-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The recording's first entry sent to each of `origins` (its path kept, below a base path when the origin has one). */
function rehosted(origins: readonly string[]): { file: string; urls: string[] } {
  const [entry] = RECORDED.log.entries;
  const entries = origins.map((origin) => ({ ...entry!, request: { ...entry!.request, url: entry!.request.url.replace(OWN, origin) } }));
  const file = join(tmp, `${Math.random().toString(36).slice(2)}.har`);
  writeFileSync(file, JSON.stringify({ log: { ...RECORDED.log, entries } }));
  return { file, urls: entries.map((e) => e.request.url) };
}

/** Per entry, whether its request was checked (`valid`/`invalid`) or why it was skipped. */
async function outcomes(origins: readonly string[], endpoints?: readonly string[]): Promise<string[]> {
  const { file } = rehosted(origins);
  const seen: ValueResult[] = [];
  await validateFiles({ contract: runtime, files: [{ path: file, format: "har" }], ...(endpoints !== undefined && { endpoints }), listener: { value: (r) => seen.push(r) } });
  return seen.filter((r) => !r.location.includes(" response ")).map((r) => (r.status === "skipped" ? `skipped: ${r.reason}` : r.status));
}

describe("validate: which HAR entries are the service's", () => {
  it("without --endpoint: the service's AWS endpoints and every non-AWS host are checked; other AWS services' endpoints are skipped, saying why", async () => {
    expect(
      await outcomes([
        OWN,
        "https://personalize-runtime-fips.us-gov-west-1.amazonaws.com",
        "https://personalize-runtime.cn-north-1.amazonaws.com.cn",
        // Its endpoint prefix among an AWS host's labels: a VPC endpoint, another scheme or port.
        "https://vpce-0a1b2c3d.personalize-runtime.us-east-1.vpce.amazonaws.com",
        "http://personalize-runtime.us-east-1.amazonaws.com:8443",
        "http://localhost:4566",
        "https://personalize-events.us-east-1.amazonaws.com",
        "https://lambda.eu-west-1.api.aws",
      ]),
    ).toEqual([
      "valid",
      "valid",
      "valid",
      "valid",
      "valid",
      "valid",
      "skipped: sent to personalize-events.us-east-1.amazonaws.com, another AWS service's endpoint (Personalize Runtime's is personalize-runtime.<region>.amazonaws.com; --endpoint checks it anyway)",
      "skipped: sent to lambda.eu-west-1.api.aws, another AWS service's endpoint (Personalize Runtime's is personalize-runtime.<region>.amazonaws.com; --endpoint checks it anyway)",
    ]);
  });

  it("with --endpoint: those and the service's AWS endpoints only, a base path left out before routing", async () => {
    expect(await outcomes([OWN, "http://localhost:8080/api", "http://localhost:8080", "http://localhost:4566", "https://analytics.example.com"], ["http://localhost:8080/api"])).toEqual([
      "valid",
      "valid",
      "skipped: sent to http://localhost:8080, not an endpoint of Personalize Runtime (personalize-runtime.<region>.amazonaws.com, http://localhost:8080/api; --endpoint adds one)",
      "skipped: sent to http://localhost:4566, not an endpoint of Personalize Runtime (personalize-runtime.<region>.amazonaws.com, http://localhost:8080/api; --endpoint adds one)",
      "skipped: sent to https://analytics.example.com, not an endpoint of Personalize Runtime (personalize-runtime.<region>.amazonaws.com, http://localhost:8080/api; --endpoint adds one)",
    ]);
    // Another AWS service's endpoint is checked when named.
    expect(await outcomes(["https://personalize-events.us-east-1.amazonaws.com"], ["https://personalize-events.us-east-1.amazonaws.com"])).toEqual(["valid"]);
  });

  it("awsJson: an AWS host is the service's when X-Amz-Target names it (account-ID endpoints); an unreadable URL is left to the target unless --endpoint is given", async () => {
    const personalize = loadValidationContract({ model: join(ROOT, "model/personalize.json") });
    const recorded = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/recordings/personalize.har"), "utf8")) as Har;
    const [entry] = recorded.log.entries;
    const moved = (url: string) => ({ ...entry!, request: { ...entry!.request, url } });
    const file = join(tmp, "personalize.har");
    writeFileSync(file, JSON.stringify({ log: { ...recorded.log, entries: [moved("https://123456789012.personalize.us-east-1.example.amazonaws.com/"), moved("https://lambda.us-east-1.amazonaws.com/"), moved("not a url")] } }));
    const requests = async (endpoints?: readonly string[]) => {
      const seen: ValueResult[] = [];
      await validateFiles({ contract: personalize, files: [{ path: file, format: "har" }], ...(endpoints !== undefined && { endpoints }), listener: { value: (r) => seen.push(r) } });
      return seen.filter((r) => !r.location.includes(" response ")).map((r) => (r.status === "skipped" ? `skipped: ${r.reason}` : r.status));
    };
    // The target names Personalize wherever it was sent: each is checked, as before hosts were looked at.
    expect(await requests()).toEqual(["valid", "valid", "valid"]);
    expect(await requests(["http://localhost:4566"])).toEqual([
      "valid",
      "valid",
      "skipped: its URL cannot be read, so it is not known to be sent to Personalize (personalize.<region>.amazonaws.com, http://localhost:4566)",
    ]);
  });

  it("the CLI: --endpoint repeatable; a URL that is not absolute http(s), or --endpoint without a HAR file, is a usage error (exit 2)", async () => {
    const { file } = rehosted(["http://127.0.0.1:9000", "http://localhost:9001", "https://example.com"]);
    const model = join(ROOT, "model/personalize-runtime.smithy");
    const ok = await runMain(["validate", "--model", model, "--endpoint", "http://127.0.0.1:9000", "--endpoint", "http://localhost:9001", file]);
    expect({ code: ok.code, lines: ok.out.trim().split("\n").map((l) => l.replace(file, "<har>")) }).toEqual({
      code: 0,
      lines: [
        "<har> entries[2] (POST https://example.com/recommendations): skipped: sent to https://example.com, not an endpoint of Personalize Runtime (personalize-runtime.<region>.amazonaws.com, http://127.0.0.1:9000, http://localhost:9001; --endpoint adds one)",
        "4 values checked in 1 file: 4 valid, 0 invalid, 1 skipped",
      ],
    });
    const bad = await runMain(["validate", "--model", model, "--endpoint", "localhost:9000", file]);
    expect({ code: bad.code, err: bad.err.trim() }).toEqual({ code: 2, err: expect.stringContaining('--endpoint: endpoint must be an absolute http(s) URL such as "http://localhost:4566", not "localhost:9000"') });
    const json = join(tmp, "value.json");
    writeFileSync(json, "{}");
    const notHar = await runMain(["validate", "--model", model, "--operation", "GetRecommendations", "--endpoint", "http://localhost:9000", json]);
    expect({ code: notHar.code, err: notHar.err.trim() }).toEqual({ code: 2, err: expect.stringContaining("--endpoint applies to HAR files only") });
  });
});
