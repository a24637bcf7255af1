/**
 * A parser for Java regular expressions (`java.util.regex.Pattern`, JDK 17) into {@link JavaNode}s.
 * It follows Pattern's own recursive descent step by step — the same cursor moves, the same
 * comments-mode skipping, the same errors with the same descriptions and indexes — because Java's
 * dialect is defined by that code as much as by its documentation: `\Q…\E` is expanded first, a run
 * of literals is one "slice" (which matters under `(?iu)`), `[\w-_]` is `\w`, `-` and `_`, flags set
 * by `(?i)` last to the end of the enclosing group, `{` is always a quantifier, and a look-behind
 * needs a maximum length computed as Java computes it (study.ts).
 *
 * Flags are applied while parsing: case-insensitive matching becomes explicit character sets
 * (Java's simple case mappings, see unicode.ts), UNICODE_CHARACTER_CLASS picks the Unicode classes.
 *
 * @example
 * parseJavaPattern("(?i)ab").type // "seq"
 * @see https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html
 */
import { EMPTY, type JavaAssertKind, type JavaNode, type Quantifier } from "./ast.ts";
import { ClassValue } from "./classValue.ts";
import { CodePoints } from "./codePoints.ts";
import { bitSet, rangeSet, singleSet, sliceSet, type CaseFlags } from "./caseSets.ts";
import {
  CANON_EQ,
  CASE_INSENSITIVE,
  COMMENTS,
  DOTALL,
  MULTILINE,
  PatternCursor,
  UNICODE_CASE,
  UNICODE_CHARACTER_CLASS,
  UNIX_LINES,
  cp,
  hexValue,
  isAsciiAlpha,
  isDigit,
  isHex,
} from "./cursor.ts";
import { family, predefinedClass } from "./javaClasses.ts";
import { study } from "./study.ts";

const DOT = ClassValue.of(CodePoints.of("\n\r\u0085\u2028\u2029").complement());
const UNIX_DOT = ClassValue.of(CodePoints.of("\n").complement());
const ALL = ClassValue.of(CodePoints.ALL);

/** What the parse noticed that no ECMAScript pattern can say (print.ts turns these into notes). */
export interface ParseNotes {
  /** CANON_EQ `(?c)` was switched on: canonical equivalence is not applied. */
  canonEq: boolean;
  /** `\N{name}` escapes inside character classes (outside, they are `namedChar` nodes). */
  readonly namedCharsInClasses: string[];
  /** A class intersection whose right side Java leaves null (`[a-c\w&&]` after a class escape). */
  nullIntersection: boolean;
}

export interface ParsedJavaPattern {
  readonly root: JavaNode;
  readonly notes: ParseNotes;
  /** Java's `capturingGroupCount`: 1 + the number of capturing groups. */
  readonly capturingGroups: number;
}

/** Parses `source` as `Pattern.compile(source)` would; throws a {@link JavaPatternError} where Java throws. */
export function parseJavaPattern(source: string): ParsedJavaPattern {
  const parser = new JavaParser(source);
  const root = parser.compile();
  return { root, notes: parser.notes, capturingGroups: parser.groupCount };
}

type Escape = number | { readonly node?: JavaNode; readonly cls?: ClassValue };

class JavaParser extends PatternCursor {
  private capturingGroupCount = 1;
  private readonly namedGroups = new Map<string, number>();
  readonly notes: ParseNotes = { canonEq: false, namedCharsInClasses: [], nullIntersection: false };

  get groupCount(): number {
    return this.capturingGroupCount;
  }

  compile(): JavaNode {
    const root = this.expr();
    if (this.patternLength !== this.cursor) {
      if (this.peek() === cp(")")) throw this.error("Unmatched closing ')'");
      throw this.error("Unexpected internal error");
    }
    return root;
  }

