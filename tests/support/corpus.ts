/**
 * Where the reference AWS models live: `../shared/models/aws/` (awsJson) and
 * `../shared/models/aws-restjson1/` (restJson1) beside the checkout. They are read in place, never
 * copied into the repository. When a folder is absent, `corpusModels()` / `restJson1Models()`
 * print one line saying so and throw, so a corpus test fails instead of passing on nothing.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
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

/** One correction of a reference model, in the overlay's errata form (see model/personalize.overlay.json). */
export interface CorpusErratum {
  readonly shape: string;
  readonly trait: string;
  readonly value: string;
  readonly reason: string;
}

/**
 * Corrections a reference model needs before values can be drawn for it, by model file. Only for
 * tests that draw values (mocks answering, arbitraries); everything else reads the models as they are.
 */
export const CORPUS_ERRATA: Readonly<Record<string, readonly CorpusErratum[]>> = {
  "dataexchange-2017-07-25.json": [
    {
      shape: "com.amazonaws.dataexchange#AwsAccountId",
      trait: "smithy.api#pattern",
      value: "^[\\d]{12}$",
      reason: "The model writes the pattern between slashes (/^[\\d]{12}$/), which Java reads as a literal '/' before '^': no string matches it, so no account id can be drawn.",
    },
  ],
};

/** Writes an overlay with `model`'s errata into `dir` and returns its path; undefined when the model needs none. */
export function errataOverlay(model: string, dir: string): string | undefined {
  const errata = CORPUS_ERRATA[model.split("/").pop()!];
  if (errata === undefined) return undefined;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${model.split("/").pop()!.replace(/\.json$/, "")}.errata.json`);
  writeFileSync(path, JSON.stringify({ errata }, null, 2));
  return path;
}
