/**
 * The vitest configuration Stryker runs (`npm run mutate`, see stryker.config.mjs): the project's own
 * configuration (aliases, the global build, timeouts) with only the tests of the mutated folders —
 * runtime/protocol, runtime/validation, runtime/msw and the schema builder — and the tests written to
 * kill their mutants. Benchmarks, fuzzers, the browser, load, the contract suites and the packed
 * package stay out: each mutant reruns the tests that cover it, and those would make a run take days.
 */
import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      "tests/runtime/protocol/**/*.test.ts",
      "tests/runtime/validation/**/*.test.ts",
      "tests/runtime/msw/**/*.test.ts",
      "tests/schema/**/*.test.ts",
      "tests/emit/json-schema/{emit,http-parts,shape-schema,wire-constructs,wire-values}.test.ts",
      "tests/compliance/**/*.test.ts",
      "tests/mutation-kills/**/*.test.ts",
    ],
  },
});
