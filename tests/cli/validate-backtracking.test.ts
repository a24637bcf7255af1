/**
 * `smithy-contract validate` on values crafted against patterns that backtrack catastrophically
 * (issue 12): a small model whose members carry such `@pattern`s, and a recorded NDJSON file of the
 * crafted values and matching ones. The CLI (a child process, from dist/) answers within a loose
 * bound — seconds — with the exact violations, because its validators compile patterns with the
 * bounded engine (runtime/validation/regexp/). With the native engine alone `^(a|aa)+$` on 30 `a`s
 * and a `!` did not finish in 30 s on this machine, and the ARN pattern on 3,000 colons took 67 s.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliArgs } from "../support/cli.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** A hang, not a speed check: the machine is shared. */
const HANG_MS = 20_000;

const MODEL = `$version: "2"

namespace example.redos

use aws.protocols#awsJson1_1

@awsJson1_1
service Redos {
    version: "2026-01-01"
    operations: [Check]
}

operation Check {
    input := {
        nested: Nested
        alternation: Alternation
        words: Words
        repeated: Repeated
        choice: Choice
        arn: Arn
    }
}

@pattern("^(a+)+$")
string Nested

@pattern("^(a|aa)+$")
string Alternation

@pattern("^(\\\\w+\\\\s?)+$")
string Words

@pattern("(.*a){12}")
string Repeated

@pattern("(a|a)*b")
string Choice

@pattern("^arn:([a-z\\\\d-]+):personalize:.*:.*:.+$")
string Arn
`;

const A30 = "a".repeat(30);
const CRAFTED = {
  nested: `${A30}!`,
  alternation: `${A30}!`,
  words: `${A30}!`,
  repeated: `${"a".repeat(11)}${"!".repeat(20_000)}`,
  choice: `${A30}!`,
  arn: `arn:aws:personalize${":".repeat(3000)}\n\n`,
};
const MATCHING = { nested: A30, alternation: A30, words: "aaa bbb ccc", repeated: `${A30}!`, choice: `${A30}b`, arn: `arn:aws:personalize${":".repeat(3000)}x` };

function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, cliArgs("validate", ...args), { cwd: ROOT, timeout: 120_000, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, out: stdout, err: stderr, ms: performance.now() - started });
    });
  });
}

let tmp: string;
beforeAll(() => {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  tmp = mkdtempSync(join(ROOT, ".tmp", "validate-redos-"));
  writeFileSync(join(tmp, "redos.smithy"), MODEL);
  writeFileSync(join(tmp, "recorded.ndjson"), `${JSON.stringify(CRAFTED)}\n${JSON.stringify(MATCHING)}\n`);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("smithy-contract validate on patterns that backtrack", () => {
  it("reports each crafted value and accepts each matching one, within seconds", { timeout: 120_000 }, async () => {
    const r = await cli(["--model", join(tmp, "redos.smithy"), "--input", join(tmp, "recorded.ndjson")]);
    console.log(`validate on the crafted values: ${r.ms.toFixed(0)} ms (the process, model loading included)`);
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    expect(lines[0]).toBe(`${join(tmp, "recorded.ndjson")}:1: Check input: 6 violations`);
    for (const [member, pattern] of [
      ["nested", "^(a+)+$"],
      ["alternation", "^(a|aa)+$"],
      ["words", "^(\\w+\\s?)+$"],
      ["repeated", "(.*a){12}"],
      ["choice", "(a|a)*b"],
      ["arn", "^arn:([a-z\\d-]+):personalize:.*:.*:.+$"],
    ]) {
      expect(lines.filter((l) => l.startsWith(`  /${member} (`) && l.includes(`must match pattern ${pattern}, got`)), member).toHaveLength(1);
    }
    expect(lines.at(-2)).toBe("2 values checked in 1 file: 1 valid, 1 invalid");
    expect(r.code).toBe(1);
    expect(r.ms, "answered within the hang bound").toBeLessThan(HANG_MS);
  });
});
