/**
 * A small side-by-side benchmark harness: each case runs a baseline and a subject in the same
 * process, interleaved round by round (so machine noise hits both alike), and reports the ratio of
 * their median times and of their heap growth. Ratios, not absolute times, are what we compare
 * across machines and commits.
 */
import { performance } from "node:perf_hooks";

export interface Case {
  readonly name: string;
  /** What the subject is measured against, in words. */
  readonly baselineName: string;
  readonly baseline: () => unknown;
  readonly subject: () => unknown;
  /** Calls per timed sample (raise for fast functions). */
  readonly inner?: number;
  readonly rounds?: number;
}

export interface Result {
  readonly name: string;
  readonly baselineName: string;
  readonly baselineMedianMs: number;
  readonly subjectMedianMs: number;
  readonly ratio: number;
  readonly baselineHeapKb: number;
  readonly subjectHeapKb: number;
}

function sample(fn: () => unknown, inner: number): { ms: number; heap: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  let sink: unknown;
  for (let i = 0; i < inner; i++) sink = fn();
  const ms = (performance.now() - t0) / inner;
  const heap = process.memoryUsage().heapUsed - heap0;
  if (sink === Symbol.for("never")) console.log(sink);
  return { ms, heap };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

type Sample = { ms: number; heap: number };

/** Medians of the interleaved samples, as a ratio of subject to baseline. */
function toResult(c: { name: string; baselineName: string }, b: Sample[], s: Sample[]): Result {
  const bm = median(b.map((x) => x.ms));
  const sm = median(s.map((x) => x.ms));
  return {
    name: c.name,
    baselineName: c.baselineName,
    baselineMedianMs: bm,
    subjectMedianMs: sm,
    ratio: sm / bm,
    baselineHeapKb: Math.round(median(b.map((x) => x.heap)) / 1024),
    subjectHeapKb: Math.round(median(s.map((x) => x.heap)) / 1024),
  };
}

export function run(c: Case): Result {
  const inner = c.inner ?? 1;
  const rounds = c.rounds ?? 15;
  // Warm-up: JIT both sides before timing.
  for (let i = 0; i < 3; i++) {
    c.baseline();
    c.subject();
  }
  const b: { ms: number; heap: number }[] = [];
  const s: { ms: number; heap: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      b.push(sample(c.baseline, inner));
      s.push(sample(c.subject, inner));
    } else {
      s.push(sample(c.subject, inner));
      b.push(sample(c.baseline, inner));
    }
  }
  return toResult(c, b, s);
}

export interface AsyncCase {
  readonly name: string;
  readonly baselineName: string;
  readonly baseline: () => Promise<unknown>;
  readonly subject: () => Promise<unknown>;
  readonly inner?: number;
  readonly rounds?: number;
}

async function sampleAsync(fn: () => Promise<unknown>, inner: number): Promise<{ ms: number; heap: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  for (let i = 0; i < inner; i++) await fn();
  return { ms: (performance.now() - t0) / inner, heap: process.memoryUsage().heapUsed - heap0 };
}

/** {@link run} for asynchronous work (HTTP round trips), interleaved the same way. */
export async function runAsync(c: AsyncCase): Promise<Result> {
  const inner = c.inner ?? 1;
  const rounds = c.rounds ?? 15;
  for (let i = 0; i < 3; i++) {
    await c.baseline();
    await c.subject();
  }
  const b: { ms: number; heap: number }[] = [];
  const s: { ms: number; heap: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      b.push(await sampleAsync(c.baseline, inner));
      s.push(await sampleAsync(c.subject, inner));
    } else {
      s.push(await sampleAsync(c.subject, inner));
      b.push(await sampleAsync(c.baseline, inner));
    }
  }
  return toResult(c, b, s);
}

/** How long `npm run bench` runs: `full` (the default), or `tiny` (a few rounds: the test that keeps the benchmarks from rotting). */
export type Size = "full" | "tiny";

/** A bound a figure must keep: `<=` for costs and ratios, `>=` for throughputs. */
export interface Target {
  readonly op: "<=" | ">=";
  readonly value: number;
}

/** One line of the results table: a ratio against its baseline, or an absolute figure. */
export interface Figure {
  readonly name: string;
  /** The measured value, in `unit`. */
  readonly value: number;
  readonly unit: "×" | "ms" | "s" | "lines/s" | "KB";
  readonly target?: Target;
  /** How it was measured: the two medians, the baseline's name, heap growth. */
  readonly detail: string;
}

/** A side-by-side result as a ratio figure, per `per` (what one sample does). */
export function ratioFigure(r: Result, per: string, target?: Target): Figure {
  return {
    name: r.name,
    value: r.ratio,
    unit: "×",
    ...(target !== undefined && { target }),
    detail: `${r.subjectMedianMs.toFixed(3)} ms vs ${r.baselineName} ${r.baselineMedianMs.toFixed(3)} ms per ${per}; heap ${r.subjectHeapKb} vs ${r.baselineHeapKb} KiB`,
  };
}

/** Whether `f` keeps its target (a figure without one always does). */
export function meets(f: Figure): boolean {
  if (f.target === undefined) return true;
  return f.target.op === "<=" ? f.value <= f.target.value : f.value >= f.target.value;
}

/** The median of `rounds` timings of `fn` (after one warm-up call), in ms. */
export async function medianMs(fn: () => unknown, rounds: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const show = (v: number, unit: Figure["unit"]) =>
  unit === "×" ? `${v.toFixed(2)}×` : unit === "lines/s" ? `${Math.round(v).toLocaleString("en-US")} lines/s` : unit === "KB" ? `${v.toFixed(1)} KB` : unit === "s" ? `${v.toFixed(2)} s` : `${v.toFixed(1)} ms`;

/** The figures as a Markdown table: each value next to its target. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const target = f.target === undefined ? "—" : `${f.target.op === "<=" ? "≤" : "≥"} ${show(f.target.value, f.unit)}`;
    const ok = f.target === undefined ? "" : meets(f) ? "ok" : "**missed**";
    return `| ${f.name} | ${show(f.value, f.unit)} | ${target} | ${ok} | ${f.detail} |`;
  });
  return ["| figure | measured | target | | how |", "|---|---|---|---|---|", ...rows].join("\n") + "\n";
}

export function report(results: readonly Result[]): string {
  const lines = results.map(
    (r) =>
      `${r.name}\n  subject ${r.subjectMedianMs.toFixed(3)} ms vs ${r.baselineName} ${r.baselineMedianMs.toFixed(3)} ms` +
      ` → ratio ${r.ratio.toFixed(2)}×; heap growth per sample ${r.subjectHeapKb} KiB vs ${r.baselineHeapKb} KiB`,
  );
  return lines.join("\n") + "\n";
}
