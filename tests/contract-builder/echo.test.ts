/**
 * codegen/contract/echo.ts: which request members come back in the answer — an output member with
 * the name and the target of a scalar input member, at the top level or one structure down.
 */
import { describe, expect, it } from "vitest";
import { echoLinks } from "../../codegen/contract/echo.ts";
import type { PointerLink } from "../../runtime/contract.ts";
import { opOf } from "./fragment.ts";

/** An operation `Op` with `input` and `output` bodies (IDL members), plus `shapes`. */
const op = (input: string, output: string, shapes = "") =>
  opOf(`operation Op {
    input := { ${input} }
    output := { ${output} }
}
string Id
string OtherId
enum Color { RED, GREEN }
intEnum Level {
    LOW = 1
    HIGH = 2
}
${shapes}`).op;

describe("echoLinks", () => {
  it.each<[string, string, string, string, PointerLink[]]>([
    ["the same member at the top level", "id: Id", "id: Id", "", [{ from: "/id", to: "/id" }]],
    ["one structure down", "id: Id", "thing: Thing", "structure Thing { id: Id, name: String }", [{ from: "/id", to: "/thing/id" }]],
    ["both places, in the output's member order", "id: Id", "thing: Thing\n id: Id", "structure Thing { id: Id }", [{ from: "/id", to: "/thing/id" }, { from: "/id", to: "/id" }]],
    ["the same name, another target: not the same thing", "id: Id", "id: OtherId", "", []],
    ["the same target, another name", "id: Id", "otherId: Id", "", []],
    ["names differing in case", "id: Id", "Id: Id", "", []],
    ["two structures down: too deep", "id: Id", "outer: Outer", "structure Outer { inner: Inner }\nstructure Inner { id: Id }", []],
    ["a list of structures holding it: not one thing", "id: Id", "things: Things", "list Things { member: Thing }\nstructure Thing { id: Id }", []],
    ["a union holding it: not linked", "id: Id", "choice: Choice", "union Choice { id: Id, n: Integer }", []],
    ["an enum", "color: Color", "color: Color", "", [{ from: "/color", to: "/color" }]],
    ["an intEnum", "level: Level", "level: Level", "", [{ from: "/level", to: "/level" }]],
    ["an integer", "n: Integer", "n: Integer", "", [{ from: "/n", to: "/n" }]],
    ["a long", "n: Long", "n: Long", "", [{ from: "/n", to: "/n" }]],
    ["a byte", "n: Byte", "n: Byte", "", [{ from: "/n", to: "/n" }]],
    ["a short", "n: Short", "n: Short", "", [{ from: "/n", to: "/n" }]],
    ["a double: not an identifier", "n: Double", "n: Double", "", []],
    ["a boolean: not an identifier", "b: Boolean", "b: Boolean", "", []],
    ["a timestamp: not an identifier", "t: Timestamp", "t: Timestamp", "", []],
    ["a blob: not an identifier", "b: Blob", "b: Blob", "", []],
    ["a structure: not a scalar", "thing: Thing", "thing: Thing", "structure Thing { id: Id }", []],
    ["a list: not a scalar", "ids: Ids", "ids: Ids", "list Ids { member: Id }", []],
    [
      "several input members, in the input's member order",
      "b: Id\n a: OtherId",
      "a: OtherId\n job: Job",
      "structure Job { b: Id, a: OtherId }",
      [
        { from: "/b", to: "/job/b" },
        { from: "/a", to: "/a" },
        { from: "/a", to: "/job/a" },
      ],
    ],
  ])("%s", (_, input, output, shapes, want) => {
    expect(echoLinks(op(input, output, shapes))).toEqual(want);
  });

  it("input members handled elsewhere (the paging token and page size) are left out", () => {
    const o = op("nextToken: String\n maxResults: Integer\n id: Id", "nextToken: String\n maxResults: Integer\n id: Id");
    expect(echoLinks(o, new Set(["nextToken", "maxResults"]))).toEqual([{ from: "/id", to: "/id" }]);
  });

  it.each<[string, string]>([
    ["no input (Unit)", "operation Op { output := { id: String } }"],
    ["no output (Unit)", "operation Op { input := { id: String } }"],
  ])("%s: none", (_, shapes) => {
    expect(echoLinks(opOf(shapes).op)).toEqual([]);
  });
});
