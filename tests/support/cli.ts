/**
 * The CLI in tests: built, as a user runs it (`node bin/smithy-contract.js`; dist/ is built by
 * global-build.ts), or its `main` in process; and the files a run leaves in a folder.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../codegen/cli/main.ts";

export const BIN = fileURLToPath(new URL("../../bin/smithy-contract.js", import.meta.url));

/** Arguments for `spawn(process.execPath, [...cliArgs(...)])`. */
export function cliArgs(...args: string[]): string[] {
  return [BIN, ...args];
}

/** The CLI's `main` in this process, with what it writes to stdout and stderr. */
export async function runMain(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** Every file under `dir` by its path relative to `dir`, with its text. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return out;
}
