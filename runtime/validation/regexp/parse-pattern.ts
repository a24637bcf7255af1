/**
 * A parser of ECMAScript patterns in Unicode mode (`new RegExp(p, "u")`, the form JSON Schema
 * validators compile and our `@pattern` translations are written in) into the tree the linear-time
 * matcher (linear-matcher.ts) runs and the backtracking-risk check (backtracking-risk.ts) reads.
 *
 * Exact, not approximate (unlike runtime/arbitraries/regex, which reads patterns for generation):
 * what one character may be is decided by the engine itself — every class, escape and `.` becomes
 * a predicate backed by a native `RegExp` of that atom alone, so `\s`, `\p{…}`, negated classes and
 * `.` mean exactly what they mean in the whole pattern. Lookarounds keep their bodies. Backreferences
 * are kept as such: no linear-time engine matches them, and the caller falls back.
 *
 * @see https://tc39.es/ecma262/#sec-patterns
 * @internal
 */

/** One character (a code point) out of a set. */
export interface CharNode {
  readonly type: "char";
  /** Whether code point `cp` is in the set. */
  readonly test: (cp: number) => boolean;
  /** The set's members, when it is a handful of literal characters (`:`, `[,;]`): for the risk check. */
  readonly literals?: readonly number[];
}

export type PatternNode =
  | CharNode
  | { readonly type: "seq"; readonly items: readonly PatternNode[] }
  | { readonly type: "alt"; readonly options: readonly PatternNode[] }
  /** `body` `min` to `max` times (`max` may be `Infinity`); greedy and lazy alike (only whether it matches counts). */
  | { readonly type: "repeat"; readonly body: PatternNode; readonly min: number; readonly max: number }
  /** `^`, `$` (without the `m` flag), `\b`, `\B`. */
  | { readonly type: "assert"; readonly kind: "start" | "end" | "wordBoundary" | "notWordBoundary" }
  | { readonly type: "look"; readonly ahead: boolean; readonly negated: boolean; readonly body: PatternNode }
  | { readonly type: "backref" };

/** A pattern this parser does not take (it is valid ECMAScript, but beyond what the matcher runs). */
export class UnsupportedPattern extends Error {
  override readonly name = "UnsupportedPattern";
}

const SYNTAX = new Set([..."^$\\.*+?()[]{}|"].map((c) => c.codePointAt(0)!));
/** Classes of up to this many literal characters keep their members for the risk check. */
const MAX_LITERALS = 32;

/**
 * The tree of `pattern` (valid with the `u` flag, no other flags). Throws {@link UnsupportedPattern}
 * for what it does not take: modifier groups (`(?i:…)`), and patterns `new RegExp(p, "u")` rejects.
 *
 * @example parsePattern("^a+$") // { type: "seq", items: [{ type: "assert", kind: "start" }, { type: "repeat", … }, { type: "assert", kind: "end" }] }
 */
export function parsePattern(pattern: string): PatternNode {
  try {
    new RegExp(pattern, "u");
  } catch (e) {
    throw new UnsupportedPattern(`not a pattern in Unicode mode: ${(e as Error).message}`);
  }
  return new Parser(pattern).parse();
}

class Parser {
  private pos = 0;
  /** Predicates by the atom's source, so a class repeated in a pattern is compiled once. */
  private readonly predicates = new Map<string, (cp: number) => boolean>();

  constructor(private readonly src: string) {}

  parse(): PatternNode {
    const node = this.disjunction();
    if (this.pos < this.src.length) throw new UnsupportedPattern(`unexpected ${this.src[this.pos]} at ${this.pos}`);
    return node;
  }

  private peek(offset = 0): string {
    return this.src[this.pos + offset] ?? "";
  }

  private eat(text: string): boolean {
    if (!this.src.startsWith(text, this.pos)) return false;
    this.pos += text.length;
    return true;
  }

