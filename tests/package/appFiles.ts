/**
 * The scratch app of the packed-package test: what an app team that calls Personalize writes —
 * its package.json, a strict tsconfig, and one vitest file that uses the generated mocks, the
 * arbitraries, the runtime and the vitest matchers with the real PersonalizeClient.
 */

/**
 * What an app team installs beside smithy-contract, as the README's install section lists them
 * (versions: our lock file's, so npm's cache serves them). Neither `fast-check` nor `@smithy/types`:
 * generated files and the app's test reach them through `smithy-contract/runtime`.
 */
export const APP_PACKAGES = ["msw", "vitest", "@fast-check/vitest", "@aws-sdk/client-personalize", "@types/node"] as const;

export const APP_PACKAGE_JSON = JSON.stringify({ name: "scratch-app", version: "1.0.0", private: true, type: "module" }, null, 2) + "\n";

/**
 * The pnpm app's package.json: the tarball and {@link APP_PACKAGES} at the given versions, nothing
 * else. With pnpm's strict (isolated) layout the app reaches only what it lists.
 */
export function pnpmAppPackageJson(tarball: string, versions: Readonly<Record<string, string>>): string {
  const devDependencies: Record<string, string> = { "smithy-contract": `file:${tarball}` };
  for (const name of APP_PACKAGES) devDependencies[name] = versions[name]!;
  return JSON.stringify({ name: "scratch-pnpm-app", version: "1.0.0", private: true, type: "module", devDependencies }, null, 2) + "\n";
}

/**
 * Strict, nodenext, the DOM lib msw's types need, and every declaration file checked (skipLibCheck
 * off), so errors in ours show; the test sets aside those of third-party packages.
 */
export const APP_TSCONFIG =
  JSON.stringify(
    {
      compilerOptions: {
        target: "es2022",
        lib: ["es2023", "dom"],
        module: "nodenext",
        moduleResolution: "nodenext",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        verbatimModuleSyntax: true,
        types: ["node"],
      },
      include: ["src", "test"],
    },
    null,
    2,
  ) + "\n";

/**
 * Type-level expectations: were the shipped declarations lost to \`any\` (an unresolved import in a
 * .d.ts, a missing \`types\` condition), these \`@ts-expect-error\` lines would be unused errors.
 */
const TYPE_CHECKS = `
// Never called: tsc checks that the types flow from the shipped declarations.
export function typeChecks(): void {
  // @ts-expect-error status is a string in the SDK types the generated helper takes
  describeDatasetImportJob({ datasetImportJob: { status: 42 } });
  // @ts-expect-error the generated mock's operations are typed
  describeDatasetImportJob.error("NoSuchError", {});
  // @ts-expect-error createAjv's options are typed (smithy-contract/runtime)
  createAjv({ lenient: "yes" });
  // @ts-expect-error the matchers take the generated contract (smithy-contract/vitest)
  expect({}).toMatchOperationOutput("personalize", "DescribeDatasetImportJob");
  // @ts-expect-error fc is fast-check, typed (smithy-contract/runtime)
  fc.integer({ min: "0" });
}
`;

/** A build script of the app over the library entry (type-checked only). */
export const APP_TOOL = `import { generateService, type GeneratedService } from "smithy-contract";

export const service: GeneratedService = generateService({ model: "model/personalize.json", operations: ["DescribeDatasetImportJob"] });
export const paths: string[] = service.files.map((f) => f.path);
// @ts-expect-error the model file is required
generateService({ operations: [] });
`;

/** How many tests {@link appTest} holds (the scratch run must pass exactly these). */
export const APP_TEST_COUNT = 6;

/**
 * The app's test for the msw it installed: msw 3 renamed `listen`'s `onUnhandledRequest` option to
 * `onUnhandledFrame`, as an app team on msw 3 writes it.
 */
