/**
 * Java's named character classes as {@link ClassValue}s: the predefined classes (`\d \s \w \h \v`
 * and their negations, ASCII or Unicode under UNICODE_CHARACTER_CLASS), and every name `\p{…}`
 * accepts — POSIX classes, general categories, binary properties, `java…` methods of
 * `Character`, scripts and blocks — resolved in Java's own order (`Pattern.family`). Each is written
 * with ECMAScript property escapes where one means the same, so printed classes stay short.
 *
 * @see https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html#predef
 * @see https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html#ubc
 */
import { ClassValue } from "./classValue.ts";
import { CodePoints } from "./codePoints.ts";
import { BLOCKS, SCRIPTS } from "./unicodeTables.ts";

const p = (body: string) => ClassValue.property(body);
const set = (...ranges: (readonly [number, number])[]) => ClassValue.of(CodePoints.fromRanges(ranges));
const chars = (text: string) => ClassValue.of(CodePoints.of(text));
const union = ClassValue.union;

// ASCII classes (java.util.regex.ASCII)
const ASCII_DIGIT = set([0x30, 0x39]);
const ASCII_ALPHA = set([0x41, 0x5a], [0x61, 0x7a]);
const ASCII_ALNUM = set([0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]);
const ASCII_WORD = set([0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]);
const ASCII_SPACE = set([0x09, 0x0d], [0x20, 0x20]);
const ASCII_PUNCT = set([0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]);

// Unicode predicates (java.util.regex.CharPredicates)
const LETTER_OR_DIGIT = union(p("L"), p("Nd"));
const CASED = union(p("Lowercase"), p("Uppercase"), p("Lt"));
const WHITE_SPACE = union(p("Zs"), p("Zl"), p("Zp"), set([0x09, 0x0d], [0x85, 0x85]));
const HEX_DIGIT = union(p("Nd"), set([0x30, 0x39], [0x41, 0x46], [0x61, 0x66], [0xff10, 0xff19], [0xff21, 0xff26], [0xff41, 0xff46]));
const JOIN_CONTROL = set([0x200c, 0x200d]);
const WORD = union(p("Alphabetic"), p("Mn"), p("Me"), p("Mc"), p("Nd"), p("Pc"), JOIN_CONTROL);
const BLANK = union(p("Zs"), chars("\t"));
const GRAPH = union(p("Zs"), p("Zl"), p("Zp"), p("Cc"), p("Cs"), p("Cn")).negate();
// (GRAPH ∪ BLANK) ∖ Cc: the blanks other than TAB are Zs, which GRAPH lacks; TAB is Cc.
const PRINT = union(p("Zl"), p("Zp"), p("Cc"), p("Cs"), p("Cn")).negate();
const IDENTIFIER_IGNORABLE = union(set([0x00, 0x08], [0x0e, 0x1b], [0x7f, 0x9f]), p("Cf"));
// Character.isWhitespace: space separators other than no-break spaces, and nine ASCII controls
// (computed when asked for: it needs the engine's property data).
const javaWhitespace = () =>
  ClassValue.of(
    union(p("Zs"), p("Zl"), p("Zp"))
      .set()
      .minus(CodePoints.of("\u00a0\u2007\u202f"))
      .union(CodePoints.fromRanges([[0x09, 0x0d], [0x1c, 0x1f]])),
  );
const NONCHARACTER = p("Noncharacter_Code_Point");

/** Horizontal white space, `\h`. */
export const HORIZONTAL_SPACE = set([0x09, 0x09], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x180e, 0x180e], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]);
/** Vertical white space, `\v`. */
export const VERTICAL_SPACE = set([0x0a, 0x0d], [0x85, 0x85], [0x2028, 0x2029]);

/** `\d \D \s \S \w \W \h \H \v \V`; `unicode` is UNICODE_CHARACTER_CLASS. */
export function predefinedClass(letter: string, unicode: boolean): ClassValue {
  switch (letter) {
    case "d": return unicode ? p("Nd") : ASCII_DIGIT;
    case "D": return (unicode ? p("Nd") : ASCII_DIGIT).negate();
    case "s": return unicode ? WHITE_SPACE : ASCII_SPACE;
    case "S": return (unicode ? WHITE_SPACE : ASCII_SPACE).negate();
    case "w": return unicode ? WORD : ASCII_WORD;
    case "W": return (unicode ? WORD : ASCII_WORD).negate();
    case "h": return HORIZONTAL_SPACE;
    case "H": return HORIZONTAL_SPACE.negate();
    case "v": return VERTICAL_SPACE;
    case "V": return VERTICAL_SPACE.negate();
  }
  throw new Error(`not a predefined class: \\${letter}`);
}

