/**
 * Prints a parsed Java pattern as a Unicode-mode ECMAScript pattern that accepts exactly the strings
 * Java's `Matcher.find()` accepts, in the syntax of ECMAScript 2023 (Node 20 has neither RegExp
 * modifiers nor the `v` flag): character sets come out as plain classes, Java's anchors and word
 * boundaries as the lookaround idioms of runtime/arbitraries/regex/javaIdioms.ts, atomic groups and
 * possessive quantifiers as `(?=(X))\N`. Captures are kept only where a backreference needs them.
 *
 * What ECMAScript cannot say is written as the closest pattern and listed as an
 * {@link Approximation}, never an error.
 *
 * @see https://tc39.es/ecma262/2023/#sec-patterns
 */
import {
  JAVA_BOUNDARY,
  JAVA_CARET_MULTILINE,
  JAVA_DOLLAR,
  JAVA_DOLLAR_MULTILINE,
  JAVA_LINE_BREAK,
  JAVA_LINE_BREAK_FIRST,
  JAVA_NOT_BOUNDARY,
  JAVA_UNICODE_BOUNDARY,
  JAVA_UNICODE_NOT_BOUNDARY,
  JAVA_UNIX_CARET_MULTILINE,
  JAVA_UNIX_DOLLAR,
  JAVA_UNIX_DOLLAR_MULTILINE,
  atomicGroup,
} from "../../../runtime/arbitraries/regex/javaIdioms.ts";
import type { JavaAssertKind, JavaNode, Study } from "./ast.ts";

/** A Java construct printed as something close to it, but not the same. */
export interface Approximation {
  /** The Java construct, as a reader of the model would name it. */
  readonly construct: string;
  /** What the ECMAScript pattern does instead. */
  readonly instead: string;
}

type Kind = "atom" | "assertion" | "empty" | "seq" | "alt";
interface Printed {
  readonly text: string;
  readonly kind: Kind;
}

const EMPTY: Printed = { text: "", kind: "empty" };

const ASSERTIONS: Record<Exclude<JavaAssertKind, "bound" | "notBound" | "graphemeBound">, string> = {
  begin: "^",
  lastMatch: "^",
  end: "$",
  dollar: JAVA_DOLLAR,
  dollarMultiline: JAVA_DOLLAR_MULTILINE,
  unixDollar: JAVA_UNIX_DOLLAR,
  unixDollarMultiline: JAVA_UNIX_DOLLAR_MULTILINE,
  caret: JAVA_CARET_MULTILINE,
  unixCaret: JAVA_UNIX_CARET_MULTILINE,
};

/**
 * Prints `root`; `capturingGroups` is Java's group count (1 + the number of capturing groups).
 *
 * @example
 * const { root, capturingGroups } = parseJavaPattern("a*+b");
 * printEcmaScript(root, capturingGroups).source // "(?:(?=(a*))\\1)b"
 */
export function printEcmaScript(root: JavaNode, capturingGroups: number): { source: string; approximations: Approximation[] } {
  const printer = new Printer(root, capturingGroups);
  return { source: numberGroups(printer.print(root, false).text), approximations: printer.approximations };
}

/**
 * Captures are printed with a name mark right after their `(` (`\u0001name\u0001`) and referred to
 * as `\u0000name\u0000` (neither character is ever printed raw: printing escapes them). Numbering the
 * marks in the order they stand gives ECMAScript's group numbers, whatever the printer dropped; a
 * reference to a capture that was dropped (it can never have matched) becomes `[]`, as in Java.
 */
function numberGroups(text: string): string {
  const numbers = new Map<string, number>();
  const marked = text.replace(/\u0001(\w+)\u0001/g, (_, name: string) => {
    numbers.set(name, numbers.size + 1);
    return "";
  });
  return marked.replace(/\\\u0000(\w+)\u0000/g, (_, name: string) => (numbers.has(name) ? `\\${numbers.get(name)}` : "[]"));
}

class Printer {
  readonly approximations: Approximation[] = [];
  private readonly referenced = new Set<number>();
  private readonly exactRefs: Set<JavaNode>;
  /** Names of the atomic groups' captures. */
  private atomics = 0;
  /** How many atomic groups (or possessive quantifiers) enclose what is being printed. */
  private atomicDepth = 0;

  constructor(
    root: JavaNode,
    private readonly capturingGroups: number,
  ) {
    walk(root, (n) => {
      if (n.type === "backref" && n.group < capturingGroups) this.referenced.add(n.group);
    });
    this.exactRefs = exactBackrefs(root);
  }

  private note(construct: string, instead: string): void {
    if (!this.approximations.some((a) => a.construct === construct && a.instead === instead)) this.approximations.push({ construct, instead });
  }

