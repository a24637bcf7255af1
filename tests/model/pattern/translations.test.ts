/**
 * PatternTranslations: each distinct pattern translated once per owner, the same answer as
 * translateJavaPattern, frozen (it is shared by every trait map that writes the pattern), and a
 * pattern Java rejects rejected the same way every time.
 */
import { describe, expect, it } from "vitest";
import { JavaPatternError, translateJavaPattern } from "../../../codegen/model/pattern/translate.ts";
import { PatternTranslations } from "../../../codegen/model/pattern/translations.ts";

describe("PatternTranslations", () => {
  it("answers as translateJavaPattern does, with one frozen object per distinct source", () => {
    const patterns = new PatternTranslations();
    for (const source of ["^[\\w-_]+$", "\\p{javaLowerCase}+", "(?i)ab", "^$"]) {
      const first = patterns.translate(source);
      expect(first).toEqual(translateJavaPattern(source));
      expect(patterns.translate(source)).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
      expect(Object.isFrozen(first.approximations)).toBe(true);
    }
  });

  it("keeps approximations (frozen) where the translation is not exact", () => {
    const t = new PatternTranslations().translate("(?c)a");
    expect(t.approximations).toEqual(translateJavaPattern("(?c)a").approximations);
    expect(t.approximations.length).toBeGreaterThan(0);
    expect(t.approximations.every((a) => Object.isFrozen(a))).toBe(true);
  });

  it("throws Java's error for a pattern Java rejects, each time", () => {
    const patterns = new PatternTranslations();
    const thrown = () => {
      try {
        patterns.translate("^a{$");
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const first = thrown();
    expect(first).toBeInstanceOf(JavaPatternError);
    expect((first as JavaPatternError).message).toBe((() => {
      try {
        translateJavaPattern("^a{$");
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })());
    expect(thrown()).toBe(first);
  });

  it("keeps each owner's translations apart", () => {
    expect(new PatternTranslations().translate("^a+$")).not.toBe(new PatternTranslations().translate("^a+$"));
  });
});
