/**
 * One contract property as vitest tests: the random run (fast-check prints `seed` and `path` of a
 * counterexample in the failure message), and one replay per seed pinned for it in
 * `../regressions.ts`, so a seed that once failed is checked on every run.
 *
 * @see https://github.com/dubzzz/fast-check/blob/main/packages/vitest/README.md
 */
import { type fc, test } from "@fast-check/vitest";
import { REGRESSIONS, type PropertyName } from "../regressions.ts";

/**
 * Multiplies every property's run count (not the replays'): `CONTRACT_RUNS_FACTOR=20 npx vitest run
 * tests/contract` for a deeper search than the suite's few seconds allow.
 */
const FACTOR = Number(process.env.CONTRACT_RUNS_FACTOR ?? "1");

/**
 * Registers property `name` over `arbitrary` with `numRuns` random runs, plus its pinned regressions.
 *
 * @example property("P4 request", "what it checks", input.pair, 60, async (pair) => { ... })
 */
export function property<T>(name: PropertyName, title: string, arbitrary: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => void | Promise<void>): void {
  const runs = Number.isFinite(FACTOR) && FACTOR > 0 ? Math.ceil(numRuns * FACTOR) : numRuns;
  test.prop([arbitrary], { numRuns: runs })(`${name}: ${title}`, predicate);
  for (const r of REGRESSIONS) {
    if (r.property !== name) continue;
    const replay = { seed: r.seed, numRuns: r.numRuns ?? numRuns, endOnFailure: true, ...(r.path !== undefined && { path: r.path }) };
    test.prop([arbitrary], replay)(`${name}: regression seed ${r.seed}${r.path === undefined ? "" : ` path ${r.path}`} (${r.caught})`, predicate);
  }
}
