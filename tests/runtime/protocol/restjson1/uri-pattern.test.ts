/**
 * URI patterns and routing (runtime/protocol/restjson1/uri-pattern.ts, routing.ts) where the
 * compliance cases do not pin the behaviour: specificity between overlapping patterns, greedy
 * labels with segments after them, empty and malformed labels, query literals.
 */
import { describe, expect, it } from "vitest";
import type { OperationContract, ServiceContract } from "../../../../runtime/contract.ts";
import { routeRequest } from "../../../../runtime/protocol/restjson1/routing.ts";
import { compareSpecificity, expandUri, matchPath, parseUriPattern, splitPath } from "../../../../runtime/protocol/restjson1/uri-pattern.ts";

const match = (uri: string, path: string) => matchPath(parseUriPattern(uri), splitPath(path));

describe("matchPath", () => {
  it.each([
    ["/a/{b}", "/a/x%20y", { b: "x y" }],
    ["/a/{b}", "/a/x/", { b: "x" }],
    ["/g/{key+}", "/g/a/b%2Fc/d", { key: "a/b/c/d" }],
    ["/g/{key+}/tail", "/g/a/b/tail", { key: "a/b" }],
    ["/{first}/{key+}", "/x/y", { first: "x", key: "y" }],
    ["/", "/", {}],
    ["/ReDosLiteral/{str}/(a+)+", "/ReDosLiteral/abc/(a+)+", { str: "abc" }],
  ])("%s matches %s with labels %j", (uri, path, labels) => {
    expect(match(uri, path)).toEqual(labels);
  });

  it.each([
    ["/a/{b}", "/a/", "an empty label"],
    ["/a/{b}", "/a/x/y", "an extra segment"],
    ["/g/{key+}/tail", "/g/tail", "a greedy label with no segment"],
    ["/a/{b}", "/a/%E0%A4%A", "a malformed escape"],
    ["/a/b", "/a/c", "another literal"],
  ])("%s does not match %s (%s)", (uri, path) => {
    expect(match(uri, path)).toBeUndefined();
  });
});

describe("specificity", () => {
  it("orders a literal before a label before a greedy label, then longer paths, then more query literals", () => {
    const patterns = ["/a/{b+}", "/a/{b}", "/a/b", "/a/b?x", "/a/{b}/c", "/{a}/b"];
    const sorted = [...patterns].sort((x, y) => compareSpecificity(parseUriPattern(x), parseUriPattern(y)));
    expect(sorted).toEqual(["/a/b?x", "/a/b", "/a/{b}/c", "/a/{b}", "/a/{b+}", "/{a}/b"]);
  });
});

describe("expandUri", () => {
  it("percent-encodes labels, keeps a greedy label's slashes, and appends query literals", () => {
    expect(expandUri(parseUriPattern("/f/{name}/{key+}?x-id=Get&list"), { name: "a b/ü", key: "c/d e" })).toBe("/f/a%20b%2F%C3%BC/c/d%20e?x-id=Get&list");
  });
});

describe("routeRequest", () => {
  const op = (name: string, method: string, uri: string): OperationContract => ({
    name,
    input: { type: "object" },
    output: { type: "object" },
    errors: {},
    http: { method, uri, code: 200, input: {}, output: {} },
  });
  const contract: ServiceContract = {
    serviceName: "S",
    serviceId: "a#S",
    sdkId: "S",
    protocol: "restJson1",
    endpointPrefix: "s",
    operations: Object.fromEntries(
      [op("GetAny", "GET", "/items/{id}"), op("GetLatest", "GET", "/items/latest"), op("Tagged", "GET", "/items/{id}?tagged"), op("All", "GET", "/files/{path+}"), op("Put", "PUT", "/items/{id}")].map((o) => [o.name, o]),
    ),
  };
  it.each([
    ["GET", "/items/7", "", "GetAny"],
    ["GET", "/items/latest", "", "GetLatest"],
    ["GET", "/items/7", "?tagged", "Tagged"],
    ["GET", "/items/7", "?tagged=yes&x=1", "Tagged"],
    ["PUT", "/items/7", "", "Put"],
    ["GET", "/files/a/b/c", "", "All"],
  ])("%s %s%s goes to %s", (method, path, search, name) => {
    expect(routeRequest(contract, method, path, search)?.operation.name).toBe(name);
  });

  it.each([
    ["DELETE", "/items/7"],
    ["GET", "/items"],
    ["GET", "/other"],
  ])("%s %s goes nowhere", (method, path) => {
    expect(routeRequest(contract, method, path, "")).toBeUndefined();
  });
});
