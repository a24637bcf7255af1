/**
 * A parser for ECMAScript regular expressions in Unicode mode (the `u` flag), the dialect Smithy's
 * `@pattern` names, into the small {@link RegexNode} tree that generation walks.
 *
 * Handled: anchors, literals, every character escape (`\t`, `\cX`, `\0`, `\xHH`, `\uHHHH`, surrogate
 * pairs, `\u{H…}`, identity escapes), class escapes (`\d \D \w \W \s \S \p{…} \P{…}`), classes with
 * ranges and negation, `.`, groups (capturing, named, non-capturing), alternation, greedy and lazy
 * quantifiers `* + ? {n} {n,} {n,m}`, `\b \B` and lookarounds (as assertions, see plan.ts).
 * Rejected with {@link UnsupportedPatternError}: backreferences (`\1`, `\k<name>`) and modifier
 * groups (`(?i:…)`), which no AWS model uses.
 *
 * Where ECMAScript and Java (the language AWS services validate with) disagree, generation keeps to
 * what both accept: `.` also never yields U+0085, and `\s` yields only ASCII white space, while a
 * negated class excludes every white space either language knows.
 *
 * @internal
 * @see https://tc39.es/ecma262/#sec-patterns
 */
import { UnsupportedPatternError } from "../errors.ts";
import type { AssertKind, RegexNode } from "./ast.ts";
import { CharSet } from "./charSet.ts";
import {
  JAVA_BOUNDARY,
  JAVA_DOLLAR,
  JAVA_NOT_BOUNDARY,
  JAVA_UNICODE_BOUNDARY,
  JAVA_UNICODE_NOT_BOUNDARY,
  JAVA_UNIX_DOLLAR,
} from "./javaIdioms.ts";
import { unicodePropertySet } from "./unicodeProperty.ts";

/**
 * A class atom as two sets: `narrow` is what it may yield (kept to what both ECMAScript and Java
 * accept), `wide` what a negated class must exclude (everything either language would match).
 */
interface Atom {
  readonly narrow: CharSet;
  readonly wide: CharSet;
  /** The code point, for an atom that stands for exactly one (a range may be bounded by it). */
  readonly cp?: number;
}

const same = (set: CharSet): Atom => ({ narrow: set, wide: set });
const one = (cp: number): Atom => ({ narrow: CharSet.char(cp), wide: CharSet.char(cp), cp });
const negate = (a: Atom): Atom => ({ narrow: a.wide.complement(), wide: a.narrow.complement() });

const DIGIT = CharSet.of([[0x30, 0x39]]);
export const WORD = CharSet.of([[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]]);
const JAVA_SPACE = CharSet.chars(" \t\n\v\f\r");
const JS_SPACE = CharSet.chars(" \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff").union(CharSet.of([[0x2000, 0x200a]]));
const SPACE: Atom = { narrow: JAVA_SPACE, wide: JS_SPACE };
const DOT = CharSet.chars("\n\r\u2028\u2029\u0085").complement();
const SYNTAX_CHARS = "^$\\.*+?()[]{}|/";

/** Java's word characters for `\b` (javaIdioms.ts JAVA_WORD): letters, decimal digits, `_`. */
function javaWord(): CharSet {
  return unicodePropertySet("L").union(unicodePropertySet("Nd")).union(CharSet.chars("_"));
}

/** Java's word characters under UNICODE_CHARACTER_CLASS (javaIdioms.ts JAVA_UNICODE_WORD). */
function javaUnicodeWord(): CharSet {
  return ["Alphabetic", "Mn", "Me", "Mc", "Nd", "Pc"].reduce((acc, p) => acc.union(unicodePropertySet(p)), CharSet.chars("\u200c\u200d"));
}

/** Parses `pattern` (which must compile with `new RegExp(pattern, "u")`). */
export function parsePattern(pattern: string): RegexNode {
  try {
    new RegExp(pattern, "u");
  } catch (e) {
    throw new UnsupportedPatternError(pattern, `it is not a valid ECMAScript regular expression with the u flag (${(e as Error).message})`);
  }
  return new Parser(pattern).parse();
}

class Parser {
  private readonly cps: readonly number[];
  private pos = 0;
  /** Capturing groups opened so far. */
  private groups = 0;

  constructor(private readonly pattern: string) {
    this.cps = [...pattern].map((c) => c.codePointAt(0)!);
  }

  parse(): RegexNode {
    const node = this.disjunction();
    if (this.pos < this.cps.length) this.fail(`unexpected ${this.charAt(this.pos)}`);
    return node;
  }

  private fail(reason: string): never {
    throw new UnsupportedPatternError(this.pattern, `${reason} at offset ${this.pos}`);
  }

  private peek(offset = 0): string {
    const cp = this.cps[this.pos + offset];
    return cp === undefined ? "" : String.fromCodePoint(cp);
  }

