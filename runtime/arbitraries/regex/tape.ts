/**
 * Choices read from a tape of non-negative integers that fast-check generates and shrinks. Choice
 * `i` is `tape[i] mod count`; a choice among one option reads nothing. Past the tape's end, choices
 * come from a small PRNG seeded by the tape, so a long string stays a pure function of the tape.
 *
 * @internal
 */
import type { Choices } from "./plan.ts";

export class Tape implements Choices {
  private index = 0;
  private state: number;

  constructor(private readonly values: readonly number[]) {
    let h = 0x9e3779b9;
    for (const v of values) h = Math.imul(h ^ v, 0x85ebca6b) >>> 0;
    this.state = h;
  }

  next(count: number): number {
    if (count <= 1) return 0;
    const v = this.index < this.values.length ? this.values[this.index++]! : this.random();
    return v % count;
  }

  /** mulberry32, 31 bits. */
  private random(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) >>> 1;
  }
}
