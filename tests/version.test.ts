import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { TOOL, VERSION } from "../codegen/version.ts";

it("the version stamped into generated files is package.json's", () => {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  expect(VERSION).toBe(pkg.version);
  expect(TOOL).toBe(`smithy-contract ${pkg.version}`);
});
