/**
 * Which operation of a restJson1 service a request is for: the operations whose `@http` method,
 * path pattern and query literals it matches, the most specific first (uri-pattern.ts orders
 * them). Decided from the method and URL alone, before any body is read.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#http-trait
 */
import type { OperationContract, ServiceContract } from "../../contract.ts";
import { parseQuery } from "./query.ts";
import { compareSpecificity, matchesQueryLiterals, matchPath, parseUriPattern, splitPath, type UriPattern } from "./uri-pattern.ts";

/** A request's operation, with its labels' values (percent-decoded). */
export interface Routed {
  readonly operation: OperationContract;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The operation of `contract` a request with `method`, `path` (below the endpoint's own path) and
 * `search` (the URL's query) is for; undefined when none matches.
 *
 * @example routeRequest(contract, "GET", "/HttpRequestWithGreedyLabelInPath/foo/a/baz/b/c", "")?.labels // { foo: "a", baz: "b/c" }
 */
export function routeRequest(contract: ServiceContract, method: string, path: string, search: string): Routed | undefined {
  const segments = splitPath(path);
  const query = parseQuery(search) ?? new Map<string, readonly string[]>();
  let best: { routed: Routed; pattern: UriPattern } | undefined;
  for (const operation of Object.values(contract.operations)) {
    const http = operation.http;
    if (http === undefined || http.method.toUpperCase() !== method.toUpperCase()) continue;
    const pattern = parseUriPattern(http.uri);
    const labels = matchPath(pattern, segments);
    if (labels === undefined || !matchesQueryLiterals(pattern, query)) continue;
    if (best === undefined || compareSpecificity(pattern, best.pattern) < 0) best = { routed: { operation, labels }, pattern };
  }
  return best?.routed;
}
