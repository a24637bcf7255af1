/**
 * IDL benchmarks (registered in run.ts; also runnable alone: `node --expose-gc --import tsx bench/idl.ts`):
 * reading Smithy's protocol-test models from IDL against reading the same models' JSON AST.
 *
 * 1. All of `../shared/smithy/protocol-tests/` (with the trait definitions): IDL text → merged JSON AST,
 *    against `JSON.parse` of that JSON AST + our JSON AST reader (the same merge).
 * 2. The awsJson1_0 and awsJson1_1 folders, which our loader serves: IDL → typed shape graph, against
 *    `JSON.parse` + `load.ts` on their JSON AST (the path a JSON model takes today).
 * Files are read once, before timing; both sides work from text in memory.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadModelText } from "../codegen/model/load.ts";
import { modelFiles } from "../codegen/model/sources/model-files.ts";
import { printJsonAst } from "../codegen/model/sources/print-ast.ts";
import { modelFromTexts } from "../codegen/model/sources/read-model-sources.ts";
import { report, run, type Result } from "./harness.ts";

const SMITHY = fileURLToPath(new URL("../../shared/smithy/", import.meta.url));

function texts(paths: readonly string[]): { path: string; text: string }[] {
  return modelFiles(paths).map((path) => ({ path, text: readFileSync(path, "utf8") }));
}

export function idlBenchmarks(rounds = 15): Result[] {
  if (!existsSync(`${SMITHY}protocol-tests`)) {
    console.log(`bench: ${SMITHY}protocol-tests is absent; IDL benchmarks skipped`);
    return [];
  }
  const results: Result[] = [];
  const all = texts([`${SMITHY}protocol-tests`, `${SMITHY}traits`]);
  const allJson = [{ path: "protocol-tests.json", text: printJsonAst(modelFromTexts(all)) }];
  const kib = Math.round(all.reduce((n, f) => n + f.text.length, 0) / 1024);
  results.push(
    run({
      name: `parse all protocol tests from IDL (${all.length} files, ${kib} KiB) into the merged JSON AST`,
      baselineName: "JSON.parse of the same JSON AST + our JSON AST reader",
      baseline: () => modelFromTexts(allJson),
      subject: () => modelFromTexts(all),
      rounds,
    }),
  );

  const tests = `${SMITHY}protocol-tests/`;
  const awsJson = texts([`${tests}awsJson1_0`, `${tests}awsJson1_1`, `${tests}shared-types.smithy`, `${tests}aws-config.smithy`, `${SMITHY}traits`]);
  const awsJsonText = printJsonAst(modelFromTexts(awsJson));
  // load.ts takes JSON text today, so the subject goes IDL → JSON AST → text → load.ts.
  results.push(
    run({
      name: `load the awsJson1_0 + awsJson1_1 protocol tests from IDL into the shape graph (${awsJson.length} files)`,
      baselineName: "JSON.parse + load.ts of the same JSON AST",
      baseline: () => loadModelText(awsJsonText, "protocol-tests.json"),
      subject: () => loadModelText(printJsonAst(modelFromTexts(awsJson)), "protocol-tests.json"),
      rounds,
    }),
  );
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(report(idlBenchmarks()));