  // --- expressions --------------------------------------------------------------------------------
  private expr(): JavaNode {
    const options: JavaNode[] = [];
    for (;;) {
      options.push(this.sequence());
      if (this.peek() !== cp("|")) break;
      this.next();
    }
    return options.length === 1 ? options[0]! : { type: "alt", options };
  }

  private sequence(): JavaNode {
    const items: JavaNode[] = [];
    loop: for (;;) {
      let ch = this.peek();
      let node: JavaNode;
      switch (ch) {
        case cp("("): {
          const g = this.group0();
          if (g !== null) items.push(g);
          continue;
        }
        case cp("["):
          node = chars(this.clazz(true));
          break;
        case 0x5c:
          ch = this.nextEscaped();
          if (ch === cp("p") || ch === cp("P")) {
            const comp = ch === cp("P");
            let oneLetter = true;
            ch = this.next();
            if (ch !== cp("{")) this.unread();
            else oneLetter = false;
            node = chars(this.family(oneLetter, comp));
          } else {
            this.unread();
            node = this.atom();
          }
          break;
        case cp("^"):
          this.next();
          node = assert(this.has(MULTILINE) ? (this.has(UNIX_LINES) ? "unixCaret" : "caret") : "begin");
          break;
        case cp("$"):
          this.next();
          node = assert(
            this.has(UNIX_LINES)
              ? this.has(MULTILINE) ? "unixDollarMultiline" : "unixDollar"
              : this.has(MULTILINE) ? "dollarMultiline" : "dollar",
          );
          break;
        case cp("."):
          this.next();
          node = chars(this.has(DOTALL) ? ALL : this.has(UNIX_LINES) ? UNIX_DOT : DOT);
          break;
        case cp("|"):
        case cp(")"):
          break loop;
        case cp("]"):
        case cp("}"):
          node = this.atom();
          break;
        case cp("?"):
        case cp("*"):
        case cp("+"):
          this.next();
          throw this.error(`Dangling meta character '${String.fromCodePoint(ch)}'`);
        case 0:
          if (this.cursor >= this.patternLength) break loop;
          node = this.atom();
          break;
        default:
          node = this.atom();
      }
      items.push(this.closure(node));
    }
    return items.length === 1 ? items[0]! : { type: "seq", items };
  }

  /** A run of literal characters (one "slice"), or one escape that stands for a node. */
  private atom(): JavaNode {
    let first = 0;
    let prev = -1;
    const buffer: number[] = [];
    let ch = this.peek();
    loop: for (;;) {
      switch (ch) {
        case cp("*"):
        case cp("+"):
        case cp("?"):
        case cp("{"):
          if (first > 1) {
            this.cursor = prev; // the quantifier binds to the last character alone
            first--;
          }
          break loop;
        case cp("$"):
        case cp("."):
        case cp("^"):
        case cp("("):
        case cp("["):
        case cp("|"):
        case cp(")"):
          break loop;
        case 0x5c: {
          ch = this.nextEscaped();
          if (ch === cp("p") || ch === cp("P")) {
            if (first > 0) {
              this.unread();
              break loop;
            }
            const comp = ch === cp("P");
            let oneLetter = true;
            ch = this.next();
            if (ch !== cp("{")) this.unread();
            else oneLetter = false;
            return chars(this.family(oneLetter, comp));
          }
          this.unread();
          prev = this.cursor;
          const e = this.escape(false, first === 0, false);
          if (typeof e === "number") {
            buffer[first++] = e;
            ch = this.peek();
            continue;
          }
          if (first === 0) return e.node!;
          this.cursor = prev; // a meta escape ends the slice; it is parsed again on its own
          break loop;
        }
        default:
          // A NUL character inside the pattern is a literal; at the end it is the terminator.
          if (ch === 0 && this.cursor >= this.patternLength) break loop;
          prev = this.cursor;
          buffer[first++] = ch;
          ch = this.next();
          continue;
      }
    }
    buffer.length = first;
    if (first === 1) return chars(this.single(buffer[0]!));
    const items = buffer.map((c) => chars(ClassValue.of(sliceSet(c, this.caseFlags()))));
    return items.length === 1 ? items[0]! : { type: "seq", items };
  }

