import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkFiles, InputError, readInput, writeFiles } from "../codegen/write.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sc-write-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = [
  { path: "types.ts", contents: "export type A = string;\n" },
  { path: "schemas/A.input.schema.json", contents: "{}\n" },
];

describe("write", () => {
  it("writes files (creating folders), then reports nothing to do on a second run", () => {
    const out = join(dir, "svc");
    expect(writeFiles(out, files)).toEqual({ written: ["types.ts", "schemas/A.input.schema.json"], removed: [] });
    expect(readFileSync(join(out, "types.ts"), "utf8")).toBe(files[0]!.contents);
    expect(writeFiles(out, files)).toEqual({ written: [], removed: [] });
    expect(checkFiles(out, files)).toEqual([]);
    // No temporary files are left behind.
    expect(readdirSync(out).sort()).toEqual(["schemas", "types.ts"]);
  });

  it("check lists stale, missing and extra files and writes nothing", () => {
    const out = join(dir, "svc");
    writeFiles(out, files);
    writeFileSync(join(out, "types.ts"), "edited");
    rmSync(join(out, "schemas/A.input.schema.json"));
    writeFileSync(join(out, "old.ts"), "left over");
    const before = readFileSync(join(out, "types.ts"), "utf8");
    expect(checkFiles(out, files)).toEqual([
      { path: "old.ts", state: "extra" },
      { path: "schemas/A.input.schema.json", state: "missing" },
      { path: "types.ts", state: "stale" },
    ]);
    expect(readFileSync(join(out, "types.ts"), "utf8")).toBe(before);
    expect(existsSync(join(out, "schemas/A.input.schema.json"))).toBe(false);
  });

  it("removes files the generator no longer produces, only inside its own folder", () => {
    const out = join(dir, "svc");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "old.ts"), "x");
    writeFileSync(join(dir, "neighbour.txt"), "keep me");
    expect(writeFiles(out, files).removed).toEqual(["old.ts"]);
    expect(readFileSync(join(dir, "neighbour.txt"), "utf8")).toBe("keep me");
  });

  it("refuses paths that would leave the output folder", () => {
    expect(() => writeFiles(join(dir, "svc"), [{ path: "../escape.ts", contents: "" }])).toThrow(/refusing to write outside/);
    expect(existsSync(join(dir, "escape.ts"))).toBe(false);
  });

  it("reading a missing input names the file", () => {
    expect(() => readInput(join(dir, "nope.json"))).toThrow(`${join(dir, "nope.json")}: cannot read: no such file`);
    expect(() => readInput(dir)).toThrow(`${dir}: cannot read: is a folder, not a file`);
  });
});

describe("write never reaches outside its folder through symlinks", () => {
  it("does not follow a symlinked folder when removing extra files", () => {
    const out = join(dir, "svc");
    const outside = join(dir, "outside");
    mkdirSync(out, { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(outside, "victim.txt"), "keep me");
    symlinkSync(outside, join(out, "link"));
    expect(writeFiles(out, files)).toEqual({ written: ["types.ts", "schemas/A.input.schema.json"], removed: [] });
    expect(readFileSync(join(outside, "victim.txt"), "utf8")).toBe("keep me");
  });

  it("refuses to write through a symlinked folder that leaves it", () => {
    const out = join(dir, "svc");
    const outside = join(dir, "outside");
    mkdirSync(out, { recursive: true });
    mkdirSync(outside);
    symlinkSync(outside, join(out, "schemas"));
    expect(() => writeFiles(out, files)).toThrow(`${out}: refusing to write through a symlink that leaves it: schemas/A.input.schema.json`);
    expect(readdirSync(outside)).toEqual([]);
  });

  it("a folder that cannot be written is an input error naming it", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    expect(() => writeFiles(join(file, "svc"), files)).toThrow(InputError);
    expect(() => writeFiles(join(file, "svc"), files)).toThrow(`${join(file, "svc")}: cannot write: ENOTDIR`);
  });
});
