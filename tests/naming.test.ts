/**
 * codegen/naming.ts: the identifiers shapes take in generated TypeScript.
 */
import { describe, expect, it } from "vitest";
import type { ServiceShape, Shape } from "../codegen/model/shapes.ts";
import { typeName, valueName } from "../codegen/naming.ts";

const service = { rename: {} } as unknown as ServiceShape;
const shape = (name: string) => ({ name, id: `ns#${name}` }) as Shape;

describe("typeName", () => {
  it.each([
    ["Record", "_Record"],
    ["Get", "Get"],
    ["default", "_default"],
    // No interface, type alias or const of a module may take these, or a type cannot name them
    // (found by the model fuzzer, tests/fuzz):
    ["await", "_await"],
    ["keyof", "_keyof"],
    ["infer", "_infer"],
    ["readonly", "_readonly"],
    ["unique", "_unique"],
    ["unknown", "_unknown"],
    ["never", "_never"],
    ["object", "_object"],
    ["bigint", "_bigint"],
    ["undefined", "_undefined"],
    ["arguments", "_arguments"],
    ["eval", "_eval"],
    ["Object", "_Object"],
    ["then", "_then"],
  ])("%s → %s", (name, want) => {
    expect(typeName(shape(name), service)).toBe(want);
  });
});

describe("valueName", () => {
  it.each([
    ["DescribeDatasetImportJob", "describeDatasetImportJob"],
    ["Delete", "_delete"],
    // An export named `then` would make the generated module a thenable (model fuzzer).
    ["Then", "_then"],
  ])("%s → %s", (name, want) => {
    expect(valueName(name)).toBe(want);
  });
});
