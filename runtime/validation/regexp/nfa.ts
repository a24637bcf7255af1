/**
 * A pattern's tree (parse-pattern.ts) as a Thompson NFA: states that read one character, split,
 * assert something of a position, or accept. Each lookaround body is an automaton of its own in the
 * same state space, which the matcher runs for every position at once. Counted repetition is
 * unrolled, so the size is bounded ({@link MAX_STATES}) and a pattern past it is not compiled.
 *
 * @see https://swtch.com/~rsc/regexp/regexp1.html (Thompson's construction)
 * @internal
 */
import { UnsupportedPattern, type PatternNode } from "./parse-pattern.ts";

/** The kinds of state (plain numbers: the matcher's inner loop switches on them). */
export const Kind = { Char: 0, Split: 1, Assert: 2, Look: 3, Match: 4 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export type AssertKind = "start" | "end" | "wordBoundary" | "notWordBoundary";

/** A lookaround: its automaton's start and accepting state, and how its answer is read. */
export interface Look {
  readonly ahead: boolean;
  readonly negated: boolean;
  readonly start: number;
  readonly match: number;
  /** The most characters its body can match (`Infinity` when unbounded). */
  readonly maxLength: number;
}

/** The compiled automaton. State `i`: `kind[i]`, its successors `out1[i]` (and `out2[i]` for a split). */
export interface Nfa {
  readonly size: number;
  readonly kind: Uint8Array;
  readonly out1: Int32Array;
  readonly out2: Int32Array;
  /** The character test of each `Char` state. */
  readonly test: readonly ((cp: number) => boolean)[];
  /** The assertion of each `Assert` state. */
  readonly assert: readonly (AssertKind | undefined)[];
  /** The lookaround (index into `looks`) of each `Look` state. */
  readonly look: Int32Array;
  readonly looks: readonly Look[];
  /** The whole pattern's start and accepting state. */
  readonly start: number;
  readonly match: number;
}

/** The most states a pattern may compile to (counted repetition unrolled). */
export const MAX_STATES = 20_000;

const NONE = -1;

/**
 * The automaton of `root`. Throws {@link UnsupportedPattern} for a backreference, or past {@link MAX_STATES}.
 *
 * @example compileNfa(parsePattern("^a|b$")).looks // []
 */
export function compileNfa(root: PatternNode): Nfa {
  return new Builder().build(root);
}

/** A piece of automaton: its entry, and the successor slots still to be tied (state * 2 + slot). */
interface Fragment {
  readonly start: number;
  readonly outs: number[];
}

class Builder {
  private readonly kind: number[] = [];
  private readonly out1: number[] = [];
  private readonly out2: number[] = [];
  private readonly test: ((cp: number) => boolean)[] = [];
  private readonly assert: (AssertKind | undefined)[] = [];
  private readonly look: number[] = [];
  private readonly looks: Look[] = [];

  build(root: PatternNode): Nfa {
    const { start, match } = this.automaton(root);
    return {
      size: this.kind.length,
      kind: Uint8Array.from(this.kind),
      out1: Int32Array.from(this.out1),
      out2: Int32Array.from(this.out2),
      test: this.test,
      assert: this.assert,
      look: Int32Array.from(this.look),
      looks: this.looks,
      start,
      match,
    };
  }

  /** A whole automaton of `node`, ending in its own accepting state. */
  private automaton(node: PatternNode): { start: number; match: number } {
    const fragment = this.fragment(node);
    const match = this.state(Kind.Match);
    this.patch(fragment.outs, match);
    return { start: fragment.start, match };
  }

  private state(kind: Kind): number {
    if (this.kind.length >= MAX_STATES) throw new UnsupportedPattern(`more than ${MAX_STATES} states`);
    this.kind.push(kind);
    this.out1.push(NONE);
    this.out2.push(NONE);
    this.test.push(NEVER);
    this.assert.push(undefined);
    this.look.push(NONE);
    return this.kind.length - 1;
  }

  private patch(outs: readonly number[], to: number): void {
    for (const slot of outs) {
      if ((slot & 1) === 0) this.out1[slot >> 1] = to;
      else this.out2[slot >> 1] = to;
    }
  }

  /** An empty fragment: a split whose both ways lead on (an epsilon state). */
  private empty(): Fragment {
    const s = this.state(Kind.Split);
    return { start: s, outs: [s * 2, s * 2 + 1] };
  }

  private fragment(node: PatternNode): Fragment {
    switch (node.type) {
      case "char": {
        const s = this.state(Kind.Char);
        this.test[s] = node.test;
        return { start: s, outs: [s * 2] };
      }
      case "assert": {
        const s = this.state(Kind.Assert);
        this.assert[s] = node.kind;
        return { start: s, outs: [s * 2] };
      }
      case "look": {
        const s = this.state(Kind.Look);
        const { start, match } = this.automaton(node.body);
        this.look[s] = this.looks.length;
        this.looks.push({ ahead: node.ahead, negated: node.negated, start, match, maxLength: maxLength(node.body) });
        return { start: s, outs: [s * 2] };
      }
      case "seq": {
        if (node.items.length === 0) return this.empty();
        let first: Fragment | undefined;
        let outs: number[] = [];
        for (const item of node.items) {
          const f = this.fragment(item);
          if (first === undefined) first = f;
          else this.patch(outs, f.start);
          outs = f.outs;
        }
        return { start: first!.start, outs };
      }
      case "alt": {
        // A chain of splits, one way into each option.
        const fragments = node.options.map((o) => this.fragment(o));
        let start = fragments[fragments.length - 1]!.start;
        for (let i = fragments.length - 2; i >= 0; i--) {
          const s = this.state(Kind.Split);
          this.out1[s] = fragments[i]!.start;
          this.out2[s] = start;
          start = s;
        }
        return { start, outs: fragments.flatMap((f) => f.outs) };
      }
      case "repeat":
        return this.repeat(node.body, node.min, node.max);
      case "backref":
        throw new UnsupportedPattern("a backreference");
    }
  }

  /** `body{min,max}`: `min` copies, then a loop (`max` infinite) or `max - min` nested optional copies. */
  private repeat(body: PatternNode, min: number, max: number): Fragment {
    const parts: Fragment[] = [];
    for (let i = 0; i < min; i++) parts.push(this.fragment(body));
    if (max === Infinity) {
      const loop = this.state(Kind.Split);
      const f = this.fragment(body);
      this.out1[loop] = f.start;
      this.patch(f.outs, loop);
      parts.push({ start: loop, outs: [loop * 2 + 1] });
    } else if (max > min) {
      // (x(x(x)?)?)? — each optional copy's end may stop or go into the next.
      let outs: number[] = [];
      let first: number | undefined;
      let prevOuts: number[] | undefined;
      for (let i = min; i < max; i++) {
        const skip = this.state(Kind.Split);
        const f = this.fragment(body);
        this.out1[skip] = f.start;
        if (prevOuts === undefined) first = skip;
        else this.patch(prevOuts, skip);
        outs.push(skip * 2 + 1);
        prevOuts = f.outs;
      }
      outs = [...outs, ...prevOuts!];
      parts.push({ start: first!, outs });
    }
    if (parts.length === 0) return this.empty();
    for (let i = 1; i < parts.length; i++) this.patch(parts[i - 1]!.outs, parts[i]!.start);
    return { start: parts[0]!.start, outs: parts[parts.length - 1]!.outs };
  }
}

const NEVER = (): boolean => false;

/** The most characters `node` can match (`Infinity` when unbounded). */
function maxLength(node: PatternNode): number {
  switch (node.type) {
    case "char":
      return 1;
    case "seq":
      return node.items.reduce((n, i) => n + maxLength(i), 0);
    case "alt":
      return Math.max(...node.options.map(maxLength));
    case "repeat": {
      const body = maxLength(node.body);
      return body === 0 ? 0 : body * node.max;
    }
    case "assert":
    case "look":
      return 0;
    case "backref":
      return Infinity;
  }
}
