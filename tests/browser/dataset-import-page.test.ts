/**
 * The browser example (examples/browser/) built with the README's commands, served over real HTTP
 * and driven in headless Chromium: the page's real `@aws-sdk/client-personalize`,
 * `client-personalize-runtime` and `client-personalize-events` (browser builds) call the default AWS
 * endpoints, and msw's service worker answers them with the generated mocks (awsJson1_1 and
 * restJson1 alike). The production build is checked to hold no mock, no msw and no worker, and to
 * call AWS itself.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { PersonalizeRuntimeClient } from "@aws-sdk/client-personalize-runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAILURE_REASON, SEED, type MockControls } from "../../examples/browser/src/mocks/controls.ts";
import { showRecommendations } from "../../examples/recommendations/recommendations.ts";
import { createPersonalizeRuntimeMock } from "../../generated/personalize-runtime/mock.ts";
import { launchChromium, openPage, type PageProblems } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLE = join(ROOT, "examples/browser");
const OUT = join(ROOT, ".tmp/browser");
const MOCK_BUILD = join(OUT, "mock");
const PROD_BUILD = join(OUT, "production");
const MSW_VERSION = (createRequire(import.meta.url)("msw/package.json") as { version: string }).version;

// The job the page shows by default (examples/browser/.env: VITE_AWS_REGION=eu-west-1).
const ARN = "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/nightly-interactions";
const ENDPOINT = "https://personalize.eu-west-1.amazonaws.com/";
const RECOMMENDATIONS = "https://personalize-runtime.eu-west-1.amazonaws.com/recommendations";
const EVENTS = "https://personalize-events.eu-west-1.amazonaws.com/events";
// The page's campaign (examples/browser/.env), and the books the model's @examples answer for the page's default reader.
const CAMPAIGN = "arn:aws:personalize:eu-west-1:123456789012:campaign/home-page";
const EXAMPLE_BOOKS = ["A Field Guide to Mosses", "Bread, Slowly", "Night Trains of Europe"];
// DynamoDB: no mock on the page serves it, so a call to it is an unhandled request.
const UNMOCKED = "https://dynamodb.eu-west-1.amazonaws.com/";

/** Strings that survive minification, one set per thing that must stay out of production. */
const MOCK_MARKERS = {
  msw: ["[MSW]", "mockServiceWorker"],
  "smithy-contract/msw": ["ContractViolation", "violates the contract"],
  ajv: ["must NOT have more than"],
  "the generated contracts": ["A Field Guide to Mosses"], // an @examples answer of model/personalize-runtime.smithy
};
// A page that calls AWS needs connect-src for it in any case; the mocks need 'unsafe-eval' for ajv.
const STRICT_CSP = "default-src 'self'; connect-src 'self' https://*.amazonaws.com";
const MOCK_CSP = "default-src 'self'; script-src 'self' 'unsafe-eval'; connect-src 'self' https://*.amazonaws.com";

let browser: Browser | undefined;
const servers: StaticServer[] = [];
let mockSite: StaticServer;
let strictMockSite: StaticServer;
let prodSite: StaticServer;

/** `vite build` as the README runs it: the CLI, in a shell's environment (vitest sets NODE_ENV=test, which would make a development build). */
function viteBuild(outDir: string, mode?: string): Promise<void> {
  const args = [join(ROOT, "node_modules/vite/bin/vite.js"), "build", relative(ROOT, EXAMPLE), ...(mode ? ["--mode", mode] : []), "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"];
  const env = { ...process.env };
  delete env.NODE_ENV;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`vite build ${mode ?? "production"} exited ${code}: ${output.trim().split("\n").slice(-5).join(" | ")}`))));
  });
}

interface BundleSize {
  readonly files: string[];
  readonly bytes: number;
  readonly gzip: number;
  readonly text: string;
}

/** The page's own files (HTML, JS, CSS) under `dir`: the worker script is counted apart. */
function bundleSize(dir: string): BundleSize {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(html|js|css)$/.test(f) && !f.endsWith("mockServiceWorker.js")).sort();
  const contents = files.map((f) => readFileSync(join(dir, f)));
  return {
    files,
    bytes: contents.reduce((n, c) => n + c.length, 0),
    gzip: contents.reduce((n, c) => n + gzipSync(c).length, 0),
    text: contents.map((c) => c.toString("utf8")).join("\n"),
  };
}

const fmt = (s: BundleSize) => `${s.bytes} B (gzip ${s.gzip} B) in ${s.files.length} files`;

/** The run fails on what a page reported: call at the end of every page test. */
function assertNoProblems({ problems }: PageProblems): void {
  if (problems.length > 0) throw new Error(`the page reported ${problems.length} problem(s):\n${problems.join("\n")}`);
}

