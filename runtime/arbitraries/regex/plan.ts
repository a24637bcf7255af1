/**
 * Generation by construction: for every node of an assertion-free tree (see anchor.ts), the set of
 * lengths it can match (up to a cap), then a walk that, given an exact target length, splits the
 * length budget among the parts so that each part receives a length it can match. No candidate is
 * ever thrown away: every choice is made among options known to lead to a match of the target length.
 *
 * Choices come from a {@link Choices} source (a fast-check tape, see stringMatching.ts): choice 0 is
 * always the simplest option (the shortest part, the first alternative, the first code point in
 * {@link CharSet.pick}'s readable order), so shrinking the tape shrinks the string.
 *
 * @internal
 */
import type { RegexNode } from "./ast.ts";
import { LengthSet } from "./lengthSet.ts";

/** A source of choices: `next(count)` returns an integer in `[0, count)`. */
export interface Choices {
  next(count: number): number;
}

interface RepeatTable {
  /** Lengths of one non-empty copy. */
  readonly nonEmpty: LengthSet;
  readonly nullable: boolean;
  /** `exactly[j]`: lengths of exactly `j` non-empty copies. */
  readonly exactly: readonly LengthSet[];
}

export class Plan {
  private readonly lengths = new Map<RegexNode, LengthSet>();
  private readonly suffixes = new Map<RegexNode, LengthSet[]>();
  private readonly repeats = new Map<RegexNode, RepeatTable>();

  /** Lengths are computed up to `cap`; longer matches are never planned. */
  constructor(
    readonly root: RegexNode,
    readonly cap: number,
  ) {}

  /** The lengths `node` (default: the root) can match, up to the cap. */
  lengthsOf(node: RegexNode = this.root): LengthSet {
    const known = this.lengths.get(node);
    if (known) return known;
    const computed = this.compute(node);
    this.lengths.set(node, computed);
    return computed;
  }

  private compute(node: RegexNode): LengthSet {
    const cap = this.cap;
    switch (node.type) {
      case "chars":
        return node.set.size === 0 ? LengthSet.EMPTY : LengthSet.single(1, cap);
      case "assert":
        return LengthSet.single(0, cap);
      case "alt":
        return node.options.reduce((acc, o) => acc.union(this.lengthsOf(o), cap), LengthSet.EMPTY);
      case "seq":
        return this.suffixesOf(node)[0]!;
      case "repeat": {
        const t = this.repeatTable(node);
        const from = t.nullable ? 0 : node.min;
        return LengthSet.of(t.exactly.slice(from).flatMap((s) => s.intervals), cap);
      }
    }
  }

  /** For a seq: `suffix[i]` = lengths of items `i..` concatenated (`suffix[items.length]` = {0}). */
  private suffixesOf(node: RegexNode & { type: "seq" }): LengthSet[] {
    const known = this.suffixes.get(node);
    if (known) return known;
    const out: LengthSet[] = new Array(node.items.length + 1);
    out[node.items.length] = LengthSet.single(0, this.cap);
    for (let i = node.items.length - 1; i >= 0; i--) out[i] = this.lengthsOf(node.items[i]!).plus(out[i + 1]!, this.cap);
    this.suffixes.set(node, out);
    return out;
  }

  private repeatTable(node: RegexNode & { type: "repeat" }): RepeatTable {
    const known = this.repeats.get(node);
    if (known) return known;
    const inner = this.lengthsOf(node.node);
    const nonEmpty = inner.within(1, this.cap);
    const nullable = inner.has(0);
    const exactly = [LengthSet.single(0, this.cap)];
    while (exactly.length <= node.max) {
      const next = exactly[exactly.length - 1]!.plus(nonEmpty, this.cap);
      if (next.isEmpty) break;
      exactly.push(next);
    }
    const table = { nonEmpty, nullable, exactly };
    this.repeats.set(node, table);
    return table;
  }

  /** Appends to `out` the code points of a match of `node` of exactly `n` code points (n must be in `lengthsOf(node)`). */
  generate(node: RegexNode, n: number, choices: Choices, out: number[]): void {
    switch (node.type) {
      case "chars":
        out.push(node.set.pick(choices.next(node.set.size)));
        return;
      case "assert":
        return;
      case "alt": {
        const fits = node.options.filter((o) => this.lengthsOf(o).has(n));
        this.generate(fits[choices.next(fits.length)]!, n, choices, out);
        return;
      }
      case "seq": {
        const suffix = this.suffixesOf(node);
        let rest = n;
        node.items.forEach((item, i) => {
          const v = i === node.items.length - 1 ? rest : pick(this.lengthsOf(item).intersect(suffix[i + 1]!.reflect(rest)), choices);
          this.generate(item, v, choices, out);
          rest -= v;
        });
        return;
      }
      case "repeat": {
        const t = this.repeatTable(node);
        const counts: number[] = [];
        t.exactly.forEach((set, j) => {
          if ((t.nullable || j >= node.min) && set.has(n)) counts.push(j);
        });
        const k = counts[choices.next(counts.length)]!;
        // Copies beyond the k non-empty ones (up to `min`) match the empty string: they add nothing.
        let rest = n;
        for (let c = k; c >= 1; c--) {
          const v = c === 1 ? rest : pick(t.nonEmpty.intersect(t.exactly[c - 1]!.reflect(rest)), choices);
          this.generate(node.node, v, choices, out);
          rest -= v;
        }
        return;
      }
    }
  }
}

function pick(set: LengthSet, choices: Choices): number {
  return set.nth(choices.next(set.size));
}
