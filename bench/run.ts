/**
 * `npm run bench`: what our pieces cost, each as a ratio against a baseline run side by side in
 * the same process (see harness.ts). Nothing here asserts a time; read the ratios across commits.
 *
 * Run with `node --expose-gc` (the npm script does) for steadier heap figures.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as fc from "fast-check";
import { generateService } from "../codegen/generate.ts";
import { closure, selectService } from "../codegen/model/closure.ts";
import { loadModelFile } from "../codegen/model/load.ts";
import { buildSchemas } from "../codegen/schema/index.ts";
import { stringMatching } from "../runtime/arbitraries/stringMatching.ts";
import { readLeniently } from "../runtime/serde/lenient.ts";
import { createAjv } from "../runtime/validation/ajv.ts";
import { toViolations } from "../runtime/validation/violations.ts";
import { report, run, runAsync, type Result } from "./harness.ts";
import { idlBenchmarks } from "./idl.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const FULL = here("../../shared/models/aws/personalize-2018-05-22.json");
const DEFAULT = here("../model/personalize.json");
const model = (() => {
  try {
    readFileSync(FULL);
    return FULL;
  } catch {
    console.log(`bench: ${FULL} is absent; model benchmarks use ${DEFAULT}`);
    return DEFAULT;
  }
})();

const results: Result[] = [];

// 1. Loading: the typed shape graph against parsing the same bytes.
results.push(
  run({
    name: `load ${model.split("/").pop()} into the shape graph`,
    baselineName: "JSON.parse of the file",
    baseline: () => JSON.parse(readFileSync(model, "utf8")),
    subject: () => loadModelFile(model),
    rounds: 11,
  }),
);

// 2. Generation: every emitter against loading alone.
results.push(
  run({
    name: `generate every file for ${model.split("/").pop()}`,
    baselineName: "loading the model",
    baseline: () => loadModelFile(model),
    subject: () => generateService({ model }),
    rounds: 7,
  }),
);

// 3. Constrained strings by construction against fast-check's stringMatching filtered to the length.
const ARN = "^arn:([a-z\\d-]+):personalize:.*:.*:.+$";
const ours = stringMatching(ARN, { minLength: 0, maxLength: 256 });
const filtered = fc.stringMatching(new RegExp(ARN)).filter((s) => s.length <= 256);
let seed = 1;
results.push(
  run({
    name: "200 ARNs matching @pattern within @length (by construction)",
    baselineName: "fc.stringMatching(...).filter(length)",
    baseline: () => fc.sample(filtered, { seed: seed++, numRuns: 200 }),
    subject: () => fc.sample(ours, { seed: seed++, numRuns: 200 }),
    rounds: 11,
  }),
);

// 4. Request checking as the mock does it (lenient read + validation + violations) against bare ajv.
const m = loadModelFile(DEFAULT);
const c = closure(m, selectService(m));
const input = buildSchemas(c).find((e) => e.path === "schemas/DescribeDatasetImportJob.input.schema.json")!.schema as Record<string, unknown>;
const strict = createAjv().compile(input);
const lenient = createAjv({ lenient: true }).compile(input);
const good = { datasetImportJobArn: "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/x", extra: null };
const bad = { datasetImportJobArn: "x".repeat(300) };
results.push(
  run({
    name: "check 1,000 requests as the mock reads them (half invalid, with violations)",
    baselineName: "bare ajv validate of the same bodies",
    baseline: () => {
      for (let i = 0; i < 1000; i++) strict(i % 2 ? bad : { datasetImportJobArn: good.datasetImportJobArn });
    },
    subject: () => {
      for (let i = 0; i < 1000; i++) {
        const body = readLeniently(structuredClone(i % 2 ? bad : good), input);
        if (!lenient(body)) toViolations(lenient.errors, input, body);
      }
    },
    rounds: 11,
  }),
);

// 5. NDJSON validation per line against JSON.parse per line.
const lines = Array.from({ length: 2000 }, (_, i) =>
  JSON.stringify({ datasetImportJobArn: i % 10 === 0 ? "bad" : `arn:aws:personalize:us-east-1:1:dataset-import-job/${i}` }),
);
results.push(
  run({
    name: "validate 2,000 NDJSON lines (10% invalid, violations formatted)",
    baselineName: "JSON.parse of each line",
    baseline: () => lines.map((l) => JSON.parse(l)),
    subject: () => {
      let invalid = 0;
      for (const l of lines) {
        const v = JSON.parse(l);
        if (!strict(v)) invalid += toViolations(strict.errors, input, v).length;
      }
      return invalid;
    },
    rounds: 11,
  }),
);

// 6. A DescribeDatasetImportJob through the real SDK client: our mock (routing, lenient read,
// validation, seeded answer, lifecycle, strict output check) against a bare msw handler that
// answers a fixed body. Both go through msw and the client, so the ratio is our mock's overhead.
const { DescribeDatasetImportJobCommand, PersonalizeClient } = await import("@aws-sdk/client-personalize");
const { http, HttpResponse } = await import("msw");
const { setupServer } = await import("msw/node");
const { createPersonalizeMock } = await import("../generated/personalize/msw.ts");
const fixed = { datasetImportJob: { jobName: "bench", status: "ACTIVE", datasetImportJobArn: "arn:aws:personalize:us-east-1:1:dataset-import-job/b" } };
const bare = setupServer(http.post("https://personalize.us-east-1.amazonaws.com/", () => HttpResponse.json(fixed, { headers: { "content-type": "application/x-amz-json-1.1" } })));
const ourServer = setupServer(...createPersonalizeMock({ seed: 1, lifecycle: false }).handlers);
const client = new PersonalizeClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 });
let n = 0;
const describe = () => client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: `arn:aws:personalize:us-east-1:1:dataset-import-job/j${n++ % 50}` }));
results.push(
  await runAsync({
    name: "DescribeDatasetImportJob through the real SDK client, answered by our mock",
    baselineName: "a bare msw handler with a fixed body",
    baseline: async () => {
      bare.listen();
      try {
        for (let i = 0; i < 20; i++) await describe();
      } finally {
        bare.close();
      }
    },
    subject: async () => {
      ourServer.listen();
      try {
        for (let i = 0; i < 20; i++) await describe();
      } finally {
        ourServer.close();
      }
    },
    rounds: 9,
  }),
);

// 7. Smithy IDL: the protocol-test models read from IDL against their JSON AST (see idl.ts).
results.push(...idlBenchmarks());

process.stdout.write(report(results));
