/**
 * The index emitter (codegen/emit/index-file.ts): one module re-exporting everything generated.
 */
import { describe, expect, it } from "vitest";
import { emitIndex } from "../../codegen/emit/index-file.ts";
import { closure, selectService } from "../../codegen/model/closure.ts";
import { ctxOf, fragment } from "./arbitraries/fixture.ts";

function indexLines(shapes: Record<string, unknown>, operations: string[]): string[] {
  const model = fragment(shapes, { operations });
  const [file] = emitIndex(closure(model, selectService(model)), ctxOf(model));
  return file!.contents.split("\n").slice(3);
}

describe("emitIndex", () => {
  it("re-exports types, arbitraries, contract and mocks", () => {
    expect(indexLines({ "test#Op": { type: "operation" } }, ["test#Op"])).toEqual([
      `export * from "./types.js";`,
      `export * as arbitraries from "./arbitraries.js";`,
      `export { contract } from "./contract.js";`,
      `export * from "./msw.js";`,
      "",
    ]);
  });

  it("names explicitly, from types.ts, what both types.ts and msw.ts export (model fuzzer: shapes named createTestMock, TestOperations)", () => {
    const lines = indexLines(
      {
        "test#Op": { type: "operation", input: { target: "test#createTestMock" }, output: { target: "test#TestOperations" } },
        "test#createTestMock": { type: "structure", members: { e: { target: "test#testHandlers" } } },
        "test#TestOperations": { type: "structure", members: {} },
        "test#testHandlers": { type: "enum", members: { A: { target: "smithy.api#Unit" } } },
      },
      ["test#Op"],
    );
    expect(lines.slice(4)).toEqual([
      `export type { TestOperations } from "./types.js";`,
      `export type { createTestMock } from "./types.js";`,
      `export { testHandlers } from "./types.js";`,
      "",
    ]);
  });
});
