/**
 * Folding nested quantifiers (runtime/validation/nested-quantifiers.ts): the folded pattern accepts
 * exactly what the original accepts, and the ReDoS shape of Smithy's compliance case answers at once.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { foldNestedQuantifiers } from "../../../runtime/validation/nested-quantifiers.ts";

describe("foldNestedQuantifiers", () => {
  it.each([
    ["^([0-9]+)+$", "^([0-9]+)$"],
    ["^(?:a*)+$", "^(?:a*)$"],
    ["([a-z]+)*x", "([a-z]*)x"],
    ["(\\d*)*", "(\\d*)"],
    ["(\\p{L}+)+", "(\\p{L}+)"],
    ["[\\]](a+)+", "[\\]](a+)"],
  ])("folds %s into %s", (pattern, want) => {
    expect(foldNestedQuantifiers(pattern)).toBe(want);
  });

  it.each([
    ["\\(a+)+", "an escaped parenthesis is no group"],
    ["[(a+)*]", "a parenthesis in a class is no group"],
    ["(a+)+?", "a lazy outer quantifier is left as it is"],
    ["(ab+)+", "a group of more than one atom"],
    ["^(\\d+)+(\\1)$", "a pattern with a backreference"],
    ["^[a-m]+$", "no nested quantifier"],
  ])("leaves %s as it is (%s)", (pattern) => {
    expect(foldNestedQuantifiers(pattern)).toBe(pattern);
  });

  const PATTERNS = ["^([0-9]+)+$", "^(?:a*)+$", "^([a-b]+)*c$", "(a*)+b", "^x(\\d*)*$"];
  test.prop([fc.constantFrom(...PATTERNS), fc.string({ unit: fc.constantFrom("a", "b", "c", "0", "1", "x", "!"), maxLength: 12 })])(
    "accepts exactly what the original pattern accepts",
    (pattern, text) => {
      expect(new RegExp(foldNestedQuantifiers(pattern), "u").test(text)).toBe(new RegExp(pattern, "u").test(text));
    },
  );

  it("lets a validator answer the ReDoS case at once (a hang here is the failure)", { timeout: 10_000 }, () => {
    const validate = createAjv().compile({ type: "string", pattern: "^([0-9]+)+$" });
    expect(validate(`${"0".repeat(84)}!`)).toBe(false);
    expect(validate("0".repeat(84))).toBe(true);
  });
});
