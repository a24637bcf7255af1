import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadValidationContract, validateFiles } from "../../codegen/validate/index.ts";
import type { InputFormat } from "../../codegen/validate/index.ts";
import { InputError } from "../../codegen/write.ts";
import { DEFAULT_MODEL } from "../support/corpus.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const contract = loadValidationContract({ model: DEFAULT_MODEL });
const target = { operation: "DescribeDatasetImportJob", kind: "output" } as const;

let tmp: string;
beforeAll(() => {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  tmp = mkdtempSync(join(ROOT, ".tmp", "validate-run-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

const run = (path: string, format: InputFormat, maxViolations?: number) =>
  validateFiles({ contract, files: [{ path, format }], target, ...(maxViolations !== undefined && { maxViolations }) });

describe("validateFiles", () => {
  it("NDJSON: a byte order mark and CRLF line ends are not part of the values; line numbers count blank lines", async () => {
    const path = file("crlf.ndjson", '\ufeff{"datasetImportJob":{}}\r\n\r\n{"datasetImportJob":{"importMode":"X"}}\r\n');
    const report = await run(path, "ndjson");
    expect(report).toMatchObject({ values: 2, valid: 1, invalid: 1, violations: 1, omittedViolations: 0 });
    expect(report.stored.map((r) => [r.location, r.caseName, r.violations.map((v) => v.pointer)])).toEqual([[`${path}:3`, "line 3", ["/datasetImportJob/importMode"]]]);
  });

  it("a JSON file is one value; an empty one is not JSON", async () => {
    expect(await run(file("one.json", '\ufeff{"datasetImportJob":{"jobName":"a"}}\n'), "json")).toMatchObject({ values: 1, valid: 1 });
    const empty = await run(file("empty.json", ""), "json");
    expect(empty.stored[0]?.violations).toEqual([{ pointer: "", memberPath: "", keyword: "json", message: "is not JSON", value: '""' }]);
  });

  it("keeps the first maxViolations violations, cutting inside a value if need be, and counts the rest", async () => {
    const bad = '{"datasetImportJob":{"jobName":"","importMode":"X"}}\n'; // 3 violations each
    const report = await run(file("many.ndjson", bad.repeat(3)), "ndjson", 4);
    expect(report).toMatchObject({ invalid: 3, violations: 9, omittedViolations: 5 });
    expect(report.stored.map((r) => [r.caseName, r.violations.length])).toEqual([["line 1", 3], ["line 2", 1]]);
  });

  it("input errors name the file: a folder given as NDJSON, a HAR file that is not JSON or has no entries", async () => {
    const dir = join(tmp, "folder.ndjson");
    mkdirSync(dir);
    await expect(run(dir, "ndjson")).rejects.toThrow(InputError);
    await expect(run(dir, "ndjson")).rejects.toThrow(`${dir}: cannot read: EISDIR: illegal operation on a directory, read`);
    await expect(run(file("bad.har", "{"), "har")).rejects.toThrow(new InputError(`${join(tmp, "bad.har")}: not a HAR file: not JSON`));
    await expect(run(file("nolog.har", "{}"), "har")).rejects.toThrow(new InputError(`${join(tmp, "nolog.har")}: not a HAR file: no log.entries array`));
  });
});
