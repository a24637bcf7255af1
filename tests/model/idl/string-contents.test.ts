/**
 * Strings and text blocks: escapes, line endings, and a text block's incidental whitespace, as the
 * specification's examples and Smithy's loader decide them (values worked out by hand from the rules).
 *
 * @see https://smithy.io/2.0/spec/idl.html#text-blocks
 */
import { describe, expect, it } from "vitest";
import { StringContentError, stringContents } from "../../../codegen/model/idl/string-contents.ts";

describe("quoted strings", () => {
  it.each([
    ["plain text", "abc", "abc"],
    ["every escape", '\\"\\\\\\/\\b\\f\\n\\r\\t', '"\\/\b\f\n\r\t'],
    ["\\u escapes, a surrogate pair from two", "\\u00e9\\ud83d\\ude00", "é😀"],
    ["an escaped line break joins lines", "a\\\nb", "ab"],
    ["CRLF and CR become LF", "a\r\nb\rc", "a\nb\nc"],
    ["tabs, U+2028 and non-ASCII as they are", "\t\u2028日本", "\t\u2028日本"],
  ])("%s", (_, raw, value) => {
    expect(stringContents(raw, false)).toBe(value);
  });

  it.each([
    ["an unknown escape", "a\\qb", "invalid escape \\q in a string"],
    ["a short \\u escape", "\\u12", "unfinished \\u escape in a string"],
    ["a control character", "a\u0001", "invalid character U+0001 in a string"],
  ])("refuses %s", (_, raw, message) => {
    expect(() => stringContents(raw, false)).toThrow(new StringContentError(message));
  });
});

describe("text blocks (the text between the quotes)", () => {
  it.each([
    ["a closing line at the content's indent keeps the last line break", "\n    Hello\n    ", "Hello\n"],
    ["closing quotes on the last content line: no final line break", "\n    Hello", "Hello"],
    ["the closing line counts even when it is indented less", "\n    Hello\n  ", "  Hello\n"],
    ["a closing line indented more than the content is just dropped", "\n    Hello\n    There\n         ", "Hello\nThere\n"],
    ["blank and space-only lines do not count", "\n    Hello\n\n  \n    there\n    ", "Hello\n\n\nthere\n"],
    ["trailing spaces are removed from each line", "\n    a   \n    b \n    ", "a\nb\n"],
    // With no indentation to remove, Smithy keeps the first space of a space-only closing line
    // (its trailing-space loop stops before the line's first character); checked with its loader.
    ["tabs are not incidental whitespace", "\n\tHello\n    ", "\tHello\n "],
    ["escapes are decoded after the whitespace is removed", '\n    Hi \\\n    there \\n\n    \\"""\n    ', 'Hi there \n\n"""\n'],
    ["CRLF line endings", "\r\n    a\r\n    ", "a\n"],
  ])("%s", (_, raw, value) => {
    expect(stringContents(raw, true)).toBe(value);
  });

  it("must start with a line break", () => {
    expect(() => stringContents("abc", true)).toThrow(new StringContentError('a text block must start with a line break after the opening """'));
  });
});
