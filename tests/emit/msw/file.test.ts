/**
 * The mock emitter (codegen/emit/msw): names a model may give its shapes and operations that the
 * generated `mock.ts` and `msw.ts` also declare. Found by the model fuzzer (tests/fuzz).
 */
import { describe, expect, it } from "vitest";
import { emitMsw } from "../../../codegen/emit/msw/index.ts";
import { closure, selectService } from "../../../codegen/model/closure.ts";
import { ModelError } from "../../../codegen/model/errors.ts";
import { ctxOf, fragment } from "../arbitraries/fixture.ts";

function emitted(shapes: Record<string, unknown>, operations: string[]): Record<string, string[]> {
  const model = fragment(shapes, { operations });
  const files = emitMsw(closure(model, selectService(model)), ctxOf(model));
  return Object.fromEntries(files.map((f) => [f.path, f.contents.split("\n").slice(3).filter((l) => l !== "" && !/^\s*(\/\*\*|\*)/.test(l))]));
}

describe("emitMsw: names the model shares with the file", () => {
  it("imports types named like the file's own values under a $ alias, and its own names step aside for the model's", () => {
    const files = emitted(
      {
        "test#Delete": { type: "operation", input: { target: "test#__mock" }, output: { target: "test#createServiceMock" }, errors: [{ target: "test#_delete" }] },
        "test#__mock": { type: "structure", members: {} },
        "test#createServiceMock": { type: "structure", members: {} },
        "test#_delete": { type: "structure", members: {}, traits: { "smithy.api#error": "client" } },
      },
      ["test#Delete"],
    );
    expect(files["mock.ts"]).toEqual([
      `import { createServiceMock as $createServiceMock } from "smithy-contract/mock";`,
      `import { contract as __contract } from "./contract.js";`,
      `import type { __mock, _delete as $_delete, createServiceMock } from "./types.js";`,
      `export interface TestOperations {`,
      `  Delete: { input: __mock; output: createServiceMock; errors: { _delete: $_delete } };`,
      `}`,
      `const $__mock = /* @__PURE__ */ $createServiceMock<TestOperations>(__contract);`,
      `export const testHandlers = $__mock.handlers;`,
      `export const createTestMock = $__mock.create;`,
      `export const _delete = $__mock.operation("Delete");`,
    ]);
  });

  it("refuses, naming the operation, a helper that would be exported under a name the file already exports", () => {
    const run = () => emitted({ "test#TestHandlers": { type: "operation" } }, ["test#TestHandlers"]);
    expect(run).toThrow(ModelError);
    expect(run).toThrow("fragment.json: test#TestHandlers: the mock helper of operation TestHandlers would be exported as testHandlers, as the service's own export is");
  });
});
