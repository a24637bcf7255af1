/** Token positions: lines end at LF, CRLF or a lone CR; columns count UTF-16 code units (as Smithy's loader counts). */
import { describe, expect, it } from "vitest";
import { Tokenizer } from "../../../codegen/model/idl/tokenizer.ts";
import { T, tokenName } from "../../../codegen/model/idl/tokens.ts";

function tokens(text: string): string[] {
  const t = new Tokenizer("t.smithy", text);
  const out: string[] = [];
  for (;;) {
    out.push(`${t.line}:${t.column} ${tokenName(t.kind)}${t.kind === T.STRING ? ` ${JSON.stringify(t.stringValue)}` : t.kind === T.IDENTIFIER ? ` ${t.lexeme()}` : ""}`);
    if (t.kind === T.EOF) return out;
    t.next();
  }
}

describe("tokenizer positions", () => {
  it("counts lines across CRLF, lone CR, strings spanning lines and comments", () => {
    expect(tokens('a\r\nb\rc "x\ny" d\n/// doc\n@e')).toEqual([
      "1:1 identifier a",
      "1:2 line break",
      "2:1 identifier b",
      "2:2 line break",
      "3:1 identifier c",
      "3:2 space",
      '3:3 string "x\\ny"',
      "4:3 space",
      "4:4 identifier d",
      "4:5 line break",
      "5:1 documentation comment",
      "6:1 '@'",
      "6:2 identifier e",
      "6:3 end of file",
    ]);
  });

  it("counts a character outside the BMP as two columns", () => {
    expect(tokens("😀 x")).toEqual(["1:1 invalid character", "1:3 space", "1:4 identifier x", "1:5 end of file"]);
  });

  it("keeps a documentation comment's text after `///` and one space", () => {
    const t = new Tokenizer("t.smithy", "///  two spaces\n///none\r\n///\n");
    while (t.kind !== T.EOF) t.next();
    expect(t.takeDocComment()).toBe(" two spaces\nnone\n");
  });
});
