/**
 * What single pieces cost, each a ratio against a baseline in the same process (figures without a
 * target, read across commits): loading a model, drawing constrained strings, reading requests as
 * the mock does, and Smithy IDL against its JSON AST (idl.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as fc from "fast-check";
import { closure, selectService } from "../../codegen/model/closure.ts";
import { loadModelFile } from "../../codegen/model/load.ts";
import { buildSchemas } from "../../codegen/schema/index.ts";
import { stringMatching } from "../../runtime/arbitraries/stringMatching.ts";
import { readLeniently } from "../../runtime/serde/lenient.ts";
import { createAjv } from "../../runtime/validation/ajv.ts";
import { toViolations } from "../../runtime/validation/violations.ts";
import { ratioFigure, run, type Figure, type Size } from "../harness.ts";
import { idlBenchmarks } from "../idl.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const FULL = here("../../../shared/models/aws/personalize-2018-05-22.json");
const DEFAULT = here("../../model/personalize.json");

export function pieceFigures(size: Size): Figure[] {
  const rounds = size === "tiny" ? 3 : 11;
  const model = existsSync(FULL) ? FULL : DEFAULT;
  const figures: Figure[] = [];

  figures.push(
    ratioFigure(
      run({ name: `load ${model.split("/").pop()} into the shape graph`, baselineName: "JSON.parse of the file", baseline: () => JSON.parse(readFileSync(model, "utf8")), subject: () => loadModelFile(model), rounds }),
      "load",
    ),
  );

  const ARN = "^arn:([a-z\\d-]+):personalize:.*:.*:.+$";
  const ours = stringMatching(ARN, { minLength: 0, maxLength: 256 });
  const filtered = fc.stringMatching(new RegExp(ARN)).filter((s) => s.length <= 256);
  let seed = 1;
  figures.push(
    ratioFigure(
      run({
        name: "200 ARNs matching @pattern within @length (by construction)",
        baselineName: "fc.stringMatching(...).filter(length)",
        baseline: () => fc.sample(filtered, { seed: seed++, numRuns: 200 }),
        subject: () => fc.sample(ours, { seed: seed++, numRuns: 200 }),
        rounds,
      }),
      "200 draws",
    ),
  );

  const m = loadModelFile(DEFAULT);
  const input = buildSchemas(closure(m, selectService(m))).find((e) => e.path === "schemas/DescribeDatasetImportJob.input.schema.json")!.schema as Record<string, unknown>;
  const strict = createAjv().compile(input);
  const lenient = createAjv({ lenient: true }).compile(input);
  const good = { datasetImportJobArn: "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/x", extra: null };
  const bad = { datasetImportJobArn: "x".repeat(300) };
  figures.push(
    ratioFigure(
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
        rounds,
      }),
      "1,000 requests",
    ),
  );

  for (const r of idlBenchmarks(size === "tiny" ? 3 : 15)) figures.push(ratioFigure(r, "read"));
  return figures;
}
