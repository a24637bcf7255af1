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
  JAVA_NOT_BOUNDARY,
  JAVA_UNICODE_BOUNDARY,
  JAVA_UNICODE_NOT_BOUNDARY,
  JAVA_UNIX_CARET_MULTILINE,
  JAVA_UNIX_DOLLAR,
  JAVA_UNIX_DOLLAR_MULTILINE,
  atomicGroup,
} from "../../../runtime/arbitraries/regex/javaIdioms.ts";
import type { JavaAssertKind, JavaNode } from "./ast.ts";

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

/** Prints `root`; `capturingGroups` is Java's group count (1 + the number of capturing groups). */
export function printEcmaScript(root: JavaNode, capturingGroups: number): { source: string; approximations: Approximation[] } {
  const printer = new Printer(root, capturingGroups);
  const body = printer.print(root, false).text;
  const source = body.replace(/\u0000(\d+)\u0000/g, (_, java: string) => String(printer.jsGroup.get(Number(java))!));
  return { source, approximations: printer.approximations };
}

class Printer {
  readonly approximations: Approximation[] = [];
  /** Java group number → ECMAScript group number, for the groups a backreference names. */
  readonly jsGroup = new Map<number, number>();
  private readonly referenced = new Set<number>();
  private readonly exactRefs: Set<JavaNode>;
  private groups = 0;

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

  print(node: JavaNode, behind: boolean): Printed {
    switch (node.type) {
      case "chars":
        return { text: node.cls.toAtom(), kind: "atom" };
      case "seq": {
        const parts = node.items.map((i) => this.print(i, behind)).filter((p) => p.kind !== "empty");
        if (parts.length === 0) return EMPTY;
        if (parts.length === 1) return parts[0]!;
        return { text: parts.map((p) => (p.kind === "alt" ? `(?:${p.text})` : p.text)).join(""), kind: "seq" };
      }
      case "alt":
        return { text: node.options.map((o) => this.print(o, behind).text).join("|"), kind: "alt" };
      case "group": {
        if (node.index !== undefined && this.referenced.has(node.index)) {
          this.jsGroup.set(node.index, ++this.groups);
          return { text: `(${this.print(node.body, behind).text})`, kind: "atom" };
        }
        return this.print(node.body, behind);
      }
      case "look": {
        const prefix = `(?${node.behind ? "<" : ""}${node.negated ? "!" : "="}`;
        const s = node.study;
        if (node.behind && s && (s.maxLength < 0 || s.minLength > s.maxLength)) {
          // Java tries start positions i-min down to i-max: with these (overflowed) bounds, none.
          return node.negated ? EMPTY : { text: "[]", kind: "atom" };
        }
        const body = this.print(node.body, behind || node.behind);
        return { text: `${prefix}${body.text})`, kind: "assertion" };
      }
      case "atomic": {
        if (behind) {
          this.note("(?>…) inside a look-behind", "matched as a plain group, which may backtrack into it");
          const body = this.print(node.body, behind);
          return { text: `(?:${body.text})`, kind: "atom" };
        }
        const n = ++this.groups;
        return { text: atomicGroup(this.print(node.body, behind).text, n), kind: "atom" };
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
        return { text: `(?:\\\u0000${node.group}\u0000)`, kind: "atom" };
      }
      case "lineBreak":
        return { text: JAVA_LINE_BREAK, kind: "atom" };
      case "grapheme":
        this.note("\\X (grapheme cluster)", "a CR LF pair, or one character with the combining marks after it");
        return { text: "(?:\\r\\n|\\P{M}\\p{M}*|\\p{M}+)", kind: "atom" };
      case "namedChar":
        this.note(`\\N{${node.name}}`, "any one character (character names are not known outside the JDK)");
        return { text: "[^]", kind: "atom" };
    }
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
    const n = possessive ? ++this.groups : 0;
    const body = this.print(node.body, behind);
    if (body.kind === "empty") return EMPTY;
    // A zero-width assertion repeated: Java tries it `min` times at the same place (ECMAScript forbids the quantifier).
    if (body.kind === "assertion") return node.min === 0 ? EMPTY : body;
    const atom = body.kind === "atom" ? body.text : `(?:${body.text})`;
    const q = quantifier(node.min, node.max) + (node.mode === "lazy" ? "?" : "");
    if (possessive) return { text: atomicGroup(atom + q, n), kind: "atom" };
    return { text: atom + q, kind: "seq" };
  }
}

function quantifier(min: number, max: number): string {
  if (max === Infinity) return min === 0 ? "*" : min === 1 ? "+" : `{${min},}`;
  if (min === 0 && max === 1) return "?";
  return min === max ? `{${min}}` : `{${min},${max}}`;
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
