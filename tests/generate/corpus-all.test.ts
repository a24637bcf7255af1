/**
 * Every reference model, whole service, every generated file: the output compiles under a strict
 * user configuration (one tsc run for all models), and the generated mocks load and build their
 * handlers. Event-stream operations are reported by name and left out of the mocks.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateService, type GeneratedService } from "../../codegen/generate.ts";
import { corpusModels } from "../support/corpus.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const TSC = join(ROOT, "node_modules/.bin/tsc");
const scratch = join(ROOT, ".tmp", `corpus-all-${process.pid}`);
const results = new Map<string, GeneratedService>();
/** Set when the corpus is absent: every test then fails with it (rather than being skipped). */
let absent: Error | undefined;

beforeAll(() => {
  mkdirSync(scratch, { recursive: true });
  let models: string[];
  try {
    models = corpusModels();
  } catch (e) {
    absent = e as Error;
    return;
  }
  for (const model of models) {
    const result = generateService({ model });
    results.set(basename(model), result);
    for (const f of result.files) {
      const path = join(scratch, basename(model, ".json"), f.path);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, f.contents);
    }
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("corpus: everything generated", () => {
  it("typechecks under a strict configuration, for every model at once", () => {
    if (absent) throw absent;
    const files = [...results.entries()].flatMap(([model, r]) =>
      r.files.filter((f) => f.path.endsWith(".ts")).map((f) => `${basename(model, ".json")}/${f.path}`),
    );
    const compilerOptions = {
      target: "es2022",
      lib: ["es2023", "dom"],
      module: "nodenext",
      moduleResolution: "nodenext",
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noUnusedLocals: true,
      verbatimModuleSyntax: true,
      allowImportingTsExtensions: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [join(ROOT, "node_modules/@types")],
      paths: {
        "smithy-contract/runtime": [join(ROOT, "runtime/index.ts")],
        "smithy-contract/msw": [join(ROOT, "runtime/msw/index.ts")],
      },
    };
    writeFileSync(join(scratch, "tsconfig.json"), JSON.stringify({ compilerOptions, files }, null, 2));
    const run = spawnSync(TSC, ["-p", join(scratch, "tsconfig.json"), "--pretty", "false"], { cwd: scratch, encoding: "utf8", maxBuffer: 64 << 20 });
    const errors = `${run.stdout}${run.stderr}`.split("\n").filter((l) => / error TS\d+:/.test(l));
    // Errors inside the runtime's own sources under this stricter config would be ours too; list them all.
    expect(errors, errors.slice(0, 30).join("\n")).toEqual([]);
    expect(run.status).toBe(0);
    console.log(`corpus: generated TypeScript of ${results.size} models (${files.length} files) typechecks`);
  }, 180_000);

  it("reports event-stream operations by name and serves every other operation", async () => {
    if (absent) throw absent;
    for (const [model, r] of results) {
      const served = r.closure.operations.filter((o) => !r.closure.unsupported.some((u) => u.operation === o.name));
      const msw = r.files.find((f) => f.path === "msw.ts")!.contents;
      for (const op of served) expect(msw, `${model} ${op.name}`).toContain(`__mock.operation(${JSON.stringify(op.name)})`);
      for (const u of r.closure.unsupported) expect(msw, `${model} ${u.operation}`).not.toContain(`__mock.operation(${JSON.stringify(u.operation)})`);
    }
    expect(results.get("kinesis-2013-12-02.json")!.closure.unsupported.map((u) => u.operation)).toEqual(["SubscribeToShard"]);
  });

  it("the generated mocks of every model load and build their handlers", async () => {
    if (absent) throw absent;
    for (const model of results.keys()) {
      const dir = join(scratch, basename(model, ".json"));
      expect(existsSync(join(dir, "msw.ts"))).toBe(true);
      const mod = (await import(join(dir, "msw.ts"))) as Record<string, unknown>;
      const handlersName = Object.keys(mod).find((k) => k.endsWith("Handlers"))!;
      const handlers = (mod[handlersName] as () => unknown[])();
      expect(handlers.length, model).toBeGreaterThan(0);
    }
  }, 120_000);
});
