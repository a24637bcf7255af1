/**
 * The whole project type-checks (`tsc -p tsconfig.json`: codegen, runtime, generated files, tests,
 * benchmarks and examples) under the strict settings of tsconfig.json. The build that the other
 * tests run the CLI from emits even with type errors; this test is where they fail.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

it("has no type errors (tsc -p tsconfig.json --noEmit)", () => {
  const result = spawnSync(`${ROOT}node_modules/.bin/tsc`, ["-p", "tsconfig.json", "--noEmit"], { cwd: ROOT, encoding: "utf8" });
  const errors = `${result.stdout}${result.stderr}`.split("\n").filter((line) => /error TS\d+/.test(line));
  expect(errors).toEqual([]);
  expect(result.status).toBe(0);
}, 120_000);

// The package's own build (tsconfig.build.json: declarations for users) has errors of its own that
// --noEmit never reports: a declaration that cannot name a type (TS4058) ships broken .d.ts files.
it("builds its declarations without errors (tsc -p tsconfig.build.json, into a scratch folder)", () => {
  const out = mkdtempSync(join(tmpdir(), "smithy-contract-build-"));
  try {
    const result = spawnSync(`${ROOT}node_modules/.bin/tsc`, ["-p", "tsconfig.build.json", "--outDir", out], { cwd: ROOT, encoding: "utf8" });
    const errors = `${result.stdout}${result.stderr}`.split("\n").filter((line) => /error TS\d+/.test(line));
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 120_000);
