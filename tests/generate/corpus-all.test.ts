/**
 * Every reference model, awsJson and restJson1, whole service, every generated file: the output
 * compiles under a strict user configuration (one tsc run for all models), and the generated mocks
 * load and build their handlers. Event-stream operations are reported by name and left out of the
 * mocks. The restJson1 mocks answer every other operation through msw and the real client, and
 * each answer's status, headers and body pass the operation's per-part schemas.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateService, type GeneratedService } from "../../codegen/generate.ts";
import { allCorpusModels, errataOverlay, restJson1Models } from "../support/corpus.ts";
import { typecheck } from "../support/typecheck.ts";
import { answersOfEveryOperation } from "./restjson1-answers.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const scratch = join(ROOT, ".tmp", `corpus-all-${process.pid}`);
const results = new Map<string, GeneratedService>();
/** Models that need an erratum before values can be drawn (CORPUS_ERRATA), generated again with it, for the answers. */
const corrected = new Map<string, GeneratedService>();

/**
 * Answers the mocks cannot give yet, by model and operation, with the reason; each must still fail
 * (the test says when one is fixed, so the entry goes).
 */
const KNOWN_FAILURES: Readonly<Record<string, Readonly<Record<string, string>>>> = {};
/** Set when the corpus is absent: every test then fails with it (rather than being skipped). */
let absent: Error | undefined;

beforeAll(() => {
  mkdirSync(scratch, { recursive: true });
  let models: string[];
  try {
    models = allCorpusModels();
  } catch (e) {
    absent = e as Error;
    return;
  }
  const writeAll = (result: GeneratedService, folder: string) => {
    for (const f of result.files) {
      const path = join(scratch, folder, f.path);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, f.contents);
    }
  };
  for (const model of models) {
    const result = generateService({ model });
    results.set(basename(model), result);
    writeAll(result, basename(model, ".json"));
    const overlay = errataOverlay(model, join(scratch, "errata"));
    if (overlay === undefined) continue;
    const fixed = generateService({ model, overlay });
    corrected.set(basename(model), fixed);
    writeAll(fixed, `${basename(model, ".json")}.errata`);
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("corpus: everything generated", () => {
  it("typechecks under a strict configuration, for every model at once", () => {
    if (absent) throw absent;
    const dirs = [...results.keys()].map((model) => join(scratch, basename(model, ".json")));
    const files = [...results.values()].reduce((n, r) => n + r.files.filter((f) => f.path.endsWith(".ts")).length, 0);
    // Errors inside the runtime's own sources under this stricter config would be ours too; list them all.
    const errors = [...typecheck(scratch, dirs)].flatMap(([dir, lines]) => lines.map((l) => `${dir}: ${l}`));
    expect(errors, errors.slice(0, 30).join("\n")).toEqual([]);
    console.log(`corpus: generated TypeScript of ${results.size} models (${files} files) typechecks`);
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
    // Lambda's event stream (InvokeWithResponseStream) and streaming upload (InvokeAsync).
    expect(results.get("lambda-2015-03-31.json")!.closure.unsupported.map((u) => u.operation)).toEqual(["InvokeAsync", "InvokeWithResponseStream"]);
    const all = [...results.values()].flatMap((r) => r.closure.unsupported.map((u) => `${r.closure.service.sdkId}.${u.operation}`));
    console.log(`corpus: reported and not mocked: ${all.join(", ")}`);
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

  it.each(restJson1ModelNames())("%s: the mock answers every operation and every modeled error through msw and the real client, each answer's parts passing their schemas", async (name) => {
    if (absent) throw absent;
    const fixed = corrected.get(name);
    const result = fixed ?? results.get(name);
    if (result === undefined) return expect.fail(`${name} was not generated`);
    const report = await answersOfEveryOperation(result, join(scratch, `${basename(name, ".json")}${fixed === undefined ? "" : ".errata"}`));
    const known = KNOWN_FAILURES[name] ?? {};
    console.log(
      `corpus: ${name}${fixed === undefined ? "" : " (with its erratum)"}: ${report.answered}/${report.served} operations answered through msw and the real client; per-part schemas checked on ${report.checked} answers and ${report.errors} error answers` +
        Object.entries(known)
          .map(([op, why]) => `\n  known failure, ${op}: ${why}`)
          .join(""),
    );
    const opOf = (problem: string) => /^(\w+)/.exec(problem)![1]!;
    expect(report.problems.filter((p) => !(opOf(p) in known))).toEqual([]);
    // Each known failure still fails; when one is fixed, its entry goes.
    expect(Object.keys(known).filter((op) => !report.problems.some((p) => opOf(p) === op))).toEqual([]);
    expect(report.answered).toBe(report.served - Object.keys(known).length);
  }, 180_000);
});

/** The restJson1 models' file names, or one placeholder that fails when the folder is absent. */
function restJson1ModelNames(): string[] {
  try {
    return restJson1Models().map((m) => basename(m));
  } catch {
    return ["(restJson1 models absent)"];
  }
}
