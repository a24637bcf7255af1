/**
 * vitest globalSetup: compile the package once (`tsc -p tsconfig.build.json` into dist/), so that
 * tests can run the CLI as a user does — `bin/smithy-contract.js` on plain Node, no TypeScript
 * loader. TypeScript 7's native tsc makes this about a second.
 *
 * A type error does not stop the build (tsc still emits; `tests/typecheck.test.ts` is the test that
 * fails on it, naming each error), so one mistake fails one test, not every test of the run.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export default function setup(): void {
  // dist/ is rebuilt in place, not removed first: another vitest run (a second terminal, a watch
  // mode) may be running the CLI from it right now. `npm run build` starts from an empty dist/.
  const result = spawnSync(`${ROOT}node_modules/.bin/tsc`, ["-p", "tsconfig.build.json"], { cwd: ROOT, encoding: "utf8" });
  if (result.error !== undefined) throw result.error;
  if (!existsSync(`${ROOT}dist/codegen/cli/main.js`)) throw new Error(`the build emitted no CLI:\n${result.stdout}${result.stderr}`);
  if (result.status !== 0) process.stderr.write(`global build: tsc reported errors (tests/typecheck.test.ts fails on them):\n${result.stdout}`);
}
