/**
 * Character classes are computed, not trusted from memory: for each class below, the set of code
 * points our parser gives equals the set java.util.regex matches, over every code point U+0000–
 * U+10FFFF (one JVM; each class swept in one pass). Java's simple case mappings, which decide
 * case-insensitive classes, are compared the same way. Code points on which the two Unicode
 * versions differ are left out (tests/support/java/unicodeVersion.ts: the engine's data decides there).
 */
import { describe, expect, it } from "vitest";
import { CodePoints } from "../../../codegen/model/pattern/codePoints.ts";
import { parseJavaPattern } from "../../../codegen/model/pattern/parse.ts";
import { toLower, toUpper } from "../../../codegen/model/pattern/unicode.ts";
import { javaOracle } from "../../support/java/oracle.ts";
import { unicodeVersionDifferences } from "../../support/java/unicodeVersion.ts";

const CLASSES = [
  "\\p{Alnum}", "\\p{Punct}", "\\p{Print}", "\\p{Blank}", "\\p{Graph}", "\\p{Cntrl}", "\\p{Space}",
  "\\p{LD}", "\\p{javaLowerCase}", "\\p{javaUpperCase}", "\\p{javaJavaIdentifierStart}", "\\p{javaJavaIdentifierPart}",
  "\\p{javaUnicodeIdentifierStart}", "\\p{javaUnicodeIdentifierPart}", "\\p{javaWhitespace}", "\\p{javaMirrored}",
  "\\p{javaIdentifierIgnorable}", "\\p{IsAlphabetic}", "\\p{IsWhite_Space}", "\\p{IsHex_Digit}", "\\p{IsPrint}",
  "\\p{IsGraph}", "\\p{IsWord}", "\\p{IsNoncharacter_Code_Point}", "(?U)\\w", "(?U)\\p{Punct}", "(?U)\\p{Blank}",
  "\\p{IsLatin}", "\\p{IsCommon}", "\\p{InGreek}", "\\h", "\\v", "\\s", ".", "[\\p{L}&&[^\\p{Lu}]]",
  "(?i)\\p{Lu}", "(?i)\\p{IsUppercase}", "(?iu)[a-z]", "(?iu)[\\u0370-\\u03ff]", "(?i)[\\u00c0-\\u00ff]",
  "(?iu)[\\u00b5\\u00ff\\u00e5]", "(?iu)k", "(?iu)\\u03c3", "(?iu)[^i]", "(?iu)\\u01c5",
];

describe("Java character classes", () => {
  it("match the code points java.util.regex matches, and Java's case mappings", { timeout: 180_000 }, () => {
    const [defined, upper, lower, ...sweeps] = javaOracle([
      { table: "defined" },
      { table: "upper" },
      { table: "lower" },
      ...CLASSES.map((pattern) => ({ pattern, sweep: true as const })),
    ]);
    const newer = unicodeVersionDifferences(CodePoints.fromRanges(defined!.ranges!));

    const wrong: string[] = [];
    CLASSES.forEach((pattern, i) => {
      const root = parseJavaPattern(pattern).root;
      if (root.type !== "chars") throw new Error(`${pattern} is not one class`);
      const ours = root.cls.set().minus(newer);
      const java = CodePoints.fromRanges(sweeps[i]!.ranges!).minus(newer);
      if (!ours.equals(java)) {
        const show = (s: CodePoints) => s.ranges.slice(0, 6).map(([a, b]) => `${a.toString(16)}-${b.toString(16)}`).join(" ");
        wrong.push(`${pattern}: only ours ${show(ours.minus(java))}; only Java ${show(java.minus(ours))}`);
      }
    });
    expect(wrong).toEqual([]);

    const mapping = (pairs: readonly (readonly [number, number])[]) => new Map(pairs.map(([a, b]) => [a, b]));
    const [ju, jl] = [mapping(upper!.pairs!), mapping(lower!.pairs!)];
    const differences: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c === 0xd800) c = 0xe000;
      const [u, l] = [ju.get(c) ?? c, jl.get(c) ?? c];
      // A pair that involves a code point Java's Unicode does not have yet is the newer Unicode's.
      if (toUpper(c) !== u && !newer.has(toUpper(c)) && !newer.has(c)) differences.push(`toUpperCase(${c.toString(16)})`);
      if (toLower(c) !== l && !newer.has(toLower(c)) && !newer.has(c)) differences.push(`toLowerCase(${c.toString(16)})`);
    }
    expect(differences).toEqual([]);
  });
});
