/**
 * The package as a user gets it. `npm pack` writes the tarball (dist/ as the suite's global setup
 * built it: prepack is skipped so that no rebuild races the CLI tests that run bin/) into a
 * folder under os.tmpdir(), outside the repository; a scratch app there installs it beside what an
 * app team has (msw, vitest, @fast-check/vitest, the AWS SDK client: the versions installed here,
 * which npm's cache serves) and then, with no TypeScript loader and none of this repository's paths
 * or aliases: runs `npx smithy-contract generate` (embedded model, and a copy of ours with --out
 * src/generated), type-checks the generated code and its test against the shipped declarations,
 * runs the app's own vitest on a test that drives the real PersonalizeClient against the generated
 * msw mocks, runs `smithy-contract validate`, and imports the library entry on plain Node.
 *
 * Then a second app does the same with pnpm 10 (fetched by npx) on pnpm's strict layout, listing
 * only the tarball and those packages — not fast-check, not @smithy/types — so a generated file or
 * a shipped declaration that reached for an unlisted package would fail to resolve there.
 * Everything it makes is removed afterwards (pnpm's store is kept under os.tmpdir(), see pnpm.ts).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateService } from "../../codegen/generate.ts";
import {
  APP_PACKAGE_JSON,
  APP_PACKAGES,
  APP_TEST_COUNT,
  appTest,
  APP_TOOL,
  APP_TSCONFIG,
  LIBRARY_SCRIPT,
  NO_PEERS_HOOKS,
  NO_PEERS_REGISTER,
  pnpmAppPackageJson,
} from "./appFiles.ts";
import { fetchPnpm, pnpm, pnpmInstallOptions } from "./pnpm.ts";
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
let tarball = "";
let packed: string[] = [];
const started = performance.now();

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "smithy-contract-pack-"));
  if (!existsSync(join(REPO, "dist/codegen/cli/main.js"))) throw new Error("dist/ is missing: the vitest global setup (tests/support/global-build.ts) builds it");
  const pack = ok("npm pack", await timed("pack", run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], REPO, env)));
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path).sort();
  tarball = info!.filename;
}, 120_000);

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
  // pnpm's layout puts our package under node_modules/.pnpm/<id>/node_modules/smithy-contract/.
  return blocks.filter((b) => !b.startsWith("node_modules/") || /^node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?smithy-contract\//.test(b));
}

/** Creates an app folder under the scratch folder with its test/ and model/ folders. */
function appFolder(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, "test"), { recursive: true });
  mkdirSync(join(dir, "model"));
  return dir;
}

/** `generate --model model/personalize.json --overlay … --out src/generated` with a copy of our model, in `dir`; returns the args for `--check`. */
async function generateCopy(dir: string, label: string): Promise<string[]> {
  for (const f of ["personalize.json", "personalize.overlay.json"]) writeFileSync(join(dir, "model", f), readFileSync(join(REPO, "model", f)));
  const args = ["--no", "--", "smithy-contract", "generate", "--model", "model/personalize.json", "--overlay", "model/personalize.overlay.json", "--out", "src/generated"];
  ok(label, await timed(label, run("npx", args, dir, env)));
  return args;
}

