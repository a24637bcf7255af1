/**
 * Whether a string has a match of a pattern, in time linear in the string: the NFA (nfa.ts) is run
 * as a set of states advanced one character at a time (Thompson's simulation), never by trying one
 * path and backing up. `test` answers what `new RegExp(p, "u").test(s)` answers — a match anywhere,
 * as JSON Schema's `pattern` asks — since without backreferences whether a match exists does not
 * depend on the order a backtracking engine tries paths in.
 *
 * Lookarounds are answered for every position at once before the pattern runs: a lookbehind by
 * running its body forwards from every position and noting where it accepts, a lookahead by running
 * its body backwards from every position (the reversed automaton) and noting where it can start.
 * Inner lookarounds come first (the NFA lists them so). Each costs one pass over the string.
 *
 * Positions inside a surrogate pair: the specification never starts a match there (a Unicode-mode
 * search advances by code points), but V8 does, and answers `test` by what it finds there: every
 * character read across the pair's middle fails (forwards or backwards), `^` and `$` do not hold,
 * `\b` never holds and `\B` always does (a surrogate is not a word character). So a pattern that
 * matches the empty string under those rules matches any string with a surrogate pair in V8 —
 * `(?<!^)(?!$)` on `"😀"`, which the specification says is false. The matcher answers as V8 does
 * (decided once per pattern: {@link matchesInsidePair}), since it must give the native answers.
 *
 * Cost: O(n × m) time for a string of n code points and an automaton of m states (lookarounds'
 * included), O(n × l + m) memory for l lookarounds (a table of positions each, kept between calls).
 *
 * @see https://swtch.com/~rsc/regexp/regexp1.html
 * @see https://tc39.es/ecma262/#sec-regexpbuiltinexec
 * @internal
 */
import { Kind, type AssertKind, type Nfa } from "./nfa.ts";

/** A set of states with constant-time insertion, membership and clearing (stamped). */
class StateSet {
  readonly dense: Int32Array;
  readonly stamp: Uint32Array;
  count = 0;
  generation = 1;

  constructor(size: number) {
    this.dense = new Int32Array(size);
    this.stamp = new Uint32Array(size);
  }

  clear(): void {
    this.count = 0;
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }

  has(s: number): boolean {
    return this.stamp[s] === this.generation;
  }

  /** Adds `s`; false when it was there. */
  add(s: number): boolean {
    if (this.stamp[s] === this.generation) return false;
    this.stamp[s] = this.generation;
    this.dense[this.count++] = s;
    return true;
  }
}

/** Predecessors of each state, in compressed rows: `from[offsets[t]..offsets[t+1])`. */
interface Rows {
  readonly offsets: Int32Array;
  readonly from: Int32Array;
}

