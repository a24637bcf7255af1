/**
 * One load run: start `smithy-contract serve` (child process, --state closed so that a job never
 * created is the modeled ResourceNotFoundException), warm it up (each client creates a job, then a
 * twentieth of the mix is sent), take the baseline (a forced GC in the server, then its memory), send
 * the measured requests from the concurrent clients, take the memory again after a forced GC, stop
 * the server with SIGTERM. Jobs are created in the warm-up only: the mock keeps each one, as AWS
 * does, and that is state the 10% bound must not count as a leak.
 */
import { cpus, loadavg } from "node:os";
import { HOSTILE_KINDS } from "./hostile-kinds.ts";
import { latencySummary, type LatencySummary } from "./latency.ts";
import { LoadClient } from "./load-client.ts";
import type { LoadOptions } from "./options.ts";
import { planLoad, type Planned } from "./plan.ts";
import { RAW_CREATE, RAW_KINDS } from "./raw-kinds.ts";
import type { Outcome, RequestKind } from "./request-kind.ts";
import { SDK_CREATE, SDK_KINDS } from "./sdk-kinds.ts";
import { startServeProcess, type MemoryFigures } from "./serve-process.ts";

/** The kinds of the mix. */
export const LOAD_KINDS: readonly RequestKind[] = [...SDK_KINDS, ...RAW_KINDS, ...HOSTILE_KINDS];
/** What each client sends first in the warm-up, in turn: the job it reads later, created through one door or the other. */
export const SETUP_KINDS: readonly RequestKind[] = [SDK_CREATE, RAW_CREATE];

/** How far the heap after the run may be above the baseline. */
export const HEAP_TOLERANCE = 0.1;

/** What one kind's requests of the measured phase came to. */
export interface KindTally {
  readonly kind: RequestKind;
  sent: number;
  ok: number;
  deviations: number;
  fixed: number;
  wrong: number;
  /** Milliseconds of each request sent. */
  readonly ms: number[];
}

export type WrongAnswer = Extract<Outcome, { kind: "wrong" }> & { readonly phase: "warm-up" | "measured"; readonly kindName: string };

export interface LoadReport {
  readonly options: LoadOptions;
  readonly warmUp: number;
  /** serve's arguments after `serve`, as run. */
  readonly serveArgs: readonly string[];
  /** serve's exit code after SIGTERM (0: it stopped as documented). */
  readonly serveExit: number | null;
  readonly tallies: readonly KindTally[];
  /** Every wrong answer, warm-up included. */
  readonly wrong: readonly WrongAnswer[];
  readonly latency: LatencySummary;
  /** Wall-clock seconds of the measured phase. */
  readonly seconds: number;
  readonly memory: {
    /** After the warm-up and a forced GC. */
    readonly baseline: MemoryFigures;
    /** The highest sampled during the measured phase. */
    readonly peak: Pick<MemoryFigures, "rss" | "heapUsed">;
    /** After the last answer and a forced GC. */
    readonly after: MemoryFigures;
  };
  /** CPU seconds (user + system) of the measured phase: the server's, and this process's (the clients). */
  readonly cpu: { readonly serve: number; readonly driver: number };
  /** Keys Object.prototype gained in the server. */
  readonly prototypeKeys: readonly string[];
  /** The machine, and its 1-minute load average when the run started (other work shares the cores). */
  readonly machine: { readonly cpu: string; readonly cores: number; readonly node: string; readonly loadAverage: number };
}

/** True when every answer was right, the heap came back and serve stopped cleanly. */
export function loadPassed(report: LoadReport): boolean {
  return report.wrong.length === 0 && heapGrowth(report) <= HEAP_TOLERANCE && report.prototypeKeys.length === 0 && report.serveExit === 0;
}

/** The heap after the run relative to the baseline (0.03: 3% above). */
export function heapGrowth(report: LoadReport): number {
  return report.memory.after.heapUsed / report.memory.baseline.heapUsed - 1;
}