  /**
   * `behind`: inside a look-behind. `tail`: nothing follows within the Java node that matches this
   * one (the atom of a quantifier other than a loop over a group): Java then keeps the first way the
   * node matches and never backtracks into it.
   */
  print(node: JavaNode, behind: boolean, tail = false): Printed {
    switch (node.type) {
      case "chars":
        return { text: node.cls.toAtom(), kind: "atom" };
      case "seq": {
        const parts = node.items.map((i, k) => this.print(i, behind, tail && k === node.items.length - 1)).filter((p) => p.kind !== "empty");
        if (parts.length === 0) return EMPTY;
        if (parts.length === 1) return parts[0]!;
        return { text: parts.map((p) => (p.kind === "alt" ? `(?:${p.text})` : p.text)).join(""), kind: "seq" };
      }
      case "alt":
        return { text: node.options.map((o) => this.print(o, behind, tail).text).join("|"), kind: "alt" };
      case "group": {
        if (node.index !== undefined && this.referenced.has(node.index)) {
          return { text: `(\u0001J${node.index}\u0001${this.print(node.body, behind, tail).text})`, kind: "atom" };
        }
        return this.print(node.body, behind, tail);
      }
      case "look": {
        const prefix = `(?${node.behind ? "<" : ""}${node.negated ? "!" : "="}`;
        const from = node.behind && node.study ? this.lookBehindFrom(node.study) : 0;
        // With these (overflowed) bounds Java tries no start: a look-behind that never holds (or always, negated).
        if (from === "never") return node.negated ? EMPTY : { text: "[]", kind: "atom" };
        const body = this.print(node.body, behind || node.behind);
        if (from === 0) return { text: `${prefix}${body.text})`, kind: "assertion" };
        // Tried only from position `from` on (counted in code points here, in UTF-16 units by Java).
        const far = `(?<=[^]{${from}})`;
        const text = node.negated ? `(?:(?<![^]{${from}})|${prefix}${body.text}))` : `${far}${prefix}${body.text})`;
        return { text, kind: "assertion" };
      }
      case "atomic": {
        if (behind) {
          this.note("(?>…) inside a look-behind", "matched as a plain group, which may backtrack into it");
          const body = this.print(node.body, behind);
          return { text: `(?:${body.text})`, kind: "atom" };
        }
        this.atomicDepth++;
        const body = this.print(node.body, behind);
        this.atomicDepth--;
        return { text: this.atomic(body.text), kind: "atom" };
      }
      case "repeat":
        return this.repeat(node, behind);
      case "assert":
        return this.assertion(node.kind, node.unicodeWord === true);
      case "backref": {
        if (node.group >= this.capturingGroups) return { text: "[]", kind: "atom" }; // no such group: Java never matches
        if (!this.exactRefs.has(node)) {
          this.note(
            `backreference \\${node.group}`,
            node.caseInsensitive === "no"
              ? "ECMAScript's rule: a group that has not matched (or was reset by a repetition) matches the empty string"
              : "compared case-sensitively, with ECMAScript's rule for a group that has not matched",
          );
        }
        return { text: `(?:\\\u0000J${node.group}\u0000)`, kind: "atom" };
      }
      case "lineBreak":
        // Where Java never backtracks into it, `\R` keeps `\r\n` whole when it can.
        return { text: tail ? JAVA_LINE_BREAK_FIRST : JAVA_LINE_BREAK, kind: "atom" };
      case "grapheme":
        this.note("\\X (grapheme cluster)", "a CR LF pair, or one character with the combining marks after it");
        return { text: "(?:\\r\\n|\\P{M}\\p{M}*|\\p{M}+)", kind: "atom" };
      case "namedChar":
        this.note(`\\N{${node.name}}`, "any one character (character names are not known outside the JDK)");
        return { text: "[^]", kind: "atom" };
    }
  }

  /**
   * Where Java's look-behind tries anything. It tries start `j` from `i - min` down to
   * `max(i - max, 0)` in 32-bit arithmetic: a `min` that overflowed leaves nothing to try; a `max`
   * that wrapped to a negative number leaves nothing either, unless `i - max` itself overflows, which
   * happens past position `2^31 - 1 + max` (every position when `max` is the least int): from there
   * on every start is tried. Returns "never", or the first position where it is tried (0: always).
   */
  private lookBehindFrom(s: Study): number | "never" {
    if (s.minLength >= 0xfffffff) return "never";
    if (s.maxLength < 0) {
      const threshold = 0x7fffffff + s.maxLength; // -1 for the least int
      // Before the threshold nothing is tried; the body's own minimum length may say the same.
      if (s.minLength > threshold) return 0;
      return threshold < 1 << 20 ? threshold + 1 : "never"; // no real string reaches a million characters
    }
    if (s.overflowed) this.note("look-behind whose maximum length overflows", `Java tries lengths up to ${s.maxLength} only; all lengths are tried`);
    return 0;
  }

  /** `(?=(X))\N`, its capture named for numberGroups. */
  private atomic(body: string): string {
    const name = `A${++this.atomics}`;
    return atomicGroup(`\u0001${name}\u0001${body}`, `\u0000${name}\u0000`);
  }

