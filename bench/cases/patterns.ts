/**
 * What bounding `@pattern`s in time costs (runtime/validation/regexp/bounded-regexp.ts): each
 * figure is our engine against the native `RegExp` on the same values, side by side.
 *
 * - one DescribeDatasetImportJob output (Personalize's ARN patterns among its members) checked by
 *   ajv in our configuration against the same ajv with native patterns;
 * - every distinct pattern of the Personalize and DynamoDB models on values drawn from our pattern
 *   arbitraries: `test` of the pattern as our validators compile it against the native `RegExp`;
 * - the same values through the linear-time matcher itself, for every pattern (the engine uses it
 *   only past a pattern's native length, or always for an exponential one): what it costs where it
 *   runs.
 *
 * No target: the ratio is the price of never hanging, recorded, not held.
 */
import { readFileSync } from "node:fs";
import * as fc from "fast-check";
import formatsPlugin from "ajv-formats";
import { Ajv2020 } from "ajv/dist/2020.js";
import { translateJavaPattern } from "../../codegen/model/pattern/translate.ts";
import { stringMatching } from "../../runtime/arbitraries/stringMatching.ts";
import { operations } from "../../generated/personalize/arbitraries.ts";
import { contract } from "../../generated/personalize/contract.ts";
import { createAjv } from "../../runtime/validation/ajv.ts";
import { boundedRegExp, type RegExpLike } from "../../runtime/validation/regexp/bounded-regexp.ts";
import { LinearMatcher } from "../../runtime/validation/regexp/linear-matcher.ts";
import { compileNfa } from "../../runtime/validation/regexp/nfa.ts";
import { parsePattern } from "../../runtime/validation/regexp/parse-pattern.ts";
import { MODEL_PATTERN_KEYWORD, SENSITIVE_KEYWORD } from "../../runtime/validation/schema.ts";
import { ratioFigure, run, type Figure, type Size } from "../harness.ts";

const MODELS = ["personalize-2018-05-22.json", "dynamodb-2012-08-10.json"].map((f) => new URL(`../../../shared/models/aws/${f}`, import.meta.url));

/** Our ajv configuration with the native engine for patterns: the baseline. */
function nativeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, ownProperties: true });
  formatsPlugin.default(ajv);
  ajv.addKeyword({ keyword: SENSITIVE_KEYWORD, schemaType: "boolean" });
  ajv.addKeyword({ keyword: MODEL_PATTERN_KEYWORD, schemaType: "string" });
  return ajv;
}

/** The translated patterns of the models, each with values drawn for it (up to 64 code points). */
function patternsWithValues(): { pattern: string; values: string[] }[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "smithy.api#pattern" && typeof value === "string") found.add(value);
      else visit(value);
    }
  };
  for (const model of MODELS) visit(JSON.parse(readFileSync(model, "utf8")));
  return [...found].flatMap((java, i) => {
    const pattern = translateJavaPattern(java).ecmaScript;
    try {
      return [{ pattern, values: fc.sample(stringMatching(pattern, { maxLength: 64 }), { seed: 9 + i, numRuns: 20 }) }];
    } catch {
      return []; // nothing of 64 code points or fewer matches
    }
  });
}

export function patternFigures(size: Size): Figure[] {
  const rounds = size === "tiny" ? 3 : 15;
  const figures: Figure[] = [];

  const schema = contract.operations.DescribeDatasetImportJob!.output;
  const ours = createAjv().compile(schema);
  const native = nativeAjv().compile(schema);
  const outputs = fc.sample(operations.DescribeDatasetImportJob.output.realistic.wire, { seed: 5, numRuns: 50 });
  if (!outputs.every((o) => ours(o) && native(o))) throw new Error("bench: a drawn DescribeDatasetImportJob output is invalid");
  const inner = size === "tiny" ? 20 : 400;
  const one = run({
    name: "patterns: DescribeDatasetImportJob outputs checked by ajv with bounded patterns",
    baselineName: "ajv with native patterns",
    baseline: () => outputs.every((o) => native(o)),
    subject: () => outputs.every((o) => ours(o)),
    inner,
    rounds,
  });
  figures.push(ratioFigure(one, `${outputs.length} checks`));

  const drawn = patternsWithValues();
  const compiled = drawn.map(({ pattern, values }) => ({ values, native: new RegExp(pattern, "u"), bounded: boundedRegExp(pattern, "u") as RegExpLike }));
  const values = compiled.reduce((n, c) => n + c.values.length, 0);
  const testAll = <C extends { readonly values: readonly string[] }>(which: readonly C[], pick: (c: C) => RegExpLike) => {
    let hits = 0;
    for (const c of which) for (const v of c.values) if (pick(c).test(v)) hits++;
    return hits;
  };
  const innerPatterns = size === "tiny" ? 5 : 100;
  const all = run({
    name: `patterns: every Personalize and DynamoDB pattern (${compiled.length}) on drawn values`,
    baselineName: "native RegExp",
    baseline: () => testAll(compiled, (c) => c.native),
    subject: () => testAll(compiled, (c) => c.bounded),
    inner: innerPatterns,
    rounds,
  });
  figures.push(ratioFigure(all, `${values} tests`));

  const forced = compiled.map((c) => ({ ...c, linear: new LinearMatcher(compileNfa(parsePattern(c.native.source))) }));
  const linear = run({
    name: `patterns: the same values through the linear-time matcher itself`,
    baselineName: "native RegExp",
    baseline: () => testAll(forced, (c) => c.native),
    subject: () => testAll(forced, (c) => c.linear),
    inner: innerPatterns,
    rounds,
  });
  figures.push(ratioFigure(linear, `${values} tests`));
  return figures;
}
