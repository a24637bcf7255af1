/** `smithy-build.json`: its sources and imports are the model, relative to its folder. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatError } from "../../../codegen/cli/util.ts";
import { smithyBuildSources } from "../../../codegen/model/sources/smithy-build.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "smithy-build-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const config = (value: unknown) => writeFileSync(join(dir, "smithy-build.json"), typeof value === "string" ? value : JSON.stringify(value, null, 2));
const failure = (): string => {
  try {
    smithyBuildSources(dir);
  } catch (e) {
    return formatError(e);
  }
  throw new Error("expected an error");
};

describe("smithyBuildSources", () => {
  it("is undefined when the folder has no smithy-build.json", () => {
    expect(smithyBuildSources(dir)).toBeUndefined();
  });

  it("gives sources then imports, relative to the folder of smithy-build.json (absolute paths kept)", () => {
    config({ version: "1.0", sources: ["model", "extra/one.smithy"], imports: ["/opt/traits"], plugins: {}, maven: { dependencies: ["x:y:1"] } });
    expect(smithyBuildSources(dir)).toEqual([join(dir, "model"), join(dir, "extra/one.smithy"), "/opt/traits"]);
  });

  it("is an empty list when neither is given", () => {
    config({ version: "1.0" });
    expect(smithyBuildSources(dir)).toEqual([]);
  });

  it("names the JSON pointer of a bad entry", () => {
    config({ version: "1.0", sources: ["model", 3] });
    expect(failure()).toBe(`error: ${join(dir, "smithy-build.json")}: each of "sources" must be a path (at /sources/1)\n`);
    config({ imports: "traits" });
    expect(failure()).toBe(`error: ${join(dir, "smithy-build.json")}: "imports" must be a list of paths (at /imports)\n`);
  });

  it("reports JSON that is not JSON at its line and column", () => {
    config('{\n  "sources": [model]\n}');
    expect(failure()).toBe(`error: ${join(dir, "smithy-build.json")}:2:15: not valid JSON: expected a value, found 'm'\n`);
  });
});