  private charAt(i: number): string {
    const cp = this.cps[i];
    return cp === undefined ? "end of pattern" : JSON.stringify(String.fromCodePoint(cp));
  }

  private eat(text: string): boolean {
    const chars = [...text];
    for (let i = 0; i < chars.length; i++) if (this.peek(i) !== chars[i]) return false;
    this.pos += chars.length;
    return true;
  }

  private disjunction(): RegexNode {
    const options = [this.alternative()];
    while (this.eat("|")) options.push(this.alternative());
    return options.length === 1 ? options[0]! : { type: "alt", options };
  }

  private alternative(): RegexNode {
    const items: RegexNode[] = [];
    while (this.pos < this.cps.length && this.peek() !== "|" && this.peek() !== ")") {
      const term = this.term();
      if (term.type === "seq") items.push(...term.items);
      else items.push(term);
    }
    return items.length === 1 ? items[0]! : { type: "seq", items };
  }

  private term(): RegexNode {
    const assertion = this.assertion();
    if (assertion) return assertion;
    const atom = this.atom();
    return this.quantified(atom);
  }

  private assertion(): RegexNode | undefined {
    const idiom = this.javaIdiom();
    if (idiom) return idiom;
    const simple: [string, AssertKind][] = [["^", "start"], ["$", "end"], ["\\b", "wordBoundary"], ["\\B", "notWordBoundary"]];
    for (const [text, kind] of simple) if (this.eat(text)) return { type: "assert", kind };
    const look: [string, AssertKind][] = [["(?=", "lookahead"], ["(?!", "negativeLookahead"], ["(?<=", "lookbehind"], ["(?<!", "negativeLookbehind"]];
    for (const [text, kind] of look) {
      if (this.eat(text)) {
        const before = this.groups;
        const body = this.disjunction(); // checked for syntax; the engine decides (see plan.ts)
        if (!this.eat(")")) this.fail("unclosed lookaround");
        // `(?=(X))\N`, N its only group: the translation's atomic group (javaIdioms.ts atomicGroup).
        // Generated as X, followed by an assertion that sends candidates to the check, since an
        // atomic X may refuse what a backtracking X accepts.
        if (kind === "lookahead" && this.groups > before && this.eat(`\\${before + 1}`) && !/^[0-9]/.test(this.peek())) {
          return { type: "seq", items: [body, { type: "assert", kind: "lookahead" }] };
        }
        // Annex B allows a quantifier on a lookahead only without `u`; the u-mode check rejected it already.
        return { type: "assert", kind, body };
      }
    }
    return undefined;
  }

  /**
   * The translation's forms of Java anchors and word boundaries (javaIdioms.ts), read back as the
   * assertions they stand for. Java's `$` (end, or before a final line terminator) is generated as the
   * end: a string that ends there matches it.
   */
  private javaIdiom(): RegexNode | undefined {
    if (this.peek() !== "(") return undefined;
    if (this.eat(JAVA_DOLLAR) || this.eat(JAVA_UNIX_DOLLAR)) return { type: "assert", kind: "end" };
    if (this.peek() !== "(") return undefined;
    const bounds: [string, AssertKind, boolean][] = [
      [JAVA_NOT_BOUNDARY, "notWordBoundary", false],
      [JAVA_BOUNDARY, "wordBoundary", false],
      [JAVA_UNICODE_NOT_BOUNDARY, "notWordBoundary", true],
      [JAVA_UNICODE_BOUNDARY, "wordBoundary", true],
    ];
    for (const [text, kind, unicode] of bounds) {
      if (!this.eat(text)) continue;
      // Under UNICODE_CHARACTER_CLASS marks are word characters; otherwise a mark's side depends on what precedes it.
      return unicode
        ? { type: "assert", kind, word: javaUnicodeWord(), unsure: CharSet.EMPTY }
        : { type: "assert", kind, word: javaWord(), unsure: unicodePropertySet("Mn") };
    }
    return undefined;
  }