  private disjunction(): PatternNode {
    const options = [this.alternative()];
    while (this.eat("|")) options.push(this.alternative());
    return options.length === 1 ? options[0]! : { type: "alt", options };
  }

  private alternative(): PatternNode {
    const items: PatternNode[] = [];
    while (this.pos < this.src.length && this.peek() !== "|" && this.peek() !== ")") items.push(this.term());
    return items.length === 1 ? items[0]! : { type: "seq", items };
  }

  private term(): PatternNode {
    if (this.eat("^")) return { type: "assert", kind: "start" };
    if (this.eat("$")) return { type: "assert", kind: "end" };
    if (this.eat("\\b")) return { type: "assert", kind: "wordBoundary" };
    if (this.eat("\\B")) return { type: "assert", kind: "notWordBoundary" };
    for (const [open, ahead, negated] of [["(?=", true, false], ["(?!", true, true], ["(?<=", false, false], ["(?<!", false, true]] as const) {
      if (!this.eat(open)) continue;
      const body = this.disjunction();
      this.close();
      // A quantifier on a lookaround is a syntax error in Unicode mode (checked by the RegExp above).
      return { type: "look", ahead, negated, body };
    }
    return this.quantified(this.atom());
  }

  private close(): void {
    if (!this.eat(")")) throw new UnsupportedPattern(`unclosed group at ${this.pos}`);
  }

