/**
 * JSON AST models read through readModelSources (as `--model` will read every model): every
 * reference AWS model and the embedded one come out as Smithy's reference loader prints them, and
 * generate exactly what the model file generates when read directly.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateService } from "../../../codegen/generate.ts";
import { printJsonAst } from "../../../codegen/model/sources/print-ast.ts";
import { readModelSources } from "../../../codegen/model/sources/read-model-sources.ts";
import { DEFAULT_MODEL, corpusModels } from "../../support/corpus.ts";
import { runReference, type ReferenceResult } from "../idl/support/reference-loader.ts";

const dir = mkdtempSync(join(tmpdir(), "json-models-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODELS = [...corpusModels(), DEFAULT_MODEL];

describe("JSON AST models through readModelSources: what Smithy's reference loader prints (one JVM)", () => {
  let reference: ReferenceResult[];
  beforeAll(() => {
    reference = runReference(MODELS.map((m) => ({ paths: [m] })));
  }, 60_000);

  it.each(MODELS.map((m, i) => [basename(m), m, i] as const))("%s", (_, file, i) => {
    expect(reference[i]!.events).toEqual([]);
    expect(JSON.parse(printJsonAst(readModelSources([file]).ast))).toEqual(reference[i]!.ast);
  });
});

describe("JSON AST models through readModelSources generate what they generate read directly", () => {
  it.each(MODELS.map((m) => [basename(m), m]))("%s generates the same files", (name, file) => {
    const merged = join(dir, name);
    writeFileSync(merged, printJsonAst(readModelSources([file]).ast));
    const direct = generateService({ model: file, out: dir });
    const through = generateService({ model: merged, out: dir });
    // Only the stamp differs: the model file's name and hash.
    const stamp = (s: string) => s.replace(/from \S+ \(sha256 [0-9a-f]{64}\)/g, "from <model> (sha256 <hash>)");
    expect(through.files.map((f) => f.path)).toEqual(direct.files.map((f) => f.path));
    through.files.forEach((f, i) => expect(stamp(f.contents), f.path).toBe(stamp(direct.files[i]!.contents)));
  });
});
