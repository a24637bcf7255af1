/**
 * How badly a backtracking engine (ECMAScript's, and Java's) can do on a pattern, read off its tree
 * once, when the pattern is compiled:
 *
 * - **exponential**: a repeated part that can itself match in more than one way — a repeat of a
 *   varying count inside a repeat (`(a+)+`, `(\w+\s?)+`, `(.*a){12}`, `(a?a?)+`) or an alternation
 *   inside one (`(a|aa)+`). A string
 *   of a few dozen characters that almost matches takes the engine longer than any test waits.
 * - **polynomial** of degree k: repeats side by side that can split a run of characters between
 *   them in many ways (`.*:.*:.+` of an ARN pattern: a string of colons costs n³ steps). A repeat
 *   counts when what must follow it can begin with a character it takes too (or is only
 *   assertions, which a shorter repeat might satisfy); one followed by a character it never takes
 *   (`[a-z0-9-]+:`) ends where it must and counts for nothing. A pattern not anchored by `^` is
 *   tried from every position: one more degree. So does a long repeat inside a lookaround.
 *
 * Only repeats of more than {@link LONG_REPEAT} + their minimum count: a short bounded one
 * multiplies the steps by a constant.
 *
 * @see https://www.regular-expressions.info/catastrophic.html
 * @see https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS
 * @internal
 */
import type { CharNode, PatternNode } from "./parse-pattern.ts";

/**
 * `polynomial`: about `factor × length^degree` steps at worst, where `factor` multiplies the counts
 * of the short repeats (and options) that cannot tell where they end: `a?a?a?…a?` of thirty is
 * polynomial of degree 0 with a factor of 2^30, which no engine should be left to run.
 */
export type BacktrackingRisk = { readonly kind: "exponential" } | { readonly kind: "polynomial"; readonly degree: number; readonly factor: number };

/** A repeat whose count may vary by more than this is long. */
export const LONG_REPEAT = 16;

const isLong = (n: { readonly min: number; readonly max: number }) => n.max - n.min > LONG_REPEAT;

/**
 * The risk of `root`.
 *
 * @example backtrackingRisk(parsePattern("^(a|aa)+$")) // { kind: "exponential" }
 * @example backtrackingRisk(parsePattern("^[a-z]+:[a-z]+$")).degree // 1 (the first ends at the colon)
 */
export function backtrackingRisk(root: PatternNode): BacktrackingRisk {
  if (ambiguousRepeat(root)) return { kind: "exponential" };
  const items = flatten(root);
  const anchored = items[0]?.type === "assert" && items[0].kind === "start";
  let degree = anchored || (root.type === "alt" && root.options.every(startsAnchored)) ? 0 : 1;
  let factor = 1;
  items.forEach((item, i) => {
    if (item.type === "repeat" && isLong(item)) {
      if (!delimited(item.body, items.slice(i + 1))) degree++;
    } else {
      degree += longRepeats(item, false);
      if (item.type === "repeat" && item.max > item.min && !delimited(item.body, items.slice(i + 1))) factor *= item.max - item.min + 1;
      factor *= shortChoices(item.type === "repeat" ? item.body : item);
    }
  });
  return { kind: "polynomial", degree, factor };
}

function startsAnchored(node: PatternNode): boolean {
  const first = flatten(node)[0];
  return first?.type === "assert" && first.kind === "start";
}

/** A sequence's items with nested sequences (groups) spliced in. */
function flatten(node: PatternNode): PatternNode[] {
  if (node.type !== "seq") return [node];
  return node.items.flatMap(flatten);
}

/** A repeat (of more than once) holding a repeat (of more than once) or an alternation, anywhere. */
function ambiguousRepeat(node: PatternNode): boolean {
  switch (node.type) {
    case "repeat":
      return (node.max > 1 && holdsChoice(node.body)) || ambiguousRepeat(node.body);
    case "seq":
      return node.items.some(ambiguousRepeat);
    case "alt":
      return node.options.some(ambiguousRepeat);
    case "look":
      return ambiguousRepeat(node.body);
    default:
      return false;
  }
}

