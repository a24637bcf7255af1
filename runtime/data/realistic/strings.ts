/**
 * Candidate strings by naming rule (names.ts): for each of a value's names (member name first, then
 * shape names) that asks for a kind of string, that kind's candidates, best first; then plain words.
 * Every candidate is printable ASCII. fit.ts then fits them to `@length` and `@pattern`.
 */
import { arnCandidates } from "./arns.ts";
import { hex, idCandidates, token, version } from "./identifiers.ts";
import { stringRule, type StringRule } from "./names.ts";
import type { Rng } from "./random.ts";
import type { ResolvedSettings } from "./settings.ts";
import { ADJECTIVES, DESCRIPTIONS, EXTENSIONS, FIRST_NAMES, FOLDERS, LAST_NAMES, MESSAGES, NOUNS, STATES } from "./vocabulary.ts";
import { capitalise, nameWords } from "./words.ts";

/** What a value's names say about it, handed down the walk. */
export interface Hints {
  /** The member name first, then the names of the shapes it goes through, most specific first. */
  readonly names: readonly string[];
  /** The resource noun of the enclosing structure, as words (`["dataset", "import", "job"]`). */
  readonly owner?: readonly string[];
  /** The name of the resource the enclosing structure describes: its own `…Name` and `…Arn` members use it. */
  readonly resourceName?: string;
}

/**
 * Every candidate for a string with `hints`, best first (duplicates removed).
 *
 * @example stringCandidates({ names: ["jobName", "Name"] }, settings, rng)[0] // "nightly-orders"
 */
export function stringCandidates(hints: Hints, settings: ResolvedSettings, rng: Rng): string[] {
  const out: string[] = [];
  const seen = new Set<StringRule>();
  for (const name of hints.names) {
    const rule = stringRule(name);
    if (rule === undefined || (seen.has(rule) && rule !== "arn")) continue;
    seen.add(rule);
    out.push(...ruleCandidates(rule, name, hints, settings, rng.fork(name)));
  }
  out.push(...wordCandidates(rng.fork("words")));
  return [...new Set(out)];
}

function ruleCandidates(rule: StringRule, name: string, hints: Hints, settings: ResolvedSettings, rng: Rng): string[] {
  const adjective = rng.pick(ADJECTIVES);
  const noun = rng.pick(NOUNS);
  const host = `${settings.endpointPrefix}.${settings.region}.amazonaws.com`;
  switch (rule) {
    case "arn":
      return arnCandidates(name, settings, hints.owner, rng, ownName(name, hints));
    case "email": {
      const first = rng.pick(FIRST_NAMES);
      return [`${first}.${rng.pick(LAST_NAMES)}@example.com`, `${first}@example.com`];
    }
    case "account":
      return [settings.account];
    case "id":
      return idCandidates(rng);
    case "url":
      return name.toLowerCase().endsWith("endpoint") ? [`https://${host}`, `https://${host}/${noun}`] : [`https://${host}/${noun}`, `https://${host}`, `https://example.com/${noun}`];
    case "token":
      return [token(rng), token(rng, 16).replace(/[-_]/g, "x"), hex(rng, 32)];
    case "version":
      return [version(rng), String(rng.between(1, 9))];
    case "region":
      return [settings.region];
    case "status": {
      // ACTIVE is the state most AWS resources are seen in; the others now and then.
      const state = rng.chance(0.5) ? STATES[0] : rng.pick(STATES);
      return [state, state.toLowerCase(), capitalise(state.toLowerCase())];
    }
    case "name":
      return [...(ownName(name, hints) !== undefined ? [ownName(name, hints)!] : []), `${adjective}-${noun}`, `${adjective}_${noun}`, `${adjective}${capitalise(noun)}`, noun];
    case "description":
      return [sentence(rng.pick(DESCRIPTIONS), adjective, noun), `${capitalise(adjective)} ${noun}`];
    case "message":
      return [sentence(rng.pick(MESSAGES), adjective, noun), `${capitalise(adjective)} ${noun}`];
    case "s3": {
      const key = `${rng.pick(FOLDERS)}/${noun}.${rng.pick(EXTENSIONS)}`;
      return [`s3://${adjective}-${noun}-bucket/${key}`, key, `/${key}`, `/${key.split("/")[0]}/`];
    }
    case "json":
      return name.toLowerCase().endsWith("policy")
        ? [`{"Version":"2012-10-17","Statement":[]}`]
        : [`{"${noun}":"${adjective}"}`];
    case "ip":
      return [`192.0.2.${rng.between(1, 254)}`, `2001:db8::${rng.between(1, 255).toString(16)}`];
    case "cidr":
      return [`10.${rng.between(0, 255)}.0.0/16`, "2001:db8::/32"];
    case "phone":
      return [`+1-555-01${rng.between(10, 99)}`, `+1555010${rng.between(0, 9)}`];
    case "duration":
      return ["PT1H", "P1D", `${rng.between(1, 24)}h`, String(rng.between(1, 3600))];
    case "schedule":
      return [`rate(${rng.between(2, 12)} hours)`, "rate(1 day)", "cron(0 12 * * ? *)"];
  }
}

/** One or two lower-case words, hyphenated; then the single word; then the words with a space. */
function wordCandidates(rng: Rng): string[] {
  const adjective = rng.pick(ADJECTIVES);
  const noun = rng.pick(NOUNS);
  return rng.chance(0.5) ? [`${adjective}-${noun}`, noun, `${adjective} ${noun}`] : [noun, `${adjective}-${noun}`, `${adjective} ${noun}`];
}

/**
 * The structure's own resource name when `name` names the structure's own resource: its words
 * before `Name`/`Arn` are none (`Name`, `ARN`), only words like `resource`, or the tail of the
 * structure's noun (`jobName` and `datasetImportJobArn` in a `DatasetImportJob`).
 */
function ownName(name: string, hints: Hints): string | undefined {
  if (hints.resourceName === undefined) return undefined;
  const words = nameWords(name).filter((w) => !OWN_WORDS.has(w));
  words.pop();
  const owner = hints.owner ?? [];
  const own = words.length === 0 || (words.length <= owner.length && words.every((w, i) => w === owner[owner.length - words.length + i]));
  return own ? hints.resourceName : undefined;
}

/** Words that do not name another resource. */
const OWN_WORDS = new Set(["resource", "the"]);

function sentence(template: string, adjective: string, noun: string): string {
  return template.replace("{adjective}", adjective).replace("{noun}", noun);
}
