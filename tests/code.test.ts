import { describe, expect, it } from "vitest";
import { ident, literal, literalBlock, propAccess, propKey, str, tsdoc } from "../codegen/code.ts";

describe("code builder", () => {
  it.each([
    ["plain", `"plain"`],
    [`quote " and \\ backslash`, `"quote \\" and \\\\ backslash"`],
    ["line\nbreak", `"line\\nbreak"`],
    ["sep\u2028para\u2029", `"sep\\u2028para\\u2029"`],
    ["</script>${x}`", `"</script>\${x}\`"`],
  ])("str(%j) is a literal that evaluates back to the input", (input, want) => {
    expect(str(input)).toBe(want);
    expect(new Function(`return ${str(input)};`)()).toBe(input);
  });

  it("literal() writes JSON-like values, quoting keys that are not identifiers", () => {
    expect(literal({ a: 1, "b-c": [true, null, "x"], d: undefined, e: -0 })).toBe(`{ a: 1, "b-c": [true, null, "x"], e: -0 }`);
    expect(() => literal(Number.NaN)).toThrow("cannot write non-finite number NaN as a literal");
    expect(() => literal(() => 1)).toThrow("cannot write a function as a literal");
  });

  it("ident() accepts identifiers and refuses anything else", () => {
    expect(ident("Foo_$1")).toBe("Foo_$1");
    for (const bad of ["1a", "a-b", "a b", "", "a;b", "x\u2028"]) expect(() => ident(bad)).toThrow(`not a valid identifier: ${str(bad)}`);
  });

  it("propKey / propAccess quote what is not an identifier", () => {
    expect([propKey("abc"), propKey("a-b"), propKey("__proto__")]).toEqual(["abc", `"a-b"`, `["__proto__"]`]);
    // A member named __proto__ stays a member: it does not replace the object's prototype.
    const obj = new Function(`return ${literal(JSON.parse(`{"__proto__": {"polluted": true}}`))};`)() as Record<string, unknown>;
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(Object.keys(obj)).toEqual(["__proto__"]);
    expect([propAccess("abc"), propAccess("a b")]).toEqual([".abc", `["a b"]`]);
  });

  it("tsdoc() escapes text so it can neither end the comment nor open a tag", () => {
    const text = `Ends here */ console.log("pwned"); /* and {@link x} @deprecated\nsecond line`;
    expect(tsdoc(text, ["@public"], "  ")).toBe(
      `  /**\n` +
        `   * Ends here *\\/ console.log("pwned"); /\\* and \\{\\@link x\\} \\@deprecated\n` +
        `   * second line\n` +
        `   * @public\n` +
        `   */\n`,
    );
    // Whatever the text, the block is one comment: evaluating it with code after it runs only that code.
    const block = tsdoc(`*/ throw new Error("escaped"); /*`, ["@deprecated */ throw 1; /*"]);
    expect(new Function(`${block} return 42;`)()).toBe(42);
  });

  it("tsdoc() writes nothing for no text and no tags, and refuses a tag that is not one", () => {
    expect(tsdoc(undefined)).toBe("");
    expect(tsdoc("   ")).toBe("");
    expect(() => tsdoc("x", ["public"])).toThrow(`not a TSDoc tag: "public"`);
  });
});

describe("literalBlock", () => {
  it("writes readable multi-line literals that evaluate back to the value", () => {
    const value = { $id: "urn:x", "a-b": [1, { c: null, d: "e\u2028" }], e: [], f: {} };
    const text = literalBlock(value);
    expect(text).toBe(`{\n  $id: "urn:x",\n  "a-b": [\n    1,\n    {\n      c: null,\n      d: "e\\u2028"\n    }\n  ],\n  e: [],\n  f: {}\n}`);
    expect(new Function(`return ${text};`)()).toEqual(value);
  });
});
