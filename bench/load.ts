/**
 * `npm run load`: `smithy-contract serve` under load — real SDK calls, raw HTTP and hostile
 * requests from concurrent keep-alive clients, every answer checked, the server's latency,
 * throughput and memory printed (bench/load/). Exit 0 when every answer is right and the server's
 * heap is back within 10% of its baseline; 1 otherwise; 2 for a bad command line.
 *
 *   npm run load                                      10,000 requests from 50 clients, seed 0
 *   npm run load -- --requests 200 --clients 10 --seed 7
 */
import { LOAD_USAGE, LoadUsageError, parseLoadOptions } from "./load/options.ts";

async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseLoadOptions(argv);
  } catch (e) {
    if (!(e instanceof LoadUsageError)) throw e;
    process.stderr.write(`error: ${e.message}\n${LOAD_USAGE}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(`${LOAD_USAGE}\n`);
    return 0;
  }
  // Loaded after the options are read: a usage error answers without loading the SDK and the runtime.
  const [{ ensureBuilt }, { formatLoadReport }, { loadPassed, runLoad }] = await Promise.all([import("./load/ensure-built.ts"), import("./load/format-report.ts"), import("./load/run-load.ts")]);
  if (ensureBuilt() === "built") process.stderr.write("compiled dist/ (a source was newer)\n");
  const report = await runLoad(options, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(formatLoadReport(report));
  return loadPassed(report) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
