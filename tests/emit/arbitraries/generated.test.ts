/**
 * The generated `arbitraries.ts`, written to a scratch folder under the repository, imported and run:
 * every shape's pairs have a well-formed wire side (checked by the independent reference in
 * wireCheck.ts) and an SDK side equal to what the SDK's deserializer makes of that wire value. For the
 * default closure, and for every operation of every reference AWS model.
 */
import * as fc from "fast-check";
import { sep } from "node:path";
import { describe, expect, it } from "vitest";
import { closure, selectService, type Closure } from "../../../codegen/model/closure.ts";
import { loadModelFile } from "../../../codegen/model/load.ts";
import { corpusModels, DEFAULT_MODEL } from "../../support/corpus.ts";
import { useScratch, type GeneratedModule } from "./scratch.ts";
import { sdkFromWire, wireProblems } from "./wireCheck.ts";

const SEED = 11_2025_0601;
const generate = useScratch("arbitraries");

/** Draws `numRuns` pairs of every shape and checks both sides against the reference. */
function checkEveryShape(c: Closure, mod: GeneratedModule, numRuns: number): number {
  let checked = 0;
  expect(Object.keys(mod.pairs).length).toBe(c.shapes.length);
  for (const shape of c.shapes) {
    const arb = mod.pairs[c.service.rename[shape.id] ?? shape.name];
    expect(arb, shape.id).toBeInstanceOf(fc.Arbitrary);
    for (const { wire, sdk } of fc.sample(arb!, { numRuns, seed: SEED })) {
      expect(wireProblems(shape, shape.traits, wire), shape.id).toEqual([]);
      expect(JSON.parse(JSON.stringify(wire)), shape.id).toEqual(wire);
      expect(sdk, shape.id).toEqual(sdkFromWire(shape, shape.traits, wire));
      checked++;
    }
  }
  return checked;
}

describe("generated arbitraries.ts, imported", () => {
  it("default closure (DescribeDatasetImportJob): every shape well-formed, SDK side as the SDK reads it, replayable", async () => {
    const model = loadModelFile(DEFAULT_MODEL);
    const c = closure(model, selectService(model), ["DescribeDatasetImportJob"]);
    const mod = await generate(c, "default");
    checkEveryShape(c, mod, 40);

    const op = mod.operations.DescribeDatasetImportJob!;
    expect(Object.keys(op.errors)).toEqual(["InvalidInputException", "ResourceNotFoundException"]);
    const pairs = fc.sample(op.output.pair, { numRuns: 20, seed: SEED });
    expect(fc.sample(op.output.wire, { numRuns: 20, seed: SEED })).toEqual(pairs.map((p) => p.wire));
    expect(fc.sample(op.output.sdk, { numRuns: 20, seed: SEED })).toEqual(pairs.map((p) => p.sdk));
    expect(fc.sample(mod.wire.DescribeDatasetImportJobResponse!, { numRuns: 20, seed: SEED })).toEqual(pairs.map((p) => p.wire));
    expect(fc.sample(op.output.pair, { numRuns: 20, seed: SEED })).toEqual(pairs);

    // Every optional member of the job shows up, and is left out, somewhere in a modest sample.
    const jobs = fc.sample(mod.wire.DatasetImportJob!, { numRuns: 100, seed: SEED }) as Record<string, unknown>[];
    const job = c.shapes.find((s) => s.name === "DatasetImportJob")!;
    if (job.kind !== "structure") throw new Error("DatasetImportJob is a structure");
    for (const m of job.members) {
      expect(jobs.some((j) => m.name in j), m.name).toBe(true);
      expect(jobs.some((j) => !(m.name in j)), m.name).toBe(true);
    }
    expect(fc.sample(op.input.wire, { numRuns: 20, seed: SEED }).every((v) => typeof (v as { datasetImportJobArn?: unknown }).datasetImportJobArn === "string")).toBe(true);
  });

  it("every operation of every reference AWS model: every shape well-formed, SDK side as the SDK reads it", async () => {
    const counts: Record<string, number> = {};
    for (const file of corpusModels()) {
      const model = loadModelFile(file);
      const c = closure(model, selectService(model));
      const name = file.slice(file.lastIndexOf(sep) + 1).replace(/\.json$/, "");
      const mod = await generate(c, name);
      counts[name] = checkEveryShape(c, mod, 6);
      expect(Object.keys(mod.operations)).toEqual(c.operations.map((o) => o.name));
    }
    expect(Object.keys(counts)).toHaveLength(8);
  });
});
