/**
 * The package as a user gets it. `npm pack` writes the tarball (dist/ as the suite's global setup
 * built it: prepack is skipped so that no rebuild races the CLI tests that run bin/) into a
 * folder under os.tmpdir(), outside the repository; a scratch app there installs it beside what an
 * app team has (msw, vitest, the AWS SDK client: the versions installed here, which npm's cache
 * serves) and then, with no TypeScript loader and none of this repository's paths or aliases:
 * runs `npx smithy-contract generate` (embedded model, and a copy of ours with --out src/generated),
 * type-checks the generated code and its test against the shipped declarations, runs the app's own
 * vitest on a test that drives the real PersonalizeClient against the generated msw mocks, runs
 * `smithy-contract validate`, and imports the library entry on plain Node.
 * Everything it makes is removed afterwards.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateService } from "../../codegen/generate.ts";
import { APP_PACKAGE_JSON, APP_PACKAGES, APP_TEST_COUNT, appTest, APP_TOOL, APP_TSCONFIG, LIBRARY_SCRIPT, NO_PEERS_HOOKS, NO_PEERS_REGISTER } from "./appFiles.ts";
import { cleanEnv, ok, run, type RunResult } from "./scratch.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");
const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { name: string; version: string; exports: Record<string, unknown> };
/**
 * `name@version` as installed here: after `npm ci` the lock file's version (so npm's cache serves
 * it); in CI's Node 22 stage, whose copy of the repository has msw 3 instead, msw 3.
 */
const installed = (name: string): string => {
  const manifest = join(REPO, "node_modules", name, "package.json");
  if (!existsSync(manifest)) throw new Error(`${name} is not installed in ${REPO}; run npm ci`);
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
};
const pinned = (name: string): string => `${name}@${installed(name)}`;

const env = cleanEnv(REPO);
const timings: string[] = [];
const timed = async (label: string, r: Promise<RunResult>): Promise<RunResult> => {
  const result = await r;
  timings.push(`${label} ${result.seconds.toFixed(1)}s`);
  return result;
};

let tmp = "";
let app = "";
let packed: string[] = [];
const started = performance.now();

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "smithy-contract-pack-"));
  if (!existsSync(join(REPO, "dist/codegen/cli/main.js"))) throw new Error("dist/ is missing: the vitest global setup (tests/support/global-build.ts) builds it");
  const pack = ok("npm pack", await timed("pack", run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], REPO, env)));
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path).sort();

  app = join(tmp, "app");
  mkdirSync(join(app, "test"), { recursive: true });
  mkdirSync(join(app, "model"));
  writeFileSync(join(app, "package.json"), APP_PACKAGE_JSON);
  const install = ["install", "--no-audit", "--no-fund", "--prefer-offline", join(tmp, info!.filename), ...APP_PACKAGES.map(pinned)];
  ok("npm install", await timed("install", run("npm", install, app, env)));
}, 240_000);

afterAll(() => {
  console.log(`pack test: ${timings.join(", ")}; total ${((performance.now() - started) / 1000).toFixed(1)}s`);
  if (tmp !== "") rmSync(tmp, { recursive: true, force: true });
});

/** The files under `dir`, relative, `/`-separated, sorted. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as { isFile(): boolean; name: string; parentPath: string }[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

/** What the source generator makes for our model, as `generate --model model/personalize.json --overlay … --out <out>` from the repo root. */
function sourceOutput(out: string): Map<string, string> {
  const previous = process.cwd();
  process.chdir(REPO);
  try {
    const { files } = generateService({ model: "model/personalize.json", overlay: "model/personalize.overlay.json", out });
    return new Map(files.map((f) => [f.path, f.contents]));
  } finally {
    process.chdir(previous);
  }
}

/**
 * tsc's diagnostics in our declarations and the app's files, without those inside third-party
 * packages (msw 2's interceptors declare a WebSocket that TypeScript 7's DOM lib rejects): a
 * diagnostic and its indented continuation lines stay together.
 */
function ownDiagnostics(output: string): string[] {
  const blocks: string[] = [];
  for (const line of output.split("\n")) {
    if (/^\s/.test(line) && blocks.length > 0) blocks[blocks.length - 1] += `\n${line}`;
    else if (line.trim() !== "") blocks.push(line);
  }
  return blocks.filter((b) => !b.startsWith("node_modules/") || b.startsWith("node_modules/smithy-contract/"));
}

function readOutput(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

describe("the packed tarball", () => {
  it("holds dist/, bin/, model/, README.md and package.json, and no sources, tests or generated/", () => {
    const stray = packed.filter((f) => !/^(dist\/(codegen|runtime)\/.+\.(js|d\.ts)|bin\/smithy-contract\.js|model\/[^/]+\.json|README\.md|LICENSE|package\.json)$/.test(f));
    expect(stray).toEqual([]);
    expect(packed).toEqual(expect.arrayContaining(["bin/smithy-contract.js", "model/personalize.json", "model/personalize.overlay.json", "README.md", "package.json"]));
  });

  it("holds the file of every export condition", () => {
    const targets = Object.values(pkg.exports).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v as Record<string, string>)));
    const missing = targets.map((t) => t.replace(/^\.\//, "")).filter((t) => !packed.includes(t));
    expect(missing).toEqual([]);
  });
});

