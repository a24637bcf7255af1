/**
 * The query string of a restJson1 request: read into its parameters in order (names and values
 * percent-decoded; `name` alone is the empty value, as `name=` is), and written from them.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#httpquery-trait
 * @see https://smithy.io/2.0/spec/http-bindings.html#httpqueryparams-trait
 */
import { percentDecode, percentEncode } from "./percent.ts";

/** The parameters of a query, by name, each with its values in the order they came. */
export type QueryParams = ReadonlyMap<string, readonly string[]>;

/**
 * The parameters of `search` (`URL.search`, with or without its `?`); undefined when an escape is
 * malformed.
 *
 * @example [...parseQuery("?a=1&b&a=%202")!] // [["a", ["1", " 2"]], ["b", [""]]]
 */
export function parseQuery(search: string): QueryParams | undefined {
  const text = search.startsWith("?") ? search.slice(1) : search;
  const params = new Map<string, string[]>();
  if (text === "") return params;
  for (const part of text.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = percentDecode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? "" : percentDecode(part.slice(eq + 1));
    if (name === undefined || value === undefined) return undefined;
    const values = params.get(name);
    if (values === undefined) params.set(name, [value]);
    else values.push(value);
  }
  return params;
}

/**
 * A query string (without `?`) of `pairs`, each name and value percent-encoded.
 *
 * @example formatQuery([["String", "Hello there"], ["List", "a"]]) // "String=Hello%20there&List=a"
 */
export function formatQuery(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join("&");
}
