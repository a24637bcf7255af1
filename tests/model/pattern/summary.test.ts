/**
 * What `generate` says about patterns: one warning line per approximated pattern (naming the shape
 * or member and the construct) on stderr, and `patterns: N exact, M approximated` when M > 0.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../../codegen/cli/main.ts";
import { loadModelText } from "../../../codegen/model/load.ts";
import { patternTotals, patternWarnings, summarizePatterns } from "../../../codegen/model/pattern/summary.ts";
import type { DataShape } from "../../../codegen/model/shapes.ts";

const ROOT = new URL("../../../", import.meta.url).pathname;
const P = "smithy.api#pattern";

const MODEL = {
  smithy: "2.0",
  shapes: {
    "ex#Svc": { type: "service", version: "1", operations: [{ target: "ex#Put" }], traits: { "aws.protocols#awsJson1_0": {}, "aws.api#service": { sdkId: "Ex" } } },
    "ex#Put": { type: "operation", input: { target: "ex#PutInput" }, output: { target: "smithy.api#Unit" } },
    "ex#PutInput": {
      type: "structure",
      members: {
        grapheme: { target: "ex#Grapheme" },
        plain: { target: "ex#Plain" },
        canon: { target: "ex#Plain", traits: { [P]: "(?c)^a$" } },
      },
    },
    "ex#Grapheme": { type: "string", traits: { [P]: "^\\X+$" } },
    "ex#Plain": { type: "string", traits: { [P]: "^[a-z]+$" } },
  },
};

const WARNINGS = [
  "warning: ex#Grapheme: @pattern \\X (grapheme cluster) approximated: a CR LF pair, or one character with the combining marks after it",
  "warning: ex#PutInput$canon: @pattern (?c) canonical equivalence approximated: characters are compared as written, not by canonical equivalence",
];

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(ROOT, ".tmp-patterns-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe("pattern summary", () => {
  it("counts exact and approximated patterns, a member's own pattern for the member", () => {
    const model = loadModelText(JSON.stringify(MODEL), "m.json");
    const data = [...model.shapes.values()].filter((s): s is DataShape => !["service", "operation", "resource"].includes(s.kind));
    const summary = summarizePatterns(data);
    expect(summary.exact).toBe(1);
    expect(summary.approximated.map((u) => [u.where, u.source])).toEqual([
      ["ex#Grapheme", "^\\X+$"],
      ["ex#PutInput$canon", "(?c)^a$"],
    ]);
    expect(patternWarnings(summary)).toEqual(WARNINGS);
    expect(patternTotals(summary)).toBe("patterns: 1 exact, 2 approximated");
    expect(patternTotals({ exact: 3, approximated: [] })).toBeUndefined();
  });

  it("generate prints the warnings on stderr and the totals, and still writes every file", async () => {
    const file = join(tmp, "ex.json");
    writeFileSync(file, JSON.stringify(MODEL));
    let out = "";
    let err = "";
    const code = await main(["generate", "--model", file, "--out", join(tmp, "out")], { out: (s) => (out += s), err: (s) => (err += s) });
    expect(code).toBe(0);
    expect(err.split("\n").filter((l) => l.startsWith("warning:"))).toEqual(WARNINGS);
    expect(out).toContain("patterns: 1 exact, 2 approximated\n");
    expect(out).toMatch(/files for 1 operation\(s\) of Ex/);
  });
});
