/**
 * Where the reference AWS models live: `../shared/models/aws/` (awsJson) and
 * `../shared/models/aws-restjson1/` (restJson1) beside the checkout. They are read in place, never
 * copied into the repository. When a folder is absent, `corpusModels()` / `restJson1Models()`
 * print one line saying so and throw, so a corpus test fails instead of passing on nothing.
 */
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const CORPUS_DIR = fileURLToPath(new URL("../../../shared/models/aws/", import.meta.url));
export const RESTJSON1_CORPUS_DIR = fileURLToPath(new URL("../../../shared/models/aws-restjson1/", import.meta.url));
export const PERSONALIZE_FULL = join(CORPUS_DIR, "personalize-2018-05-22.json");
export const DEFAULT_MODEL = fileURLToPath(new URL("../../model/personalize.json", import.meta.url));

/** Absolute paths of every awsJson reference model (`../shared/models/aws/`), sorted. */
export function corpusModels(): string[] {
  return modelsIn(CORPUS_DIR);
}

/** Absolute paths of every restJson1 reference model (`../shared/models/aws-restjson1/`), sorted. */
export function restJson1Models(): string[] {
  return modelsIn(RESTJSON1_CORPUS_DIR);
}

/** Every reference model, awsJson then restJson1; throws (after its one line) if either folder is absent. */
export function allCorpusModels(): string[] {
  return [...corpusModels(), ...restJson1Models()];
}

function modelsIn(dir: string): string[] {
  if (!existsSync(dir)) {
    const line = `corpus: ${dir} is absent; corpus tests cannot run and do not count as passed`;
    console.log(line);
    throw new Error(line);
  }
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => join(dir, f));
}
