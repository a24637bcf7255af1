/**
 * Test support: one `tsc` over the generated TypeScript of many models at once (a tsc start costs
 * seconds; one per model would cost the run), for the corpus test (tests/generate/corpus-all.test.ts)
 * and the model fuzzer, under the strict configuration of a user's project that the type fidelity
 * tests write (tests/types/harness.ts `writeTsconfig`), with the runtime resolved from the
 * repository's sources. The errors come back by model folder.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { writeTsconfig } from "../types/harness.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

/** The `error TS…` lines of one tsc run over every `.ts` file in `dirs`, by folder (relative to `scratch`). */
export function typecheck(scratch: string, dirs: readonly string[]): Map<string, string[]> {
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".ts")).map((f) => join(d, f)));
  writeTsconfig(scratch, "tsconfig.json", files, { exactOptionalPropertyTypes: true, noUnusedLocals: true, nodeTypes: true });
  const config = join(scratch, "tsconfig.json");
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsc"), ["-p", config, "--pretty", "false"], { cwd: scratch, encoding: "utf8", maxBuffer: 64 << 20 });
  const byDir = new Map<string, string[]>();
  for (const line of `${run.stdout}${run.stderr}`.split("\n").filter((l) => / error TS\d+:/.test(l))) {
    const file = line.slice(0, line.indexOf("("));
    const at = relative(scratch, join(scratch, file)).split(sep);
    const key = at.length > 1 && !at[0]!.startsWith("..") ? at[0]! : "(outside the generated files)";
    byDir.set(key, [...(byDir.get(key) ?? []), line]);
  }
  if (run.status !== 0 && byDir.size === 0) byDir.set("(tsc)", [`tsc exited ${run.status}: ${run.stdout}${run.stderr}`.slice(0, 2000)]);
  return byDir;
}
