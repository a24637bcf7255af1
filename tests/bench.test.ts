/**
 * `npm run bench` cannot rot: its tiny run (a few rounds of every case) runs to the end and prints
 * every figure with its measured value, and every target beside its figure. No time is asserted:
 * the figures are for people reading them (bench/RESULTS.md keeps the latest full run).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

it("npm run bench -- --tiny runs every case and prints each figure next to its target", () => {
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "bench/run.ts", "--tiny"], { cwd: ROOT, encoding: "utf8", timeout: 240_000 });
  expect(run.status, run.stderr).toBe(0);
  const rows = run.stdout.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| figure") );
  const names = rows.map((r) => r.split(" | ")[0]!.slice(2));
  // The figures, each present.
  for (const figure of [
    "SDK call answered by our msw mock",
    "SDK call through our in-process transport",
    "validate NDJSON: DescribeDatasetImportJob outputs",
    "check one DescribeDatasetImportJob output with the contract checker",
    "generate every file for the full Personalize model, in process",
    "generate every file for every model of ../shared/models/aws/",
    "generated contract.ts for DynamoDB",
    "import + first answer of the DynamoDB mock",
  ]) {
    expect(names.some((n) => n.startsWith(figure)), `${figure} in:\n${run.stdout}`).toBe(true);
  }
  // Every row: a finite measured value; a target row names its bound.
  for (const row of rows) {
    const [, measured, target] = row.split(" | ");
    expect(measured, row).toMatch(/^[\d,]+(\.\d+)?(×| ms| s| KB| lines\/s)$/);
    expect(target, row).toMatch(/^(—|[≤≥] [\d,]+(\.\d+)?(×| ms| s| KB| lines\/s))$/);
  }
  expect(run.stdout).toMatch(/^\d+ of 7 targets met \(tiny run\)$/m);
}, 300_000);

it("refuses arguments it does not know, with its usage", () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", "bench/run.ts", "--fast"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('error: unknown argument "--fast"\nusage: npm run bench [-- --tiny] [--only <text>] [--no-results]\n');
});
