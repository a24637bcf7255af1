/**
 * What a request says about its client that realistic answers reuse: the region it signed for (the
 * SigV4 credential scope of its `Authorization` header) or, failing that, the region in its AWS
 * endpoint's host name.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */

const SCOPE = /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\/[^/,\s]+\/aws4_request/;
const HOST = /^[a-z0-9-]+(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d+)\.(?:amazonaws\.com(?:\.cn)?|api\.aws)$/;

/**
 * The client's region, or undefined when the request does not say.
 *
 * @example regionOf("AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/personalize/aws4_request, …", "http://localhost:4566/") // "eu-west-1"
 */
export function regionOf(authorization: string | null | undefined, url: string): string | undefined {
  const scoped = authorization === null || authorization === undefined ? undefined : SCOPE.exec(authorization)?.[1];
  if (scoped !== undefined) return scoped;
  try {
    return HOST.exec(new URL(url).hostname)?.[1];
  } catch {
    return undefined;
  }
}
