/**
 * What the commands say about the `@pattern`s of a closure: how many translate exactly, and one
 * warning line per approximated pattern naming the shape (or member) and the construct. `generate`
 * prints them; `serve` and `validate` can print the same.
 *
 * @example
 * const s = summarizePatterns(closure.shapes);
 * for (const line of patternWarnings(s)) process.stderr.write(line + "\n");
 * const total = patternTotals(s); // "patterns: 120 exact, 1 approximated" (undefined when none is approximated)
 * @see ./translate.ts
 */
import type { DataShape, Traits } from "../shapes.ts";
import type { Approximation } from "./print.ts";

/** One `@pattern` as a shape or member carries it. */
export interface PatternUse {
  /** The shape id, or the member id (`ns#Shape$member`) for a member's own `@pattern`. */
  readonly where: string;
  /** The model's text. */
  readonly source: string;
  readonly approximations: readonly Approximation[];
}

export interface PatternSummary {
  readonly exact: number;
  readonly approximated: readonly PatternUse[];
}

/** Counts the `@pattern` traits the shapes themselves carry (a member's own trait counts once, for the member). */
export function summarizePatterns(shapes: Iterable<DataShape>): PatternSummary {
  let exact = 0;
  const approximated: PatternUse[] = [];
  const visit = (traits: Traits, where: string) => {
    if (traits.patternSource === undefined) return;
    const approximations = traits.patternApproximations ?? [];
    if (approximations.length === 0) exact++;
    else approximated.push({ where, source: traits.patternSource, approximations });
  };
  for (const shape of shapes) {
    visit(shape.traits, shape.id);
    const members =
      shape.kind === "structure" || shape.kind === "union" ? shape.members : shape.kind === "list" ? [shape.member] : shape.kind === "map" ? [shape.key, shape.value] : [];
    for (const m of members) visit(m.traits, m.id);
  }
  approximated.sort((a, b) => (a.where < b.where ? -1 : a.where > b.where ? 1 : 0));
  return { exact, approximated };
}

/** One line per approximated pattern: `warning: <where>: @pattern <construct> approximated: <what instead>`. */
export function patternWarnings(summary: PatternSummary): string[] {
  return summary.approximated.map(
    (u) => `warning: ${u.where}: @pattern ${u.approximations.map((a) => `${a.construct} approximated: ${a.instead}`).join("; ")}`,
  );
}

/** `patterns: N exact, M approximated`, or undefined when every pattern is exact. */
export function patternTotals(summary: PatternSummary): string | undefined {
  if (summary.approximated.length === 0) return undefined;
  return `patterns: ${summary.exact} exact, ${summary.approximated.length} approximated`;
}