function rows(size: number, edges: readonly (readonly [from: number, to: number])[]): Rows {
  const offsets = new Int32Array(size + 1);
  for (const [, to] of edges) offsets[to + 1]!++;
  for (let i = 0; i < size; i++) offsets[i + 1]! += offsets[i]!;
  const from = new Int32Array(edges.length);
  const fill = offsets.slice(0, size);
  for (const [f, to] of edges) from[fill[to]!++] = f;
  return { offsets, from };
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

const isWord = (cp: number) => (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;

/**
 * A compiled pattern that answers `test` in linear time. One instance keeps its buffers between
 * calls (not reentrant; a validator runs one `test` at a time).
 *
 * @example new LinearMatcher(compileNfa(parsePattern("^(a+)+$"))).test("a".repeat(5000) + "!") // false, at once
 */
export class LinearMatcher {
  readonly #nfa: Nfa;
  /** Epsilon predecessors (splits, assertions, lookarounds) and character predecessors of each state. */
  readonly #epsilonFrom: Rows;
  readonly #charFrom: Rows;
  /** The pattern can only match from position 0 (every way from its start meets `^` first). */
  readonly #anchored: boolean;
  #a: StateSet;
  #b: StateSet;
  readonly #stack: Int32Array;
  #cps = new Int32Array(64);
  #n = 0;
  /** Whether V8 finds a match at a position inside a surrogate pair (see the header). */
  readonly #insidePair: boolean;
  /** Per lookaround, per position: whether its body matches there (before `negated` applies). */
  readonly #tables: Uint8Array[] = [];

  constructor(nfa: Nfa) {
    this.#nfa = nfa;
    const epsilon: [number, number][] = [];
    const chars: [number, number][] = [];
    for (let s = 0; s < nfa.size; s++) {
      const k = nfa.kind[s];
      if (k === Kind.Char) chars.push([s, nfa.out1[s]!]);
      else if (k === Kind.Split) {
        if (nfa.out1[s]! >= 0) epsilon.push([s, nfa.out1[s]!]);
        if (nfa.out2[s]! >= 0) epsilon.push([s, nfa.out2[s]!]);
      } else if (k === Kind.Assert || k === Kind.Look) epsilon.push([s, nfa.out1[s]!]);
    }
    this.#epsilonFrom = rows(nfa.size, epsilon);
    this.#charFrom = rows(nfa.size, chars);
    this.#anchored = anchoredAtStart(nfa);
    this.#insidePair = matchesInsidePair(nfa);
    this.#a = new StateSet(nfa.size);
    this.#b = new StateSet(nfa.size);
    this.#stack = new Int32Array(nfa.size);
  }

  /** Whether `input` has a match anywhere (as `RegExp.prototype.test` with the `u` flag, `lastIndex` 0). */
  test(input: string): boolean {
    if (this.#insidePair && SURROGATE_PAIR.test(input)) return true;
    this.#load(input);
    const { looks } = this.#nfa;
    for (let i = 0; i < looks.length; i++) {
      const look = looks[i]!;
      // Kept between calls (grown when too short), cleared for the positions this input has.
      let table = this.#tables[i];
      if (table === undefined || table.length < this.#n + 1) table = this.#tables[i] = new Uint8Array(Math.max(this.#n + 1, 64));
      else table.fill(0, 0, this.#n + 1);
      if (look.ahead) this.#backward(look.start, look.match, table);
      else this.#forward(look.start, look.match, false, table);
    }
    return this.#forward(this.#nfa.start, this.#nfa.match, this.#anchored, undefined);
  }

  /** The input as code points (a lone surrogate is one), in the reused buffer. */
  #load(input: string): void {
    if (this.#cps.length < input.length) this.#cps = new Int32Array(Math.max(input.length, this.#cps.length * 2));
    const cps = this.#cps;
    let n = 0;
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < input.length) {
        const d = input.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cps[n++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i++;
          continue;
        }
      }
      cps[n++] = c;
    }
    this.#n = n;
  }

  /**
   * Runs the automaton from `start` forwards, entering it at every position (at 0 only when
   * `anchored`). Without `table`: true at the first position where `match` is reached. With it:
   * marks every position where `match` is reached, and runs to the end.
   */
  #forward(start: number, match: number, anchored: boolean, table: Uint8Array | undefined): boolean {
    const nfa = this.#nfa;
    const n = this.#n;
    const cps = this.#cps;
    let cur = this.#a;
    let next = this.#b;
    cur.clear();
    for (let p = 0; ; p++) {
      if (!anchored || p === 0) this.#closeForward(start, p, cur);
      if (cur.has(match)) {
        if (table === undefined) return true;
        table[p] = 1;
      }
      if (p === n || (anchored && cur.count === 0)) return false;
      next.clear();
      const cp = cps[p]!;
      for (let i = 0; i < cur.count; i++) {
        const s = cur.dense[i]!;
        if (nfa.kind[s] === Kind.Char && nfa.test[s]!(cp)) this.#closeForward(nfa.out1[s]!, p + 1, next);
      }
      [cur, next] = [next, cur];
    }
  }

  /** Adds `from` and every state it reaches at position `p` without reading a character. */
  #closeForward(from: number, p: number, set: StateSet): void {
    if (!set.add(from)) return;
    const nfa = this.#nfa;
    const stack = this.#stack;
    let top = 0;
    stack[top++] = from;
    while (top > 0) {
      const s = stack[--top]!;
      switch (nfa.kind[s]) {
        case Kind.Split: {
          const a = nfa.out1[s]!;
          const b = nfa.out2[s]!;
          if (b >= 0 && set.add(b)) stack[top++] = b;
          if (a >= 0 && set.add(a)) stack[top++] = a;
          break;
        }
        case Kind.Assert:
        case Kind.Look: {
          const a = nfa.out1[s]!;
          if (this.#holds(s, p) && set.add(a)) stack[top++] = a;
          break;
        }
        default:
          break;
      }
    }
  }

  /**
   * Runs the automaton backwards from `match`, entering at every position: marks in `table` every
   * position from which `start` reaches `match` (a lookahead's body matches there).
   */
  #backward(start: number, match: number, table: Uint8Array): void {
    const nfa = this.#nfa;
    const cps = this.#cps;
    const { offsets, from } = this.#charFrom;
    let cur = this.#a;
    let next = this.#b;
    cur.clear();
    this.#closeBackward(match, this.#n, cur);
    if (cur.has(start)) table[this.#n] = 1;
    for (let j = this.#n - 1; j >= 0; j--) {
      next.clear();
      this.#closeBackward(match, j, next);
      const cp = cps[j]!;
      for (let i = 0; i < cur.count; i++) {
        const t = cur.dense[i]!;
        for (let e = offsets[t]!; e < offsets[t + 1]!; e++) {
          const s = from[e]!;
          if (!next.has(s) && nfa.test[s]!(cp)) this.#closeBackward(s, j, next);
        }
      }
      if (next.has(start)) table[j] = 1;
      [cur, next] = [next, cur];
    }
  }

  /** Adds `to` and every state that reaches it at position `j` without reading a character. */
  #closeBackward(to: number, j: number, set: StateSet): void {
    if (!set.add(to)) return;
    const nfa = this.#nfa;
    const { offsets, from } = this.#epsilonFrom;
    const stack = this.#stack;
    let top = 0;
    stack[top++] = to;
    while (top > 0) {
      const t = stack[--top]!;
      for (let e = offsets[t]!; e < offsets[t + 1]!; e++) {
        const s = from[e]!;
        if (set.has(s)) continue;
        const k = nfa.kind[s];
        if ((k === Kind.Assert || k === Kind.Look) && !this.#holds(s, j)) continue;
        set.add(s);
        stack[top++] = s;
      }
    }
  }

  /** Whether assertion or lookaround state `s` holds at position `p`. */
  #holds(s: number, p: number): boolean {
    const nfa = this.#nfa;
    if (nfa.kind[s] === Kind.Look) {
      const index = nfa.look[s]!;
      return (this.#tables[index]![p] === 1) !== nfa.looks[index]!.negated;
    }
    return assertionHolds(nfa.assert[s]!, p, this.#cps, this.#n);
  }
}

function assertionHolds(kind: AssertKind, p: number, cps: Int32Array, n: number): boolean {
  switch (kind) {
    case "start":
      return p === 0;
    case "end":
      return p === n;
    case "wordBoundary":
    case "notWordBoundary": {
      const boundary = (p > 0 && isWord(cps[p - 1]!)) !== (p < n && isWord(cps[p]!));
      return boundary === (kind === "wordBoundary");
    }
  }
}

/**
 * Whether the pattern matches at a position inside a surrogate pair as V8 reads one: no character
 * state can advance, `\B` holds and every other assertion fails, a lookaround holds by whether its
 * own body matches there (the same for every such position, so decided once).
 */
function matchesInsidePair(nfa: Nfa): boolean {
  const look: boolean[] = [];
  const reaches = (start: number, match: number): boolean => {
    const seen = new Set<number>();
    const stack = [start];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (s === match) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      switch (nfa.kind[s]) {
        case Kind.Split:
          if (nfa.out1[s]! >= 0) stack.push(nfa.out1[s]!);
          if (nfa.out2[s]! >= 0) stack.push(nfa.out2[s]!);
          break;
        case Kind.Assert:
          if (nfa.assert[s] === "notWordBoundary") stack.push(nfa.out1[s]!);
          break;
        case Kind.Look: {
          const i = nfa.look[s]!;
          if (look[i] !== nfa.looks[i]!.negated) stack.push(nfa.out1[s]!);
          break;
        }
        default:
          break;
      }
    }
    return false;
  };
  // Inner lookarounds are listed before the ones that hold them.
  nfa.looks.forEach((l, i) => (look[i] = reaches(l.start, l.match)));
  return reaches(nfa.start, nfa.match);
}

/** True when every way from the start reaches a `^` before reading anything (splits followed). */
function anchoredAtStart(nfa: Nfa): boolean {
  const seen = new Set<number>();
  const stack = [nfa.start];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    const k = nfa.kind[s];
    if (k === Kind.Split) {
      if (nfa.out1[s]! >= 0) stack.push(nfa.out1[s]!);
      if (nfa.out2[s]! >= 0) stack.push(nfa.out2[s]!);
    } else if (!(k === Kind.Assert && nfa.assert[s] === "start")) return false;
  }
  return true;
}
