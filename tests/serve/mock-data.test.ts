/**
 * What `serve` builds in memory from the model is what generated code holds: the contract object
 * equals the generated `contract.ts`'s, the interpreted arbitraries draw exactly what the generated
 * `arbitraries.ts` draws for the same seed (default model and every reference AWS model), and a
 * mock made from them answers a sequence of requests byte for byte as the generated mock does.
 */
import * as fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { getResponse } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exhaustiveArbitraries, type ExhaustiveArbitraries as ServiceArbitraries } from "../../runtime/data/exhaustive.ts";
import { buildMockData } from "../../codegen/contract/mock-data.ts";
import { sharedContract } from "../../codegen/contract/share.ts";
import { buildServiceContract } from "../../codegen/contract/service-contract.ts";
import { emitArbitraries } from "../../codegen/emit/arbitraries/index.ts";
import { emitContract } from "../../codegen/emit/contract/index.ts";
import { closure, selectService, type Closure } from "../../codegen/model/closure.ts";
import { loadModelFile } from "../../codegen/model/load.ts";
import { loadClosure } from "../../codegen/load-closure.ts";
import * as generatedArbitraries from "../../generated/personalize/arbitraries.ts";
import { contract as generatedContract } from "../../generated/personalize/contract.ts";
import { createPersonalizeMock } from "../../generated/personalize/msw.ts";
import { createServiceMock } from "../../runtime/msw/index.ts";
import { corpusModels, DEFAULT_MODEL } from "../support/corpus.ts";
import { ROOT } from "./child.ts";

const SEED = 7_2026;
const OVERLAY = join(ROOT, "model", "personalize.overlay.json");

/** The embedded model as `generate` loads it: with its overlay (lifecycles, resources, errata). */
function defaultLoaded() {
  return loadClosure({ model: DEFAULT_MODEL, overlay: OVERLAY });
}

function defaultClosure(): Closure {
  return defaultLoaded().closure;
}

/** `numRuns` draws, or the message of what drawing threw (an unsupported pattern throws on draw). */
function draws(arbitrary: fc.Arbitrary<unknown> | undefined, numRuns: number): unknown {
  if (arbitrary === undefined) return "missing";
  try {
    return fc.sample(arbitrary, { seed: SEED, numRuns });
  } catch (e) {
    return { threw: e instanceof Error ? e.message : String(e) };
  }
}

/** Every shape's and every operation's draws from generated and interpreted arbitraries agree. */
function expectSameDraws(generated: ServiceArbitraries, interpreted: ServiceArbitraries, numRuns: number, unsupported: readonly string[] = []): void {
  expect(Object.keys(interpreted.pairs).sort()).toEqual(Object.keys(generated.pairs).sort());
  for (const key of Object.keys(generated.pairs)) expect(draws(interpreted.pairs[key], numRuns), key).toEqual(draws(generated.pairs[key], numRuns));
  // The contract leaves out what a JSON mock cannot serve (event streams); arbitraries.ts keeps them.
  expect(Object.keys(interpreted.operations)).toEqual(Object.keys(generated.operations).filter((name) => !unsupported.includes(name)));
  for (const [name, op] of Object.entries(generated.operations)) {
    if (unsupported.includes(name)) continue;
    const mine = interpreted.operations[name]!;
    expect(draws(mine.input.pair, numRuns), `${name} input`).toEqual(draws(op.input.pair, numRuns));
    expect(draws(mine.output.wire, numRuns), `${name} output`).toEqual(draws(op.output.wire, numRuns));
    expect(Object.keys(mine.errors)).toEqual(Object.keys(op.errors));
    for (const [error, sides] of Object.entries(op.errors)) expect(draws(mine.errors[error]!.sdk, numRuns), `${name} ${error}`).toEqual(draws(sides.sdk, numRuns));
  }
}

let scratch = "";
beforeAll(() => {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  scratch = mkdtempSync(join(ROOT, ".tmp", "serve-arbitraries-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The emitted `arbitraries.ts` of a closure, written under the repository and imported. */
async function importEmitted(c: Closure, name: string): Promise<ServiceArbitraries> {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "arbitraries.ts");
  const ctx = { modelFile: c.model.file, modelSha256: c.model.sha256, tool: "smithy-contract test" };
  writeFileSync(file, emitArbitraries(c, ctx)[0]!.contents);
  writeFileSync(join(dir, "contract.ts"), emitContract(c, ctx)[0]!.contents);
  return (await import(pathToFileURL(file).href)) as ServiceArbitraries;
}

describe("serve's in-memory contract and arbitraries", () => {
  it("buildServiceContract equals the committed generated contract.ts (with the overlay's lifecycle)", () => {
    const { closure: c, overlay } = defaultLoaded();
    // The committed file shares one $defs and one object per error between operations (codegen/contract/share.ts).
    expect(sharedContract(buildServiceContract(c, overlay)).contract).toEqual(generatedContract);
    expect(buildServiceContract(c).lifecycles).toBeUndefined();
  });

  it("default model: interpreted arbitraries draw what the committed arbitraries.ts draws", () => {
    expectSameDraws(generatedArbitraries as unknown as ServiceArbitraries, exhaustiveArbitraries(buildServiceContract(defaultClosure())), 30);
  });

  it("every reference AWS model: interpreted arbitraries draw what the emitted arbitraries.ts draws", async () => {
    const names: string[] = [];
    for (const file of corpusModels()) {
      const model = loadModelFile(file);
      const c = closure(model, selectService(model));
      const name = file.slice(file.lastIndexOf(sep) + 1).replace(/\.json$/, "");
      expectSameDraws(await importEmitted(c, name), exhaustiveArbitraries(buildServiceContract(c)), 3, c.unsupported.map((u) => u.operation));
      names.push(name);
    }
    expect(names).toHaveLength(8);
  }, 180_000); // eight models, generated and drawn: about 10 s alone, minutes on a busy machine

  it("a mock from buildMockData answers a request sequence exactly as the generated mock does", async () => {
    const { closure: c, overlay } = defaultLoaded();
    const data = buildMockData(c, overlay);
    const options = { seed: 7, validationError: "InvalidInputException" };
    const mine = createServiceMock(data.contract, data).create(options);
    const theirs = createPersonalizeMock(options);
    const bodies = [
      { datasetImportJobArn: "arn:aws:personalize:us-east-1:1:dataset-import-job/a" },
      { datasetImportJobArn: "arn:aws:personalize:us-east-1:1:dataset-import-job/b" },
      { datasetImportJobArn: "arn:aws:personalize:us-east-1:1:dataset-import-job/a" },
      { datasetImportJobArn: "bad" },
      {},
      { datasetImportJobArn: "arn:aws:personalize:us-east-1:1:dataset-import-job/a" },
    ];
    const answer = async (handlers: typeof mine.handlers, body: unknown) => {
      const request = new Request("https://personalize.eu-west-1.amazonaws.com/", {
        method: "POST",
        headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "AmazonPersonalize.DescribeDatasetImportJob" },
        body: JSON.stringify(body),
      });
      const response = (await getResponse(handlers, request))!;
      return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
    };
    const statuses: number[] = [];
    for (const body of bodies) {
      const want = await answer(theirs.handlers, body);
      expect(await answer(mine.handlers, body)).toEqual(want);
      statuses.push(want.status);
    }
    expect(statuses).toEqual([200, 200, 200, 400, 400, 200]);
  });
});