export const appTest = (mswVersion: string): string => `import { DescribeDatasetImportJobCommand, PersonalizeClient, ResourceNotFoundException } from "@aws-sdk/client-personalize";
import { test } from "@fast-check/vitest";
import { setupServer } from "msw/node";
import { createAjv, fc } from "smithy-contract/runtime";
import "smithy-contract/vitest";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { arbitraries, contract, describeDatasetImportJob, personalizeHandlers, type DescribeDatasetImportJobResponse } from "../src/generated/personalize/index.js";

const server = setupServer(...personalizeHandlers({ seed: 7 }));
beforeAll(() => server.listen({ ${Number(mswVersion.split(".")[0]) >= 3 ? "onUnhandledFrame" : "onUnhandledRequest"}: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = new PersonalizeClient({ region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 });
const ARN = "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/job-1";
const describe = (arn = ARN) => client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }));

it("answers with seeded data that the contract accepts", async () => {
  const out = await describe();
  expect(out.$metadata.httpStatusCode).toBe(200);
  expect(out).toMatchOperationOutput(contract, "DescribeDatasetImportJob");
});

it("answers with the test's own output, reaching the client as that SDK value", async () => {
  const own: DescribeDatasetImportJobResponse = {
    datasetImportJob: { jobName: "import-1", datasetImportJobArn: ARN, status: "ACTIVE", creationDateTime: new Date("2024-01-02T03:04:05.678Z") },
  };
  server.use(describeDatasetImportJob(own));
  const { $metadata: _, ...out } = await describe();
  expect(out).toEqual(own);
});

it("answers a modeled error as the SDK's exception class", async () => {
  server.use(describeDatasetImportJob.error("ResourceNotFoundException", { message: "no such job" }));
  const failure = describe();
  await expect(failure).rejects.toBeInstanceOf(ResourceNotFoundException);
  await expect(failure).rejects.toMatchOperationError(contract, "DescribeDatasetImportJob", "ResourceNotFoundException");
});

it("rejects a request that breaks the contract, as AWS does", async () => {
  await expect(describe("x".repeat(300))).rejects.toMatchObject({ name: "ValidationException" });
});

it("draws only wire values the output schema accepts", () => {
  const valid = createAjv().compile(contract.operations["DescribeDatasetImportJob"]!.output);
  fc.assert(fc.property(arbitraries.operations.DescribeDatasetImportJob.output.wire, (v) => valid(v) === true), { numRuns: 50, seed: 1 });
});

// @fast-check/vitest runs the generated arbitraries (fast-check reached through it and through us alike).
test.prop([arbitraries.operations.DescribeDatasetImportJob.output.sdk], { numRuns: 20, seed: 2 })("any valid output reaches the client as that SDK value", async (output) => {
  server.use(describeDatasetImportJob(output));
  const { $metadata: _, ...out } = await describe();
  expect(out).toEqual(output);
});
${TYPE_CHECKS}`;

/** A plain-Node script (no vitest, no loader) over the package's library entry. */
export const LIBRARY_SCRIPT = `import { generateService, loadModelText, ModelError, VERSION } from "smithy-contract";
import { createRequire } from "node:module";
const model = createRequire(import.meta.url).resolve("smithy-contract/package.json").replace(/package\\.json$/, "model/personalize.json");
const service = generateService({ model });
let modelError = "";
try { loadModelText("{", "broken.json"); } catch (e) { modelError = e instanceof ModelError ? "ModelError" : String(e && e.name); }
console.log(JSON.stringify({ version: VERSION, dir: service.dir, files: service.files.map((f) => f.path), modelError }));
`;

/** A module-resolution hook that makes the optional peers unresolvable, as in an app without them. */
export const NO_PEERS_HOOKS = `export async function resolve(specifier, context, next) {
  const peer = /^(msw|vitest)(\\/|$)/.exec(specifier);
  if (peer) throw new Error(\`optional peer \${peer[1]} loaded (\${specifier})\`);
  return next(specifier, context);
}
`;

/** `node --import ./no-peers.mjs …` registers {@link NO_PEERS_HOOKS}. */
export const NO_PEERS_REGISTER = `import { register } from "node:module";
register("./no-peers-hooks.mjs", import.meta.url);
`;
