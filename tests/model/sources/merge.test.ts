/**
 * Models of many files: the specification's merge rules, mixed IDL and JSON AST files, and the
 * empty values annotation traits take with and without their definitions.
 */
import { describe, expect, it } from "vitest";
import { formatError } from "../../../codegen/cli/util.ts";
import { modelFromTexts } from "../../../codegen/model/sources/read-model-sources.ts";

const V2 = '$version: "2"\n';
const files = (f: Record<string, string>) => Object.entries(f).map(([path, text]) => ({ path, text }));
const error = (f: Record<string, string>): string => {
  try {
    modelFromTexts(files(f));
  } catch (e) {
    return formatError(e);
  }
  throw new Error("expected a model error");
};

describe("merging files", () => {
  it("the same shape in two files is one shape when the definitions agree; traits of both apply", () => {
    const ast = modelFromTexts(files({
      "a.smithy": `${V2}namespace ex\n@deprecated\nstructure S { a: String }\n`,
      "b.smithy": `${V2}namespace ex\n@since("1")\nstructure S { a: String }\n`,
    }));
    expect(ast.shapes).toEqual({
      "ex#S": { type: "structure", members: { a: { target: "smithy.api#String" } }, traits: { "smithy.api#deprecated": {}, "smithy.api#since": "1" } },
    });
  });

  it("the same shape defined differently is an error naming both places", () => {
    expect(error({
      "a.smithy": `${V2}namespace ex\nstructure S { a: String }\n`,
      "b.smithy": `${V2}namespace ex\n\nstructure S { a: Integer }\n`,
    })).toBe("error: a.smithy:3:1: ex#S: defined twice, differently here and at b.smithy:4:1 (their members or properties differ)\n");
  });

  it("a trait applied twice with different values is a conflict; equal values are not", () => {
    expect(error({
      "a.smithy": `${V2}namespace ex\n@since("1")\nstring S\n`,
      "b.smithy": `${V2}namespace ex\napply S @since("2")\n`,
    })).toBe(`error: b.smithy:3:9: ex#S: trait smithy.api#since conflicts with the value applied at a.smithy:3:1 ("1" there, "2" here)\n`);
    const ast = modelFromTexts(files({ "a.smithy": `${V2}namespace ex\n@since("1")\nstring S\n`, "b.smithy": `${V2}namespace ex\napply S @since("1")\n` }));
    expect(ast.shapes["ex#S"]).toEqual({ type: "string", traits: { "smithy.api#since": "1" } });
  });

  it("apply reaches shapes and members of another file, whichever file comes first", () => {
    const a = `${V2}namespace ex\nuse other#T\napply T @deprecated\napply T$m @required\napply other#T$m @documentation("d")\n`;
    const b = `${V2}namespace other\nstructure T { m: String }\n`;
    const want = {
      "other#T": {
        type: "structure",
        members: { m: { target: "smithy.api#String", traits: { "smithy.api#documentation": "d", "smithy.api#required": {} } } },
        traits: { "smithy.api#deprecated": {} },
      },
    };
    expect(modelFromTexts(files({ "a.smithy": a, "b.smithy": b })).shapes).toEqual(want);
    expect(modelFromTexts(files({ "b.smithy": b, "a.smithy": a })).shapes).toEqual(want);
  });

  it("list values of one trait are concatenated: statements of every file first, then apply statements", () => {
    const ast = modelFromTexts(files({
      "a.smithy": `${V2}namespace a\napply b#S @tags(["apply in a"])\n`,
      "b.smithy": `${V2}namespace b\n@tags(["statement in b"])\nstring S\napply S @tags(["apply in b"])\n`,
    }));
    expect(ast.shapes["b#S"]).toEqual({ type: "string", traits: { "smithy.api#tags": ["statement in b", "apply in a", "apply in b"] } });
  });

  it("metadata: lists are concatenated, equal values kept, other values conflict", () => {
    const ast = modelFromTexts(files({
      "a.smithy": `${V2}metadata list = [1]\nmetadata same = {b: 1, a: 2}\n`,
      "b.smithy": `${V2}metadata list = [2]\nmetadata same = {a: 2, b: 1}\n`,
    }));
    expect(ast.metadata).toEqual({ list: [1, 2], same: { a: 2, b: 1 } });
    expect(Object.keys(ast.metadata!.same as object)).toEqual(["a", "b"]);
    expect(error({ "a.smithy": `${V2}metadata k = "x"\n`, "b.smithy": `${V2}metadata k = "y"\n` })).toBe(
      `error: b.smithy:2:14: metadata "k" conflicts with the value given at a.smithy:2:14\n`,
    );
  });

  it("relative ids resolve to shapes of the namespace in any file, before the prelude", () => {
    const ast = modelFromTexts(files({
      "a.smithy": `${V2}namespace ex\nstructure S { a: String, b: Integer }\n`,
      "b.smithy": `${V2}namespace ex\nstring String\n`,
    }));
    expect(ast.shapes["ex#S"]).toEqual({ type: "structure", members: { a: { target: "ex#String" }, b: { target: "smithy.api#Integer" } } });
  });

  it("an unresolved shape id names the file, line and shape id", () => {
    expect(error({ "a.smithy": `${V2}namespace ex\noperation Op {\n    input: Missing\n}\n` })).toBe("error: a.smithy:3:1: ex#Op: input ex#Missing is not defined\n");
  });
});

