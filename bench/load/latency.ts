/**
 * Latency percentiles by the nearest-rank method: the p-th percentile is the smallest figure with at
 * least p% of all figures at or below it, so it is always one of the measured figures.
 *
 * @see https://en.wikipedia.org/wiki/Percentile#The_nearest-rank_method
 */

export interface LatencySummary {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/**
 * The nearest-rank percentiles of `ms` (not sorted; left untouched). Throws on an empty list.
 *
 * @example latencySummary([4, 1, 3, 2]) // { p50: 2, p95: 4, p99: 4, max: 4 }
 */
export function latencySummary(ms: readonly number[]): LatencySummary {
  if (ms.length === 0) throw new Error("no latencies to summarize");
  const sorted = Float64Array.from(ms).sort();
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p * sorted.length) / 100) - 1)]!;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1]! };
}
