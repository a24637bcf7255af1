/**
 * The matchers' declared types: each snippet below must fail to compile with exactly the expected
 * TypeScript error on its own line (a misspelt matcher is not silently `any`), and types.test-d.ts
 * (the uses that must compile) must compile without any error. Runs the project's own `tsc` on a
 * temporary project.
 */
import { compileCases } from "../../support/type-cases.ts";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

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
  const header = [
      `import { contract, expect } from ${JSON.stringify(fixture)};`,
      `declare const value: unknown; const OP = "DescribeDatasetImportJob";`,
    ];
  const found = await compileCases(header, mustFail.map(([, code]) => code), positive);
  expect(found).toEqual(mustFail.map(([, , code], i) => `case ${i}: ${code}`));
});
