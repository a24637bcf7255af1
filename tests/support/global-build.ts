/**
 * vitest globalSetup: compile the package once (`tsc -p tsconfig.build.json` into dist/), so that
 * tests can run the CLI as a user does — `bin/smithy-contract.js` on plain Node, no TypeScript
 * loader. TypeScript 7's native tsc makes this about a second.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export default function setup(): void {
  rmSync(`${ROOT}dist`, { recursive: true, force: true });
  execFileSync(`${ROOT}node_modules/.bin/tsc`, ["-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
}
