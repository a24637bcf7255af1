/**
 * The printed report of a load run: the figures first (one per line, `name: value`, so a test and a
 * reader find them), then the mix by kind, the known deviations from AWS, and every wrong answer
 * with its request and answer.
 */
import { latencySummary } from "./latency.ts";
import { HEAP_TOLERANCE, heapGrowth, loadPassed, type LoadReport } from "./run-load.ts";

const MIB = 1024 * 1024;
const mib = (bytes: number) => `${(bytes / MIB).toFixed(1)} MiB`;
const ms = (n: number) => n.toFixed(1);

/** How many wrong answers are shown in full (all are counted). */
const SHOWN = 20;

/**
 * The report as text (ends with a newline).
 *
 * @example process.stdout.write(formatLoadReport(await runLoad(options, console.error)));
 */
export function formatLoadReport(r: LoadReport): string {
  const { baseline, peak, after } = r.memory;
  const measured = r.tallies.reduce((n, t) => n + t.sent, 0);
  const deviations = r.tallies.reduce((n, t) => n + t.deviations, 0);
  const via = (v: string) => r.tallies.filter((t) => t.kind.via === v).reduce((n, t) => n + t.sent, 0);
  const growth = heapGrowth(r);
  const lines = [
    `smithy-contract serve under load: ${r.options.clients} keep-alive clients, seed ${r.options.seed}, serve ${r.serveArgs.join(" ")} (child process)`,
    `machine: ${r.machine.cores} × ${r.machine.cpu}, Node ${r.machine.node}, load average ${r.machine.loadAverage.toFixed(1)} at the start`,
    "",
    `requests: ${measured} (${via("sdk")} SDK, ${via("raw")} raw HTTP, ${via("hostile")} hostile; after ${r.warmUp} warm-up requests)`,
    `failures: ${r.wrong.length}`,
    `known deviations from AWS: ${deviations}`,
    `latency ms: p50 ${ms(r.latency.p50)}  p95 ${ms(r.latency.p95)}  p99 ${ms(r.latency.p99)}  max ${ms(r.latency.max)}`,
    `throughput: ${Math.round(measured / r.seconds)} requests/s (${r.seconds.toFixed(1)} s)`,
    `cpu: serve ${r.cpu.serve.toFixed(1)} s (${((r.cpu.serve * 1000) / measured).toFixed(2)} ms/request), clients ${r.cpu.driver.toFixed(1)} s`,
    `memory baseline: rss ${mib(baseline.rss)}  heap ${mib(baseline.heapUsed)}  (after the warm-up and a forced GC)`,
    `memory peak: rss ${mib(peak.rss)}  heap ${mib(peak.heapUsed)}  (highest sampled every 10 ms during the measured requests)`,
    `memory after: rss ${mib(after.rss)}  heap ${mib(after.heapUsed)}  (after the last answer and a forced GC)`,
    `heap after vs baseline: ${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)}% (limit +${HEAP_TOLERANCE * 100}%)`,
    `Object.prototype in serve: ${r.prototypeKeys.length === 0 ? "untouched" : `gained ${r.prototypeKeys.join(", ")}`}`,
    `serve on SIGTERM: exit ${r.serveExit}`,
    "",
    "mix (measured): requests, p50 and max ms, kind",
    ...r.tallies.map((t) => {
      const l = t.ms.length === 0 ? undefined : latencySummary(t.ms);
      const figures = `${String(t.sent).padStart(6)} ${(l === undefined ? "-" : ms(l.p50)).padStart(8)} ${(l === undefined ? "-" : ms(l.max)).padStart(8)}`;
      return `${figures}  ${t.kind.name}${t.wrong > 0 ? `  — ${t.wrong} WRONG` : ""}${t.fixed > 0 ? `  — ${t.fixed} answered as AWS does: remove its deviation` : ""}`;
    }),
  ];
  const deviating = r.tallies.filter((t) => t.kind.deviation !== undefined);
  if (deviating.length > 0) {
    lines.push("", "known deviations from AWS (pinned as answered today; not failures):");
    for (const t of deviating) lines.push(`  ${t.kind.name} (${t.deviations} answered so): ${t.kind.deviation!.what}`, `    from ${t.kind.deviation!.where}`);
  }
  if (r.wrong.length > 0) {
    lines.push("", `wrong answers (${r.wrong.length}${r.wrong.length > SHOWN ? `, the first ${SHOWN} shown` : ""}):`);
    for (const w of r.wrong.slice(0, SHOWN)) lines.push(`  [${w.phase}] ${w.kindName}: ${w.why}`, `    request: ${w.request}`, `    answer:  ${w.answer}`);
  }
  lines.push("", loadPassed(r) ? "PASS" : `FAIL: ${failures(r).join("; ")}`);
  return `${lines.join("\n")}\n`;
}

function failures(r: LoadReport): string[] {
  const out: string[] = [];
  if (r.wrong.length > 0) out.push(`${r.wrong.length} wrong answer(s)`);
  if (heapGrowth(r) > HEAP_TOLERANCE) out.push(`the heap did not come back within ${HEAP_TOLERANCE * 100}% of its baseline`);
  if (r.prototypeKeys.length > 0) out.push("Object.prototype was polluted");
  if (r.serveExit !== 0) out.push(`serve exited ${r.serveExit} on SIGTERM`);
  return out;
}