  private ref(refNum0: number): JavaNode {
    let refNum = refNum0;
    for (;;) {
      const ch = this.peek();
      if (!isDigit(ch)) break;
      const newRefNum = refNum * 10 + (ch - 0x30);
      if (this.capturingGroupCount - 1 < newRefNum) break;
      refNum = newRefNum;
      this.read();
    }
    return this.backref(refNum);
  }

  private backref(group: number): JavaNode {
    const caseInsensitive = !this.has(CASE_INSENSITIVE) ? "no" : this.has(UNICODE_CASE) ? "unicode" : "ascii";
    return { type: "backref", group, caseInsensitive };
  }

  private escape(inclass: boolean, create: boolean, isrange: boolean): Escape {
    const ch = this.skip();
    const c = String.fromCodePoint(ch);
    const meta = (make: () => JavaNode): Escape => (create ? { node: make() } : {});
    const klass = (make: () => ClassValue): Escape => {
      if (!create) return {};
      const cls = make();
      return inclass ? { cls } : { node: chars(cls) };
    };
    const unicode = this.has(UNICODE_CHARACTER_CLASS);
    switch (c) {
      case "0":
        return this.o();
      case "1": case "2": case "3": case "4": case "5": case "6": case "7": case "8": case "9":
        if (inclass) break;
        return meta(() => this.ref(ch - 0x30));
      case "A":
        if (inclass) break;
        return meta(() => assert("begin"));
      case "B":
        if (inclass) break;
        return meta(() => ({ type: "assert", kind: "notBound", unicodeWord: unicode }));
      case "D": case "S": case "W": case "d": case "s": case "w": case "H": case "h": case "V":
        return klass(() => predefinedClass(c, unicode));
      case "v":
        if (isrange) return 0x0b;
        return klass(() => predefinedClass(c, unicode));
      case "G":
        if (inclass) break;
        return meta(() => assert("lastMatch"));
      case "N":
        return this.namedChar();
      case "R":
        if (inclass) break;
        return meta(() => ({ type: "lineBreak" }));
      case "X":
        if (inclass) break;
        return meta(() => ({ type: "grapheme" }));
      case "Z":
        if (inclass) break;
        return meta(() => assert(this.has(UNIX_LINES) ? "unixDollar" : "dollar"));
      case "a":
        return 0x07;
      case "b":
        if (inclass) break;
        if (create) {
          if (this.peek() === cp("{")) {
            if (this.skip() === cp("g")) {
              if (this.read() === cp("}")) return { node: assert("graphemeBound") };
              break; // a missing trailing }
            }
            this.unread();
            this.unread();
          }
          return { node: { type: "assert", kind: "bound", unicodeWord: unicode } };
        }
        return {};
      case "c":
        return this.c();
      case "e":
        return 0x1b;
      case "f":
        return 0x0c;
      case "k": {
        if (inclass) break;
        if (this.read() !== cp("<")) throw this.error("\\k is not followed by '<' for named capturing group");
        const name = this.groupname(this.read());
        const number = this.namedGroups.get(name);
        if (number === undefined) throw this.error(`named capturing group <${name}> does not exist`);
        return meta(() => this.backref(number));
      }
      case "n":
        return 0x0a;
      case "r":
        return 0x0d;
      case "t":
        return 0x09;
      case "u":
        return this.u();
      case "x":
        return this.x();
      case "z":
        if (inclass) break;
        return meta(() => assert("end"));
      default:
        if (isAsciiAlpha(ch)) break; // every other ASCII letter is reserved
        return ch;
    }
    throw this.error("Illegal/unsupported escape sequence");
  }

