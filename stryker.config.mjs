// Mutation testing (`npm run mutate`; issue 12, "Test strength, measured"). Not part of `npm test`
// or `.ci/run`: a full run is hours on two cores. Narrow it from the command line, e.g.
//   npm run mutate -- --mutate runtime/validation/rejection.ts
//   npm run mutate -- --mutate "runtime/protocol/message.ts:20-40"
// Reports: reports/mutation/index.html and mutation.json. Incremental: a rerun retests only the
// mutants whose source or covering tests changed since .tmp/stryker-incremental.json.
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = dirname(fileURLToPath(import.meta.url));
const TEMP = ".tmp/stryker";

// Stryker copies the repository to TEMP/sandbox-XXXXXX and runs the tests there. The tests read the
// ground truth from `../shared` beside the checkout (tests/support/corpus.ts and the compliance
// suites resolve it relative to their own file), which from the sandbox is TEMP/shared: link it to
// the real one. Stryker removes only its sandbox afterwards, and TEMP only when empty, so the link
// stays and the real folder is never touched.
mkdirSync(join(ROOT, TEMP), { recursive: true });
const link = join(ROOT, TEMP, "shared");
if (!existsSync(link) && existsSync(join(ROOT, "..", "shared"))) symlinkSync(join(ROOT, "..", "shared"), link, "dir");

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.stryker.config.ts" },
  coverageAnalysis: "perTest",
  mutate: [
    "runtime/protocol/**/*.ts",
    "runtime/validation/**/*.ts",
    "runtime/msw/**/*.ts",
    "codegen/schema/**/*.ts",
    // Declarations only: nothing to mutate.
    "!runtime/protocol/protocol.ts",
  ],
  // The sandbox needs the sources, tests, generated files and configs; not the build (the tests'
  // global setup rebuilds dist/ inside the sandbox), scratch folders or reports.
  ignorePatterns: ["dist", ".tmp", ".tmp-*", "coverage", "reports", "examples/browser"],
  // Stryker would rewrite tsconfig.json's `extends` and `references` for the sandbox (it has neither)
  // through the TypeScript compiler API, which TypeScript 7's native compiler no longer has: name
  // no file, so the rewrite is skipped.
  tsconfigFile: "",
  tempDirName: TEMP,
  cleanTempDir: true,
  concurrency: 1,
  incremental: true,
  incrementalFile: ".tmp/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // Each mutant's tests rerun in one vitest worker; generous, since four other runs share the cores.
  timeoutMS: 20_000,
  timeoutFactor: 2,
  thresholds: { high: 90, low: 75, break: null },
};
