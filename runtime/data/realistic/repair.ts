/**
 * Making an engine-built match read better without leaving the pattern: the regex engine's values
 * are valid but random (`arn:awsjdho:kms:itfexxrqpcmvk:625408225535:key/`). Each step below
 * replaces one part with a readable one and is kept only when the result still matches the pattern
 * and `@length`, so the value stays valid whatever the step does:
 *
 * 1. in an ARN, the partition, region and account fields become the settings' ones;
 * 2. each run of letters (but words of the intended candidates and the settings) becomes a word (or,
 *    where its length is fixed, hex digits or words cut to that length; or the run is trimmed to
 *    the shortest tail or head the pattern still accepts);
 * 3. a run of 12 digits becomes the account id, a longer run of 6 or more digits a small number.
 */
import type { StringShapeConstraints } from "../../arbitraries/builder.ts";
import type { PatternCache } from "./fit.ts";
import { hex } from "./identifiers.ts";
import type { Rng } from "./random.ts";
import type { ResolvedSettings } from "./settings.ts";
import { NOUNS } from "./vocabulary.ts";

/** `s` (a match of `c`) with the readable replacements above that keep it a match. */
export function repairMatch(
  s: string,
  c: StringShapeConstraints & { readonly pattern: string },
  intended: readonly string[],
  settings: ResolvedSettings,
  rng: Rng,
  cache: PatternCache,
): string {
  const valid = (t: string): boolean => {
    const n = [...t].length;
    return n >= (c.minLength ?? 0) && n <= (c.maxLength ?? Infinity) && cache.matches(c.pattern, t);
  };
  let out = s;
  if (out.startsWith("arn:")) {
    const replacements: [number, string][] = [[1, settings.partition], [3, settings.region], [4, settings.account]];
    for (const [field, value] of replacements) {
      const fields = out.split(":");
      if (fields.length < 6 || fields[field] === value) continue;
      fields[field] = value;
      const t = fields.join(":");
      if (valid(t)) out = t;
    }
  }
  // Words the intended strings and the settings hold already read well: they stay.
  const keep = new Set([...intended, settings.partition, settings.region, settings.arnNamespace, settings.endpointPrefix].flatMap((t) => t.match(/[A-Za-z]+/g) ?? []));
  out = replaceRuns(out, /[A-Za-z]+/g, valid, (run) => (keep.has(run) ? [] : letterOptions(run, rng)));
  out = replaceRuns(out, /\d{6,}/g, valid, (run) => (run.length === 12 ? [settings.account, String(rng.between(1, 999))] : [String(rng.between(1, 999))]));
  return out;
}

/** Each run matching `re`, left to right, replaced by the first of its options that keeps `s` valid. */
function replaceRuns(s: string, re: RegExp, valid: (t: string) => boolean, options: (run: string) => string[]): string {
  let out = s;
  let from = 0;
  for (;;) {
    re.lastIndex = from;
    const m = re.exec(out);
    if (m === null) return out;
    const run = m[0];
    let next = m.index + run.length;
    for (const option of options(run)) {
      if (option === run) break;
      const t = out.slice(0, m.index) + option + out.slice(m.index + run.length);
      if (valid(t)) {
        out = t;
        next = m.index + option.length;
        break;
      }
    }
    from = Math.max(next, m.index + 1);
  }
}

/** What a run of letters may become, best first: a word, hex or words of its length, then its tails and heads, shortest first. */
function letterOptions(run: string, rng: Rng): string[] {
  if (NOUNS.includes(run as (typeof NOUNS)[number])) return [];
  const word = rng.pick(NOUNS);
  let words = word;
  while (words.length < run.length) words += rng.pick(NOUNS);
  const options = [word, hex(rng, run.length), words.slice(0, run.length)];
  for (let i = run.length - 1; i >= 1; i--) options.push(run.slice(i));
  for (let i = 1; i < run.length; i++) options.push(run.slice(0, i));
  return options;
}