  // --- character classes ---------------------------------------------------------------------------
  private clazz(consume: boolean): ClassValue {
    let prev: ClassValue | undefined;
    let curr: ClassValue | undefined;
    const bits: Bits = { set: CodePoints.EMPTY };
    let isNeg = false;
    let hasBits = false;
    let ch = this.next();
    if (ch === cp("^") && this.at(this.cursor - 1) === cp("[")) {
      ch = this.next();
      isNeg = true;
    }
    for (;;) {
      switch (ch) {
        case cp("["):
          curr = this.clazz(true);
          prev = prev === undefined ? curr : prev.union(curr);
          ch = this.peek();
          continue;
        case cp("&"):
          ch = this.next();
          if (ch === cp("&")) {
            ch = this.next();
            let right: ClassValue | undefined;
            while (ch !== cp("]") && ch !== cp("&")) {
              if (ch === cp("[")) {
                const c = this.clazz(true);
                right = right === undefined ? c : right.union(c);
              } else {
                this.unread();
                const c = this.clazz(false);
                right = right === undefined ? c : right.union(c);
              }
              ch = this.peek();
            }
            if (hasBits) {
              const b = ClassValue.of(bits.set);
              if (prev === undefined) prev = curr = b;
              else prev = prev.union(b);
              hasBits = false;
            }
            if (right !== undefined) curr = right;
            if (prev === undefined) {
              if (right === undefined) throw this.error("Bad class syntax");
              prev = right;
            } else if (curr === undefined) {
              // JDK 17 intersects with a null predicate here (and throws NullPointerException when
              // matching a character of the left side); later JDKs report "Bad intersection syntax".
              this.notes.nullIntersection = true;
              prev = ClassValue.of(CodePoints.EMPTY);
            } else {
              prev = prev.and(curr);
            }
          } else {
            this.unread(); // a literal &
            break;
          }
          continue;
        case 0:
          if (this.cursor >= this.patternLength) throw this.error("Unclosed character class");
          break;
        case cp("]"):
          if (prev !== undefined || hasBits) {
            if (consume) this.next();
            if (prev === undefined) prev = ClassValue.of(bits.set);
            else if (hasBits) prev = prev.union(ClassValue.of(bits.set));
            return isNeg ? prev.negate() : prev;
          }
          break;
        default:
          break;
      }
      curr = this.range(bits);
      if (curr === undefined) hasBits = true;
      else prev = prev === undefined ? curr : prev.union(curr);
      ch = this.peek();
    }
  }

  /** One class member (a character, a range, an escape, a property); undefined when it went into `bits`. */
  private range(bits: Bits): ClassValue | undefined {
    let ch = this.peek();
    if (ch === 0x5c) {
      ch = this.nextEscaped();
      if (ch === cp("p") || ch === cp("P")) {
        const comp = ch === cp("P");
        let oneLetter = true;
        ch = this.next();
        if (ch !== cp("{")) this.unread();
        else oneLetter = false;
        return this.family(oneLetter, comp);
      }
      const isrange = this.at(this.cursor + 1) === cp("-");
      this.unread();
      const e = this.escape(true, true, isrange);
      if (typeof e !== "number") {
        if (e.node?.type === "namedChar") this.notes.namedCharsInClasses.push(e.node.name);
        return e.cls!;
      }
      ch = e;
    } else {
      this.next();
    }
    if (ch >= 0) {
      if (this.peek() === cp("-")) {
        const endRange = this.at(this.cursor + 1);
        if (endRange === cp("[")) return this.bitsOrSingle(bits, ch);
        if (endRange !== cp("]")) {
          this.next();
          let m = this.peek();
          if (m === 0x5c) {
            const e = this.escape(true, false, true);
            m = typeof e === "number" ? e : -1;
          } else {
            this.next();
          }
          if (m < ch) throw this.error("Illegal character range");
          return ClassValue.of(rangeSet(ch, m, this.caseFlags()));
        }
      }
      return this.bitsOrSingle(bits, ch);
    }
    throw this.error(`Unexpected character '${String.fromCodePoint(ch)}'`);
  }

