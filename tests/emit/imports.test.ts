/**
 * Generated files import only our package (and one another): never `fast-check`, `@smithy/types` or
 * any other third-party package, which an app on pnpm's strict layout could not reach without
 * listing it. What they need of those, `smithy-contract/runtime` re-exports.
 */
import * as fastCheck from "fast-check";
import { describe, expect, it } from "vitest";
import { emitAll } from "../../codegen/generate.ts";
import { closure, selectService } from "../../codegen/model/closure.ts";
import { loadModelFile } from "../../codegen/model/load.ts";
import * as runtime from "../../runtime/index.ts";
import { allCorpusModels, DEFAULT_MODEL } from "../support/corpus.ts";

/** Every module specifier a file imports or re-exports from. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)";/gms)].map((m) => m[1]!);
}

const ALLOWED = new Set(["smithy-contract/runtime", "smithy-contract/msw", "smithy-contract/mock", "./types.js", "./arbitraries.js", "./contract.js", "./msw.js", "./mock.js"]);

function importsOf(modelFile: string): Map<string, string[]> {
  const model = loadModelFile(modelFile);
  const files = emitAll(closure(model, selectService(model)), { modelFile: "m.json", modelSha256: model.sha256, tool: "smithy-contract test" });
  return new Map(files.filter((f) => f.path.endsWith(".ts")).map((f) => [f.path, specifiers(f.contents)]));
}

describe("generated files import only smithy-contract/* and one another", () => {
  it("for the default model: types.ts and arbitraries.ts take fast-check and @smithy/types from the runtime", () => {
    const imports = importsOf(DEFAULT_MODEL);
    expect([...imports.keys()].sort()).toEqual(["arbitraries.ts", "contract.ts", "index.ts", "mock.ts", "msw.ts", "types.ts"]);
    // mock.ts (the in-process transport alone) must not reach msw, not even through msw.ts.
    expect(imports.get("mock.ts")).toEqual(["smithy-contract/mock", "./contract.js", "./types.js"]);
    expect(imports.get("msw.ts")).toEqual(["smithy-contract/msw", "./contract.js", "./mock.js", "./mock.js"]);
    expect(imports.get("types.ts")).toEqual(["smithy-contract/runtime"]);
    expect(imports.get("arbitraries.ts")).toEqual(["smithy-contract/runtime", "./contract.js", "./types.js"]);
    expect([...imports].flatMap(([path, specs]) => specs.filter((s) => !ALLOWED.has(s)).map((s) => `${path}: ${s}`))).toEqual([]);
  });

  it("for every reference model, awsJson and restJson1 (documents, bigDecimals, unions, event streams, blob payloads and streams included)", () => {
    const stray: string[] = [];
    for (const file of allCorpusModels()) {
      for (const [path, specs] of importsOf(file)) for (const s of specs) if (!ALLOWED.has(s)) stray.push(`${file}: ${path}: ${s}`);
    }
    expect(stray).toEqual([]);
  });
});

describe("smithy-contract/runtime re-exports what generated files need of fast-check", () => {
  it("fc is fast-check itself (one instance: arbitraries from either side mix)", () => {
    expect(runtime.fc.letrec).toBe(fastCheck.letrec);
    expect(runtime.fc.assert).toBe(fastCheck.assert);
    expect(runtime.fc.Arbitrary).toBe(fastCheck.Arbitrary);
  });
});
