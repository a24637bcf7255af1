/**
 * Unicode facts the translation computes with, read from the JavaScript engine itself (so the sets
 * agree with the `RegExp` that will run the translated pattern): the members of a `\p{…}` property,
 * and Java's simple case mappings `Character.toUpperCase` / `toLowerCase`, which Java's
 * case-insensitive matching is defined by.
 *
 * Both are pure functions of the engine's Unicode version; scanning every code point takes tens of
 * milliseconds, so each answer is kept in a memo that no caller can observe.
 *
 * @see https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/Character.html#toUpperCase(int)
 */
import { CodePoints, MAX_CODE_POINT, type Range } from "./codePoints.ts";

const properties = new Map<string, CodePoints>();

/**
 * The members of ECMAScript's `\p{body}` (e.g. `L`, `Script=Latin`, `Alphabetic`).
 *
 * @example
 * propertySet("Nd").has(0x661) // true (ARABIC-INDIC DIGIT ONE)
 */
export function propertySet(body: string): CodePoints {
  const known = properties.get(body);
  if (known) return known;
  const re = new RegExp(`^\\p{${body}}$`, "u");
  const ranges: Range[] = [];
  let start = -1;
  for (let cp = 0; cp <= MAX_CODE_POINT + 1; cp++) {
    const inside = cp <= MAX_CODE_POINT && re.test(String.fromCodePoint(cp));
    if (inside && start < 0) start = cp;
    if (!inside && start >= 0) {
      ranges.push([start, cp - 1]);
      start = -1;
    }
  }
  const set = CodePoints.fromRanges(ranges);
  properties.set(body, set);
  return set;
}

/**
 * Simple upper-case mappings that differ from what `String.prototype.toUpperCase` gives for one
 * code point: where the full mapping has several code points (`ß` → `SS`), Java's simple mapping
 * is the code point itself, except for the Greek letters with ypogegrammeni, whose simple mapping
 * is their title-case form (UnicodeData.txt, field 12).
 */
function specialUpper(cp: number): number {
  if ((cp >= 0x1f80 && cp <= 0x1f87) || (cp >= 0x1f90 && cp <= 0x1f97) || (cp >= 0x1fa0 && cp <= 0x1fa7)) return cp + 8;
  if (cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) return cp + 9;
  return cp;
}

interface CaseTables {
  readonly upper: Map<number, number>;
  readonly lower: Map<number, number>;
  /** lower(upper(c)) → every c with that value, for the code points where it is not c itself. */
  readonly foldedFrom: Map<number, number[]>;
}

let tables: CaseTables | undefined;

function caseTables(): CaseTables {
  if (tables) return tables;
  const upper = new Map<number, number>();
  const lower = new Map<number, number>();
  for (let cp = 0; cp <= MAX_CODE_POINT; cp++) {
    if (cp === 0xd800) cp = 0xe000;
    const s = String.fromCodePoint(cp);
    const u = [...s.toUpperCase()];
    const up = u.length === 1 ? u[0]!.codePointAt(0)! : specialUpper(cp);
    if (up !== cp) upper.set(cp, up);
    const l = [...s.toLowerCase()];
    // U+0130 İ is the one code point whose full lower-case mapping has two (i + U+0307).
    const low = l.length === 1 ? l[0]!.codePointAt(0)! : cp === 0x130 ? 0x69 : cp;
    if (low !== cp) lower.set(cp, low);
  }
  const foldedFrom = new Map<number, number[]>();
  const t = { upper, lower, foldedFrom };
  tables = t;
  for (const cp of new Set([...upper.keys(), ...lower.keys()])) {
    const f = toLower(toUpper(cp));
    if (f === cp) continue;
    const list = foldedFrom.get(f);
    if (list) list.push(cp);
    else foldedFrom.set(f, [cp]);
  }
  return t;
}

/** Java's `Character.toUpperCase(cp)`. */
export function toUpper(cp: number): number {
  return caseTables().upper.get(cp) ?? cp;
}

/** Java's `Character.toLowerCase(cp)`. */
export function toLower(cp: number): number {
  return caseTables().lower.get(cp) ?? cp;
}

/** Every code point `c` with `lower(upper(c)) === folded`, besides `folded` itself. */
export function foldedFrom(folded: number): readonly number[] {
  return caseTables().foldedFrom.get(folded) ?? [];
}

/** Every code point that some case mapping changes (the only ones case-insensitive matching adds). */
export function casedCodePoints(): Iterable<number> {
  const t = caseTables();
  return new Set([...t.upper.keys(), ...t.lower.keys()]);
}