/** `window.__mocks` of a page in mock mode. */
function mocks<R>(page: Page, call: (controls: MockControls) => R): Promise<R> {
  return page.evaluate(`(${call.toString()})(window.__mocks)`) as Promise<R>;
}

async function statuses(page: Page): Promise<(string | null)[]> {
  return Promise.all((await page.locator("[data-testid=timeline] li").all()).map((li) => li.getAttribute("data-status")));
}

/** Opens the mock page and waits until the worker intercepts and the app is mounted. */
async function openMockPage(url = mockSite.url): Promise<PageProblems & { answeredBy: string[] }> {
  const opened = await openPage(browser!);
  const answeredBy: string[] = [];
  opened.page.on("response", (r) => {
    if (r.url().includes("amazonaws.com")) answeredBy.push(`${r.request().method()} ${r.url()} ${r.status()} ${r.fromServiceWorker() ? "service worker" : "network"}`);
  });
  await opened.page.goto(url);
  await opened.page.getByTestId("mock-panel").waitFor({ timeout: 15_000 });
  return { ...opened, answeredBy };
}

/** The titles the recommendations panel lists, once it lists `count`. */
async function recommend(page: Page, reader: string, count: number): Promise<string[]> {
  await page.getByLabel("Reader", { exact: true }).fill(reader);
  await page.getByRole("button", { name: "Recommend" }).click();
  const books = page.locator("[data-testid=recommendations] li");
  await expect.poll(() => books.count(), { timeout: 15_000, interval: 100 }).toBe(count);
  return books.allTextContents();
}

/** Stands in for AWS (the machine has no network): what an unsigned-in user's call gets back, in awsJson's and restJson1's forms at once. */
async function standInForAws(page: Page, seen: string[]): Promise<void> {
  await page.route("https://*.amazonaws.com/**", (route) => {
    const request = route.request();
    seen.push(`${request.method()} ${request.url()} ${request.headers()["x-amz-target"] ?? ""}`);
    const cors = { "access-control-allow-origin": "*", "access-control-allow-headers": "*", "access-control-expose-headers": "x-amzn-requestid, x-amzn-errortype" };
    if (request.method() === "OPTIONS") return route.fulfill({ status: 200, headers: cors });
    return route.fulfill({
      status: 400,
      headers: { ...cors, "content-type": "application/x-amz-json-1.1", "x-amzn-errortype": "UnrecognizedClientException" },
      body: JSON.stringify({ __type: "UnrecognizedClientException", message: "The security token included in the request is invalid." }),
    });
  });
}

