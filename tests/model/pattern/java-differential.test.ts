/**
 * The oracle is Java itself: for every `@pattern` of every reference model and every construct of
 * constructs.ts, strings drawn from our arbitrary for the translated pattern, near misses of them
 * (a character changed, added or removed; a trailing `\n`, `\r\n`, `\u0085`; an upper-cased copy)
 * and fixed probes are put to `Pattern.compile(p).matcher(s).find()` in one JVM, and compared with
 * `new RegExp(translated, "u").test(s)`.
 *
 * Strings holding a code point on which Java's Unicode version and the engine's differ are set aside
 * (and counted): there the engine's data decides, by design (tests/support/java/unicodeVersion.ts).
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePoints } from "../../../codegen/model/pattern/codePoints.ts";
import { translateJavaPattern } from "../../../codegen/model/pattern/translate.ts";
import { stringMatching } from "../../../runtime/arbitraries/stringMatching.ts";
import { javaOracle, type OracleRequest } from "../../support/java/oracle.ts";
import { unicodeVersionDifferences } from "../../support/java/unicodeVersion.ts";
import { CONSTRUCTS } from "./constructs.ts";
import { modelPatterns } from "./modelPatterns.ts";

const SEED = Number(process.env.PATTERN_SEED ?? 20261129);

const PROBES = ["", "a", "A", "z", "0", "9", "_", "-", " ", "\t", "\n", "\r", "\r\n", "\u0085", "\u2028", "é", "É", "ß", "ẞ", "\u212a", "ſ", "İ", "ı", "\u0301", "a\u0301", "\u{1F600}", "\u00a0", "arn:aws:iam::123456789012:role/x", "abc", "ABC", "a b", "a\n", "!", "~", "\u007f"];
const POOL = [..."aAzZ09_-. :/\\@$#\n\r\t\u0085\u2028\u00e9\u00c9\u00df\u212a\u017f\u0130\u0131\u0301\u00a0"].concat(["\u{1F600}"]);

/** A small seeded PRNG (mulberry32), so the near misses are a function of the printed seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nearMisses(s: string, random: () => number): string[] {
  const cps = [...s];
  const pick = () => POOL[Math.floor(random() * POOL.length)]!;
  const at = (n: number) => Math.floor(random() * (n + 1));
  const out = [s + "\n", s + "\r\n", s + "\u0085", s.toUpperCase(), s.toLowerCase()];
  for (let k = 0; k < 3; k++) {
    const i = at(cps.length);
    out.push([...cps.slice(0, i), pick(), ...cps.slice(i)].join("")); // added
    if (cps.length > 0) {
      const j = Math.min(at(cps.length), cps.length - 1);
      out.push([...cps.slice(0, j), pick(), ...cps.slice(j + 1)].join("")); // changed
      out.push([...cps.slice(0, j), ...cps.slice(j + 1)].join("")); // removed
    }
  }
  return out;
}

function drawn(translated: string, seed: number): string[] {
  const out: string[] = [];
  for (const anchoring of ["full", "search"] as const) {
    try {
      out.push(...fc.sample(stringMatching(translated, {}, { anchoring, softLength: 12 }), { numRuns: 5, seed }));
    } catch {
      // a pattern the generator cannot serve (checked in corpusPatterns.test.ts): probes and misses only
    }
  }
  return out;
}

interface Case {
  readonly pattern: string;
  readonly where: string;
  readonly translated: string;
  readonly strings: readonly string[];
}

describe("@pattern translation against java.util.regex", () => {
  it("agrees with Pattern.compile(p).matcher(s).find() on every model pattern and every construct", { timeout: 180_000 }, () => {
    console.log(`pattern differential seed: ${SEED} (PATTERN_SEED=${SEED} replays it)`);
    const sources: { pattern: string; where: string; probes?: readonly string[] }[] = [
      ...modelPatterns(),
      ...CONSTRUCTS.map((c) => ({ pattern: c.pattern, where: "constructs.ts", probes: c.probes ?? [] })),
    ];
    expect(sources.length).toBeGreaterThan(200);
    const random = prng(SEED);
    const cases: Case[] = sources.map((src, i) => {
      const translated = translateJavaPattern(src.pattern).ecmaScript;
      const base = [...drawn(translated, SEED + i), ...PROBES, ...(src.probes ?? [])];
      const strings = [...new Set([...base, ...base.flatMap((s) => nearMisses(s, random))])].filter((s) => !/[\ud800-\udfff]/u.test(s));
      return { pattern: src.pattern, where: src.where, translated, strings };
    });

    const requests: OracleRequest[] = [{ table: "defined" }, ...cases.map((c) => ({ pattern: c.pattern, strings: c.strings }))];
    const [defined, ...answers] = javaOracle(requests);
    const newer = unicodeVersionDifferences(CodePoints.fromRanges(defined!.ranges!));
    const knownToJava = (s: string) => [...s].every((ch) => !newer.has(ch.codePointAt(0)!));

    const disagreements: string[] = [];
    let agreeing = 0;
    let compared = 0;
    let setAside = 0;
    cases.forEach((c, i) => {
      const answer = answers[i]!;
      if (answer.find === undefined) {
        disagreements.push(`${JSON.stringify(c.pattern)} (${c.where}): Java rejects it (${answer.error}) but we translated it`);
        return;
      }
      const re = new RegExp(c.translated, "u");
      let ok = true;
      c.strings.forEach((s, k) => {
        if (!knownToJava(s)) {
          setAside++;
          return;
        }
        compared++;
        const ours = re.test(s);
        if (ours !== answer.find![k]) {
          ok = false;
          disagreements.push(`${JSON.stringify(c.pattern)} → ${JSON.stringify(c.translated)} on ${JSON.stringify(s)}: java ${answer.find![k]}, ours ${ours}`);
        }
      });
      if (ok) agreeing++;
    });
    console.log(`strings compared: ${compared}; set aside (Unicode version differences): ${setAside}`);
    console.log(`patterns agreeing with java.util.regex: ${agreeing}/${cases.length}`);
    if (disagreements.length > 0) console.log(disagreements.slice(0, 200).join("\n"));
    expect(disagreements).toEqual([]);
    expect(agreeing).toBe(cases.length);
  });
});
