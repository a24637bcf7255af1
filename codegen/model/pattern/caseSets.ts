/**
 * The sets of code points a character matches under CASE_INSENSITIVE, as Java computes them: ASCII
 * only, or with UNICODE_CASE by Java's simple case mappings (`Character.toUpperCase` /
 * `toLowerCase`, see unicode.ts), each construct with its own rule — a single character
 * (`Pattern.single`), a character of a literal run (`SliceI`/`SliceU`), a class member
 * (`BitClass.add`), a class range (`CIRange`/`CIRangeU`).
 *
 * @see https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html#CASE_INSENSITIVE
 */
import { CodePoints } from "./codePoints.ts";
import { asciiLower, asciiUpper, isAscii } from "./cursor.ts";
import { casedCodePoints, foldedFrom, toLower, toUpper } from "./unicode.ts";

export interface CaseFlags {
  readonly caseInsensitive: boolean;
  readonly unicodeCase: boolean;
}

/** Pattern.single: one character outside a literal run. */
export function singleSet(ch: number, f: CaseFlags): CodePoints {
  if (f.caseInsensitive) {
    if (f.unicodeCase) {
      const upper = toUpper(ch);
      const lower = toLower(upper);
      if (upper !== lower) return singleU(lower);
    } else if (isAscii(ch)) {
      const lower = asciiLower(ch);
      const upper = asciiUpper(ch);
      if (lower !== upper) return CodePoints.list([lower, upper]);
    }
  }
  return CodePoints.char(ch);
}

/** One character of a literal run (Pattern.newSlice: SliceI, SliceU). */
export function sliceSet(ch: number, f: CaseFlags): CodePoints {
  if (!f.caseInsensitive) return CodePoints.char(ch);
  if (f.unicodeCase) return singleU(toLower(toUpper(ch)));
  const lower = asciiLower(ch);
  return CodePoints.list([lower, asciiUpper(lower)]);
}

/** BitClass.add: a class member below U+0100 (except those Pattern.bitsOrSingle sends to single). */
export function bitSet(ch: number, f: CaseFlags): CodePoints {
  const add = [ch];
  if (f.caseInsensitive) {
    if (isAscii(ch)) add.push(asciiUpper(ch), asciiLower(ch));
    else if (f.unicodeCase) add.push(toLower(ch), toUpper(ch));
  }
  return CodePoints.list(add);
}

/** A class range `lo-hi` (Range, CIRange, CIRangeU). */
export function rangeSet(lo: number, hi: number, f: CaseFlags): CodePoints {
  if (!f.caseInsensitive) return CodePoints.range(lo, hi);
  return f.unicodeCase ? ciRangeU(lo, hi) : ciRange(lo, hi);
}

/** SingleU(lower): `c == lower || toLowerCase(toUpperCase(c)) == lower`. */
function singleU(lower: number): CodePoints {
  const members = [lower, ...foldedFrom(lower)];
  if (toLower(toUpper(lower)) !== lower) return CodePoints.list(members.filter((c) => c === lower || toLower(toUpper(c)) === lower));
  return CodePoints.list(members);
}

/** CIRange: the range, and ASCII characters whose other case is in it. */
function ciRange(lo: number, hi: number): CodePoints {
  const extra: number[] = [];
  for (let c = 0; c < 0x80; c++) {
    const u = asciiUpper(c);
    const l = asciiLower(c);
    if ((u >= lo && u <= hi) || (l >= lo && l <= hi)) extra.push(c);
  }
  return CodePoints.range(lo, hi).union(CodePoints.list(extra));
}

/** CIRangeU: the range, and characters whose upper case (or its lower case) is in it. */
function ciRangeU(lo: number, hi: number): CodePoints {
  const extra: number[] = [];
  for (const c of casedCodePoints()) {
    const u = toUpper(c);
    const l = toLower(u);
    if ((u >= lo && u <= hi) || (l >= lo && l <= hi)) extra.push(c);
  }
  return CodePoints.range(lo, hi).union(CodePoints.list(extra));
}
