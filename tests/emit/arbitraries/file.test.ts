import { describe, expect, it } from "vitest";
import { tsHeader } from "../../../codegen/emit/file.ts";
import { ModelError } from "../../../codegen/model/errors.ts";
import { ctxOf, emitOperations, emitShapes, entry, fragment } from "./fixture.ts";

const OP_MODEL = {
  "test#Op": { type: "operation", input: { target: "test#OpInput" }, errors: [{ target: "test#Oops" }, { target: "test#Busy" }] },
  "test#OpInput": { type: "structure", members: { id: { target: "test#Id", traits: { "smithy.api#required": {} } } } },
  "test#Id": { type: "string", traits: { "smithy.api#length": { min: 1, max: 8 }, "smithy.api#pattern": '^[a-z]+"\\d' } },
  "test#Oops": { type: "structure", members: { message: { target: "smithy.api#String" } }, traits: { "smithy.api#error": "client" } },
  "test#Busy": { type: "structure", members: {}, traits: { "smithy.api#error": "server" } },
};

describe("emitArbitraries: the whole file", () => {
  it("stamps, imports the runtime, declares ShapeName, makePairs, pairs/wire/sdk and operations (Unit output, sorted errors)", () => {
    const model = fragment(OP_MODEL, { operations: ["test#Op"] });
    expect(emitOperations(model)).toBe(
      `${tsHeader(ctxOf(model))}import { fc, pairBuilder, realisticSides, sdkOf, sides, unitPair, wireOf, type Pair, type PairBuilderOptions } from "smithy-contract/runtime";
import { contract } from "./contract.js";
import type { OpInput } from "./types.js";

/** The data shapes of the closure, by name. */
export type ShapeName =
  | "Busy"
  | "Id"
  | "Oops"
  | "OpInput";

/**
 * Arbitraries of matching \`{ wire, sdk }\` pairs, one per data shape: \`wire\` is the awsJson body
 * form (epoch-second numbers, base64 strings), \`sdk\` what the AWS SDK client returns for it and
 * sends for it (Date, Uint8Array). Every value satisfies the model's constraints.
 */
export function makePairs(options: PairBuilderOptions = {}): { readonly [K in ShapeName]: fc.Arbitrary<Pair> } {
  const b = pairBuilder(options);
  return fc.letrec<Record<ShapeName, Pair>>((tie) => ({
    Busy: b.structure({}),
    Id: b.string({ minLength: 1, maxLength: 8, pattern: "^[a-z]+\\"[0-9]" }, "test#Id"),
    Oops: b.structure({
      message: b.optional(b.string({}, "test#Oops$message")),
    }),
    OpInput: b.structure({
      id: b.required(tie("Id")),
    }),
  }));
}

/** The pair arbitraries with default settings. */
export const pairs = makePairs();
/** The wire (awsJson body) form of each shape. */
export const wire = wireOf(pairs);
/** The AWS SDK form of each shape. */
export const sdk = sdkOf(pairs);

/**
 * Each operation's input, output and errors, as \`{ pair, wire, sdk }\` (inputs and outputs typed on their SDK
 * side): exhaustive values, the whole space the contract allows. Inputs and outputs also have a
 * \`realistic\` side \`{ wire, sdk }\`: what the service would plausibly send (see the README's
 * "Realistic data"), as the mocks answer by default.
 */
export const operations = {
  Op: {
    input: { ...sides<OpInput>(pairs.OpInput), realistic: realisticSides<OpInput>(contract, "Op", "input") },
    output: { ...sides(unitPair()), realistic: realisticSides(contract, "Op", "output") },
    errors: {
      Busy: sides(pairs.Busy),
      Oops: sides(pairs.Oops),
    },
  },
};
`,
    );
  });

  it("imports the runtime from runtimeImport when given, and leaves unitPair out when no operation needs it", () => {
    const model = fragment({ "test#S": { type: "string" } });
    const text = emitShapes(model, { runtimeImport: "../runtime/index.ts" });
    expect(text.split("\n").slice(2, 4)).toEqual([
      `import { fc, pairBuilder, sdkOf, sides, wireOf, type Pair, type PairBuilderOptions } from "../runtime/index.ts";`,
      "",
    ]);
  });

  it("declares ShapeName as never and an empty letrec for an operation with neither input, output nor errors", () => {
    const model = fragment({ "test#Ping": { type: "operation" } }, { operations: ["test#Ping"] });
    const text = emitOperations(model);
    expect(block(text, "export type ShapeName")).toBe(`export type ShapeName = never;`);
    expect(block(text, "  return fc.letrec")).toBe(`  return fc.letrec<Record<ShapeName, Pair>>((tie) => ({\n  }));`);
    expect(block(text, "export const operations")).toBe(
      `export const operations = {
  Ping: {
    input: { ...sides(unitPair()), realistic: realisticSides(contract, "Ping", "input") },
    output: { ...sides(unitPair()), realistic: realisticSides(contract, "Ping", "output") },
    errors: {},
  },
};`,
    );
  });

  it("keys shapes by their name in the service: rename applied, no _ escape (Date stays Date)", () => {
    const model = fragment(
      {
        "test#Op": { type: "operation", input: { target: "test#Thing" } },
        "test#Date": { type: "timestamp" },
        "test#Thing": { type: "structure", members: { at: { target: "test#Date" }, other: { target: "other#Thing" } } },
        "other#Thing": { type: "string" },
      },
      { operations: ["test#Op"], rename: { "other#Thing": "OtherThing" } },
    );
    const text = emitOperations(model);
    expect(block(text, "export type ShapeName")).toBe(
      `export type ShapeName =
  | "Date"
  | "OtherThing"
  | "Thing";`,
    );
    expect(entry(text, "OtherThing")).toBe(`OtherThing: b.string({}, "other#Thing"),`);
    expect(entry(text, "Thing")).toBe(`Thing: b.structure({
  at: b.optional(tie("Date")),
  other: b.optional(tie("OtherThing")),
}),`);
  });

  it("imports a type named like one of the file's own names under a $ alias (model fuzzer: a shape named sides)", () => {
    const model = fragment(
      {
        "test#Op": { type: "operation", input: { target: "test#sides" }, output: { target: "test#pairs" } },
        "test#sides": { type: "structure", members: {} },
        "test#pairs": { type: "structure", members: {} },
      },
      { operations: ["test#Op"] },
    );
    const text = emitOperations(model);
    expect(text.split("\n").find((l) => l.startsWith("import type"))).toBe(`import type { pairs as $pairs, sides as $sides } from "./types.js";`);
    expect(block(text, "export const operations")).toBe(
      `export const operations = {
  Op: {
    input: { ...sides<$sides>(pairs.sides), realistic: realisticSides<$sides>(contract, "Op", "input") },
    output: { ...sides<$pairs>(pairs.pairs), realistic: realisticSides<$pairs>(contract, "Op", "output") },
    errors: {},
  },
};`,
    );
  });

  it("fails with a ModelError naming both shapes when two shapes of the closure take one name", () => {
    const model = fragment(
      {
        "test#Op": { type: "operation", input: { target: "test#Thing" } },
        "test#Thing": { type: "structure", members: { other: { target: "other#Thing" } } },
        "other#Thing": { type: "structure", members: {} },
      },
      { operations: ["test#Op"] },
    );
    expect(() => emitOperations(model)).toThrow(ModelError);
    expect(() => emitOperations(model)).toThrow("other#Thing and test#Thing would both be named Thing");
  });
});

/** The text from the line starting with `start` to the first line ending with `;` (inclusive). */
function block(text: string, start: string): string {
  const lines = text.split("\n");
  const from = lines.findIndex((l) => l.startsWith(start));
  if (from < 0) throw new Error(`no line starting with ${start}`);
  const to = lines.findIndex((l, i) => i >= from && l.endsWith(";"));
  return lines.slice(from, to + 1).join("\n");
}
