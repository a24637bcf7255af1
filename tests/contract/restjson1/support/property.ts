/**
 * One restJson1 contract property as vitest tests, as `../../support/property.ts` registers the
 * awsJson ones (the random run printing its seed, one replay per seed pinned in
 * `../../regressions.ts`, `CONTRACT_RUNS_FACTOR` multiplying the random runs), with a bound in time:
 * one run here sends a request to every operation of a service (up to 66), so fast-check's shrinking
 * of a failure could take hours. The search (runs and shrinking) is interrupted after
 * `SECONDS_PER_RUN` seconds a run, and an interrupted search fails (`markInterruptAsFailure`): a
 * failure is reported with the smallest counterexample found so far (its seed and path replay it),
 * and a run that is merely slow fails rather than passing with fewer runs than asked.
 *
 * @see https://fast-check.dev/docs/configuration/custom-reports/
 * @see https://github.com/dubzzz/fast-check/blob/main/packages/vitest/README.md
 */
import { type fc, test } from "@fast-check/vitest";
import { REGRESSIONS, type PropertyName } from "../../regressions.ts";

/** The awsJson tests' multiplier of random runs (`CONTRACT_RUNS_FACTOR=20 npx vitest run tests/contract/restjson1`). */
const FACTOR = Number(process.env.CONTRACT_RUNS_FACTOR ?? "1");

/** The time a run may take (a draw of every operation of a service, through the real client), loaded machine included. */
const SECONDS_PER_RUN = 20;

/**
 * Registers property `name` over `arbitrary` with `numRuns` random runs (times the factor), plus its
 * pinned regressions, each bounded in time as said above.
 *
 * @example restJson1Property("Lambda P4 request", "what it checks", draws, 2, async (draws) => { ... })
 */
export function restJson1Property<T>(name: PropertyName, title: string, arbitrary: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => void | Promise<void>): void {
  const runs = Number.isFinite(FACTOR) && FACTOR > 0 ? Math.ceil(numRuns * FACTOR) : numRuns;
  register(`${name}: ${title}`, arbitrary, { numRuns: runs }, predicate);
  for (const r of REGRESSIONS) {
    if (r.property !== name) continue;
    const replay = { seed: r.seed, numRuns: r.numRuns ?? numRuns, endOnFailure: true, ...(r.path !== undefined && { path: r.path }) };
    register(`${name}: regression seed ${r.seed}${r.path === undefined ? "" : ` path ${r.path}`} (${r.caught})`, arbitrary, replay, predicate);
  }
}

function register<T>(title: string, arbitrary: fc.Arbitrary<T>, params: fc.Parameters<[T]> & { numRuns: number }, predicate: (value: T) => void | Promise<void>): void {
  const limit = SECONDS_PER_RUN * 1000 * (params.numRuns + 1);
  test.prop([arbitrary], { ...params, interruptAfterTimeLimit: limit, markInterruptAsFailure: true })(title, predicate, limit + 10_000);
}
