/**
 * Generated `arbitraries.ts` files, written to a scratch folder under the repository (`.tmp/`,
 * removed after the file's tests) and imported, as a user's test suite would import them.
 */
import type * as fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { emitArbitraries } from "../../../codegen/emit/arbitraries/index.ts";
import { emitContract } from "../../../codegen/emit/contract/index.ts";
import type { Closure } from "../../../codegen/model/closure.ts";
import type { Pair, Sides } from "../../../runtime/arbitraries/pair.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** The package's runtime entry (`smithy-contract/runtime`), which generated files import, fast-check's `fc` included. */
const RUNTIME = join(ROOT, "runtime", "index.ts");

/** The realistic side the generated file adds to each served operation's input and output. */
interface Realistic {
  readonly realistic: { readonly wire: fc.Arbitrary<unknown>; readonly sdk: fc.Arbitrary<unknown> };
}

export interface GeneratedModule {
  readonly pairs: Record<string, fc.Arbitrary<Pair>>;
  readonly wire: Record<string, fc.Arbitrary<unknown>>;
  readonly sdk: Record<string, fc.Arbitrary<unknown>>;
  readonly operations: Record<string, { input: Sides & Partial<Realistic>; output: Sides & Partial<Realistic>; errors: Record<string, Sides> }>;
}

/** Registers the scratch folder's creation and removal; returns the generator. */
export function useScratch(prefix: string): (c: Closure, name: string) => Promise<GeneratedModule> {
  let scratch = "";
  beforeAll(() => {
    mkdirSync(join(ROOT, ".tmp"), { recursive: true });
    scratch = mkdtempSync(join(ROOT, ".tmp", `${prefix}-`));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  return async (c, name) => {
    const file = join(scratch, name, "arbitraries.ts");
    mkdirSync(dirname(file), { recursive: true });
    const runtimeImport = relative(dirname(file), RUNTIME).split(sep).join("/");
    const ctx = { modelFile: c.model.file, modelSha256: c.model.sha256, tool: "smithy-contract test" };
    writeFileSync(file, emitArbitraries(c, ctx, { runtimeImport })[0]!.contents);
    // The realistic side of each operation is drawn from the contract's plans: arbitraries.ts imports it.
    writeFileSync(join(dirname(file), "contract.ts"), emitContract(c, ctx)[0]!.contents);
    return (await import(pathToFileURL(file).href)) as GeneratedModule;
  };
}
