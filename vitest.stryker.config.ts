/**
 * The vitest configuration Stryker runs (`npm run mutate`, see stryker.config.mjs): the project's own
 * configuration (aliases, the global build, timeouts) with only the unit tests of the mutated
 * folders — runtime/protocol, runtime/validation, runtime/msw and the schema builder — and the tests
 * written to kill their mutants (tests/mutation-kills/).
 *
 * Stryker reruns, for every mutant, each test file holding a test that covers it; a file's imports
 * and setup are paid again each time. The protocol compliance suites (tests/compliance/, 1,000
 * cases read from ../shared) cover nearly every line of the runtime, so with them a mutant costs
 * tens of seconds and the run of 872 mutants was estimated at 12 hours on this machine; they run
 * only with MUTATE_COMPLIANCE=1. Benchmarks, fuzzers, the browser, load, the contract suites and
 * the packed package never run here.
 *
 * Stryker 9.6.0's vitest runner records no per-test coverage under vitest 4 (stryker-js issue
 * #5928, reported against 9.6.0 and closed upstream): every mutant reruns every test that imports
 * its file, hence 7-9 s a mutant here. One worker is kept between files (`isolate: false`).
 */
import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

const UNIT_TESTS = [
  "tests/runtime/protocol/**/*.test.ts",
  "tests/runtime/validation/**/*.test.ts",
  "tests/runtime/msw/**/*.test.ts",
  "tests/schema/**/*.test.ts",
  "tests/emit/json-schema/{emit,http-parts,shape-schema,wire-constructs,wire-values}.test.ts",
  "tests/mutation-kills/**/*.test.ts",
];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // MUTATE_TESTS=kills: only tests/mutation-kills/, to check new kill tests against the survivors
    // of a full run in minutes (a mutant that survived every other test is killed iff these kill it).
    include:
      process.env.MUTATE_TESTS === "kills"
        ? ["tests/mutation-kills/**/*.test.ts"]
        : process.env.MUTATE_COMPLIANCE === "1"
          ? [...UNIT_TESTS, "tests/compliance/**/*.test.ts"]
          : UNIT_TESTS,
    isolate: false,
  },
});
