/**
 * Every wire value the generated arbitraries draw validates against the wire JSON Schema the JSON
 * Schema emitter writes for it (compiled with the project's ajv configuration): operation inputs,
 * outputs, and error bodies (with the `__type` a service adds). For the default closure and for every
 * operation of every reference AWS model.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emitJsonSchemas } from "../../../codegen/emit/json-schema/index.ts";
import { closure, selectService, type Closure } from "../../../codegen/model/closure.ts";
import { loadModelFile } from "../../../codegen/model/load.ts";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { corpusModels, DEFAULT_MODEL, PERSONALIZE_FULL } from "../../support/corpus.ts";
import { useScratch } from "./scratch.ts";

const SEED = 9_2025_0612;
const generate = useScratch("arbitraries-schema");

async function checkAgainstSchemas(c: Closure, name: string, numRuns: number): Promise<number> {
  const mod = await generate(c, name);
  const ctx = { modelFile: c.model.file, modelSha256: c.model.sha256, tool: "smithy-contract test" };
  const schemas = new Map(emitJsonSchemas(c, ctx).map((f) => [f.path, JSON.parse(f.contents) as object]));
  const ajv = createAjv();
  let validated = 0;
  const check = (path: string, arb: fc.Arbitrary<unknown>, addType?: string) => {
    const schema = schemas.get(path);
    expect((schema as { $schema?: string } | undefined)?.$schema, path).toBe("https://json-schema.org/draft/2020-12/schema");
    const validate = ajv.compile(schema!);
    for (const value of fc.sample(arb, { numRuns, seed: SEED })) {
      const body = addType === undefined ? value : { ...(value as object), __type: addType };
      expect(validate(body) ? [] : validate.errors, `${path}: ${JSON.stringify(body).slice(0, 300)}`).toEqual([]);
      validated++;
    }
  };
  const unsupported = new Set(c.unsupported.map((u) => u.operation)); // no JSON bodies, no schemas
  for (const op of c.operations.filter((o) => !unsupported.has(o.name))) {
    const sides = mod.operations[op.name]!;
    if (op.input.kind === "structure") check(`schemas/${op.name}.input.schema.json`, sides.input.wire);
    if (op.output.kind === "structure") check(`schemas/${op.name}.output.schema.json`, sides.output.wire);
  }
  for (const error of c.errors) check(`schemas/${error.name}.error.schema.json`, mod.wire[error.name]!, error.name);
  return validated;
}

describe("generated wire values against the emitted JSON Schemas (ajv)", () => {
  it("default closure (DescribeDatasetImportJob): inputs, outputs and error bodies", async () => {
    const model = loadModelFile(DEFAULT_MODEL);
    expect(await checkAgainstSchemas(closure(model, selectService(model), ["DescribeDatasetImportJob"]), "default", 50)).toBe(200);
  });

  it("every operation of the full Personalize model", async () => {
    corpusModels(); // fails with one clear line when the reference models are absent
    const model = loadModelFile(PERSONALIZE_FULL);
    const c = closure(model, selectService(model));
    expect(c.operations).toHaveLength(71);
    expect(await checkAgainstSchemas(c, "personalize", 8)).toBeGreaterThan(71 * 8);
  });

  it("every operation of every other reference AWS model (Kinesis's event stream excepted: it has no schema)", async () => {
    for (const file of corpusModels().filter((f) => f !== PERSONALIZE_FULL)) {
      const model = loadModelFile(file);
      const c = closure(model, selectService(model));
      expect(await checkAgainstSchemas(c, c.service.name, 4), file).toBeGreaterThan(0);
    }
  }, 180_000); // seven models × every operation: about 15 s alone, minutes on a busy machine
});
