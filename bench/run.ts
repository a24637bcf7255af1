/**
 * `npm run bench`: what our pieces cost, each figure next to its target. Ratios come from a subject
 * and its baseline run side by side in the same process, interleaved round by round (harness.ts);
 * absolute figures (lines per second, milliseconds, kilobytes) are medians of several runs.
 *
 *   npm run bench                      every figure; writes bench/RESULTS.md; exit 1 when a target is missed
 *   npm run bench -- --tiny            a few rounds of everything (the test that keeps the benchmarks
 *                                      from rotting); prints the table, writes nothing, exit 0
 *   npm run bench -- --only validate   the figures whose name contains "validate"
 *
 * Run with `node --expose-gc` (the npm script does) for steadier heap figures.
 */
import { cpus, totalmem } from "node:os";
import { renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { coldStartFigures } from "./cases/cold-start.ts";
import { generateFigures } from "./cases/generate.ts";
import { patternFigures } from "./cases/patterns.ts";
import { pieceFigures } from "./cases/pieces.ts";
import { sdkCallFigures } from "./cases/sdk-calls.ts";
import { validateFigures } from "./cases/validate.ts";
import { meets, table, type Figure, type Size } from "./harness.ts";

const USAGE = "usage: npm run bench [-- --tiny] [--only <text>] [--no-results]";
const RESULTS = fileURLToPath(new URL("./RESULTS.md", import.meta.url));

interface Args {
  readonly size: Size;
  readonly only: string | undefined;
  readonly writeResults: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let size: Size = "full";
  let only: string | undefined;
  let writeResults = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--tiny") size = "tiny";
    else if (a === "--no-results") writeResults = false;
    else if (a === "--only") {
      only = argv[++i];
      if (only === undefined || only === "") throw new UsageError("--only needs a text the figures' names contain");
    } else throw new UsageError(`unknown argument ${JSON.stringify(a)}`);
  }
  return { size, only, writeResults: writeResults && size === "full" && only === undefined };
}

class UsageError extends Error {}

/** The machine the figures come from, for the results file. */
function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`error: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const { size } = args;
  const groups: readonly [string, () => Promise<Figure[]> | Figure[]][] = [
    ["sdk calls", () => sdkCallFigures(size)],
    ["validate", () => validateFigures(size)],
    ["patterns", () => patternFigures(size)],
    ["generate", () => generateFigures(size)],
    ["cold start", () => coldStartFigures(size)],
    ["pieces", () => pieceFigures(size)],
  ];
  const figures: Figure[] = [];
  for (const [group, measure] of groups) {
    process.stderr.write(`bench: ${group}…\n`);
    figures.push(...(await measure()).filter((f) => args.only === undefined || f.name.includes(args.only)));
  }
  const text = table(figures);
  process.stdout.write(text);
  const missed = figures.filter((f) => !meets(f));
  for (const f of missed) process.stdout.write(`missed: ${f.name}\n`);
  process.stdout.write(`${figures.filter((f) => f.target !== undefined).length - missed.length} of ${figures.filter((f) => f.target !== undefined).length} targets met (${size} run)\n`);

  if (args.writeResults) {
    const doc = [
      "# Benchmark results",
      "",
      `The latest full run of \`npm run bench\` (${new Date().toISOString().slice(0, 10)}), on ${machine()}.`,
      "Ratios are medians of interleaved rounds of the subject and its baseline in one process; absolute figures are medians of several runs.",
      "Read the ratios across commits: the absolute times depend on the machine.",
      "",
      text,
      missed.length === 0 ? "Every target met." : `Missed: ${missed.map((f) => f.name).join("; ")}.`,
      "",
    ].join("\n");
    const tmp = `${RESULTS}.${process.pid}.tmp`;
    writeFileSync(tmp, doc);
    renameSync(tmp, RESULTS);
    process.stderr.write(`bench: wrote ${RESULTS}\n`);
  }
  return size === "full" && missed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
