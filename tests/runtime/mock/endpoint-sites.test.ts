/**
 * Where a URL falls among a mock's endpoints (runtime/mock/endpoint.ts `endpointSites`): the path
 * below a custom endpoint's own path, the default AWS endpoints at any path, hosts under the
 * operations' host prefixes, and which prefix an operation admits.
 */
import { describe, expect, it } from "vitest";
import { endpointSites, hostPrefixAllows, hostPrefixSource, type EndpointSite } from "../../../runtime/mock/endpoint.ts";

const sites = endpointSites("lambda", ["http://localhost:4566/api", /^http:\/\/mock\.test\//], ["foo.", "{label}.data."]);

describe("endpointSites", () => {
  it.each<[string, EndpointSite | undefined]>([
    ["https://lambda.us-east-1.amazonaws.com/", { own: true, path: "/" }],
    ["https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/f", { own: true, path: "/2015-03-31/functions/f" }],
    ["https://foo.lambda.us-east-1.amazonaws.com/x", { own: true, path: "/x", hostPrefix: "foo." }],
    ["http://localhost:4566/api", { own: false, path: "/" }],
    ["http://localhost:4566/api/", { own: false, path: "/" }],
    ["http://localhost:4566/api/functions/f", { own: false, path: "/functions/f" }],
    ["http://my-1.data.localhost:4566/api/x", { own: false, path: "/x", hostPrefix: "my-1.data." }],
    ["http://mock.test/anything", { own: false, path: "/anything" }],
    ["http://localhost:4566/apis", undefined],
    ["http://localhost:4566/", undefined],
    ["http://localhost:4567/api", undefined],
    ["http://bar.localhost:4566/api", undefined],
    ["http://lambda.us-east-1.amazonaws.com/", undefined],
    ["https://lambda.us-east-1.amazonaws.com.evil.test/", undefined],
  ])("%s → %j", (url, want) => {
    expect(sites(new URL(url))).toEqual(want);
  });
});

describe("host prefixes", () => {
  it("are patterns of their literal text and host labels", () => {
    expect(hostPrefixSource("foo.{label}.")).toBe("foo\\.[A-Za-z0-9-]+\\.");
  });

  it.each<[string | undefined, string | undefined, boolean]>([
    ["foo.{label}.", "foo.bar.", true],
    ["foo.{label}.", "foo.", false],
    ["foo.", "foo.", true],
    [undefined, "foo.", false],
    [undefined, undefined, true],
    ["foo.", undefined, true],
  ])("an operation's %j admits a request's %j: %s", (operation, request, want) => {
    expect(hostPrefixAllows(operation, request)).toBe(want);
  });
});