/** Java's word characters for `\b`: `isLetterOrDigit` or `_`; WORD under UNICODE_CHARACTER_CLASS. */
export function boundaryWord(unicode: boolean): ClassValue {
  return unicode ? WORD : union(LETTER_OR_DIGIT, chars("_"));
}

/** `getPosixPredicate`: the Unicode POSIX classes of UNICODE_CHARACTER_CLASS. */
function posixPredicate(name: string, caseIns: boolean): ClassValue | undefined {
  switch (name) {
    case "ALPHA": return p("Alphabetic");
    case "LOWER": return caseIns ? CASED : p("Lowercase");
    case "UPPER": return caseIns ? CASED : p("Uppercase");
    case "SPACE": return WHITE_SPACE;
    case "PUNCT": return p("P");
    case "XDIGIT": return HEX_DIGIT;
    case "ALNUM": return union(p("Alphabetic"), p("Nd"));
    case "CNTRL": return p("Cc");
    case "DIGIT": return p("Nd");
    case "BLANK": return BLANK;
    case "GRAPH": return GRAPH;
    case "PRINT": return PRINT;
  }
  return undefined;
}

/** `getUnicodePredicate`: binary properties named after `Is`. */
function unicodePredicate(name: string, caseIns: boolean): ClassValue | undefined {
  switch (name) {
    case "ALPHABETIC": return p("Alphabetic");
    case "ASSIGNED": return p("Cn").negate();
    case "CONTROL": return p("Cc");
    case "HEXDIGIT":
    case "HEX_DIGIT": return HEX_DIGIT;
    case "IDEOGRAPHIC": return p("Ideographic");
    case "JOINCONTROL":
    case "JOIN_CONTROL": return JOIN_CONTROL;
    case "LETTER": return p("L");
    case "LOWERCASE": return caseIns ? CASED : p("Lowercase");
    case "NONCHARACTERCODEPOINT":
    case "NONCHARACTER_CODE_POINT": return NONCHARACTER;
    case "TITLECASE": return caseIns ? CASED : p("Lt");
    case "PUNCTUATION": return p("P");
    case "UPPERCASE": return caseIns ? CASED : p("Uppercase");
    case "WHITESPACE":
    case "WHITE_SPACE": return WHITE_SPACE;
    case "WORD": return WORD;
  }
  return undefined;
}

const CATEGORIES = new Set("Cn Lm Lo Mn Me Mc Nd Nl No Zs Zl Zp Cc Cf Co Cs Pd Ps Pe Pc Po Sm Sc Sk So Pi Pf L M N Z C P S LC".split(" "));

/** `CharPredicates.forProperty`: categories, ASCII POSIX classes, `java…` methods. Case-sensitive names. */
function forProperty(name: string, caseIns: boolean): ClassValue | undefined {
  if (name === "Lu" || name === "Ll" || name === "Lt") return caseIns ? p("LC") : p(name);
  if (CATEGORIES.has(name)) return p(name);
  switch (name) {
    case "LD": return LETTER_OR_DIGIT;
    case "L1": return set([0x00, 0xff]);
    case "all": return ClassValue.of(CodePoints.ALL);
    case "ASCII": return set([0x00, 0x7f]);
    case "Alnum": return ASCII_ALNUM;
    case "Alpha": return ASCII_ALPHA;
    case "Blank": return chars(" \t");
    case "Cntrl": return set([0x00, 0x1f], [0x7f, 0x7f]);
    case "Digit": return ASCII_DIGIT;
    case "Graph": return set([0x21, 0x7e]);
    case "Lower": return caseIns ? ASCII_ALPHA : set([0x61, 0x7a]);
    case "Print": return set([0x20, 0x7e]);
    case "Punct": return ASCII_PUNCT;
    case "Space": return ASCII_SPACE;
    case "Upper": return caseIns ? ASCII_ALPHA : set([0x41, 0x5a]);
    case "XDigit": return set([0x30, 0x39], [0x41, 0x46], [0x61, 0x66]);
    case "javaLowerCase": return caseIns ? CASED : p("Lowercase");
    case "javaUpperCase": return caseIns ? CASED : p("Uppercase");
    case "javaAlphabetic": return p("Alphabetic");
    case "javaIdeographic": return p("Ideographic");
    case "javaTitleCase": return caseIns ? CASED : p("Lt");
    case "javaDigit": return p("Nd");
    case "javaDefined": return p("Cn").negate();
    case "javaLetter": return p("L");
    case "javaLetterOrDigit": return LETTER_OR_DIGIT;
    case "javaJavaIdentifierStart": return union(p("L"), p("Nl"), p("Sc"), p("Pc"));
    case "javaJavaIdentifierPart": return union(p("L"), p("Sc"), p("Pc"), p("Nd"), p("Nl"), p("Mc"), p("Mn"), IDENTIFIER_IGNORABLE);
    case "javaUnicodeIdentifierStart": return p("ID_Start");
    case "javaUnicodeIdentifierPart": return union(p("ID_Continue"), IDENTIFIER_IGNORABLE);
    case "javaIdentifierIgnorable": return IDENTIFIER_IGNORABLE;
    case "javaSpaceChar": return p("Z");
    case "javaWhitespace": return javaWhitespace();
    case "javaISOControl": return set([0x00, 0x1f], [0x7f, 0x9f]);
    case "javaMirrored": return p("Bidi_M");
  }
  return undefined;
}

