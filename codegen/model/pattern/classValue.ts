/**
 * A Java character class as it will be printed: either the union of printable Unicode-mode class
 * atoms (code point ranges and ECMAScript property escapes such as `\p{L}`), possibly negated, so
 * that `[\p{L}\p{N}_]` stays that short; or, once an operation leaves that form (an intersection
 * `&&`, a negated class inside a union), the explicit set of code points, computed from the
 * engine's property data (see unicode.ts).
 *
 * @example
 * ClassValue.property("L").union(ClassValue.of(CodePoints.of("_"))).toClass() // "[\\p{L}_]"
 * @see https://tc39.es/ecma262/#sec-characterclassescape
 */
import { CodePoints } from "./codePoints.ts";
import { propertySet } from "./unicode.ts";

export type ClassAtom =
  | { readonly kind: "range"; readonly lo: number; readonly hi: number }
  /** `\p{body}`, or `\P{body}` when negated. */
  | { readonly kind: "property"; readonly body: string; readonly negated: boolean };

export class ClassValue {
  private explicit?: CodePoints;

  private constructor(
    /** The class is the union of these atoms, complemented when `negated`. */
    readonly atoms: readonly ClassAtom[],
    readonly negated: boolean,
  ) {}

  static of(set: CodePoints): ClassValue {
    const v = new ClassValue(set.ranges.map(([lo, hi]) => ({ kind: "range", lo, hi })), false);
    v.explicit = set;
    return v;
  }

  static property(body: string, negated = false): ClassValue {
    return new ClassValue([{ kind: "property", body, negated }], false);
  }

  static union(...values: readonly ClassValue[]): ClassValue {
    return values.reduce((acc, v) => acc.union(v), ClassValue.of(CodePoints.EMPTY));
  }

  /** The members, as explicit ranges. */
  set(): CodePoints {
    if (this.explicit) return this.explicit;
    let union = CodePoints.EMPTY;
    for (const a of this.atoms) {
      if (a.kind === "range") union = union.union(CodePoints.range(a.lo, a.hi));
      else union = union.union(a.negated ? propertySet(a.body).complement() : propertySet(a.body));
    }
    this.explicit = this.negated ? union.complement() : union;
    return this.explicit;
  }

  /** True when no property atom is involved (the set is cheap to know). */
  get isPlain(): boolean {
    return this.atoms.every((a) => a.kind === "range");
  }

  union(other: ClassValue): ClassValue {
    if (!this.negated && !other.negated) return new ClassValue([...this.atoms, ...other.atoms], false);
    // (¬A) ∪ (¬B) = ¬(A ∩ B): only explicit sets can say that in one class.
    return ClassValue.of(this.set().union(other.set()));
  }

  and(other: ClassValue): ClassValue {
    // (¬A) ∩ (¬B) = ¬(A ∪ B)
    if (this.negated && other.negated) return new ClassValue([...this.atoms, ...other.atoms], true);
    return ClassValue.of(this.set().intersect(other.set()));
  }

  negate(): ClassValue {
    const v = new ClassValue(this.atoms, !this.negated);
    if (this.explicit) v.explicit = this.explicit.complement();
    return v;
  }

  /** The members as a Unicode-mode ECMAScript atom: one escaped character, or a class. */
  toAtom(): string {
    const only = this.atoms.length === 1 ? this.atoms[0]! : undefined;
    if (only?.kind === "property") return atomText({ ...only, negated: only.negated !== this.negated });
    if (this.isPlain && !this.negated) {
      const single = this.set().single;
      if (single !== undefined) return escapeOutside(single);
    }
    return this.toClass();
  }

  /** The members as a Unicode-mode ECMAScript class `[…]` or `[^…]`. */
  toClass(): string {
    if (this.isPlain) {
      // Whichever of the set and its complement reads shorter.
      const set = this.set();
      const direct = rangesText(set);
      const inverse = rangesText(set.complement());
      if (set.isEmpty) return "[]";
      if (set.complement().isEmpty) return "[^]";
      return inverse.length < direct.length ? `[^${inverse}]` : `[${direct}]`;
    }
    const body = this.atoms.map(atomText).join("");
    return `[${this.negated ? "^" : ""}${body}]`;
  }
}

function atomText(a: ClassAtom): string {
  if (a.kind === "property") return `\\${a.negated ? "P" : "p"}{${a.body}}`;
  if (a.lo === a.hi) return escapeInside(a.lo);
  if (a.hi === a.lo + 1) return escapeInside(a.lo) + escapeInside(a.hi);
  return `${escapeInside(a.lo)}-${escapeInside(a.hi)}`;
}

function rangesText(set: CodePoints): string {
  return set.ranges.map(([lo, hi]) => atomText({ kind: "range", lo, hi })).join("");
}

const SYNTAX_OUTSIDE = new Set([..."^$\\.*+?()[]{}|/"]);
const SYNTAX_INSIDE = new Set([..."\\]-^["]);

/** One code point as it can stand alone in a Unicode-mode pattern. */
export function escapeOutside(cp: number): string {
  const c = String.fromCodePoint(cp);
  if (SYNTAX_OUTSIDE.has(c)) return `\\${c}`;
  return printable(cp) ? c : hex(cp);
}

function escapeInside(cp: number): string {
  const c = String.fromCodePoint(cp);
  if (SYNTAX_INSIDE.has(c)) return `\\${c}`;
  return printable(cp) ? c : hex(cp);
}

/** Printable ASCII stays itself; everything else is written as an escape, so schemas stay readable ASCII. */
function printable(cp: number): boolean {
  return cp >= 0x20 && cp <= 0x7e;
}

function hex(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).toUpperCase().padStart(2, "0")}`;
  if (cp <= 0xffff && !(cp >= 0xd800 && cp <= 0xdfff)) return `\\u${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  return `\\u{${cp.toString(16).toUpperCase()}}`;
}
