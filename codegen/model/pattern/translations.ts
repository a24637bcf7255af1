/**
 * The translations of one model's patterns, each distinct pattern translated once. Real models
 * repeat a handful of patterns on hundreds of members (every member's effective traits re-read its
 * target's `@pattern`), and translating one means parsing it as Java does and printing it again:
 * the most expensive step of loading a model before this memo. Kept by an explicit owner (the
 * loader makes one per load), never in module state.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html#pattern-trait
 */
import { JavaPatternError } from "./errors.ts";
import { translateJavaPattern, type PatternTranslation } from "./translate.ts";

export class PatternTranslations {
  /** Each source's translation, or the error Java's `Pattern.compile` gives it. */
  readonly #known = new Map<string, PatternTranslation | JavaPatternError>();

  /**
   * {@link translateJavaPattern}, once per distinct source: the same (frozen) translation each time,
   * and for a pattern Java rejects the same {@link JavaPatternError} thrown each time.
   *
   * @example
   * const patterns = new PatternTranslations();
   * patterns.translate("^[a-z]+$") === patterns.translate("^[a-z]+$") // true
   */
  translate(source: string): PatternTranslation {
    let known = this.#known.get(source);
    if (known === undefined) {
      try {
        const t = translateJavaPattern(source);
        known = Object.freeze({ ...t, approximations: Object.freeze(t.approximations.map((a) => Object.freeze({ ...a }))) });
      } catch (e) {
        if (!(e instanceof JavaPatternError)) throw e;
        known = e;
      }
      this.#known.set(source, known);
    }
    if (known instanceof JavaPatternError) throw known;
    return known;
  }
}