describe("in a scratch app that installed the tarball", () => {
  it("the generator (CLI and library entry) runs with msw and vitest unresolvable: both peers are optional", async () => {
    writeFileSync(join(app, "no-peers.mjs"), NO_PEERS_REGISTER);
    writeFileSync(join(app, "no-peers-hooks.mjs"), NO_PEERS_HOOKS);
    const bin = join("node_modules", "smithy-contract", "bin", "smithy-contract.js");
    const noPeers = (args: string[]) => run(process.execPath, ["--import", "./no-peers.mjs", ...args], app, env);
    ok("generate without peers", await timed("no-peers", noPeers([bin, "generate", "--out", "no-peers"])));
    ok("library without peers", await noPeers(["--input-type=module", "-e", 'const { VERSION } = await import("smithy-contract"); console.log(VERSION);']));
    // The control: the mocks do need msw, and the hook does stop it.
    const mocks = await noPeers(["--input-type=module", "-e", 'await import("smithy-contract/msw");']);
    expect(mocks.code).not.toBe(0);
    expect(mocks.stderr).toContain("optional peer msw");
  });

  it("the CLI runs on plain Node and prints the package's version", async () => {
    const r = ok("smithy-contract --version", await timed("--version", run("npx", ["--no", "--", "smithy-contract", "--version"], app, env)));
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("generate with the embedded model writes what the source generator writes, stamped with the shipped model's sha256", async () => {
    ok("generate (embedded model)", await timed("generate", run("npx", ["--no", "--", "smithy-contract", "generate", "--out", "embedded"], app, env)));
    const shipped = join(app, "node_modules", "smithy-contract", "model", "personalize.json");
    const sha256 = createHash("sha256").update(readFileSync(shipped)).digest("hex");
    const got = readOutput(join(app, "embedded", "personalize"));
    const want = sourceOutput("embedded");
    expect([...got.keys()]).toEqual([...want.keys()].sort());
    for (const [file, contents] of got) {
      if (file.endsWith(".ts")) expect(contents.split("\n")[0], file).toBe(`// Generated by smithy-contract ${pkg.version} from ../../node_modules/smithy-contract/model/personalize.json (sha256 ${sha256}).`);
      // Only the model's path differs from the source generator's output (its stamp and the overlay line).
      expect(contents.replaceAll("node_modules/smithy-contract/model/", "model/"), file).toBe(want.get(file));
    }
  });

  it("generate --model <copy> --out src/generated is byte-identical to the source generator, and --check passes", async () => {
    for (const f of ["personalize.json", "personalize.overlay.json"]) writeFileSync(join(app, "model", f), readFileSync(join(REPO, "model", f)));
    const args = ["--no", "--", "smithy-contract", "generate", "--model", "model/personalize.json", "--overlay", "model/personalize.overlay.json", "--out", "src/generated"];
    ok("generate --model", await timed("generate --model", run("npx", args, app, env)));
    expect(readOutput(join(app, "src", "generated", "personalize"))).toEqual(sourceOutput("src/generated"));
    const check = await run("npx", [...args, "--check"], app, env);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it("the generated code, the app's test and a build script type-check against the shipped declarations", async () => {
    writeFileSync(join(app, "tsconfig.json"), APP_TSCONFIG);
    writeFileSync(join(app, "test", "personalize.test.ts"), appTest(installed("msw")));
    writeFileSync(join(app, "src", "tool.ts"), APP_TOOL);
    expect(existsSync(join(app, "src", "generated", "personalize", "msw.ts"))).toBe(true);
    const tsc = await timed("tsc", run(process.execPath, [join(REPO, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], app, env));
    expect(ownDiagnostics(tsc.stdout + tsc.stderr)).toEqual([]);
    // tsc ran to the end: it passed, or stopped only at third-party diagnostics (set aside above).
    expect(tsc.code === 0 || tsc.stdout.includes("error TS")).toBe(true);
  });

  it("the app's own vitest runs its test: generated msw mocks, arbitraries and matchers with the real PersonalizeClient", async () => {
    writeFileSync(join(app, "test", "personalize.test.ts"), appTest(installed("msw")));
    const r = await timed("app vitest", run("npx", ["--no", "--", "vitest", "run", "--reporter=json", "--outputFile=report.json"], app, env));
    const report = JSON.parse(readFileSync(join(app, "report.json"), "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
    };
    const failures = report.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status !== "passed").map((a) => `${a.fullName}: ${a.failureMessages.join("\n")}`));
    expect(failures, r.stderr).toEqual([]);
    expect(report.numPassedTests).toBe(APP_TEST_COUNT);
    expect(r.code).toBe(0);
  });

  it("validate accepts a valid recording (exit 0) and reports an invalid one by pointer (exit 1)", async () => {
    const recordings = join(REPO, "tests", "fixtures", "recordings");
    for (const f of ["describe-output.valid.json", "describe-output.invalid.json"]) writeFileSync(join(app, f), readFileSync(join(recordings, f)));
    const valid = await timed("validate", run("npx", ["--no", "--", "smithy-contract", "validate", "--operation", "DescribeDatasetImportJob", "describe-output.valid.json"], app, env));
    expect(valid.code, valid.stdout + valid.stderr).toBe(0);
    const invalid = await run("npx", ["--no", "--", "smithy-contract", "validate", "--operation", "DescribeDatasetImportJob", "describe-output.invalid.json"], app, env);
    expect(invalid.code, invalid.stdout + invalid.stderr).toBe(1);
    expect(invalid.stdout).toContain("/datasetImportJob/jobName");
  });

  it("the library entry imports on plain Node and generates from the shipped model", async () => {
    writeFileSync(join(app, "library.mjs"), LIBRARY_SCRIPT);
    const r = ok("node library.mjs", await timed("library", run(process.execPath, ["library.mjs"], app, env)));
    expect(JSON.parse(r.stdout)).toEqual({ version: pkg.version, dir: "personalize", files: [...sourceOutput("generated").keys()], modelError: "ModelError" });
  });
});
