/**
 * Where the reference AWS models live: `../shared/models/aws/` beside the checkout. They are read in
 * place, never copied into the repository. When the folder is absent, `corpusModels()` prints one
 * line saying so and throws, so a corpus test fails instead of passing on nothing.
 */
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const CORPUS_DIR = fileURLToPath(new URL("../../../shared/models/aws/", import.meta.url));
export const PERSONALIZE_FULL = join(CORPUS_DIR, "personalize-2018-05-22.json");
export const DEFAULT_MODEL = fileURLToPath(new URL("../../model/personalize.json", import.meta.url));

/** Absolute paths of every reference model, sorted. */
export function corpusModels(): string[] {
  if (!existsSync(CORPUS_DIR)) {
    const line = `corpus: ${CORPUS_DIR} is absent; corpus tests cannot run and do not count as passed`;
    console.log(line);
    throw new Error(line);
  }
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".json")).sort().map((f) => join(CORPUS_DIR, f));
}
