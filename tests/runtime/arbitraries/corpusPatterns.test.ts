/**
 * Every `@pattern` with its `@length` in every reference AWS model: generated strings match (u flag),
 * respect the bounds, and repeat under the same seed. The pairs are read from the loaded models
 * (effective traits: a member's own `@length` or `@pattern` replaces its target's), on string shapes
 * and on every member that targets a string.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../../codegen/model/load.ts";
import type { Model, Traits } from "../../../codegen/model/shapes.ts";
import { translateJavaPattern } from "../../../codegen/model/pattern/translate.ts";
import { UnsupportedPatternError } from "../../../runtime/arbitraries/errors.ts";
import { compilePattern, stringMatching } from "../../../runtime/arbitraries/stringMatching.ts";
import { CONSTRUCTS } from "../../model/pattern/constructs.ts";
import { corpusModels } from "../../support/corpus.ts";

const SEED = 7_2025_04;

interface Case {
  readonly pattern: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Where it was first seen (a shape or member id). */
  readonly where: string;
}

function patternCases(model: Model, into: Map<string, Case>): void {
  const add = (t: Traits, where: string) => {
    if (t.pattern === undefined || t.enum !== undefined) return;
    const key = JSON.stringify([t.pattern, t.length?.min, t.length?.max]);
    if (into.has(key)) return;
    into.set(key, {
      pattern: t.pattern,
      where,
      ...(t.length?.min !== undefined && { minLength: t.length.min }),
      ...(t.length?.max !== undefined && { maxLength: t.length.max }),
    });
  };
  for (const shape of model.shapes.values()) {
    if (shape.kind === "string") add(shape.traits, shape.id);
    const members =
      shape.kind === "structure" || shape.kind === "union" ? shape.members : shape.kind === "list" ? [shape.member] : shape.kind === "map" ? [shape.key, shape.value] : [];
    for (const m of members) if (m.target.kind === "string") add(m.effective, m.id);
  }
}

describe("stringMatching over the AWS models' patterns", () => {
  it("generates matching strings within @length for every pattern of every model, the same for the same seed", () => {
    const cases = new Map<string, Case>();
    for (const file of corpusModels()) patternCases(loadModelFile(file), cases);
    expect(cases.size).toBeGreaterThan(80);

    const fallback: string[] = [];
    for (const c of cases.values()) {
      const re = new RegExp(c.pattern, "u");
      const constraints = { ...c, where: c.where };
      if (!compilePattern(c.pattern, constraints).byConstruction) fallback.push(c.pattern);
      const arb = stringMatching(c.pattern, constraints);
      const values = fc.sample(arb, { numRuns: 24, seed: SEED });
      for (const v of values) {
        const where = `${c.where} ${JSON.stringify(v)}`;
        expect(re.test(v), where).toBe(true);
        expect([...v].length, where).toBeGreaterThanOrEqual(c.minLength ?? 0);
        expect([...v].length, where).toBeLessThanOrEqual(c.maxLength ?? Infinity);
      }
      expect(fc.sample(arb, { numRuns: 24, seed: SEED })).toEqual(values);
    }
    // Only the ISO-8601 duration pattern's lookahead needs the checked fallback; nothing is unsupported.
    expect(fallback).toEqual([
      translateJavaPattern("^(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$").ecmaScript,
    ]);
  });
});

describe("stringMatching over the translated Java constructs", () => {
  it("generates strings the translation matches for every construct it can serve, by construction where no lookaround asks otherwise", () => {
    const refused: string[] = [];
    const checked: string[] = [];
    for (const { pattern } of CONSTRUCTS) {
      const translated = translateJavaPattern(pattern).ecmaScript;
      let values: string[];
      try {
        if (!compilePattern(translated, { where: pattern }).byConstruction) checked.push(pattern);
        values = fc.sample(stringMatching(translated), { numRuns: 16, seed: SEED });
      } catch (e) {
        if (!(e instanceof UnsupportedPatternError)) throw e;
        refused.push(pattern);
        continue;
      }
      const re = new RegExp(translated, "u");
      for (const v of values) expect(re.test(v), `${pattern} ${JSON.stringify(v)}`).toBe(true);
    }
    // What cannot be generated: patterns no string matches in Java either (a possessive star that
    // leaves nothing, a boundary inside a letter and its mark, look-behinds whose bounds overflow, a
    // reference to no group); backreferences; and `\Bx`, whose word character before x only the
    // search fallback can supply, too rarely.
    expect(refused).toEqual([
      "a*+a",
      "(?<n>\\p{L}+){2}+",
      "\\Bx",
      "a\\b\u0301",
      "(?<=a*b*)c",
      "(?<=a+b+)c",
      "(?<=a*b*x)c",
      "(a)\\1",
      "(?<x>a|b)\\k<x>",
      "\\8",
      "(a)\\12",
    ]);
    // Candidates checked against the pattern: atomic groups, possessive quantifiers, lookarounds, multiline anchors.
    expect(checked.length).toBeLessThan(40);
  });
});