describe("IDL and JSON AST files together", () => {
  const json = JSON.stringify({
    smithy: "2.0",
    metadata: { m: ["json"] },
    shapes: {
      "ex#FromJson": { type: "structure", members: { id: { target: "smithy.api#String" } }, traits: { "smithy.api#tags": ["json"] } },
      "ex#FromJson$id": { type: "apply", traits: { "smithy.api#required": {} } },
    },
  });

  it("IDL refers to JSON shapes by relative id and applies traits to them", () => {
    const ast = modelFromTexts(files({
      "b.json": json,
      "a.smithy": `${V2}metadata m = ["idl"]\nnamespace ex\n@tags(["idl"])\nstructure Uses { x: FromJson }\napply FromJson @tags(["idl"])\n`,
    }));
    expect(ast).toEqual({
      smithy: "2.0",
      metadata: { m: ["json", "idl"] },
      shapes: {
        "ex#FromJson": {
          type: "structure",
          members: { id: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
          traits: { "smithy.api#tags": ["json", "idl"] },
        },
        "ex#Uses": { type: "structure", members: { x: { target: "ex#FromJson" } }, traits: { "smithy.api#tags": ["idl"] } },
      },
    });
  });

  it("a JSON AST that is not valid JSON is reported at its line and column", () => {
    expect(error({ "bad.json": '{\n  "smithy": "2.0",\n  "shapes": {,}\n}' })).toBe("error: bad.json:3:14: not valid JSON: expected a property name in double quotes, found ','\n");
  });

  it("a JSON AST shape names its pointer", () => {
    expect(error({ "bad.json": JSON.stringify({ smithy: "2.0", shapes: { "ex#S": { type: "strin" } } }) })).toBe(
      'error: bad.json: ex#S: unknown shape type "strin" (at /shapes/ex#S/type)\n',
    );
  });
});

describe("annotation traits (`@name` without a value)", () => {
  const use = `${V2}namespace ex\nuse smithy.test#httpRequestTests\nuse aws.protocols#restJson1\n@restJson1\n@httpRequestTests\nstring S\n`;

  it("without their definitions: {} (a trait the model does not define)", () => {
    expect(modelFromTexts(files({ "a.smithy": use })).shapes["ex#S"]).toEqual({
      type: "string",
      traits: { "aws.protocols#restJson1": {}, "smithy.test#httpRequestTests": {} },
    });
  });

  it("with their definitions: the empty value of the definition's type ([] for a list)", () => {
    const defs = `${V2}namespace smithy.test\n@trait\nlist httpRequestTests { member: String }\n`;
    const aws = `${V2}namespace aws.protocols\n@trait\nstructure restJson1 {}\n`;
    const ast = modelFromTexts(files({ "a.smithy": use, "test.smithy": defs, "aws.smithy": aws }));
    expect(ast.shapes["ex#S"]).toEqual({ type: "string", traits: { "aws.protocols#restJson1": {}, "smithy.test#httpRequestTests": [] } });
  });

  it("prelude traits by the prelude's definitions: @required {}, @tags [], @private {}", () => {
    const ast = modelFromTexts(files({ "a.smithy": `${V2}namespace ex\n@tags\n@private\nstructure S {\n    @required\n    a: String\n}\n` }));
    expect(ast.shapes["ex#S"]).toEqual({
      type: "structure",
      members: { a: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
      traits: { "smithy.api#private": {}, "smithy.api#tags": [] },
    });
  });
});

describe("JSON that is not JSON: one line, at the line and column where it stops being JSON", () => {
  it.each([
    ["unclosed object", '{"smithy": "2.0"', "1:17: not valid JSON: expected ',' or '}', found the end of the file"],
    ["trailing comma", '{"a": [1, 2,]}', "1:13: not valid JSON: expected a value, found ']'"],
    ["single quotes", "{'a': 1}", "1:2: not valid JSON: expected a property name in double quotes, found '''"],
    ["bad escape", '{"a": "\\x"}', "1:8: not valid JSON: invalid escape \\x"],
    ["raw newline in a string", '{\n "a": "x\ny"}', "2:9: not valid JSON: a control character must be escaped in a string"],
    ["text after the value", '{"smithy": "2.0"} x', "1:19: not valid JSON: unexpected 'x' after the JSON value"],
  ])("%s", (_, text, where) => {
    expect(error({ "m.json": text })).toBe(`error: m.json:${where}\n`);
  });
});