  private bitsOrSingle(bits: Bits, ch: number): ClassValue | undefined {
    // Java's bits cover U+0000–U+00FF; these ten go to single() under (?iu) (their case partners lie beyond).
    const specials = [0xff, 0xb5, 0x49, 0x69, 0x53, 0x73, 0x4b, 0x6b, 0xc5, 0xe5];
    if (ch < 256 && !(this.has(CASE_INSENSITIVE) && this.has(UNICODE_CASE) && specials.includes(ch))) {
      bits.set = bits.set.union(bitSet(ch, this.caseFlags()));
      return undefined;
    }
    return this.single(ch);
  }

  private single(ch: number): ClassValue {
    return ClassValue.of(singleSet(ch, this.caseFlags()));
  }

  private caseFlags(): CaseFlags {
    return { caseInsensitive: this.has(CASE_INSENSITIVE), unicodeCase: this.has(UNICODE_CASE) };
  }

  /** `\p{…}` after the `p`: Pattern.family. */
  private family(singleLetter: boolean, isComplement: boolean): ClassValue {
    this.next();
    let name: string;
    if (singleLetter) {
      name = String.fromCodePoint(this.at(this.cursor));
      this.read();
    } else {
      const i = this.cursor;
      this.temp[this.patternLength] = cp("}");
      while (this.read() !== cp("}")) {
        // scan to the closing brace (or the mark at the end)
      }
      this.temp[this.patternLength] = 0;
      const j = this.cursor;
      if (j > this.patternLength) throw this.error("Unclosed character family");
      if (i + 1 >= j) throw this.error("Empty character family");
      name = String.fromCodePoint(...this.temp.slice(i, j - 1));
    }
    const r = family(name, this.has(CASE_INSENSITIVE), this.has(UNICODE_CHARACTER_CLASS));
    if ("error" in r) throw this.error(r.error);
    return isComplement ? r.cls.negate() : r.cls;
  }

  private groupname(ch0: number): string {
    let ch = ch0;
    if (!isAsciiAlpha(ch)) throw this.error("capturing group name does not start with a Latin letter");
    let name = "";
    do {
      name += String.fromCodePoint(ch);
      ch = this.read();
    } while (isAsciiAlpha(ch) || isDigit(ch));
    if (ch !== cp(">")) throw this.error("named capturing group is missing trailing '>'");
    return name;
  }

  // --- groups and flags ----------------------------------------------------------------------------
  private group0(): JavaNode | null {
    const save = this.flags;
    let node: JavaNode;
    let ch = this.next();
    if (ch === cp("?")) {
      ch = this.skip();
      switch (ch) {
        case cp(":"):
          node = { type: "group", body: this.expr() };
          break;
        case cp("="):
        case cp("!"):
          node = { type: "look", behind: false, negated: ch === cp("!"), body: this.expr() };
          break;
        case cp(">"):
          node = { type: "atomic", body: this.expr() };
          break;
        case cp("<"): {
          ch = this.read();
          if (ch !== cp("=") && ch !== cp("!")) {
            const name = this.groupname(ch);
            if (this.namedGroups.has(name)) throw this.error(`Named capturing group <${name}> is already defined`);
            const index = this.capturingGroupCount++;
            this.namedGroups.set(name, index);
            node = { type: "group", index, body: this.expr() };
            break;
          }
          const body = this.expr();
          const info = study(body);
          if (!info.maxValid) throw this.error("Look-behind group does not have an obvious maximum length");
          node = { type: "look", behind: true, negated: ch === cp("!"), body, study: info };
          break;
        }
        case cp("$"):
        case cp("@"):
          throw this.error("Unknown group type");
        default:
          this.unread();
          this.addFlag();
          ch = this.read();
          if (ch === cp(")")) return null; // flags only: they last to the end of the enclosing group
          if (ch !== cp(":")) throw this.error("Unknown inline modifier");
          node = { type: "group", body: this.expr() };
      }
    } else {
      const index = this.capturingGroupCount++;
      node = { type: "group", index, body: this.expr() };
    }
    this.accept(cp(")"), "Unclosed group");
    this.flags = save;
    const q = this.closure(node);
    if (q === node || q.type !== "repeat" || q.javaKind === "ques") return q;
    if (node.type === "look" || node.type === "atomic") return q; // Java quantifies the assertion node itself
    if (q.mode === "possessive") return q;
    return { ...q, javaKind: study(node).deterministic ? "curly" : "loop" };
  }

