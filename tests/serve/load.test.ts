/**
 * `npm run load` (bench/load.ts): a short run end to end so that it cannot rot — every answer right,
 * every kind of the mix sent, the figures printed and well-formed (never their values: the machine is
 * shared) — and the pieces whose results are exact: options, percentiles, the seeded plan.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { LOAD_USAGE, LoadUsageError, parseLoadOptions } from "../../bench/load/options.ts";
import { latencySummary } from "../../bench/load/latency.ts";
import { planLoad } from "../../bench/load/plan.ts";
import { LOAD_KINDS, SETUP_KINDS } from "../../bench/load/run-load.ts";
import { ROOT } from "./child.ts";

/** Runs `npm run load -- <args>` from the repository root; resolves with its exit code and output. */
function npmRunLoad(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "load", "--", ...args], { cwd: ROOT, env: { ...process.env, NODE_NO_WARNINGS: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const MIB = String.raw`${NUMBER} MiB`;

describe("npm run load", () => {
  it("answers 200 requests from 50 clients rightly, sends every kind, prints every figure and exits 0", async () => {
    const run = await npmRunLoad(["--requests", "200", "--seed", "3"]);
    const out = run.stdout;
    expect(run.code, `${out}\n${run.stderr}`).toBe(0);
    expect(out).toMatch(/^failures: 0$/m);
    // Every hostile kind is answered as AWS answers it: none is pinned as a deviation any more.
    expect(out).toMatch(/^known deviations from AWS: 0$/m);
    expect(out).toMatch(/^requests: 200 \(\d+ SDK, \d+ raw HTTP, \d+ hostile; after \d+ warm-up requests\)$/m);
    expect(out).toMatch(new RegExp(`^latency ms: p50 ${NUMBER} {2}p95 ${NUMBER} {2}p99 ${NUMBER} {2}max ${NUMBER}$`, "m"));
    expect(out).toMatch(new RegExp(`^throughput: \\d+ requests/s \\(${NUMBER} s\\)$`, "m"));
    expect(out).toMatch(new RegExp(`^cpu: serve ${NUMBER} s \\(${NUMBER} ms/request\\), clients ${NUMBER} s$`, "m"));
    for (const when of ["baseline", "peak", "after"]) expect(out).toMatch(new RegExp(`^memory ${when}: rss ${MIB} {2}heap ${MIB} {2}\\(.+\\)$`, "m"));
    expect(out).toMatch(/^heap after vs baseline: [+-]\d+\.\d% \(limit \+10%\)$/m);
    expect(out).toMatch(/^Object\.prototype in serve: untouched$/m);
    expect(out).toMatch(/^serve on SIGTERM: exit 0$/m);
    expect(out).toMatch(/^machine: \d+ × .+, Node v\d+\.\d+\.\d+, load average \d+\.\d at the start$/m);
    expect(out.trimEnd().split("\n").at(-1)).toBe("PASS");
    // The mix lists each kind with its count and latencies: all of them were sent in the measured phase.
    const heading = "mix (measured): requests, p50 and max ms, kind\n";
    const mix = out.slice(out.indexOf(heading) + heading.length).split("\n\n")[0]!.split("\n");
    const row = new RegExp(`^ *([1-9]\\d*) +${NUMBER} +${NUMBER}  (.+?)(?:  — .+)?$`);
    expect(mix.map((line) => row.exec(line)?.[2])).toEqual(LOAD_KINDS.map((k) => k.name));
  }, 180_000);

  it.each([
    [["--requests", "0"], "--requests must be between 1 and 10000000 (got 0)"],
    [["--rate", "5"], "Unknown option '--rate'"],
  ])("refuses %j with one line and the usage (exit 2)", async (args, message) => {
    const run = await npmRunLoad(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toContain(`error: ${message}`);
    expect(run.stderr).toContain(LOAD_USAGE);
  }, 60_000);
});

describe("parseLoadOptions", () => {
  it("defaults to 10,000 requests from 50 clients, seed 0", () => {
    expect(parseLoadOptions([])).toEqual({ requests: 10_000, clients: 50, seed: 0 });
    expect(parseLoadOptions(["--requests", "200", "--clients", "7", "--seed=-4"])).toEqual({ requests: 200, clients: 7, seed: -4 });
    expect(parseLoadOptions(["-h"])).toBe("help");
  });

  it.each([
    [["--clients", "0"], "--clients must be between 1 and 1000 (got 0)"],
    [["--clients", "1001"], "--clients must be between 1 and 1000 (got 1001)"],
    [["--clients", "many"], '--clients must be an integer (got "many")'],
    [["--requests", ""], '--requests must be an integer (got "")'],
    [["--seed", "1.5"], '--seed must be an integer (got "1.5")'],
    [["--seed", "99999999999"], "--seed must be between -2147483648 and 2147483647 (got 99999999999)"],
    [["stray"], "Unexpected argument 'stray'"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseLoadOptions(argv)).toThrow(LoadUsageError);
    expect(() => parseLoadOptions(argv)).toThrow(message);
  });
});

describe("latencySummary", () => {
  it("takes nearest-rank percentiles, each a measured figure", () => {
    const ms = Array.from({ length: 200 }, (_, i) => 200 - i); // 200 … 1, unsorted on purpose
    expect(latencySummary(ms)).toEqual({ p50: 100, p95: 190, p99: 198, max: 200 });
    expect(latencySummary([7])).toEqual({ p50: 7, p95: 7, p99: 7, max: 7 });
    expect(latencySummary([4, 1, 3, 2])).toEqual({ p50: 2, p95: 4, p99: 4, max: 4 });
    expect(ms[0]).toBe(200); // the caller's list is left as it was
  });

  it("refuses an empty list", () => {
    expect(() => latencySummary([])).toThrow("no latencies");
  });
});

describe("planLoad", () => {
  const options = { requests: 300, warmUp: 40, clients: 7, seed: 11 };
  const names = (shares: readonly (readonly { kind: { name: string }; draw: number }[])[]) => shares.map((s) => s.map((p) => `${p.kind.name}#${p.draw}`));

  it("is the same for the same seed, and differs for another", () => {
    expect(names(planLoad(LOAD_KINDS, SETUP_KINDS, options).measured)).toEqual(names(planLoad(LOAD_KINDS, SETUP_KINDS, options).measured));
    expect(names(planLoad(LOAD_KINDS, SETUP_KINDS, { ...options, seed: 12 }).measured)).not.toEqual(names(planLoad(LOAD_KINDS, SETUP_KINDS, options).measured));
  });

  it("gives request i to client i % clients, sends every kind in each phase, and starts each client's warm-up with its setup", () => {
    const plan = planLoad(LOAD_KINDS, SETUP_KINDS, options);
    expect(plan.measured.map((share) => share.length)).toEqual([43, 43, 43, 43, 43, 43, 42]);
    expect(plan.warmUp.map((share) => share.length)).toEqual([7, 7, 7, 7, 7, 6, 6]);
    expect(plan.warmUp.map((share) => share[0]!.kind)).toEqual([0, 1, 0, 1, 0, 1, 0].map((i) => SETUP_KINDS[i]));
    const measuredKinds = new Set(plan.measured.flat().map((p) => p.kind));
    const warmUpKinds = new Set(plan.warmUp.flat().map((p) => p.kind));
    for (const kind of LOAD_KINDS) {
      expect(measuredKinds.has(kind), kind.name).toBe(true);
      expect(warmUpKinds.has(kind), kind.name).toBe(true);
    }
  });
});
