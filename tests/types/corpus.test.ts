/**
 * Every reference AWS model, awsJson and restJson1, whole service: our `types.ts` must compile
 * cleanly under a strict user configuration (exactOptionalPropertyTypes, noUnusedLocals,
 * verbatimModuleSyntax). One `tsc` run covers all models; its errors are mapped back to the model
 * they came from. A folder of models that is absent fails the test, saying so in one line.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closure, selectService } from "../../codegen/model/closure.ts";
import { loadModelFile } from "../../codegen/model/load.ts";
import type { Diagnostic } from "./harness.ts";
import { formatDiagnostics, MODELS_DIR, removeScratch, RESTJSON1_MODELS_DIR, runTsc, scratchDir, typesFor, write, writeTsconfig } from "./harness.ts";

const DIRS = [MODELS_DIR, RESTJSON1_MODELS_DIR];
const absent = DIRS.filter((d) => !existsSync(d));
/** Model file names with their folder (the names are unique across the two folders). */
const models = DIRS.filter((d) => existsSync(d)).flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: f, dir: d })),
);

interface Outcome {
  readonly operations: number;
  readonly declarations: number;
  readonly lines: number;
  /** Set when generation itself threw. */
  readonly failure?: string;
}

describe("types.ts of every reference model compiles", () => {
  let dir = "";
  const outcomes = new Map<string, Outcome>();
  let diagnostics: Diagnostic[] = [];

  beforeAll(() => {
    if (models.length === 0) return;
    dir = scratchDir("types-corpus");
    const files: string[] = [];
    for (const { file, dir: modelsDir } of models) {
      try {
        const model = loadModelFile(join(modelsDir, file));
        const c = closure(model, selectService(model));
        const text = typesFor(c, file);
        const rel = `${file.replace(/\.json$/, "")}/types.ts`;
        write(dir, rel, text);
        files.push(rel);
        outcomes.set(file, {
          operations: c.operations.length,
          declarations: text.split("\n").filter((l) => /^export (interface|type|const|enum|namespace) /.test(l)).length,
          lines: text.split("\n").length,
        });
      } catch (e) {
        outcomes.set(file, { operations: 0, declarations: 0, lines: 0, failure: (e as Error).message });
      }
    }
    writeTsconfig(dir, "tsconfig.json", files, { exactOptionalPropertyTypes: true, noUnusedLocals: true });
    diagnostics = files.length > 0 ? runTsc(dir) : [];
  });
  afterAll(() => {
    if (dir !== "") removeScratch(dir);
  });

  it("has both folders of reference models to compile", () => {
    for (const d of absent) console.log(`types corpus: ${d} is absent; its models were not checked`);
    expect(absent).toEqual([]);
  });

  for (const { file } of models) {
    it(file, () => {
      const o = outcomes.get(file);
      if (o === undefined) expect.fail(`${file} was not generated`);
      const mine = diagnostics.filter((d) => d.file.startsWith(`${file.replace(/\.json$/, "")}/`));
      console.log(
        o.failure !== undefined
          ? `types corpus: ${file}: generation failed: ${o.failure}`
          : `types corpus: ${file}: ${o.operations} operations, ${o.declarations} declarations, ${o.lines} lines, ${mine.length} tsc errors`,
      );
      if (mine.length > 0) console.log(formatDiagnostics(mine));
      expect(o.failure).toBeUndefined();
      expect(mine).toEqual([]);
    });
  }

  it("tsc reported nothing outside the generated files", () => {
    if (models.length === 0) expect.fail(`no models in ${DIRS.join(" or ")}`);
    const stray = diagnostics.filter((d) => !models.some((m) => d.file.startsWith(`${m.file.replace(/\.json$/, "")}/`)));
    expect(stray).toEqual([]);
  });
});
