/**
 * A word with its indefinite article, as messages name a kind of thing: "an integer", "a long",
 * "an operation". By the first letter only (no kind name of Smithy's starts with a silent or a
 * sounded-out letter).
 *
 * @example withArticle("intEnum") // "an intEnum"
 */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}
