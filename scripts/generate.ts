/**
 * `npm run generate`: regenerates every folder of `generated/` from its model in `model/`, one
 * `smithy-contract generate` per service (one run generates one service). Arguments after `--` go
 * to each run, so `npm run generate -- --check` checks all of them; the exit status is the worst of
 * the runs (0 done or up to date, 1 out of date, 2 usage or model error).
 *
 * The drift test (tests/cli/generate.test.ts) reads {@link GENERATED} too, and fails when a folder
 * of `generated/` is missing from it.
 */
import { fileURLToPath } from "node:url";
import { main } from "../codegen/cli/main.ts";

/** Each folder of `generated/` and the `generate` arguments that write it. */
export const GENERATED: readonly { readonly dir: string; readonly args: readonly string[] }[] = [
  { dir: "personalize", args: ["--model", "model/personalize.json", "--overlay", "model/personalize.overlay.json"] },
  { dir: "personalize-events", args: ["--model", "model/personalize-events.smithy"] },
  { dir: "personalize-runtime", args: ["--model", "model/personalize-runtime.smithy"] },
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) };
  let worst = 0;
  for (const { args } of GENERATED) worst = Math.max(worst, await main(["generate", ...args, "--out", "generated", ...process.argv.slice(2)], io));
  process.exitCode = worst;
}