  private quantified(atom: PatternNode): PatternNode {
    let min: number;
    let max: number;
    if (this.eat("*")) [min, max] = [0, Infinity];
    else if (this.eat("+")) [min, max] = [1, Infinity];
    else if (this.eat("?")) [min, max] = [0, 1];
    else {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 40));
      if (m === null) return atom;
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    }
    this.eat("?"); // lazy: the same strings match
    return { type: "repeat", body: atom, min, max };
  }

  private atom(): PatternNode {
    const c = this.peek();
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === ".") {
      this.pos++;
      return this.predicate(".");
    }
    if (c === "\\") return this.escape();
    const cp = this.src.codePointAt(this.pos)!;
    if (SYNTAX.has(cp)) throw new UnsupportedPattern(`unexpected ${c} at ${this.pos}`);
    this.pos += cp > 0xffff ? 2 : 1;
    return literal(cp);
  }

  private group(): PatternNode {
    this.pos++; // (
    if (this.eat("?:")) {
      // non-capturing
    } else if (this.peek() === "?" && this.peek(1) === "<") {
      const end = this.src.indexOf(">", this.pos);
      this.pos = end + 1; // a named group: its name is of no concern here
    } else if (this.peek() === "?") {
      throw new UnsupportedPattern(`modifier group at ${this.pos}`);
    }
    const body = this.disjunction();
    this.close();
    return body;
  }

  /** An escape outside a class: a backreference, a class escape, or one character. */
  private escape(): PatternNode {
    const start = this.pos;
    const next = this.peek(1);
    if (/[1-9]/.test(next)) {
      this.pos += 2;
      while (/[0-9]/.test(this.peek())) this.pos++;
      return { type: "backref" };
    }
    if (next === "k") {
      this.pos = this.src.indexOf(">", this.pos) + 1;
      return { type: "backref" };
    }
    const cp = this.characterEscape();
    if (cp !== undefined) return literal(cp);
    return this.predicate(this.src.slice(start, this.pos));
  }

  /**
   * After a backslash at `pos`: moves past the escape and returns its code point, or undefined for a
   * class escape (`\d`, `\p{…}`, …) whose text the caller takes.
   */
  private characterEscape(): number | undefined {
    this.pos++; // backslash
    const c = this.peek();
    this.pos++;
    switch (c) {
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
        return undefined;
      case "p":
      case "P":
        this.pos = this.src.indexOf("}", this.pos) + 1;
        return undefined;
      case "t":
        return 0x09;
      case "n":
        return 0x0a;
      case "v":
        return 0x0b;
      case "f":
        return 0x0c;
      case "r":
        return 0x0d;
      case "b":
        return 0x08; // in a class only (outside, term() took it as an assertion)
      case "0":
        return 0;
      case "c": {
        const letter = this.src.codePointAt(this.pos)!;
        this.pos++;
        return letter % 32;
      }
      case "x": {
        const hex = this.src.slice(this.pos, this.pos + 2);
        this.pos += 2;
        return parseInt(hex, 16);
      }
      case "u":
        return this.unicodeEscape();
      default:
        // An identity escape: a syntax character, `/`, or `-` in a class.
        return c.codePointAt(0)!;
    }
  }

  /** After `\u`: `{H…}`, or four hex digits joined with a following `\uDC00`–`\uDFFF` escape (a surrogate pair). */
  private unicodeEscape(): number {
    if (this.peek() === "{") {
      const end = this.src.indexOf("}", this.pos);
      const cp = parseInt(this.src.slice(this.pos + 1, end), 16);
      this.pos = end + 1;
      return cp;
    }
    const lead = parseInt(this.src.slice(this.pos, this.pos + 4), 16);
    this.pos += 4;
    if (lead >= 0xd800 && lead <= 0xdbff) {
      const trail = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(this.src.slice(this.pos, this.pos + 6));
      if (trail !== null) {
        this.pos += 6;
        return 0x10000 + ((lead - 0xd800) << 10) + (parseInt(trail[1]!, 16) - 0xdc00);
      }
    }
    return lead;
  }

  /** A class `[…]`: a predicate over its whole text; its members when it is a handful of literals. */
  private charClass(): PatternNode {
    const start = this.pos;
    this.pos++; // [
    const negated = this.eat("^");
    let literals: number[] | undefined = negated ? undefined : [];
    while (this.peek() !== "]") {
      if (this.pos >= this.src.length) throw new UnsupportedPattern("unclosed class");
      const from = this.classAtom();
      if (this.peek() === "-" && this.peek(1) !== "]") {
        this.pos++; // -
        const to = this.classAtom();
        if (literals !== undefined && from !== undefined && to !== undefined && to - from < MAX_LITERALS) for (let cp = from; cp <= to; cp++) literals.push(cp);
        else literals = undefined;
      } else if (from === undefined) literals = undefined;
      else literals?.push(from);
      if (literals !== undefined && literals.length > MAX_LITERALS) literals = undefined;
    }
    this.pos++; // ]
    const text = this.src.slice(start, this.pos);
    const node = this.predicate(text);
    return literals === undefined ? node : { ...node, literals };
  }

  /** One class atom: its code point, or undefined for a class escape. */
  private classAtom(): number | undefined {
    if (this.peek() === "\\") return this.characterEscape();
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  /** A character node whose set is the native engine's own for `atom` (a class, a class escape, `.`). */
  private predicate(atom: string): CharNode {
    let test = this.predicates.get(atom);
    if (test === undefined) {
      test = nativePredicate(atom);
      this.predicates.set(atom, test);
    }
    return { type: "char", test };
  }
}

function literal(cp: number): CharNode {
  return { type: "char", test: (c) => c === cp, literals: [cp] };
}

/**
 * Membership in the set of one atom, asked of the native engine (`^(?:atom)$` with the `u` flag),
 * remembered for ASCII in a table and for a bounded number of other code points.
 */
function nativePredicate(atom: string): (cp: number) => boolean {
  const re = new RegExp(`^(?:${atom})$`, "u");
  const ascii = new Int8Array(128).fill(-1);
  const others = new Map<number, boolean>();
  return (cp) => {
    if (cp < 128) {
      let known = ascii[cp]!;
      if (known < 0) ascii[cp] = known = re.test(String.fromCharCode(cp)) ? 1 : 0;
      return known === 1;
    }
    let known = others.get(cp);
    if (known === undefined) {
      known = re.test(String.fromCodePoint(cp));
      if (others.size < 4096) others.set(cp, known);
    }
    return known;
  };
}
