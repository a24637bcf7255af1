/**
 * Which URLs a service's mock answers: the service's default AWS endpoints in every region and
 * partition, plus the custom endpoints a test points its client at.
 *
 * @see https://docs.aws.amazon.com/general/latest/gr/rande.html
 */

/** A custom endpoint: a URL string (`http://localhost:4566`) or a pattern matched against the request URL without its query. */
export type EndpointOption = string | RegExp;

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

/**
 * The pattern source of `https://<endpointPrefix>.<region>.amazonaws.com/` in any region, with the
 * `-fips` variant, the China partition (`.amazonaws.com.cn`) and the dual-stack `api.aws` domain.
 *
 * @example new RegExp(defaultEndpointSource("personalize")).test("https://personalize.eu-west-1.amazonaws.com/") // true
 */
export function defaultEndpointSource(endpointPrefix: string): string {
  return `^https://${escapeRegExp(endpointPrefix)}(?:-fips)?\\.[a-z]{2}(?:-[a-z]+)+-\\d+\\.(?:amazonaws\\.com(?:\\.cn)?|api\\.aws)/$`;
}

/**
 * The pattern source of a custom endpoint: its origin and path, with or without a trailing slash
 * (the SDK posts to the endpoint's path; awsJson's operation path is `/`).
 * Throws a `TypeError` for a string that is not an absolute http(s) URL.
 *
 * @example new RegExp(customEndpointSource("http://localhost:4566")).test("http://localhost:4566/") // true
 */
export function customEndpointSource(endpoint: EndpointOption): string {
  if (endpoint instanceof RegExp) return endpoint.source;
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new TypeError(`endpoint must be an absolute http(s) URL such as "http://localhost:4566", not ${JSON.stringify(endpoint)}`);
  }
  const path = url.pathname.replace(/\/+$/, "");
  return `^${escapeRegExp(url.origin)}${escapeRegExp(path)}/?$`;
}

/**
 * One pattern for msw's URL matching: the default endpoints plus every custom one.
 */
export function endpointPattern(endpointPrefix: string, custom: readonly EndpointOption[]): RegExp {
  const sources = [defaultEndpointSource(endpointPrefix), ...custom.map(customEndpointSource)];
  return new RegExp(sources.map((s) => `(?:${s})`).join("|"));
}

/** Where a URL falls among a mock's endpoints. */
export interface EndpointSite {
  /** One of the service's default AWS endpoints. */
  readonly own: boolean;
  /** The path below the endpoint's own path (`/` at the endpoint itself), still percent-encoded. */
  readonly path: string;
  /** The host prefix before the endpoint's host (`foo.bar.`), when the host has one. */
  readonly hostPrefix?: string;
}

/**
 * The pattern source of the host labels an operation's `@endpoint(hostPrefix)` puts before the
 * endpoint's host: literal text as it is, each `{label}` a host label of letters, digits and `-`.
 *
 * @example hostPrefixSource("foo.{label}.") // "foo\\.[A-Za-z0-9-]+\\."
 * @see https://smithy.io/2.0/spec/endpoint-traits.html#hostprefix
 */
export function hostPrefixSource(hostPrefix: string): string {
  return hostPrefix
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? "[A-Za-z0-9-]+" : escapeRegExp(part)))
    .join("");
}

/**
 * Where URLs fall among the endpoints of a mock: the service's default AWS endpoints (any path),
 * the custom endpoints (a URL: its origin, and any path at or below its own; a RegExp: tested on
 * the URL's origin and path, the whole path below it), each host also under any of `hostPrefixes`
 * (the operations' `@endpoint(hostPrefix)`es). Undefined for a URL of none of them.
 *
 * @example endpointSites("personalize", ["http://localhost:4566/api"], [])(new URL("http://localhost:4566/api/x")) // { own: false, path: "/x" }
 */
export function endpointSites(endpointPrefix: string, custom: readonly EndpointOption[], hostPrefixes: readonly string[]): (url: URL) => EndpointSite | undefined {
  const prefixes = [...new Set(hostPrefixes)].map(hostPrefixSource);
  const prefixGroup = prefixes.length === 0 ? "()" : `((?:${prefixes.join("|")})?)`;
  const defaultHost = new RegExp(`^${prefixGroup}${escapeRegExp(endpointPrefix)}(?:-fips)?\\.[a-z]{2}(?:-[a-z]+)+-\\d+\\.(?:amazonaws\\.com(?:\\.cn)?|api\\.aws)$`);
  const customs = custom.map((endpoint) => {
    if (endpoint instanceof RegExp) return { kind: "regexp" as const, regexp: endpoint };
    customEndpointSource(endpoint); // throws on a malformed URL
    const url = new URL(endpoint);
    return { kind: "url" as const, protocol: url.protocol, port: url.port, host: new RegExp(`^${prefixGroup}${escapeRegExp(url.hostname)}$`), base: url.pathname.replace(/\/+$/, "") };
  });
  const site = (path: string, own: boolean, prefix: string | undefined): EndpointSite => ({ own, path: path === "" ? "/" : path, ...(prefix !== undefined && prefix !== "" && { hostPrefix: prefix }) });
  return (url) => {
    const own = url.protocol === "https:" && url.port === "" ? defaultHost.exec(url.hostname) : null;
    if (own !== null) return site(url.pathname, true, own[1]);
    for (const c of customs) {
      if (c.kind === "regexp") {
        c.regexp.lastIndex = 0;
        if (c.regexp.test(url.origin + url.pathname)) return site(url.pathname, false, undefined);
        continue;
      }
      if (url.protocol !== c.protocol || url.port !== c.port) continue;
      const host = c.host.exec(url.hostname);
      if (host === null) continue;
      if (url.pathname !== c.base && !url.pathname.startsWith(`${c.base}/`)) continue;
      return site(url.pathname.slice(c.base.length), false, host[1]);
    }
    return undefined;
  };
}

/**
 * True when a request's host prefix is one the operation's `@endpoint(hostPrefix)` allows; a
 * request without a prefix reaches any operation (a client may disable host prefixes).
 *
 * @example hostPrefixAllows("foo.{label}.", "foo.bar.") // true
 */
export function hostPrefixAllows(hostPrefix: string | undefined, requestPrefix: string | undefined): boolean {
  if (requestPrefix === undefined) return true;
  return hostPrefix !== undefined && new RegExp(`^${hostPrefixSource(hostPrefix)}$`).test(requestPrefix);
}
