/**
 * Where the JDK's Unicode data (Java 17: Unicode 13.0) and this JavaScript engine's (Node 20:
 * Unicode 15) disagree, the translation follows the engine that runs the translated pattern, by
 * design (README, "Patterns"). Oracle tests set such code points aside, and count them:
 *
 * - code points the engine's Unicode assigns and Java's leaves unassigned (computed from both);
 * - code points both assign but whose properties Unicode 14–15 changed (listed here, each found by
 *   tests/model/pattern/class-sets.test.ts and checked against the Unicode change notes): U+0295
 *   became Lo; U+10FC and U+AB69 Other_Lowercase; U+2E2F left Pattern_Syntax; U+30FB and U+FF65
 *   joined ID_Continue; U+226D lost Bidi_Mirrored; several combining marks became Other_Alphabetic;
 *   U+16FE2–U+16FE3 changed script.
 */
import { CodePoints } from "../../../codegen/model/pattern/codePoints.ts";
import { propertySet } from "../../../codegen/model/pattern/unicode.ts";

const CHANGED = CodePoints.fromRanges([
  [0x295, 0x295],
  [0x363, 0x36f],
  [0xc04, 0xc04],
  [0xf82, 0xf83],
  [0x10fc, 0x10fc],
  [0x1dd3, 0x1de6],
  [0x226d, 0x226d],
  [0x2e2f, 0x2e2f],
  [0x30fb, 0x30fb],
  [0xab69, 0xab69],
  [0xff65, 0xff65],
  [0x11080, 0x11081],
  [0x16fe2, 0x16fe3],
]);

/** The code points on which Java's and the engine's Unicode versions differ; `javaDefined` is Java's `Character.isDefined` set. */
export function unicodeVersionDifferences(javaDefined: CodePoints): CodePoints {
  return propertySet("Cn").complement().minus(javaDefined).union(CHANGED);
}
