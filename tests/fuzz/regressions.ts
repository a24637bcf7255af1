/**
 * Seeds that once made the model fuzzer fail, replayed on every run beside its random runs. When the
 * property fails, fast-check prints `{ seed: <n>, path: "<p>", endOnFailure: true }`: add a row with
 * that seed and path and what it caught, then fix the cause. A failure of the typecheck names the
 * model's folder `<seed>-<k>`: its path is `"<k>"`.
 */

export interface FuzzRegression {
  readonly seed: number;
  /** fast-check's path of the counterexample (shrunk); without it the whole seeded run is replayed. */
  readonly path?: string;
  /** Runs of the replay (default: 1 with a path, else the fuzzer's own count). */
  readonly numRuns?: number;
  /** What the seed caught when it failed. */
  readonly caught: string;
}

export const REGRESSIONS: readonly FuzzRegression[] = [];