  private quantified(atom: RegexNode): RegexNode {
    let min: number;
    let max: number;
    if (this.eat("*")) [min, max] = [0, Infinity];
    else if (this.eat("+")) [min, max] = [1, Infinity];
    else if (this.eat("?")) [min, max] = [0, 1];
    else if (this.peek() === "{" && /^\{\d+(,\d*)?\}/.test(this.rest())) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.rest())!;
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    } else return atom;
    this.eat("?"); // a lazy quantifier matches the same strings
    return { type: "repeat", node: atom, min, max };
  }

  private rest(): string {
    return String.fromCodePoint(...this.cps.slice(this.pos, this.pos + 40));
  }

  private atom(): RegexNode {
    const c = this.peek();
    if (c === ".") {
      this.pos++;
      return { type: "chars", set: DOT };
    }
    if (c === "(") return this.group();
    if (c === "[") return { type: "chars", set: this.characterClass() };
    if (c === "\\") {
      const next = this.peek(1);
      if (/[1-9]/.test(next) || next === "k") this.fail("a backreference is not supported");
      return { type: "chars", set: this.escape(false).narrow };
    }
    if ("*+?{}])|".includes(c)) this.fail(`unexpected ${JSON.stringify(c)}`);
    this.pos++;
    return { type: "chars", set: CharSet.char(c.codePointAt(0)!) };
  }

  private group(): RegexNode {
    this.pos++; // (
    if (this.eat("?:")) {
      // non-capturing
    } else if (this.peek() === "?" && this.peek(1) === "<") {
      const m = /^\?<([^>]+)>/.exec(this.rest());
      if (!m) this.fail("malformed group name");
      this.pos += [...m[0]].length;
      this.groups++;
    } else if (this.peek() === "?") {
      this.fail("modifier groups such as (?i:…) are not supported");
    } else {
      this.groups++;
    }
    const inner = this.disjunction();
    if (!this.eat(")")) this.fail("unclosed group");
    return inner;
  }

  private characterClass(): CharSet {
    this.pos++; // [
    const negated = this.eat("^");
    const atoms: Atom[] = [];
    while (this.peek() !== "]") {
      if (this.pos >= this.cps.length) this.fail("unclosed character class");
      const from = this.classAtom();
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== "") {
        this.pos++; // -
        const to = this.classAtom();
        const lo = from.cp;
        const hi = to.cp;
        if (lo === undefined || hi === undefined) this.fail("a class escape cannot bound a range");
        if (lo > hi) this.fail("range out of order in character class");
        atoms.push(same(CharSet.of([[lo, hi]])));
      } else {
        atoms.push(from);
      }
    }
    this.pos++; // ]
    if (negated) return atoms.reduce((acc, a) => acc.union(a.wide), CharSet.EMPTY).complement();
    return atoms.reduce((acc, a) => acc.union(a.narrow), CharSet.EMPTY);
  }

  private classAtom(): Atom {
    const c = this.peek();
    if (c === "\\") return this.escape(true);
    this.pos++;
    return one(c.codePointAt(0)!);
  }

  /** An escape at `\`; `inClass` allows `\b` (backspace) and `\-`. */
  private escape(inClass: boolean): Atom {
    this.pos++; // backslash
    const c = this.peek();
    this.pos++;
    switch (c) {
      case "d": return same(DIGIT);
      case "D": return same(DIGIT.complement());
      case "w": return same(WORD);
      case "W": return same(WORD.complement());
      case "s": return SPACE;
      case "S": return negate(SPACE);
      case "p":
      case "P": {
        const m = /^\{([A-Za-z0-9_=]+)\}/.exec(this.rest());
        if (!m) this.fail("malformed property escape");
        this.pos += m[0].length;
        const set = unicodePropertySet(m[1]!);
        return same(c === "p" ? set : set.complement());
      }
      case "t": return one(0x09);
      case "n": return one(0x0a);
      case "v": return one(0x0b);
      case "f": return one(0x0c);
      case "r": return one(0x0d);
      case "0": return one(0);
      case "c": {
        const letter = this.peek();
        if (!/^[A-Za-z]$/.test(letter)) this.fail("malformed control escape");
        this.pos++;
        return one(letter.codePointAt(0)! % 32);
      }
      case "x": {
        const m = /^[0-9A-Fa-f]{2}/.exec(this.rest());
        if (!m) this.fail("malformed \\x escape");
        this.pos += 2;
        return one(parseInt(m[0], 16));
      }
      case "u": return one(this.unicodeEscape());
      case "b":
        if (inClass) return one(0x08);
        break;
      case "-":
        if (inClass) return one(0x2d);
        break;
      default:
        if (c !== "" && SYNTAX_CHARS.includes(c)) return one(c.codePointAt(0)!);
    }
    this.pos--;
    return this.fail(`invalid escape \\${c}`);
  }

  /** After `\u`: `{H…}`, or four hex digits, joined with a following `\uDC00`-`\uDFFF` escape into one code point. */
  private unicodeEscape(): number {
    const braced = /^\{([0-9A-Fa-f]+)\}/.exec(this.rest());
    if (braced) {
      this.pos += braced[0].length;
      return parseInt(braced[1]!, 16);
    }
    const m = /^[0-9A-Fa-f]{4}/.exec(this.rest());
    if (!m) this.fail("malformed \\u escape");
    this.pos += 4;
    const lead = parseInt(m[0], 16);
    if (lead >= 0xd800 && lead <= 0xdbff) {
      const trail = /^\\u(d[c-f][0-9a-f]{2})/i.exec(this.rest());
      if (trail) {
        this.pos += 6;
        return 0x10000 + ((lead - 0xd800) << 10) + (parseInt(trail[1]!, 16) - 0xdc00);
      }
    }
    return lead;
  }
}
