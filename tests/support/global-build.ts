/**
 * vitest globalSetup: compile the package once (`tsc -p tsconfig.build.json` into dist/), so that
 * tests can run the CLI as a user does — `bin/smithy-contract.js` on plain Node, no TypeScript
 * loader. TypeScript 7's native tsc makes this about a second.
 *
 * A type error does not stop the build (tsc still emits; `tests/typecheck.test.ts` is the test that
 * fails on it, naming each error), so one mistake fails one test, not every test of the run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export default function setup(): void {
  // Another vitest run (a second terminal, a watch mode) may be running the CLI from dist/ right
  // now: tsc rewriting its files in place let such a child read a half-written module ("does not
  // provide an export named …"). So the build goes to a folder of its own and replaces dist/ by two
  // renames; a child keeps the files it has open, and one starting in between finds no dist/ for
  // microseconds rather than a torn file.
  const next = `${ROOT}.tmp/dist-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  const result = spawnSync(`${ROOT}node_modules/.bin/tsc`, ["-p", "tsconfig.build.json", "--outDir", next], { cwd: ROOT, encoding: "utf8" });
  if (result.error !== undefined) throw result.error;
  if (!existsSync(`${next}/codegen/cli/main.js`)) throw new Error(`the build emitted no CLI:\n${result.stdout}${result.stderr}`);
  if (result.status !== 0) process.stderr.write(`global build: tsc reported errors (tests/typecheck.test.ts fails on them):\n${result.stdout}`);
  const old = `${ROOT}.tmp/dist-old-${process.pid}`;
  if (existsSync(`${ROOT}dist`)) renameSync(`${ROOT}dist`, old);
  renameSync(next, `${ROOT}dist`);
  rmSync(old, { recursive: true, force: true });
}
