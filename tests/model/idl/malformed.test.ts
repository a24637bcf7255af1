/**
 * Malformed models: each input, the exact one-line error a user sees (`error: <file>:<line>:<column>:
 * …`, as the CLI prints it), and a check that Smithy's reference loader reports its first error at
 * the same line and column (wording may differ; position must not). All inputs go to one JVM.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { formatError } from "../../../codegen/cli/util.ts";
import { ModelError } from "../../../codegen/model/errors.ts";
import { modelFromTexts } from "../../../codegen/model/sources/read-model-sources.ts";
import { runReference, type ReferenceResult } from "./support/reference-loader.ts";

const H = '$version: "2"\nnamespace ex\n';

/** [what is wrong, files (name → text), the exact error line]. */
const CASES: readonly (readonly [string, Readonly<Record<string, string>>, string])[] = [
  ["shape statements need a line break", { "bad.smithy": H + "string A B\n" }, "error: bad.smithy:3:10: expected a line break, found identifier 'B'"],
  ["double colon", { "bad.smithy": H + "structure S { a:: String }\n" }, "error: bad.smithy:3:17: expected identifier, found ':'"],
  ["no namespace", { "bad.smithy": '$version: "2"\nstring A\n' }, "error: bad.smithy:2:1: expected a namespace statement, found identifier 'string'"],
  ["unknown shape type", { "bad.smithy": H + "strin A\n" }, "error: bad.smithy:3:1: expected a shape type or 'apply', found identifier 'strin'"],
  ["use after a shape", { "bad.smithy": H + "string A\nuse other#B\n" }, "error: bad.smithy:4:1: expected a shape type or 'apply', found identifier 'use'"],
  ["duplicate member", { "bad.smithy": H + "structure S { a: String, a: Integer }\n" }, "error: bad.smithy:3:26: ex#S: duplicate member a"],
  ["duplicate trait property", { "bad.smithy": H + "@foo(a: 1, a: 2)\nstring A\n" }, "error: bad.smithy:3:12: duplicate trait property \"a\""],
  ["duplicate object key", { "bad.smithy": H + "@foo({a: 1, a: 2})\nstring A\n" }, "error: bad.smithy:3:13: duplicate object key \"a\""],
  ["trait at the end of the file", { "bad.smithy": H + "string A\n@foo\n" }, "error: bad.smithy:5:1: expected identifier, found end of file"],
  ["duplicate control statement", { "bad.smithy": '$version: "2"\n$version: "2"\nnamespace ex\n' }, "error: bad.smithy:2:11: the control statement $version is given twice"],
  ["version as a number", { "bad.smithy": "$version: 2\nnamespace ex\n" }, "error: bad.smithy:1:11: $version must be a string such as \"2.0\", found 2"],
  ["unsupported version", { "bad.smithy": '$version: "3.0"\nnamespace ex\n' }, "error: bad.smithy:1:16: unsupported Smithy IDL version \"3.0\" (supported: \"1.0\", \"2.0\")"],
  ["a string where a shape belongs", { "bad.smithy": H + 'string A\n"x"\n' }, "error: bad.smithy:4:1: expected identifier, found string \"x\""],
  ["text block on one line", { "bad.smithy": H + '@foo("""abc""")\nstring A\n' }, "error: bad.smithy:3:6: a text block must start with a line break after the opening \"\"\""],
  ["control character in a string", { "bad.smithy": H + '@foo("a\u0001b")\nstring A\n' }, "error: bad.smithy:3:6: invalid character U+0001 in a string"],
  ["bad unicode escape", { "bad.smithy": H + '@foo("\\u12G4")\nstring A\n' }, "error: bad.smithy:3:6: invalid \\u escape in a string: \"G\" is not a hex digit"],
  ["unclosed string", { "bad.smithy": H + 'string A\n@foo("abc\n' }, "error: bad.smithy:4:6: the string is never closed (missing \")"],
  ["missing default value", { "bad.smithy": H + "structure S {\n    a: String = \n}\n" }, "error: bad.smithy:4:17: expected a value (string, text block, number, true, false, null, shape id, '[' or '{'), found line break"],
  ["duplicate operation property", { "bad.smithy": H + "operation O { input: A, input: B }\n" }, "error: bad.smithy:3:25: ex#O: 'input' is given twice"],
  ["unknown operation property", { "bad.smithy": H + "operation O { foo: X }\n" }, "error: bad.smithy:3:18: ex#O: unknown operation property 'foo' (expected input, output or errors)"],
  ["unexpected character", { "bad.smithy": H + "string A ^\n" }, "error: bad.smithy:3:10: unexpected character '^'"],
  ["single slash", { "bad.smithy": H + "string A /\n" }, "error: bad.smithy:3:10: a single '/' is not allowed ('//' starts a comment)"],
  ["minus without digits", { "bad.smithy": H + "@foo(-)\nstring A\n" }, "error: bad.smithy:3:6: invalid number '-': '-' must be followed by a digit"],
  ["dot without digits", { "bad.smithy": H + "@foo(1.)\nstring A\n" }, "error: bad.smithy:3:6: invalid number '1.': '.' must be followed by a digit"],
  ["exponent without digits", { "bad.smithy": H + "@foo(1e)\nstring A\n" }, "error: bad.smithy:3:6: invalid number '1e': an exponent must have digits"],
  ["invalid escape", { "bad.smithy": H + '@foo("a\\qb")\nstring A\n' }, "error: bad.smithy:3:6: invalid escape \\q in a string"],
  ["nested too deep", { "bad.smithy": H + "@foo(" + "[".repeat(70) + "]".repeat(70) + ")\nstring A\n" }, "error: bad.smithy:3:70: values are nested more than 64 deep"],
  ["lone underscore", { "bad.smithy": H + "string _\n" }, "error: bad.smithy:3:8: '_' is not an identifier: underscores must be followed by a letter or digit"],
  ["mixins in IDL 1.0", { "bad.smithy": "namespace ex\n@mixin structure M {}\nstructure S with [M] {}\n" }, "error: bad.smithy:3:13: ex#S: mixins need Smithy IDL 2.0 (add $version: \"2\" at the top of the file)"],
  ["elided target in IDL 1.0", { "bad.smithy": "namespace ex\nstructure S { $a }\n" }, "error: bad.smithy:2:16: ex#S$a: eliding a member's target ($a) needs Smithy IDL 2.0"],
  ["default value in IDL 1.0", { "bad.smithy": "namespace ex\nstructure S { a: Integer = 1 }\n" }, "error: bad.smithy:2:26: a default value (= \u2026) needs Smithy IDL 2.0"],
  ["inline input in IDL 1.0", { "bad.smithy": "namespace ex\noperation O { input := {} }\n" }, "error: bad.smithy:2:23: ex#O: inline input (:=) needs Smithy IDL 2.0"],
  ["empty mixin list", { "bad.smithy": H + "structure S with [] {}\n" }, "error: bad.smithy:3:19: expected identifier, found ']'"],
  ["operation property without whitespace after it", { "bad.smithy": H + "operation O {input: A}\nstructure A {}\n" }, "error: bad.smithy:3:22: expected whitespace, found '}'"],
  ["traits before apply", { "bad.smithy": H + "string A\n@deprecated\napply A @internal\n" }, "error: bad.smithy:5:1: traits cannot be written before an apply statement"],
  ["apply without a trait", { "bad.smithy": H + "string A\napply A\nstring B\n" }, "error: bad.smithy:5:1: expected '@' or '{', found identifier 'string'"],
  ["use of a member", { "bad.smithy": H + "use other#B$c\n" }, "error: bad.smithy:3:5: a use statement cannot name a member (other#B$c)"],
  ["two uses of one name", { "bad.smithy": H + "use a#X\nuse b#X\n" }, "error: bad.smithy:4:5: use b#X conflicts with use a#X: both are named X"],
  ["shape named like a use", { "bad.smithy": H + "use other#X\nstring X\n" }, "error: bad.smithy:4:8: the shape name X conflicts with use other#X"],
  ["metadata without =", { "bad.smithy": '$version: "2"\nmetadata x 1\n' }, "error: bad.smithy:2:12: expected '=', found number 1"],
  ["namespace without a name", { "bad.smithy": '$version: "2"\nnamespace\n' }, "error: bad.smithy:2:10: expected a space, found line break"],
  ["unclosed structure", { "bad.smithy": H + "structure S {\n    a: String\n" }, "error: bad.smithy:5:1: expected '}', found end of file"],
  ["unclosed trait", { "bad.smithy": H + '@foo("a"\nstring A\n' }, "error: bad.smithy:4:1: expected ')', found identifier 'string'"],
  ["enum value and member on one line", { "bad.smithy": H + 'enum E { A = "a", B }\n' }, "error: bad.smithy:3:19: expected a line break, found identifier 'B'"],
  ["unclosed text block", { "bad.smithy": H + '@foo("""\n  abc\n' }, "error: bad.smithy:3:6: the text block is never closed (missing \"\"\")"],
  ["for in IDL 1.0", { "bad.smithy": "namespace ex\nresource R {}\nstructure S for R {}\n" }, "error: bad.smithy:3:13: ex#S: binding a structure to a resource with 'for' needs Smithy IDL 2.0"],
  ["resource properties in IDL 1.0", { "bad.smithy": "namespace ex\nresource R { properties: { a: String } }\n" }, "error: bad.smithy:2:41: ex#R: resource properties need Smithy IDL 2.0"],
  ["member of a list named other than member", { "bad.smithy": H + "list L { item: String }\n" }, "error: bad.smithy:3:10: ex#L$item: a list has only member, not item"],
  // Model errors: positions as Smithy reports them (member, shape, trait or value).
  ["unresolved member target", { "bad.smithy": H + "structure S {\n    a: Nope\n}\n" }, "error: bad.smithy:4:5: ex#S$a: target ex#Nope is not defined"],
  ["a shape defined twice, differently", { "a.smithy": H + "string X\n", "b.smithy": H + "\ninteger X\n" }, "error: a.smithy:3:1: ex#X: defined twice, differently: a string here and an integer at b.smithy:4:1"],
  ["conflicting trait values", { "bad.smithy": H + '@since("1") @since("2")\nstring A\n' }, "error: bad.smithy:3:13: ex#A: trait smithy.api#since conflicts with the value applied at bad.smithy:3:1 (\"1\" there, \"2\" here)"],
  ["conflicting trait by apply in another file", { "a.smithy": H + '@documentation("a")\nstring X\n', "b.smithy": H + 'apply X @documentation("b")\n' }, "error: b.smithy:3:9: ex#X: trait smithy.api#documentation conflicts with the value applied at a.smithy:3:1 (\"a\" there, \"b\" here)"],
  ["apply to an unknown shape", { "bad.smithy": H + "apply Nope @deprecated\n" }, "error: bad.smithy:3:12: trait smithy.api#deprecated is applied to ex#Nope, which is not defined"],
  ["apply to an unknown member", { "bad.smithy": H + "structure S { a: String }\napply S$b @deprecated\n" }, "error: bad.smithy:4:11: trait smithy.api#deprecated is applied to ex#S$b, which is not defined"],
  ["mixin not defined", { "bad.smithy": H + "structure S with [Nope] {}\n" }, "error: bad.smithy:3:1: ex#S: mixin ex#Nope is not defined"],
  ["elided target with nothing to take it from", { "bad.smithy": H + "structure S {\n    $a\n}\n" }, "error: bad.smithy:4:5: ex#S$a: the target of $a is elided, but no mixin has a member a"],
  ["set in IDL 2.0", { "bad.smithy": H + "set S { member: String }\n" }, "error: bad.smithy:3:1: ex#S: set is not part of Smithy IDL 2.0; use a list with @uniqueItems"],
  ["@box in IDL 2.0", { "bad.smithy": H + "structure S {\n    @box a: Integer\n}\n" }, "error: bad.smithy:4:5: ex#S$a: @box is not part of Smithy IDL 2.0; use @default, or leave it without one to be optional"],
  ["unquoted value that is no shape", { "bad.smithy": H + "@tags([Nope])\nstring A\n" }, "error: bad.smithy:3:8: the unquoted value Nope is read as a shape id, but ex#Nope is not defined (quote it if it is a string)"],
  ["metadata conflict", { "a.smithy": '$version: "2"\nmetadata k = "x"\n', "b.smithy": '$version: "2"\nmetadata k = "y"\n' }, "error: b.smithy:2:14: metadata \"k\" conflicts with the value given at a.smithy:2:14"],
  ["enum in IDL 1.0", { "bad.smithy": "namespace ex\nenum E { A }\n" }, "error: bad.smithy:2:1: ex#E: enum shapes need Smithy IDL 2.0 (add $version: \"2\" at the top of the file)"],
  ["documentation comment and @documentation", { "bad.smithy": H + '/// doc\n@documentation("x")\nstring A\n' }, "error: bad.smithy:3:1: ex#A: trait smithy.api#documentation conflicts with the value applied at bad.smithy:4:1 (\"x\" there, \"doc\" here)"],
  ["resource of an elided member not defined", { "bad.smithy": H + "structure S for Nope {\n    $id\n}\n" }, "error: bad.smithy:4:5: ex#S$id: the elided member's resource ex#Nope is not defined"],
  ["a mixin without @mixin", { "bad.smithy": H + "structure M {}\nstructure S with [M] {}\n" }, "error: bad.smithy:4:1: ex#S: ex#M is used as a mixin but has no @mixin trait"],
];

function ourError(files: Readonly<Record<string, string>>): unknown {
  try {
    modelFromTexts(Object.entries(files).map(([path, text]) => ({ path, text })));
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("malformed IDL: one-line errors at Smithy's line and column", () => {
  let reference: ReferenceResult[];
  beforeAll(() => {
    reference = runReference(CASES.map(([, sources]) => ({ sources })));
  }, 60_000);

  it("has at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map(([name, files, message], i) => [name, files, message, i] as const))("%s", (_, files, message, i) => {
    const e = ourError(files);
    expect(e).toBeInstanceOf(ModelError);
    expect(formatError(e)).toBe(`${message}\n`);
    const [, file, line, column] = /^error: ([^:]+):(\d+):(\d+): /.exec(message)!;
    // Smithy's first event: a syntax error stops Smithy's parse, so it is reported first.
    const first = reference[i]!.events[0];
    expect(first, "Smithy's reference loader reports an error at the same place").toMatchObject({ file, line: Number(line), column: Number(column) });
  });
});