/** Whether `node` can match in more than one way: an alternation, or a repeat whose count varies (`a?a?` splits `aa` two ways). */
function holdsChoice(node: PatternNode): boolean {
  switch (node.type) {
    case "repeat":
      return node.max > node.min || holdsChoice(node.body);
    case "alt":
      return true;
    case "seq":
      return node.items.some(holdsChoice);
    default:
      return false;
  }
}

/** The long repeats in `node` (a lookaround's all count: the engine tries it at every position). */
function longRepeats(node: PatternNode, inLook: boolean): number {
  switch (node.type) {
    case "repeat":
      return (isLong(node) ? 1 : 0) + longRepeats(node.body, inLook);
    case "seq":
      return node.items.reduce((n, i) => n + longRepeats(i, inLook), 0);
    case "alt":
      return node.options.reduce((n, o) => n + longRepeats(o, inLook), 0);
    case "look": {
      const inside = longRepeats(node.body, true);
      return inLook || inside === 0 ? inside : inside + 1;
    }
    default:
      return 0;
  }
}

/** The product of the counts of the short repeats and options inside `node` (each may be retried). */
function shortChoices(node: PatternNode): number {
  switch (node.type) {
    case "repeat":
      return (isLong(node) ? 1 : node.max - node.min + 1) * shortChoices(node.body);
    case "seq":
      return node.items.reduce((n, i) => n * shortChoices(i), 1);
    case "alt":
      return node.options.reduce((n, o) => n + shortChoices(o), 0);
    case "look":
      return shortChoices(node.body);
    default:
      return 1;
  }
}

/**
 * Whether a repeat of `body` followed by `rest` ends where it must: the characters `rest` can begin
 * with are known (literals) and none of them is one `body` takes. A `rest` of nothing at all
 * (the pattern ends) is delimited too: the longest run matches at once.
 */
function delimited(body: PatternNode, rest: readonly PatternNode[]): boolean {
  const chars = charNodes(body);
  let sawAssertion = false;
  for (const item of rest) {
    const first = firstChars(item);
    if (first === undefined) return false;
    if (first.chars.some((cp) => chars.some((c) => c.test(cp)))) return false;
    if (!first.nullable) return true;
    if (item.type === "assert" || item.type === "look") sawAssertion = true;
  }
  return !sawAssertion;
}

/** The characters `node` can begin with (undefined when not a handful of literals), and whether it can match nothing. */
function firstChars(node: PatternNode): { chars: readonly number[]; nullable: boolean } | undefined {
  switch (node.type) {
    case "char":
      return node.literals === undefined ? undefined : { chars: node.literals, nullable: false };
    case "assert":
    case "look":
      return { chars: [], nullable: true };
    case "repeat": {
      const body = firstChars(node.body);
      return body === undefined ? undefined : { chars: body.chars, nullable: node.min === 0 || body.nullable };
    }
    case "seq": {
      const chars: number[] = [];
      for (const item of node.items) {
        const first = firstChars(item);
        if (first === undefined) return undefined;
        chars.push(...first.chars);
        if (!first.nullable) return { chars, nullable: false };
      }
      return { chars, nullable: true };
    }
    case "alt": {
      const chars: number[] = [];
      let nullable = false;
      for (const option of node.options) {
        const first = firstChars(option);
        if (first === undefined) return undefined;
        chars.push(...first.chars);
        nullable ||= first.nullable;
      }
      return { chars, nullable };
    }
    case "backref":
      return undefined;
  }
}

function charNodes(node: PatternNode): CharNode[] {
  switch (node.type) {
    case "char":
      return [node];
    case "seq":
      return node.items.flatMap(charNodes);
    case "alt":
      return node.options.flatMap(charNodes);
    case "repeat":
      return charNodes(node.body);
    default:
      return [];
  }
}