  private addFlag(): void {
    let ch = this.peek();
    for (;;) {
      switch (String.fromCodePoint(ch)) {
        case "i": this.flags |= CASE_INSENSITIVE; break;
        case "m": this.flags |= MULTILINE; break;
        case "s": this.flags |= DOTALL; break;
        case "d": this.flags |= UNIX_LINES; break;
        case "u": this.flags |= UNICODE_CASE; break;
        case "c": this.flags |= CANON_EQ; this.notes.canonEq = true; break;
        case "x": this.flags |= COMMENTS; break;
        case "U": this.flags |= UNICODE_CHARACTER_CLASS | UNICODE_CASE; break;
        case "-":
          this.next();
          this.subFlag();
          return;
        default:
          return;
      }
      ch = this.next();
    }
  }

  private subFlag(): void {
    let ch = this.peek();
    for (;;) {
      switch (String.fromCodePoint(ch)) {
        case "i": this.flags &= ~CASE_INSENSITIVE; break;
        case "m": this.flags &= ~MULTILINE; break;
        case "s": this.flags &= ~DOTALL; break;
        case "d": this.flags &= ~UNIX_LINES; break;
        case "u": this.flags &= ~UNICODE_CASE; break;
        case "c": this.flags &= ~CANON_EQ; break;
        case "x": this.flags &= ~COMMENTS; break;
        case "U": this.flags &= ~(UNICODE_CHARACTER_CLASS | UNICODE_CASE); break;
        default:
          return;
      }
      ch = this.next();
    }
  }

  // --- quantifiers -------------------------------------------------------------------------------
  private qtype(): Quantifier {
    const ch = this.next();
    if (ch === cp("?")) {
      this.next();
      return "lazy";
    }
    if (ch === cp("+")) {
      this.next();
      return "possessive";
    }
    return "greedy";
  }

  private curly(prev: JavaNode, cmin: number): JavaNode {
    const mode = this.qtype();
    const javaKind = mode === "greedy" && isCharProperty(prev) ? "charGreedy" : "curly";
    return { type: "repeat", body: prev, min: cmin, max: Infinity, mode, javaKind };
  }

  private closure(prev: JavaNode): JavaNode {
    let ch = this.peek();
    switch (ch) {
      case cp("?"):
        return { type: "repeat", body: prev, min: 0, max: 1, mode: this.qtype(), javaKind: "ques" };
      case cp("*"):
        return this.curly(prev, 0);
      case cp("+"):
        return this.curly(prev, 1);
      case cp("{"): {
        ch = this.skip();
        if (!isDigit(ch)) throw this.error("Illegal repetition");
        let cmin = 0;
        let cmax: number;
        do {
          cmin = cmin * 10 + (ch - 0x30);
          if (cmin > 0x7fffffff) throw this.error("Illegal repetition range");
        } while (isDigit((ch = this.read())));
        if (ch === cp(",")) {
          ch = this.read();
          if (ch === cp("}")) {
            this.unread();
            return this.curly(prev, cmin);
          }
          cmax = 0;
          while (isDigit(ch)) {
            cmax = cmax * 10 + (ch - 0x30);
            if (cmax > 0x7fffffff) throw this.error("Illegal repetition range");
            ch = this.read();
          }
        } else {
          cmax = cmin;
        }
        if (ch !== cp("}")) throw this.error("Unclosed counted closure");
        if (cmax < cmin) throw this.error("Illegal repetition range");
        this.unread();
        if (cmin === 0 && cmax === 1) return { type: "repeat", body: prev, min: 0, max: 1, mode: this.qtype(), javaKind: "ques" };
        return { type: "repeat", body: prev, min: cmin, max: cmax, mode: this.qtype(), javaKind: "curly" };
      }
      default:
        return prev;
    }
  }