  private assertion(kind: JavaAssertKind, unicodeWord: boolean): Printed {
    switch (kind) {
      case "bound":
        return { text: unicodeWord ? JAVA_UNICODE_BOUNDARY : JAVA_BOUNDARY, kind: "assertion" };
      case "notBound":
        return { text: unicodeWord ? JAVA_UNICODE_NOT_BOUNDARY : JAVA_NOT_BOUNDARY, kind: "assertion" };
      case "graphemeBound":
        this.note("\\b{g} (grapheme cluster boundary)", "a boundary anywhere except before a combining mark or joiner, or inside CR LF");
        return { text: "(?:^|$|(?![\\p{M}\\u200D])(?!(?<=\\r)\\n))", kind: "assertion" };
      default:
        return { text: ASSERTIONS[kind], kind: kind === "begin" || kind === "end" || kind === "lastMatch" ? "assertion" : "assertion" };
    }
  }

  private repeat(node: JavaNode & { type: "repeat" }, behind: boolean): Printed {
    if (node.max === 0) return EMPTY;
    const possessive = node.mode === "possessive" && !behind;
    if (node.mode === "possessive" && behind) this.note("possessive quantifier inside a look-behind", "matched as a greedy quantifier");
    if (possessive) this.atomicDepth++;
    // Java's Ques, Curly and GroupCurly match their atom to its first success; a loop over a
    // non-deterministic group and a `?` on a group (a Branch) go on into what follows.
    const firstSuccess = node.javaKind !== "loop" && !(node.javaKind === "ques" && node.body.type === "group" && node.mode !== "possessive");
    const body = this.print(node.body, behind, firstSuccess);
    if (possessive) this.atomicDepth--;
    if (body.kind === "empty") return EMPTY;
    // A zero-width assertion repeated: Java tries it `min` times at the same place (ECMAScript forbids the quantifier).
    if (body.kind === "assertion") return node.min === 0 ? EMPTY : body;
    let text: string;
    if (node.min === 0 && node.max === 1 && nullable(node.body)) {
      // ECMAScript's `X?` refuses an empty X and looks for a longer one first; Java's takes X's first
      // match, empty or not. Only what an atomic group keeps can tell them apart, but say it Java's way.
      text = node.mode === "lazy" ? `(?:|${body.text})` : `(?:${body.text}|)`;
    } else {
      if (node.max > 1 && nullable(node.body) && (possessive || this.atomicDepth > 0)) {
        this.note("a repetition that can match empty inside an atomic group or possessive quantifier", "ECMAScript's order of trying its matches, which may keep a different one");
      }
      let atom = body.kind === "atom" ? body.text : `(?:${body.text})`;
      // Possessive, Java takes each repetition's first match and never revisits it: atomic repetitions.
      if (possessive && node.body.type !== "chars") atom = this.atomic(body.text);
      text = atom + quantifier(node.min, node.max) + (node.mode === "lazy" ? "?" : "");
    }
    if (possessive) return { text: this.atomic(text), kind: "atom" };
    return { text, kind: "seq" };
  }
}

function quantifier(min: number, max: number): string {
  if (max === Infinity) return min === 0 ? "*" : min === 1 ? "+" : `{${min},}`;
  if (min === 0 && max === 1) return "?";
  return min === max ? `{${min}}` : `{${min},${max}}`;
}

/** True when `node` can match the empty string. */
function nullable(node: JavaNode): boolean {
  switch (node.type) {
    case "chars":
    case "namedChar":
    case "lineBreak":
    case "grapheme":
      return false;
    case "seq":
      return node.items.every(nullable);
    case "alt":
      return node.options.some(nullable);
    case "group":
    case "atomic":
      return nullable(node.body);
    case "repeat":
      return node.min === 0 || nullable(node.body);
    case "look":
    case "assert":
    case "backref":
      return true;
  }
}

function walk(node: JavaNode, visit: (n: JavaNode) => void): void {
  visit(node);
  switch (node.type) {
    case "seq":
      node.items.forEach((i) => walk(i, visit));
      return;
    case "alt":
      node.options.forEach((o) => walk(o, visit));
      return;
    case "group":
    case "look":
    case "atomic":
    case "repeat":
      walk(node.body, visit);
      return;
    default:
      return;
  }
}

/**
 * Backreferences that mean the same in both languages: case-sensitive, to a group that has surely
 * matched (it stands, not repeated nor optional, earlier in the top-level sequence).
 */
function exactBackrefs(root: JavaNode): Set<JavaNode> {
  const exact = new Set<JavaNode>();
  const done = new Set<number>();
  const items = root.type === "seq" ? root.items : [root];
  const surelySet = (n: JavaNode): number[] => {
    if (n.type === "group") return [...(n.index !== undefined ? [n.index] : []), ...surelySet(n.body)];
    if (n.type === "seq") return n.items.flatMap(surelySet);
    return [];
  };
  for (const item of items) {
    walk(item, (n) => {
      if (n.type === "backref" && n.caseInsensitive === "no" && done.has(n.group)) exact.add(n);
    });
    for (const g of surelySet(item)) done.add(g);
  }
  return exact;
}
