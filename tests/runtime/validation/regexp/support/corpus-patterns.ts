/**
 * Every distinct `@pattern` of the reference AWS models (../shared/models/aws and aws-restjson1),
 * translated to ECMAScript as the generator writes it into schemas.
 */
import { readFileSync } from "node:fs";
import { translateJavaPattern } from "../../../../../codegen/model/pattern/translate.ts";
import { allCorpusModels } from "../../../../support/corpus.ts";

export interface CorpusPattern {
  /** As the model writes it (Java). */
  readonly java: string;
  /** As our schemas carry it (Unicode-mode ECMAScript). */
  readonly ecmaScript: string;
}

/** The translated patterns, in the order first met; throws (after one line) when a corpus folder is absent. */
export function corpusPatterns(): CorpusPattern[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "smithy.api#pattern" && typeof value === "string") found.add(value);
      else visit(value);
    }
  };
  for (const model of allCorpusModels()) visit(JSON.parse(readFileSync(model, "utf8")));
  return [...found].map((java) => ({ java, ecmaScript: translateJavaPattern(java).ecmaScript }));
}