  // --- escapes that stand for one code point -------------------------------------------------------
  private c(): number {
    if (this.cursor < this.patternLength) return this.read() ^ 64;
    throw this.error("Illegal control escape sequence");
  }

  private o(): number {
    const isOctal = (d: number) => d >= 0x30 && d <= 0x37;
    const n = this.read();
    if (isOctal(n)) {
      const m = this.read();
      if (isOctal(m)) {
        const o = this.read();
        if (isOctal(o) && n <= 0x33) return (n - 0x30) * 64 + (m - 0x30) * 8 + (o - 0x30);
        this.unread();
        return (n - 0x30) * 8 + (m - 0x30);
      }
      this.unread();
      return n - 0x30;
    }
    throw this.error("Illegal octal escape sequence");
  }

  private x(): number {
    let n = this.read();
    if (isHex(n)) {
      const m = this.read();
      if (isHex(m)) return hexValue(n) * 16 + hexValue(m);
    } else if (n === cp("{") && isHex(this.peek())) {
      let ch = 0;
      while (isHex((n = this.read()))) {
        ch = ch * 16 + hexValue(n);
        if (ch > 0x10ffff) throw this.error("Hexadecimal codepoint is too big");
      }
      if (n !== cp("}")) throw this.error("Unclosed hexadecimal escape sequence");
      return ch;
    }
    throw this.error("Illegal hexadecimal escape sequence");
  }

  private uxxxx(): number {
    let n = 0;
    for (let i = 0; i < 4; i++) {
      const ch = this.read();
      if (!isHex(ch)) throw this.error("Illegal Unicode escape sequence");
      n = n * 16 + hexValue(ch);
    }
    return n;
  }

  private u(): number {
    const n = this.uxxxx();
    if (n >= 0xd800 && n <= 0xdbff) {
      const cur = this.cursor;
      if (this.read() === 0x5c && this.read() === cp("u")) {
        const n2 = this.uxxxx();
        if (n2 >= 0xdc00 && n2 <= 0xdfff) return 0x10000 + ((n - 0xd800) << 10) + (n2 - 0xdc00);
      }
      this.cursor = cur;
    }
    return n;
  }

  /** `\N{name}`: Java resolves the name with `Character.codePointOf`, a table ECMAScript lacks. */
  private namedChar(): Escape {
    if (this.read() === cp("{")) {
      const i = this.cursor;
      while (this.read() !== cp("}")) {
        if (this.cursor >= this.patternLength) throw this.error("Unclosed character name escape sequence");
      }
      const name = String.fromCodePoint(...this.temp.slice(i, this.cursor - 1));
      const byCodePoint = /^U\+([0-9A-Fa-f]{4,6})$/.exec(name);
      if (byCodePoint) return parseInt(byCodePoint[1]!, 16);
      return { node: { type: "namedChar", name }, cls: ClassValue.of(CodePoints.ALL) };
    }
    throw this.error("Illegal character name escape sequence");
  }
}

interface Bits {
  set: CodePoints;
}

function chars(cls: ClassValue): JavaNode {
  return { type: "chars", cls };
}

function assert(kind: JavaAssertKind): JavaNode {
  return { type: "assert", kind };
}

function isCharProperty(node: JavaNode): boolean {
  return node.type === "chars" || node.type === "namedChar";
}

export { EMPTY };
