/**
 * The matchers' declared types: each snippet below must fail to compile with exactly the expected
 * TypeScript error on its own line (a misspelt matcher is not silently `any`), and types.test-d.ts
 * (the uses that must compile) must compile without any error. Runs the project's own `tsc` on a
 * temporary project.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/typing.ts", import.meta.url));
const positive = fileURLToPath(new URL("./types.test-d.ts", import.meta.url));

/** Snippet → the TypeScript error code it must cause. */
const mustFail: readonly [string, string, string][] = [
  ["a misspelt matcher", `expect(value).toMatchOperationOutptu(contract, OP);`, "TS2551"],
  ["a misspelt matcher after .not", `expect(value).not.toMatchOperationInptu(contract, OP);`, "TS2551"],
  ["a misspelt asymmetric matcher", `expect.toMatchOperationErorr(contract, OP, "InvalidInputException");`, "TS2551"],
  ["a model file instead of the contract", `expect(value).toMatchOperationOutput("model/personalize.json", OP);`, "TS2345"],
  ["an error matcher without the error's name", `expect(value).toMatchOperationError(contract, OP);`, "TS2554"],
  ["a misspelt option", `expect(value).toMatchOperationOutput(contract, OP, { allowUnknwon: true });`, "TS2561"],
  ["an option of the wrong type", `expect(value).toMatchOperationInput(contract, OP, { allowUnknown: "yes" });`, "TS2322"],
];

it("rejects misspelt matchers and wrong arguments, and accepts the documented uses", async () => {
  const dir = await mkdtemp(join(tmpdir(), "smithy-contract-vitest-types-"));
  try {
    const header = [
      `import { contract, expect } from ${JSON.stringify(fixture)};`,
      `declare const value: unknown; const OP = "DescribeDatasetImportJob";`,
    ];
    const lines = mustFail.map(([, code], i) => `function case${i}() { ${code} }`);
    await writeFile(join(dir, "negative.ts"), `${[...header, ...lines].join("\n")}\nexport {};\n`);
    await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    await writeFile(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: join(repo, "tsconfig.json"),
        // The snippet imports the fixture by absolute path, which TypeScript would not rewrite on emit.
        compilerOptions: { typeRoots: [join(repo, "node_modules/@types")], rewriteRelativeImportExtensions: false },
        files: [join(dir, "negative.ts"), positive],
        include: [],
      }),
    );
    const tsc = join(repo, "node_modules/typescript/bin/tsc");
    const output = await promisify(execFile)(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--pretty", "false"]).then(
      (r) => r.stdout,
      (e: { stdout?: string }) => e.stdout ?? String(e),
    );
    const diagnostics = output.split("\n").filter((l) => /error TS\d+/.test(l));
    const found = diagnostics.map((line) => {
      const m = /^(.*)\((\d+),\d+\): error (TS\d+)/.exec(line);
      return m === null ? line : m[1]!.endsWith("negative.ts") ? `case ${Number(m[2]) - header.length - 1}: ${m[3]}` : line;
    });
    expect(found).toEqual(mustFail.map(([, , code], i) => `case ${i}: ${code}`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