/** tsc (ours) over the app's tsconfig: the diagnostics of our declarations and the app's files. */
async function typecheck(dir: string, label: string): Promise<{ own: string[]; ranToEnd: boolean }> {
  const tsc = await timed(label, run(process.execPath, [join(REPO, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], dir, env));
  // tsc ran to the end: it passed, or stopped only at third-party diagnostics (set aside).
  return { own: ownDiagnostics(tsc.stdout + tsc.stderr), ranToEnd: tsc.code === 0 || tsc.stdout.includes("error TS") };
}

/** The app's own vitest over its test: the failures (empty when all passed), how many passed, its exit code. */
async function appVitest(dir: string, label: string): Promise<{ failures: string[]; passed: number; code: number | null; stderr: string }> {
  const r = await timed(label, run("npx", ["--no", "--", "vitest", "run", "--reporter=json", "--outputFile=report.json"], dir, env));
  if (!existsSync(join(dir, "report.json"))) throw new Error(`${label} wrote no report (exit ${r.code})\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as {
    numPassedTests: number;
    testResults: { message?: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
  };
  const failures = report.testResults.flatMap((f) => [
    ...(f.message ? [f.message] : []),
    ...f.assertionResults.filter((a) => a.status !== "passed").map((a) => `${a.fullName}: ${a.failureMessages.join("\n")}`),
  ]);
  return { failures, passed: report.numPassedTests, code: r.code, stderr: r.stderr };
}

function readOutput(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

describe("the packed tarball", () => {
  it("holds dist/, bin/, model/, README.md and package.json, and no sources, tests or generated/", () => {
    const stray = packed.filter((f) => !/^(dist\/(codegen|runtime)\/.+\.(js|d\.ts)|bin\/smithy-contract\.js|model\/[^/]+\.(json|smithy)|README\.md|LICENSE|package\.json)$/.test(f));
    expect(stray).toEqual([]);
    expect(packed).toEqual(expect.arrayContaining(["bin/smithy-contract.js", "model/personalize.json", "model/personalize.overlay.json", "README.md", "package.json"]));
  });

  it("holds the file of every export condition", () => {
    const targets = Object.values(pkg.exports).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v as Record<string, string>)));
    const missing = targets.map((t) => t.replace(/^\.\//, "")).filter((t) => !packed.includes(t));
    expect(missing).toEqual([]);
  });
});

describe("in a scratch app that installed the tarball with npm", () => {
  let app = "";
  beforeAll(async () => {
    app = appFolder("app");
    writeFileSync(join(app, "package.json"), APP_PACKAGE_JSON);
    const install = ["install", "--no-audit", "--no-fund", "--prefer-offline", join(tmp, tarball), ...APP_PACKAGES.map(pinned)];
    ok("npm install", await timed("install", run("npm", install, app, env)));
  }, 240_000);

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
    const args = await generateCopy(app, "generate --model");
    expect(readOutput(join(app, "src", "generated", "personalize"))).toEqual(sourceOutput("src/generated"));
    const check = await run("npx", [...args, "--check"], app, env);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it("the generated code, the app's test and a build script type-check against the shipped declarations", async () => {
    writeFileSync(join(app, "tsconfig.json"), APP_TSCONFIG);
    writeFileSync(join(app, "test", "personalize.test.ts"), appTest(installed("msw")));
    writeFileSync(join(app, "src", "tool.ts"), APP_TOOL);
    expect(existsSync(join(app, "src", "generated", "personalize", "msw.ts"))).toBe(true);
    const { own, ranToEnd } = await typecheck(app, "tsc");
    expect(own).toEqual([]);
    expect(ranToEnd).toBe(true);
  });

  it("the app's own vitest runs its test: generated msw mocks, arbitraries and matchers with the real PersonalizeClient", async () => {
    writeFileSync(join(app, "test", "personalize.test.ts"), appTest(installed("msw")));
    const r = await appVitest(app, "app vitest");
    expect(r.failures, r.stderr).toEqual([]);
    expect(r.passed).toBe(APP_TEST_COUNT);
    expect(r.code).toBe(0);
  });

  it("validate accepts a valid recording (exit 0) and reports an invalid one by pointer (exit 1)", async () => {
    const recordings = join(REPO, "tests", "fixtures", "recordings");
    // The embedded model carries its overlay's roleArn erratum: a real recording (an IAM role) is valid.
    for (const f of ["describe-output.real-role.json", "describe-output.invalid.json"]) writeFileSync(join(app, f), readFileSync(join(recordings, f)));
    const valid = await timed("validate", run("npx", ["--no", "--", "smithy-contract", "validate", "--operation", "DescribeDatasetImportJob", "describe-output.real-role.json"], app, env));
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

describe("in a scratch app on pnpm's strict layout that lists neither fast-check nor @smithy/types", () => {
  let app = "";
  beforeAll(async () => {
    app = appFolder("pnpm-app");
    // Fails (never skips) with one line when npx cannot fetch pnpm.
    const version = await fetchPnpm(app, env);
    timings.push(`pnpm ${version}`);
    writeFileSync(join(app, "package.json"), pnpmAppPackageJson(`../${tarball}`, Object.fromEntries(APP_PACKAGES.map((n) => [n, installed(n)]))));
    ok("pnpm install", await timed("pnpm install", pnpm(["install", ...pnpmInstallOptions()], app, env, 300_000)));
  }, 360_000);

  it("installs the tarball with only the listed packages reachable from the app", async () => {
    const manifest = JSON.parse(readFileSync(join(app, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(Object.keys(manifest.devDependencies).sort()).toEqual(["smithy-contract", ...APP_PACKAGES].sort());
    // The control: what the app does not list does not resolve from it, though our package uses both.
    const resolves = async (name: string) => (await run(process.execPath, ["--input-type=module", "-e", `await import(${JSON.stringify(name)});`], app, env)).code === 0;
    expect({ fastCheck: await resolves("fast-check"), smithyTypes: await resolves("@smithy/types/package.json"), ours: await resolves("smithy-contract/runtime") }).toEqual({
      fastCheck: false,
      smithyTypes: false,
      ours: true,
    });
  });

  it("generate --model <copy> --out src/generated is byte-identical to the source generator, and --check passes", async () => {
    const args = await generateCopy(app, "pnpm generate");
    expect(readOutput(join(app, "src", "generated", "personalize"))).toEqual(sourceOutput("src/generated"));
    const check = await run("npx", [...args, "--check"], app, env);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it("the generated code and the app's test type-check against the shipped declarations", async () => {
    writeFileSync(join(app, "tsconfig.json"), APP_TSCONFIG);
    writeFileSync(join(app, "test", "personalize.test.ts"), appTest(installed("msw")));
    expect(existsSync(join(app, "src", "generated", "personalize", "types.ts"))).toBe(true);
    const { own, ranToEnd } = await typecheck(app, "pnpm tsc");
    expect(own).toEqual([]);
    expect(ranToEnd).toBe(true);
  });

  it("the app's own vitest runs its test with the generated mocks, arbitraries and matchers", async () => {
    writeFileSync(join(app, "test", "personalize.test.ts"), appTest(installed("msw")));
    const r = await appVitest(app, "pnpm app vitest");
    expect(r.failures, r.stderr).toEqual([]);
    expect(r.passed).toBe(APP_TEST_COUNT);
    expect(r.code).toBe(0);
  });
});
