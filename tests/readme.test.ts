/**
 * Every code sample in the README runs: TypeScript samples are the example files they name (which
 * run as tests of their own), and every `smithy-contract` command in a shell or CI sample is run,
 * in a scratch copy of the files it names, with the exit code the README implies.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getResponse } from "msw";
import { createPersonalizeMock } from "../generated/personalize/msw.ts";
import { cliArgs } from "./support/cli.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const CLI = cliArgs(); // the built bin, as `npx smithy-contract` runs it

interface Block {
  readonly lang: string;
  readonly body: string;
}
const blocks: Block[] = [...README.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));

/** `npx smithy-contract …` lines of shell and CI samples, as argument lists. */
const commands = blocks
  .filter((b) => b.lang === "sh" || b.lang === "yaml")
  .flatMap((b) => b.body.split("\n"))
  .map((l) => l.replace(/^- run: /, "").trim())
  .filter((l) => l.startsWith("npx smithy-contract "))
  .map((l) => l.replace(/^npx smithy-contract /, "").split(/\s+/));

/** What each command must do: exit code (HAR fixture holds invalid entries on purpose). */
function expectedExit(args: string[]): number {
  if (args[0] === "validate" && args.some((a) => a.endsWith(".har"))) return 1;
  return 0;
}

const scratch = join(ROOT, ".tmp", `readme-${process.pid}`);
beforeAll(() => {
  mkdirSync(scratch, { recursive: true });
  cpSync(join(ROOT, "model"), join(scratch, "model"), { recursive: true });
  cpSync(join(ROOT, "tests/fixtures"), join(scratch, "tests/fixtures"), { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("README", () => {
  it("quick start is exactly the two commands", () => {
    const quick = blocks.find((b) => b.lang === "sh")!;
    expect(quick.body).toBe("npm ci && npm run generate\nnpm test\n");
  });

  const tsBlocks = blocks.filter((b) => b.lang === "ts");
  it("has TypeScript samples, each naming its example file", () => {
    expect(tsBlocks.length).toBeGreaterThanOrEqual(3);
    for (const b of tsBlocks) expect(b.body).toMatch(/^\/\/ examples\/readme\/[\w.-]+\.test\.ts\n/);
  });

  it.each(tsBlocks.map((b) => [/^\/\/ (\S+)/.exec(b.body)![1]!, b.body]))("sample %s is the example file, which runs as a test", (file, body) => {
    expect(readFileSync(join(ROOT, file), "utf8")).toBe(body);
  });

  it("shows the realistic answer examples/readme/realistic.test.ts prints (as the SDK returns it: Dates)", async () => {
    const section = README.slice(README.indexOf("## Realistic data and state"));
    const shown = JSON.parse(/The first test prints this answer[^\n]*\n\n```json\n([\s\S]*?)```/.exec(section)![1]!) as Record<string, unknown>;
    const request = new Request("https://personalize.eu-west-1.amazonaws.com/", {
      method: "POST",
      headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "AmazonPersonalize.DescribeDatasetImportJob" },
      body: JSON.stringify({ datasetImportJobArn: "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/daily-clicks" }),
    });
    const response = await getResponse(createPersonalizeMock({ seed: 42 }).handlers, request);
    const job = ((await response!.json()) as { datasetImportJob: Record<string, unknown> }).datasetImportJob;
    const iso = (seconds: unknown) => new Date(Number(seconds) * 1000).toISOString();
    expect(shown).toEqual({ ...job, creationDateTime: iso(job.creationDateTime), lastUpdatedDateTime: iso(job.lastUpdatedDateTime) });
  });

  it("points only to files that exist", () => {
    const links = [...README.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    const paths = [...README.matchAll(/`((?:model|codegen|runtime|generated|tests|examples|bench|bin|\.ci)\/[\w./-]*)`/g)].map((m) => m[1]!);
    const missing = [...new Set([...links, ...paths])].filter((p) => !existsSync(join(ROOT, p.replace(/<[^>]+>.*$/, ""))));
    expect(missing).toEqual([]);
  });

  it("has smithy-contract commands to run", () => {
    expect(commands.map((c) => c[0])).toEqual(expect.arrayContaining(["generate", "validate", "serve"]));
  });

  it.each(commands.filter((c) => c[0] !== "serve").map((c) => [c.join(" "), c]))("runs: smithy-contract %s", (_, args) => {
    const run = spawnSync(process.execPath, [...CLI, ...args], { cwd: scratch, encoding: "utf8" });
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(expectedExit(args));
    const report = args[args.indexOf("--report") + 1];
    if (args.includes("--report")) expect(existsSync(join(scratch, report!))).toBe(true);
  });

  it.each(commands.filter((c) => c[0] === "serve").map((c) => [c.join(" "), c]))("runs: smithy-contract %s (until it listens)", async (_, args) => {
    const port = args[args.indexOf("--port") + 1];
    const child = spawn(process.execPath, [...CLI, ...args], { cwd: scratch, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const listening = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 20_000);
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes(`listening on http://127.0.0.1:${port}`)) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.on("exit", () => resolve(false));
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(listening, `${out}${err}`).toBe(true);
    expect(await exited).toBe(0);
  }, 30_000);
});
