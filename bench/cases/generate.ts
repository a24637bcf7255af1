/**
 * Generation, in process: every file for the full Personalize model (against loading it alone,
 * shown beside), and every file for every model of `../shared/models/aws/`; and the size of the
 * biggest generated contract, DynamoDB's `contract.ts`.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateService } from "../../codegen/generate.ts";
import { loadModelFile } from "../../codegen/model/load.ts";
import { medianMs, type Figure, type Size } from "../harness.ts";

const CORPUS = fileURLToPath(new URL("../../../shared/models/aws/", import.meta.url));

export async function generateFigures(size: Size): Promise<Figure[]> {
  if (!existsSync(CORPUS)) {
    console.log(`bench: ${CORPUS} is absent; the generation figures cannot be measured`);
    return [{ name: "generation (corpus absent)", value: Number.NaN, unit: "ms", target: { op: "<=", value: 0 }, detail: `${CORPUS} is absent` }];
  }
  const rounds = size === "tiny" ? 2 : 9;
  const personalize = join(CORPUS, "personalize-2018-05-22.json");
  const all = readdirSync(CORPUS).filter((f) => f.endsWith(".json")).sort().map((f) => join(CORPUS, f));
  // A tiny run only proves the code runs: two models stand for the corpus.
  const models = size === "tiny" ? all.slice(0, 2) : all;
  const load = await medianMs(() => loadModelFile(personalize), rounds);
  const one = await medianMs(() => generateService({ model: personalize }), rounds);
  const corpus = await medianMs(() => {
    for (const model of models) generateService({ model });
  }, size === "tiny" ? 1 : 5);
  const ddb = generateService({ model: join(CORPUS, "dynamodb-2012-08-10.json") }).files.find((f) => f.path === "contract.ts")!;
  return [
    { name: "generate every file for the full Personalize model, in process", value: one, unit: "ms", target: { op: "<=", value: 100 }, detail: `loading the model alone ${load.toFixed(1)} ms` },
    { name: `generate every file for every model of ../shared/models/aws/ (${models.length})`, value: corpus / 1000, unit: "s", target: { op: "<=", value: 2 }, detail: `median of ${size === "tiny" ? 1 : 5} runs` },
    { name: "generated contract.ts for DynamoDB", value: Buffer.byteLength(ddb.contents) / 1000, unit: "KB", target: { op: "<=", value: 250 }, detail: "bytes / 1000; one $defs, one copy of each error, packed plans" },
  ];
}
