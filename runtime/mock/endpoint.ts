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
