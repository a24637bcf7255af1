/**
 * codegen/contract/bounds.ts: an integer input member `<X>Length` with `@range` sets the length of
 * the output's top-level string named like `<X>`, or of its only top-level string.
 */
import { describe, expect, it } from "vitest";
import { boundLinks } from "../../codegen/contract/bounds.ts";
import type { BoundLink } from "../../runtime/contract.ts";
import { opOf } from "./fragment.ts";

const op = (input: string, output: string, shapes = "") =>
  opOf(`operation Op {
    input := { ${input} }
    output := { ${output} }
}
@range(min: 1, max: 4096)
long Size
@enum([{ value: "a" }, { value: "b" }])
string Legacy
enum Mode { A, B }
${shapes}`).op;

describe("boundLinks", () => {
  it.each<[string, string, string, string, BoundLink[]]>([
    ["Secrets Manager's GetRandomPassword", "PasswordLength: Size\n ExcludeNumbers: Boolean", "RandomPassword: String", "", [{ from: "/PasswordLength", to: "/RandomPassword", kind: "length" }]],
    ["@range on the member itself", "@range(min: 1, max: 64)\n PasswordLength: Integer", "RandomPassword: String", "", [{ from: "/PasswordLength", to: "/RandomPassword", kind: "length" }]],
    ["two strings named like the prefix (KeyId, Key): none", "KeyLength: Size", "KeyId: String\n Description: String\n Key: String", "", []],
    ["the one string named like the prefix, among several", "PasswordLength: Size", "Name: String\n Password: String", "", [{ from: "/PasswordLength", to: "/Password", kind: "length" }]],
    ["named like the prefix in any case", "passwordLength: Size", "RandomPASSWORD: String\n Name: String", "", [{ from: "/passwordLength", to: "/RandomPASSWORD", kind: "length" }]],
    ["no string named like it: the only string", "SecretLength: Size", "Token: String\n Count: Integer", "", [{ from: "/SecretLength", to: "/Token", kind: "length" }]],
    ["no string named like it and two strings: none", "SecretLength: Size", "Token: String\n Other: String", "", []],
    ["`Length` alone: the only string", "Length: Size", "Value: String", "", [{ from: "/Length", to: "/Value", kind: "length" }]],
    ["`Length` alone, two strings: none", "Length: Size", "Value: String\n Other: String", "", []],
    ["no @range: not a size the model bounds", "PasswordLength: Integer", "RandomPassword: String", "", []],
    ["not an integer", "@range(min: 1, max: 10)\n PasswordLength: Double", "RandomPassword: String", "", []],
    ["a name not ending in Length", "PasswordSize: Size", "RandomPassword: String", "", []],
    ["Length in the middle of the name", "LengthOfPassword: Size", "RandomPassword: String", "", []],
    ["an enum output is not a string to size", "ModeLength: Size", "Mode: Mode", "", []],
    ["a Smithy 1.0 @enum string is not a string to size", "LegacyLength: Size", "Legacy: Legacy", "", []],
    ["an enum string beside a plain one: the plain one", "ValueLength: Size", "Legacy: Legacy\n Value: String", "", [{ from: "/ValueLength", to: "/Value", kind: "length" }]],
    ["a string one structure down is not sized", "PasswordLength: Size", "result: Result", "structure Result { Password: String }", []],
    [
      "two size members, one string each",
      "UserLength: Size\n PassLength: Size",
      "UserName: String\n PassPhrase: String",
      "",
      [
        { from: "/UserLength", to: "/UserName", kind: "length" },
        { from: "/PassLength", to: "/PassPhrase", kind: "length" },
      ],
    ],
  ])("%s", (_, input, output, shapes, want) => {
    expect(boundLinks(op(input, output, shapes))).toEqual(want);
  });

  it.each<[string, string]>([
    ["no input (Unit)", "operation Op { output := { Password: String } }"],
    ["no output (Unit)", "@range(min: 1, max: 4)\nlong Size\noperation Op { input := { PasswordLength: Size } }"],
  ])("%s: none", (_, shapes) => {
    expect(boundLinks(opOf(shapes).op)).toEqual([]);
  });
});
