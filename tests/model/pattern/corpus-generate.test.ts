/**
 * `generate` succeeds on every reference AWS model with the patterns in Java's meaning: no valid
 * Java pattern fails a model, and whatever is approximated is said (one warning line per pattern and
 * the `patterns: N exact, M approximated` line), which this test prints.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../codegen/cli/main.ts";
import { corpusModels } from "../../support/corpus.ts";

const ROOT = new URL("../../../", import.meta.url).pathname;
const tmp = mkdtempSync(join(ROOT, ".tmp-pattern-corpus-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("generate over the reference AWS models", () => {
  it("succeeds on every model, saying what it approximates", { timeout: 180_000 }, async () => {
    const models = corpusModels();
    const outcomes: string[] = [];
    for (const model of models) {
      let out = "";
      let err = "";
      const code = await main(["generate", "--model", model, "--out", join(tmp, basename(model, ".json"))], { out: (s) => (out += s), err: (s) => (err += s) });
      const said = [...err.split("\n").filter((l) => l.startsWith("warning:")), ...out.split("\n").filter((l) => l.startsWith("patterns:"))];
      console.log(`${basename(model)}: exit ${code}${said.length > 0 ? `\n  ${said.join("\n  ")}` : ", every pattern exact"}`);
      outcomes.push(`${basename(model)} ${code}`);
      if (code !== 0) console.log(err);
    }
    expect(outcomes).toEqual(models.map((m) => `${basename(m)} 0`));
  });
});
