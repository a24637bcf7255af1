/**
 * `smithy-contract ast` as a user runs it (the built CLI on plain Node): the merged JSON AST of a
 * folder, equal to what Smithy's reference loader prints; one-line errors; smithy-build.json.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readModelSources } from "../../codegen/model/sources/read-model-sources.ts";
import { runReference } from "../model/idl/support/reference-loader.ts";
import { sharedSmithy } from "../model/idl/support/shared-smithy.ts";
import { cliArgs } from "../support/cli.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function ast(args: readonly string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, cliArgs("ast", ...args), { cwd, maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, out: stdout, err: stderr });
    });
  });
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ast-cli-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("smithy-contract ast (child process)", () => {
  it("prints the merged AST of a protocol-test folder exactly as Smithy's reference loader does", async () => {
    const tests = sharedSmithy("protocol-tests/");
    const paths = [join(tests, "awsJson1_0"), join(tests, "shared-types.smithy"), join(tests, "aws-config.smithy"), sharedSmithy("traits/")];
    const [reference] = runReference([{ paths }]);
    const r = await ast(paths);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out.endsWith("}\n")).toBe(true);
    expect(JSON.parse(r.out)).toEqual(reference!.ast);
    expect(r.out.split("\n")[1]).toBe('    "smithy": "2.0",');
  }, 60_000);

  it("a syntax error: exit 2 and one line naming file, line and column", async () => {
    const dir = join(tmp, "broken");
    mkdirSync(join(dir, "nested"), { recursive: true });
    writeFileSync(join(dir, "good.smithy"), '$version: "2"\nnamespace ex\nstring Good\n');
    writeFileSync(join(dir, "nested", "bad.smithy"), '$version: "2"\nnamespace ex\nstructure S {\n    a String\n}\n');
    const r = await ast([dir]);
    expect(r).toEqual({ code: 2, out: "", err: `error: ${join(dir, "nested", "bad.smithy")}:4:7: expected ':', found identifier 'String'\n` });
  });

  it("without paths, reads the sources and imports of ./smithy-build.json", async () => {
    const dir = join(tmp, "project");
    mkdirSync(join(dir, "model"), { recursive: true });
    mkdirSync(join(dir, "vendor"), { recursive: true });
    writeFileSync(join(dir, "smithy-build.json"), JSON.stringify({ version: "1.0", sources: ["model"], imports: ["vendor/common.smithy"] }));
    writeFileSync(join(dir, "model", "main.smithy"), '$version: "2"\nnamespace ex\nstructure S { c: Common }\n');
    writeFileSync(join(dir, "vendor", "common.smithy"), '$version: "2"\nnamespace ex\nstring Common\n');
    const r = await ast([], dir);
    expect(r.err).toBe("");
    expect(JSON.parse(r.out)).toEqual({
      smithy: "2.0",
      shapes: { "ex#Common": { type: "string" }, "ex#S": { type: "structure", members: { c: { target: "ex#Common" } } } },
    });
  });

  it("without paths or smithy-build.json, prints the embedded model", async () => {
    const r = await ast([], tmp);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(readModelSources([join(ROOT, "model", "personalize.json")]).ast)));
  });

  it("--help", async () => {
    const r = await ast(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: smithy-contract ast /);
  });
});
