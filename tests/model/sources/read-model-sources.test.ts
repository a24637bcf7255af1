/** Reading a model from files and folders: which files, in what order, read once, and the hash. */
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readModelSources } from "../../../codegen/model/sources/read-model-sources.ts";
import { InputError } from "../../../codegen/write.ts";
import { sharedSmithy } from "../idl/support/shared-smithy.ts";

const V2 = '$version: "2"\n';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "model-sources-"));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write("m/a.smithy", `${V2}namespace ex\nstructure A { b: B, c: C }\n`);
  write("m/sub/b.json", JSON.stringify({ smithy: "2.0", shapes: { "ex#B": { type: "string" } } }));
  write("m/sub/deeper/c.smithy", `${V2}namespace ex\ninteger C\n`);
  write("m/notes.txt", "not a model");
  write("m/sub/README.md", "# not a model");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("readModelSources", () => {
  it("reads a folder recursively (.smithy and .json only, in path order) into one model", () => {
    const s = readModelSources([join(dir, "m")]);
    expect(s.files).toEqual([join(dir, "m/a.smithy"), join(dir, "m/sub/b.json"), join(dir, "m/sub/deeper/c.smithy")]);
    expect(s.ast).toEqual({
      smithy: "2.0",
      shapes: {
        "ex#A": { type: "structure", members: { b: { target: "ex#B" }, c: { target: "ex#C" } } },
        "ex#B": { type: "string" },
        "ex#C": { type: "integer" },
      },
    });
    expect(s.displayName).toBe(join(dir, "m"));
  });

  it("takes files and folders together, and reads a file named twice once", () => {
    const s = readModelSources([join(dir, "m/a.smithy"), join(dir, "m")]);
    expect(s.files).toEqual([join(dir, "m/a.smithy"), join(dir, "m/sub/b.json"), join(dir, "m/sub/deeper/c.smithy")]);
    expect(s.displayName).toBe(`${join(dir, "m/a.smithy")} and 1 more`);
  });

  it("a single file's hash is the sha256 of its bytes (as for a JSON model today)", () => {
    const file = join(dir, "m/sub/deeper/c.smithy");
    expect(readModelSources([file]).sha256).toBe(createHash("sha256").update(readFileSync(file)).digest("hex"));
  });

  it("a model of many files hashes the same wherever it is checked out and however its paths are given, and differently when a byte changes", () => {
    const here = readModelSources([join(dir, "m")]).sha256;
    const elsewhere = mkdtempSync(join(tmpdir(), "model-sources-copy-"));
    try {
      cpSync(join(dir, "m"), join(elsewhere, "model"), { recursive: true });
      expect(readModelSources([join(elsewhere, "model")]).sha256).toBe(here);
      expect(readModelSources([join(dir, "m/sub"), join(dir, "m/a.smithy")]).sha256).toBe(here);
      writeFileSync(join(elsewhere, "model/sub/deeper/c.smithy"), `${V2}namespace ex\nlong C\n`);
      expect(readModelSources([join(elsewhere, "model")]).sha256).not.toBe(here);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it("refuses a missing path, a file that is not a model, and nothing at all", () => {
    expect(() => readModelSources([join(dir, "nope")])).toThrow(new InputError(`${join(dir, "nope")}: cannot read: no such file or folder`));
    expect(() => readModelSources([join(dir, "m/notes.txt")])).toThrow(
      new InputError(`${join(dir, "m/notes.txt")}: not a model file (expected a .smithy or .json file, or a folder)`),
    );
    mkdirSync(join(dir, "empty"));
    expect(() => readModelSources([join(dir, "empty")])).toThrow(`${join(dir, "empty")}: no .smithy or .json files found`);
    expect(() => readModelSources([])).toThrow("no model files or folders were given");
  });

  it("Smithy's trait definitions, prelude included, load as a model of their own and print no prelude shape", () => {
    const s = readModelSources([sharedSmithy("traits/")]);
    const ids = Object.keys(s.ast.shapes);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => id.startsWith("smithy.api#"))).toEqual([]);
    expect(ids).toContain("smithy.test#httpRequestTests");
  });
});
