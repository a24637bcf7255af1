/**
 * Reading member and shape names: the words of a name (`datasetImportJobArn` → dataset, import,
 * job, arn), their singular, and the resource noun a structure's name stands for
 * (`DescribeSecretResponse` → secret). The naming rules (names.ts) and ARNs (arns.ts) decide on
 * these words, never on whole names, so `ARN`, `Arn` and `resourceArn` read alike.
 */

/**
 * The words of a camelCase, PascalCase or snake_case name, lower-cased; acronyms stay whole.
 *
 * @example nameWords("KMSKeyId") // ["kms", "key", "id"]
 * @example nameWords("datasetImportJobArn") // ["dataset", "import", "job", "arn"]
 */
export function nameWords(name: string): string[] {
  return (name.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** A plural acronym (`IDs`, `ARNs`), an acronym (`KMS`, `S3`), a word (`Key`, `ipv4`), or digits. */
const WORD = /[A-Z]{2,}s(?=[A-Z\d_]|$)|[A-Z]+\d*(?![a-z])|[A-Z]?[a-z]+\d*|\d+/g;

/**
 * A plural word made singular (the rules English plurals in AWS member names need).
 *
 * @example singularWord("arns") // "arn"
 * @example singularWord("status") // "status"
 */
export function singularWord(word: string): string {
  if (word.length <= 2 || /(ss|us|is|ws)$/.test(word)) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(ss|us|x|ch|sh|ias)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/**
 * The name of one item of a collection named `name`: its last word singular, and a trailing
 * `List`/`Set`/`Map` left out (`datasetArns` → `datasetArn`, `ArnList` → `Arn`).
 */
export function itemName(name: string): string {
  const parts = name.match(new RegExp(`${WORD.source}|[^A-Za-z\\d]+`, "g")) ?? [name];
  while (parts.length > 1 && /^(list|set|map|collection)$/i.test(parts[parts.length - 1]!)) parts.pop();
  const last = parts[parts.length - 1]!;
  if (/^[A-Z]{2,}s$/.test(last)) {
    parts[parts.length - 1] = last.slice(0, -1);
    return parts.join("");
  }
  const singular = singularWord(last.toLowerCase());
  const restored = last === last.toUpperCase() ? singular.toUpperCase() : last[0] === last[0]!.toUpperCase() ? capitalise(singular) : singular;
  parts[parts.length - 1] = restored;
  return parts.join("");
}

const VERBS = new Set(["describe", "get", "create", "update", "delete", "list", "put", "start", "stop", "cancel", "restore", "rotate", "tag", "untag", "batch", "validate", "replicate", "remove", "add", "register", "deregister", "import", "export"]);
const SUFFIXES = new Set(["response", "request", "output", "input", "result", "results", "summary", "summaries", "details", "detail", "info", "entry", "entries", "item", "items", "list", "metadata", "description", "data", "properties", "status", "value"]);

/**
 * The resource noun a structure's name stands for, as words: operation verbs in front and
 * wrapper words behind are left out. Undefined when nothing is left.
 *
 * @example resourceWords("DescribeSecretResponse") // ["secret"]
 * @example resourceWords("SecretListEntry") // ["secret"]
 */
export function resourceWords(name: string): string[] | undefined {
  const words = nameWords(name);
  while (words.length > 1 && VERBS.has(words[0]!)) words.shift();
  while (words.length > 0 && SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.length === 0 || VERBS.has(words[0]!) ? undefined : words.map(singularWord);
}

/** Words joined by hyphens (`["dataset", "import", "job"]` → `dataset-import-job`). */
export function kebab(words: readonly string[]): string {
  return words.join("-");
}

export function capitalise(word: string): string {
  return word.length === 0 ? word : word[0]!.toUpperCase() + word.slice(1);
}