const SCRIPT_BY_NAME = new Map<string, string>();
for (const [constant, js, aliases] of SCRIPTS) {
  SCRIPT_BY_NAME.set(constant, js);
  for (const a of aliases) SCRIPT_BY_NAME.set(a, js);
}
const BLOCK_BY_NAME = new Map<string, readonly [number, number]>();
for (const [, lo, hi, names] of BLOCKS) for (const n of names) BLOCK_BY_NAME.set(n, [lo, hi]);

/** `Character.UnicodeScript.forName`: case-insensitive constant or alias. */
function forScript(name: string): ClassValue | undefined {
  const js = SCRIPT_BY_NAME.get(javaUpper(name));
  return js === undefined ? undefined : p(`Script=${js}`);
}

/** `Character.UnicodeBlock.forName`: case-insensitive canonical name, name without spaces, or constant. */
function forBlock(name: string): ClassValue | undefined {
  const range = BLOCK_BY_NAME.get(javaUpper(name));
  return range === undefined ? undefined : set(range);
}

/** `String.toUpperCase(Locale.ROOT)` for the names that can match a table entry (ASCII). */
function javaUpper(name: string): string {
  return name.replace(/[a-z]/g, (c) => c.toUpperCase());
}

/** Why `\p{…}` failed, in Java's words. */
export type FamilyResult = { readonly cls: ClassValue } | { readonly error: string };

/**
 * The class `\p{name}` names (Pattern.family), before `\P` negation; `caseIns` is CASE_INSENSITIVE,
 * `unicodeClass` UNICODE_CHARACTER_CLASS.
 *
 * @example
 * family("IsLatin", false, false) // { cls: \p{Script=Latin} }
 * family("Latin", false, false)   // { error: "Unknown character property name {Latin}" }
 */
export function family(name: string, caseIns: boolean, unicodeClass: boolean): FamilyResult {
  const eq = name.indexOf("=");
  if (eq !== -1) {
    const value = name.slice(eq + 1);
    const key = name.slice(0, eq).toLowerCase();
    let cls: ClassValue | undefined;
    if (key === "sc" || key === "script") cls = forScript(value);
    else if (key === "blk" || key === "block") cls = forBlock(value);
    else if (key === "gc" || key === "general_category") cls = forProperty(value, caseIns);
    return cls ? { cls } : { error: `Unknown Unicode property {name=<${key}>, value=<${value}>}` };
  }
  let cls: ClassValue | undefined;
  if (name.startsWith("In")) cls = forBlock(name.slice(2));
  else if (name.startsWith("Is")) {
    const short = name.slice(2);
    cls = unicodePredicate(javaUpper(short), caseIns) ?? posixPredicate(javaUpper(short), caseIns) ?? forProperty(short, caseIns) ?? forScript(short);
  } else {
    if (unicodeClass) cls = posixPredicate(javaUpper(name), caseIns);
    cls ??= forProperty(name, caseIns);
  }
  return cls ? { cls } : { error: `Unknown character property name {${name}}` };
}
