/**
 * The load measures the CLI users run: dist/, compiled from codegen/ and runtime/. It is compiled
 * again (in place, as the vitest global setup does: another run may be using it) only when a source
 * is newer than it, so a run right after `npm run build` or the test setup starts at once.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "dist/codegen/cli/main.js");

/**
 * Compiles dist/ when it is missing or older than a source; says which. Throws when the compiler
 * emits no CLI (a type error alone does not stop it: tsc still emits).
 */
export function ensureBuilt(): "current" | "built" {
  if (existsSync(CLI) && newestSource() <= statSync(CLI).mtimeMs) return "current";
  const result = spawnSync(join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json"], { cwd: ROOT, encoding: "utf8" });
  if (result.error !== undefined) throw result.error;
  if (!existsSync(CLI)) throw new Error(`the build emitted no CLI:\n${result.stdout}${result.stderr}`);
  return "built";
}

/** The newest modification time of the TypeScript sources dist/ is built from. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ["codegen", "runtime"]) walk(join(ROOT, dir));
  return newest;
}
