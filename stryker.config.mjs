// Mutation testing (`npm run mutate`; issue 12, "Test strength, measured"). Not part of `npm test`
// or `.ci/run`: a full run is hours on two cores. Narrow it from the command line, e.g.
//   npm run mutate -- --mutate runtime/validation/rejection.ts
//   npm run mutate -- --mutate "runtime/protocol/message.ts:20-40"
// Reports: reports/mutation/index.html and mutation.json. Incremental: a rerun retests only the
// mutants whose source or covering tests changed since .tmp/stryker-incremental.json. But with
// vitest 4 this runner (9.6.0) reports no per-test coverage (stryker-js #5928), and without it
// Stryker reuses every earlier result whatever the tests did: after changing tests, add --force.
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

// Measured (issue 12), on runtime/validation/{pointer,blob-lengths}.ts and
// runtime/protocol/{message,error-document}.ts, 286 mutants: 167 killed (58.4 %) before
// tests/mutation-kills/, 270 (94.4 %) after. The 16 survivors are equivalent:
// - pointer.ts:23 `includes("~")` → `includes("")`, and :35 `tokens === undefined` → true: the
//   replace finds nothing without a `~`; parsing again gives the tokens the cache held.
// - pointer.ts:42 (4 mutants) the cache's bound (>=, >, <, true, false): only memory differs.
// - pointer.ts:146, message.ts:79 `key === "__proto__"` → true: defineProperty with an all-true
//   descriptor on a plain object is what assignment does for every other key.
// - message.ts:70 `body === null ? null : body` → body: `new Response(null)` either way.
// - blob-lengths.ts:31 `value === undefined` → false: every branch returns [] for undefined.
// - blob-lengths.ts:44, :45 `minLength !== undefined` → true: `bytes < undefined` is false.
// - blob-lengths.ts:51 `typeof value === "object"` → true: a string's entries are single
//   characters, never base64; a number's or boolean's entries are none.
// - blob-lengths.ts:54 (3 mutants) structures read from arrays or strings: their only own member
//   with a Smithy member name is `length`, a number, which no plan turns into an error.
