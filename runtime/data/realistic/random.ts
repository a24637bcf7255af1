/**
 * The seeded source of every realistic choice: a small PRNG of our own (sfc32), so a value depends
 * only on its plan, settings and seed — in any process, on any platform, whatever fast-check
 * version is installed. `fork(label)` derives an independent stream for a part of the value (a
 * member, a list item), so a member's value does not change when a sibling is added to the model.
 *
 * @see https://pracrand.sourceforge.net/RNG_engines.txt (sfc32, Chris Doty-Humphrey)
 */

/** A deterministic stream of choices. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `seed`: any number (its integer part's low 32 bits and the next 21 bits are both mixed in). */
  constructor(seed: number, salt = 0) {
    const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
    const low = whole >>> 0;
    const high = Math.floor(Math.abs(whole) / 2 ** 32) >>> 0;
    this.a = mix(low ^ 0x9e3779b9);
    this.b = mix(high ^ 0x243f6a88 ^ (whole < 0 ? 0x85a308d3 : 0));
    this.c = mix(salt ^ 0x13198a2e);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next32();
  }

  /** The next 32 random bits, unsigned. */
  next32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in `[0, 1)`. */
  float(): number {
    return this.next32() / 2 ** 32;
  }

  /** An integer in `[0, n)` (0 when n ≤ 1). */
  int(n: number): number {
    if (n <= 1) return 0;
    if (n <= 2 ** 32) return Math.floor(this.float() * n);
    return Math.floor((this.next32() * 2 ** 21 + (this.next32() >>> 11)) / 2 ** 53 * n);
  }

  /** An integer in `[min, max]` (both inclusive; min when max < min). */
  between(min: number, max: number): number {
    return max <= min ? min : min + this.int(max - min + 1);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** An independent stream for the part named `label` (same parent state and label, same stream). */
  fork(label: string): Rng {
    const child = Object.create(Rng.prototype) as Rng;
    const h = hashString(label);
    child.a = mix(this.a ^ h);
    child.b = mix(this.b ^ Math.imul(h, 0x85ebca6b));
    child.c = mix(this.c ^ Math.imul(h, 0xc2b2ae35));
    child.d = 1;
    for (let i = 0; i < 8; i++) child.next32();
    return child;
  }
}

/** murmur3's 32-bit finaliser. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a over UTF-16 code units, then mixed. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix(h >>> 0);
}
