/**
 * `smithy-contract generate` over the five restJson1 reference models, as the built CLI's `main`
 * runs it: every model generates (exit 0), `--check` then finds every file up to date, and `--check`
 * holds the per-part schema files to the model like any other file — one edited by hand is stale,
 * one deleted is missing, and nothing is written; a binding changed in the model changes exactly its
 * per-part file (the document schema moves only by its stamp).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../codegen/cli/main.ts";
import { generateService } from "../../codegen/generate.ts";
import { restJson1Models } from "../support/corpus.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const tmp = mkdtempSync(join(ROOT, ".tmp-cli-restjson1-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return out;
}

const PART = /\.(input|output|error)\.(labels|query|headers|body)\.schema\.json$/;

describe("generate over the restJson1 reference models", () => {
  it("succeeds on every model, per-part schemas included, and --check then finds every file up to date", { timeout: 180_000 }, async () => {
    const models = restJson1Models();
    const outcomes: string[] = [];
    for (const model of models) {
      const out = join(tmp, "all", basename(model, ".json"));
      const r = await run(["generate", "--model", model, "--out", out]);
      const dir = join(out, readdirSync(out)[0]!);
      const files = Object.keys(snapshot(dir));
      const parts = files.filter((f) => PART.test(f)).length;
      const check = await run(["generate", "--model", model, "--out", out, "--check"]);
      console.log(`${basename(model)}: exit ${r.code}, ${files.length} files (${parts} per-part schemas); --check: ${check.out.trim()}`);
      if (r.code !== 0) console.log(r.err);
      outcomes.push(`${basename(model)} ${r.code} ${check.code} ${parts > 0}`);
    }
    expect(outcomes).toEqual(models.map((m) => `${basename(m)} 0 0 true`));
  });

  it("--check holds the per-part files: one edited by hand is stale, one deleted is missing, and nothing is written", { timeout: 120_000 }, async () => {
    const model = restJson1Models().find((m) => m.endsWith("lambda-2015-03-31.json"))!;
    const work = join(tmp, "drift");
    expect((await run(["generate", "--model", model, "--out", work])).code).toBe(0);
    const dir = join(work, "lambda");
    writeFileSync(join(dir, "schemas/GetFunction.input.labels.schema.json"), "{}\n");
    unlinkSync(join(dir, "schemas/ListFunctions.input.query.schema.json"));
    const before = snapshot(dir);
    const r = await run(["generate", "--model", model, "--out", work, "--check"]);
    expect(r.code).toBe(1);
    expect(r.out.split("\n").filter((l) => /^(stale|missing|extra): /.test(l)).map((l) => l.replace(/: .*\/schemas\//, ": schemas/"))).toEqual([
      "stale: schemas/GetFunction.input.labels.schema.json",
      "missing: schemas/ListFunctions.input.query.schema.json",
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it("a binding renamed in the model changes its per-part file, not the document schema (beyond the stamp)", { timeout: 60_000 }, () => {
    const model = restJson1Models().find((m) => m.endsWith("lambda-2015-03-31.json"))!;
    const edited = join(tmp, "lambda.json");
    const ast = JSON.parse(readFileSync(model, "utf8")) as { shapes: Record<string, { members: Record<string, { traits: Record<string, unknown> }> }> };
    ast.shapes["com.amazonaws.lambda#InvocationRequest"]!.members.LogType!.traits["smithy.api#httpHeader"] = "X-Amz-Log-Kind";
    writeFileSync(edited, JSON.stringify(ast));
    const files = (m: string) => Object.fromEntries(generateService({ model: m, operations: ["Invoke"] }).files.map((f) => [f.path, unstamped(f.contents)]));
    const [a, b] = [files(model), files(edited)];
    const changed = Object.keys(a).filter((p) => a[p] !== b[p]);
    expect(changed.filter((p) => p.startsWith("schemas/"))).toEqual(["schemas/Invoke.input.headers.schema.json"]);
    expect(b["schemas/Invoke.input.headers.schema.json"]).toContain('"x-amz-log-kind"');
  });
});

/** A file without its generation stamp (which names the model file and its hash). */
function unstamped(text: string): string {
  return text.replace(/^\s*"\$comment": "Generated by .*",?\n/m, "").replace(/^\/\/ Generated by .*\n/m, "");
}
