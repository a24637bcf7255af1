/**
 * Turns a parsed pattern into a tree with no zero-width assertions, so that every string the tree
 * generates is a match:
 *
 * - each top-level alternative loses its leading `^` and trailing `$`. Where one is missing, in
 *   `"full"` mode (the default) the alternative still has to span the whole string, so that values
 *   match both as ECMAScript searches (`RegExp.prototype.test`, what Smithy specifies) and as Java's
 *   `Matcher.matches()` (what a service may really check: `^0|([1-9]\d{0,128})$` then means a number,
 *   not "anything starting with 0"); in `"search"` mode it is padded with "any code point, any number
 *   of times" on that side, which yields every string ECMAScript accepts;
 * - a `\b` or `\B` between two items of a top-level alternative is decided statically when the last
 *   code point on its left and the first on its right are each surely a word character or surely
 *   not one (the input edges count as not); a boundary that always holds is dropped, one that never
 *   holds removes its alternative;
 * - in `"search"` mode a leading positive look-behind `(?<=X)` becomes X itself, built just before
 *   the match (the rest of the string is then checked, see below);
 * - any other assertion (a lookaround, an anchor or a boundary elsewhere) is dropped from the tree
 *   and `checked` is set: the caller then generates candidates and keeps the first that the engine's
 *   own `RegExp` accepts (the documented fallback, see stringMatching.ts).
 *
 * @internal
 */
import { EMPTY_SEQ, type RegexNode } from "./ast.ts";
import { CharSet } from "./charSet.ts";
import { WORD } from "./parse.ts";

export interface Anchored {
  readonly root: RegexNode;
  /** True when assertions were dropped and candidates must be checked against the real pattern. */
  readonly checked: boolean;
}

const ANY_STAR: RegexNode = { type: "repeat", node: { type: "chars", set: CharSet.ALL }, min: 0, max: Infinity };

/** See the module comment. */
export type AnchorMode = "full" | "search";

export function anchor(root: RegexNode, mode: AnchorMode = "full"): Anchored {
  const branches = root.type === "alt" ? root.options : [root];
  let checked = false;
  const options: RegexNode[] = [];
  for (const branch of branches) {
    const items = [...(branch.type === "seq" ? branch.items : [branch])];
    let startAnchored = false;
    let endAnchored = false;
    while (isAssert(items[0], "start")) {
      items.shift();
      startAnchored = true;
    }
    while (isAssert(items[items.length - 1], "end")) {
      items.pop();
      endAnchored = true;
    }
    if (mode === "full") startAnchored = endAnchored = true;
    // Searching, a leading `(?<=X)` only asks for X just before the match: build X there.
    while (!startAnchored && isAssert(items[0], "lookbehind") && items[0]?.type === "assert" && items[0].body) {
      const body = items.shift() as RegexNode & { type: "assert" };
      items.unshift(body.body!);
      checked = true; // X may hold assertions of its own; the check keeps what passes
    }
    const resolved = resolveBoundaries(items, startAnchored, endAnchored);
    if (resolved === "never") continue;
    const body = resolved.map((item) => {
      const { node, dropped } = dropAssertions(item);
      if (dropped) checked = true;
      return node;
    });
    options.push({ type: "seq", items: [...(startAnchored ? [] : [ANY_STAR]), ...body, ...(endAnchored ? [] : [ANY_STAR])] });
  }
  return { root: options.length === 1 ? options[0]! : { type: "alt", options }, checked };
}

function isAssert(node: RegexNode | undefined, kind: string): boolean {
  return node?.type === "assert" && node.kind === kind;
}

type Side = "word" | "other" | "unknown";

function resolveBoundaries(items: RegexNode[], startAnchored: boolean, endAnchored: boolean): RegexNode[] | "never" {
  const out: RegexNode[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.type !== "assert" || (item.kind !== "wordBoundary" && item.kind !== "notWordBoundary")) {
      out.push(item);
      continue;
    }
    const word = item.word ?? WORD;
    const unsure = item.unsure ?? CharSet.EMPTY;
    const left = i === 0 ? (startAnchored ? "other" : "unknown") : side(items[i - 1]!, "last", word, unsure);
    const right = i === items.length - 1 ? (endAnchored ? "other" : "unknown") : side(items[i + 1]!, "first", word, unsure);
    if (left === "unknown" || right === "unknown") {
      out.push(item); // left to the fallback
      continue;
    }
    const boundary = left !== right;
    if (boundary !== (item.kind === "wordBoundary")) return "never";
  }
  return out;
}

/** Whether the first (or last) code point of every match of `node` is a word character. */
function side(node: RegexNode, end: "first" | "last", word: CharSet, unsure: CharSet): Side {
  if (minLength(node) === 0) return "unknown";
  const set = edgeChars(node, end);
  if (set === undefined) return "unknown";
  if (set.isSubsetOf(word.minus(unsure))) return "word";
  if (set.intersect(word.union(unsure)).size === 0) return "other";
  return "unknown";
}

/** The code points a match of `node` can start (or end) with; undefined when an assertion is in the way. */
function edgeChars(node: RegexNode, end: "first" | "last"): CharSet | undefined {
  switch (node.type) {
    case "chars":
      return node.set;
    case "assert":
      return undefined;
    case "alt": {
      let acc = CharSet.EMPTY;
      for (const o of node.options) {
        const s = edgeChars(o, end);
        if (s === undefined) return undefined;
        acc = acc.union(s);
      }
      return acc;
    }
    case "repeat":
      return node.max === 0 ? CharSet.EMPTY : edgeChars(node.node, end);
    case "seq": {
      const items = end === "first" ? node.items : [...node.items].reverse();
      let acc = CharSet.EMPTY;
      for (const item of items) {
        const s = edgeChars(item, end);
        if (s === undefined) return undefined;
        acc = acc.union(s);
        if (minLength(item) > 0) break;
      }
      return acc;
    }
  }
}

/** The shortest match of `node` (Infinity never occurs: every node matches something finite). */
export function minLength(node: RegexNode): number {
  switch (node.type) {
    case "chars":
      return 1;
    case "assert":
      return 0;
    case "seq":
      return node.items.reduce((sum, item) => sum + minLength(item), 0);
    case "alt":
      return Math.min(...node.options.map(minLength));
    case "repeat":
      return node.min === 0 ? 0 : node.min * minLength(node.node);
  }
}

function dropAssertions(node: RegexNode): { node: RegexNode; dropped: boolean } {
  switch (node.type) {
    case "assert":
      return { node: EMPTY_SEQ, dropped: true };
    case "chars":
      return { node, dropped: false };
    case "seq": {
      const parts = node.items.map(dropAssertions);
      return { node: { type: "seq", items: parts.map((p) => p.node) }, dropped: parts.some((p) => p.dropped) };
    }
    case "alt": {
      const parts = node.options.map(dropAssertions);
      return { node: { type: "alt", options: parts.map((p) => p.node) }, dropped: parts.some((p) => p.dropped) };
    }
    case "repeat": {
      const inner = dropAssertions(node.node);
      return { node: { ...node, node: inner.node }, dropped: inner.dropped };
    }
  }
}