/**
 * Runs the load; `progress` gets a line as each phase ends.
 *
 * @example const report = await runLoad({ requests: 200, clients: 50, seed: 0 }, console.error);
 */
export async function runLoad(options: LoadOptions, progress: (line: string) => void): Promise<LoadReport> {
  const mixed = Math.max(LOAD_KINDS.length, Math.round(options.requests / 20));
  const plan = planLoad(LOAD_KINDS, SETUP_KINDS, { ...options, warmUp: mixed });
  const warmUp = plan.warmUp.reduce((n, share) => n + share.length, 0);
  const serveArgs = ["--seed", String(options.seed), "--state", "closed"];
  const loadAverage = loadavg()[0]!;
  const serve = await startServeProcess(serveArgs);
  const clients = Array.from({ length: options.clients }, (_, i) => new LoadClient(i, serve.origin));
  const tallies = new Map<RequestKind, KindTally>(LOAD_KINDS.map((kind) => [kind, { kind, sent: 0, ok: 0, deviations: 0, fixed: 0, wrong: 0, ms: [] }]));
  const wrong: WrongAnswer[] = [];
  const latencies: number[] = [];
  try {
    const warmed = await runPhase(plan.warmUp, clients, (planned, outcome) => {
      if (outcome.kind === "wrong") wrong.push({ ...outcome, phase: "warm-up", kindName: planned.kind.name });
    });
    progress(`warm-up: ${warmUp} requests in ${(warmed / 1000).toFixed(1)} s`);
    const baseline = await serve.memory(true);
    const driverStart = process.cpuUsage();
    const ms = await runPhase(plan.measured, clients, (planned, outcome, latency) => {
      latencies.push(latency);
      const tally = tallies.get(planned.kind)!;
      tally.sent++;
      tally.ms.push(latency);
      if (outcome.kind === "ok") tally.ok++;
      else if (outcome.kind === "deviation") tally.deviations++;
      else if (outcome.kind === "fixed") tally.fixed++;
      else {
        tally.wrong++;
        wrong.push({ ...outcome, phase: "measured", kindName: planned.kind.name });
      }
    });
    progress(`measured: ${options.requests} requests in ${(ms / 1000).toFixed(1)} s`);
    const driver = process.cpuUsage(driverStart);
    const end = await serve.memory(true);
    const seconds = (u: { user: number; system: number }) => (u.user + u.system) / 1e6;
    for (const c of clients) c.destroy();
    const stopped = await serve.stop();
    return {
      options,
      warmUp,
      serveArgs,
      serveExit: stopped.code,
      tallies: [...tallies.values()],
      wrong,
      latency: latencySummary(latencies),
      seconds: ms / 1000,
      memory: { baseline: baseline.now, peak: end.peak, after: end.now },
      cpu: { serve: seconds(end.cpu) - seconds(baseline.cpu), driver: seconds(driver) },
      prototypeKeys: end.prototypeKeys,
      machine: { cpu: cpus()[0]?.model.trim() ?? "unknown", cores: cpus().length, node: process.version, loadAverage },
    };
  } finally {
    for (const c of clients) c.destroy();
    await serve.stop();
  }
}

/**
 * Sends each client's share of `plan` in order, all clients at once; resolves with the wall-clock
 * milliseconds. A request that fails below HTTP (a reset socket) is a wrong answer too.
 */
async function runPhase(plan: readonly (readonly Planned[])[], clients: readonly LoadClient[], done: (planned: Planned, outcome: Outcome, ms: number) => void): Promise<number> {
  const started = performance.now();
  await Promise.all(
    plan.map(async (share, c) => {
      const client = clients[c]!;
      for (const planned of share) {
        let outcome: Outcome;
        try {
          outcome = await planned.kind.send(client, planned.draw);
        } catch (e) {
          outcome = { kind: "wrong", request: planned.kind.name, answer: "(none)", why: `the request failed: ${e instanceof Error ? e.message : String(e)}` };
        }
        done(planned, outcome, client.lastMs);
      }
    }),
  );
  return performance.now() - started;
}