async function watchUntil(page: Page, status: string): Promise<void> {
  await page.getByRole("button", { name: "Watch" }).click();
  await expect.poll(() => page.getByTestId("status").textContent(), { timeout: 15_000, interval: 100 }).toBe(status);
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  // Chromium first: if it is missing, that is the one line the run reports.
  browser = await launchChromium();
  await Promise.all([viteBuild(MOCK_BUILD, "mock"), viteBuild(PROD_BUILD)]);
  servers.push((mockSite = await serveStatic(MOCK_BUILD, { "content-security-policy": MOCK_CSP })));
  servers.push((strictMockSite = await serveStatic(MOCK_BUILD, { "content-security-policy": STRICT_CSP })));
  servers.push((prodSite = await serveStatic(PROD_BUILD, { "content-security-policy": STRICT_CSP })));
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

describe("examples/browser builds", () => {
  it("keeps the mocks, msw and the worker out of the production build", () => {
    const prod = bundleSize(PROD_BUILD);
    const mock = bundleSize(MOCK_BUILD);
    const worker = readFileSync(join(MOCK_BUILD, "mockServiceWorker.js"));
    console.log(`bundle sizes: production ${fmt(prod)}; with mocks ${fmt(mock)}; mockServiceWorker.js ${worker.length} B (msw ${MSW_VERSION})`);
    const all = Object.entries(MOCK_MARKERS).flatMap(([what, markers]) => markers.map((m) => `${what}: ${m}`));
    const found = (build: BundleSize) => all.filter((m) => build.text.includes(m.slice(m.indexOf(": ") + 2)));
    expect(found(mock)).toEqual(all); // so that the search below can find them
    expect(found(prod)).toEqual([]);
    expect(existsSync(join(PROD_BUILD, "mockServiceWorker.js"))).toBe(false);
    // The worker is the installed msw's, from its own `msw init` (msw refuses a worker of another version).
    expect(worker.toString()).toContain(`const PACKAGE_VERSION = '${MSW_VERSION}'`);
    expect(prod.bytes).toBeLessThan(mock.bytes);
  });
});

describe("examples/browser in headless Chromium, mock build", () => {
  it("walks the job through its lifecycle to ACTIVE: the real client, answered by msw's worker", async () => {
    const opened = await openMockPage();
    const { page } = opened;
    await watchUntil(page, "ACTIVE");
    expect(await statuses(page)).toEqual(["CREATE PENDING", "CREATE IN_PROGRESS", "ACTIVE"]);
    expect(await page.getByTestId("job").textContent()).toContain(ARN);
    expect(opened.answeredBy).toEqual(Array(3).fill(`POST ${ENDPOINT} 200 service worker`));
    expect(await mocks(page, (m) => [m.requestCount(), m.violations()])).toEqual([3, []]);
    // Then the recommendations panel, for the page's default reader: the model's example answer.
    expect(await recommend(page, "reader-1001", 3)).toEqual(EXAMPLE_BOOKS);
    expect(opened.answeredBy.slice(3)).toEqual([`POST ${RECOMMENDATIONS} 200 service worker`]);
    expect(await mocks(page, (m) => m.violations())).toEqual([]);
    assertNoProblems(opened);
    await page.screenshot({ path: join(ROOT, ".tmp/browser-final.png"), fullPage: true });
  });

  it("shows the seeded recommendations (restJson1 GetRecommendations) and records a click with PutEvents", async () => {
    // The same generated mock and seed in this process, through the in-process transport: what the page must show.
    const runtime = createPersonalizeRuntimeMock({ seed: SEED });
    const client = new PersonalizeRuntimeClient({ region: "eu-west-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, requestHandler: runtime.requestHandler });
    const seeded = await showRecommendations(client, "reader-2002", { campaignArn: CAMPAIGN });
    client.destroy();
    expect(seeded.items.length).toBeGreaterThan(0);

    const opened = await openMockPage();
    const { page } = opened;
    expect(await recommend(page, "reader-2002", seeded.items.length)).toEqual(seeded.items.map((i) => i.title));
    expect(await page.locator("[data-testid=recommendations] li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-item-id")))).toEqual(seeded.items.map((i) => i.itemId));
    expect(await mocks(page, (m) => m.recommendationRequests())).toEqual([{ campaignArn: CAMPAIGN, userId: "reader-2002", numResults: 3, metadataColumns: { ITEMS: ["TITLE"] } }]);

    const book = seeded.items[0]!;
    await page.locator("[data-testid=recommendations] li button").first().click();
    await expect.poll(() => page.getByTestId("click-status").textContent(), { timeout: 15_000, interval: 100 }).toBe(`Click on “${book.title}” recorded`);
    expect(await mocks(page, (m) => m.clickRequests())).toEqual([
      {
        trackingId: "3a6a1cd0-5f3c-4b77-9e8e-7d7a2f0d9c41",
        sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        userId: "reader-2002",
        eventList: [{ eventType: "click", itemId: book.itemId, recommendationId: seeded.recommendationId, sentAt: expect.any(Number) }],
      },
    ]);
    expect(opened.answeredBy).toEqual([`POST ${RECOMMENDATIONS} 200 service worker`, `POST ${EVENTS} 200 service worker`]);
    expect(await mocks(page, (m) => m.violations())).toEqual([]);
    assertNoProblems(opened);
  });

  it("shows an injected ResourceNotFoundException of GetRecommendations as an error", async () => {
    const opened = await openMockPage();
    const { page } = opened;
    await mocks(page, (m) => m.failNextRecommendations("ResourceNotFoundException", "No campaign with that ARN"));
    await page.getByRole("button", { name: "Recommend" }).click();
    await expect.poll(() => page.getByTestId("recommendations-error").textContent(), { timeout: 15_000, interval: 100 }).toBe("ResourceNotFoundException: No campaign with that ARN");
    expect(await page.locator("[data-testid=recommendations] li").count()).toBe(0);
    expect(opened.answeredBy).toEqual([`POST ${RECOMMENDATIONS} 404 service worker`]); // the model's @httpError(404)
    assertNoProblems(opened);
  });

  it("shows the failureReason when the Simulate failure switch is on", async () => {
    const opened = await openMockPage();
    const { page } = opened;
    await page.getByLabel("Simulate failure").check();
    await watchUntil(page, "CREATE FAILED");
    expect(await statuses(page)).toEqual(["CREATE PENDING", "CREATE IN_PROGRESS", "CREATE FAILED"]);
    expect(await page.getByTestId("failure-reason").textContent()).toBe(`Import failed: ${FAILURE_REASON}`);
    expect(await page.getByTestId("failure-reason").isVisible()).toBe(true);
    expect(await mocks(page, (m) => m.violations())).toEqual([]);
    assertNoProblems(opened);
    await page.screenshot({ path: join(ROOT, ".tmp/browser-failed.png"), fullPage: true });
  });

  it("shows an injected ResourceNotFoundException as an error", async () => {
    const opened = await openMockPage();
    const { page } = opened;
    await mocks(page, (m) => m.failNextCall("ResourceNotFoundException", "Could not find the dataset import job"));
    await page.getByRole("button", { name: "Watch" }).click();
    await expect.poll(() => page.getByTestId("error").textContent(), { timeout: 15_000, interval: 100 }).toBe("ResourceNotFoundException: Could not find the dataset import job");
    expect(await page.getByRole("alert").isVisible()).toBe(true);
    expect(opened.answeredBy).toEqual([`POST ${ENDPOINT} 404 service worker`]); // the model's @httpError(404)
    assertNoProblems(opened);
  });

  it("fails the run on a request no handler answers", async () => {
    const opened = await openMockPage();
    const outcome = await opened.page.evaluate(`fetch(${JSON.stringify(UNMOCKED)}, { method: "POST", body: "{}" }).then(async (r) => r.status + " " + (await r.text()), (e) => "rejected: " + e)`);
    // msw (2 and 3) answers the page 500 with its InternalError: the call fails, it never goes out.
    expect(outcome).toMatch(/^500 .*Cannot bypass a request when using the \\"error\\" strategy/);
    await expect.poll(() => opened.problems.join("\n"), { timeout: 5_000 }).toContain("intercepted a request without a matching request handler");
    expect(() => assertNoProblems(opened)).toThrow(`POST ${UNMOCKED}`);
  });

  it("needs 'unsafe-eval' in a Content-Security-Policy: ajv compiles the mocks' validators with new Function", async () => {
    const opened = await openPage(browser!);
    await opened.page.goto(strictMockSite.url);
    await opened.page.getByRole("button", { name: "Watch" }).click(); // validators compile at the first request
    await expect.poll(() => opened.problems.join("\n"), { timeout: 10_000 }).toMatch(/EvalError: .*'unsafe-eval' is not an allowed source of script/);
    await expect.poll(() => opened.page.getByTestId("error").isVisible(), { timeout: 15_000 }).toBe(true);
  });
});

describe("examples/browser in development (vite --mode mock)", () => {
  let dev: ViteDevServer | undefined;
  afterAll(() => dev?.close());

  it("serves the page with the mocks, from the sources, as `vite examples/browser --mode mock` does", async () => {
    // The dependency cache goes under .tmp/, not into the shared node_modules/.vite.
    dev = await createServer({ configFile: join(EXAMPLE, "vite.config.ts"), mode: "mock", cacheDir: join(OUT, "vite-cache"), logLevel: "warn", server: { host: "127.0.0.1", port: 0 } });
    await dev.listen();
    const url = dev.resolvedUrls?.local[0];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const opened = await openMockPage(url);
    await watchUntil(opened.page, "ACTIVE");
    expect(await statuses(opened.page)).toEqual(["CREATE PENDING", "CREATE IN_PROGRESS", "ACTIVE"]);
    expect(opened.answeredBy).toEqual(Array(3).fill(`POST ${ENDPOINT} 200 service worker`));
    assertNoProblems(opened);
  }, 60_000);
});

describe("examples/browser in headless Chromium, production build", () => {
  it("calls the real Personalize endpoint itself, with no worker, under a strict Content-Security-Policy", async () => {
    const opened = await openPage(browser!);
    const { page } = opened;
    const seen: string[] = [];
    await standInForAws(page, seen);
    await page.goto(prodSite.url);
    await page.getByRole("button", { name: "Watch" }).click();
    await expect.poll(() => page.getByTestId("error").textContent(), { timeout: 15_000, interval: 100 }).toBe("UnrecognizedClientException: The security token included in the request is invalid.");
    expect(seen.filter((s) => s.startsWith("POST"))).toEqual([`POST ${ENDPOINT} AmazonPersonalize.DescribeDatasetImportJob`]);
    expect(await page.evaluate("navigator.serviceWorker.getRegistrations().then((r) => r.length)")).toBe(0);
    expect(await page.evaluate("typeof window.__mocks")).toBe("undefined");
    expect(await page.getByTestId("mock-panel").count()).toBe(0);
    assertNoProblems(opened);
  });

  it("asks the real Personalize Runtime endpoint for recommendations itself", async () => {
    const opened = await openPage(browser!);
    const { page } = opened;
    const seen: string[] = [];
    await standInForAws(page, seen);
    await page.goto(prodSite.url);
    await page.getByRole("button", { name: "Recommend" }).click();
    await expect.poll(() => page.getByTestId("recommendations-error").textContent(), { timeout: 15_000, interval: 100 }).toBe("UnrecognizedClientException: The security token included in the request is invalid.");
    expect(seen.filter((s) => s.startsWith("POST"))).toEqual([`POST ${RECOMMENDATIONS} `]);
    assertNoProblems(opened);
  });
});
