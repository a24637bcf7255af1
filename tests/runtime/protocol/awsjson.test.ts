import { describe, expect, it } from "vitest";
import {
  buildTarget,
  contentType,
  decodeFloat,
  defaultErrorStatus,
  encodeFloat,
  errorMessage,
  errorStatus,
  errorTypePattern,
  faultOfStatus,
  headerValue,
  isAwsJsonContentType,
  parseContentType,
  parseTarget,
  sanitizeErrorType,
  wireErrorType,
} from "../../../runtime/protocol/awsjson.ts";

describe("content type", () => {
  it("names the protocol's media type", () => {
    expect(contentType("awsJson1_0")).toBe("application/x-amz-json-1.0");
    expect(contentType("awsJson1_1")).toBe("application/x-amz-json-1.1");
  });

  it.each([
    ["application/x-amz-json-1.1", { mediaType: "application/x-amz-json-1.1", parameters: {} }],
    ["application/x-amz-json-1.1; charset=utf-8", { mediaType: "application/x-amz-json-1.1", parameters: { charset: "utf-8" } }],
    ["Application/X-Amz-JSON-1.0;Charset=UTF-8", { mediaType: "application/x-amz-json-1.0", parameters: { charset: "UTF-8" } }],
    ['text/plain; a="x;y"; b = 2', { mediaType: "text/plain", parameters: { a: "x;y", b: "2" } }],
    ['text/plain; a="q\\"q"; a=second', { mediaType: "text/plain", parameters: { a: 'q"q' } }],
    ["  application/json  ", { mediaType: "application/json", parameters: {} }],
  ])("parses %j", (header, want) => {
    expect(parseContentType(header)).toEqual(want);
  });

  it.each([[undefined], [null], [""], ["application"], ["a/b/c"], ["a b/c"], ["/json"]])("rejects %j", (header) => {
    expect(parseContentType(header)).toBeUndefined();
  });

  it.each([
    ["application/x-amz-json-1.1", "awsJson1_1", true],
    ["application/x-amz-json-1.1; charset=utf-8", "awsJson1_1", true],
    ["APPLICATION/X-AMZ-JSON-1.1", "awsJson1_1", true],
    ["application/x-amz-json-1.0", "awsJson1_1", false],
    ["application/x-amz-json-1.0", "awsJson1_0", true],
    ["application/json", "awsJson1_1", false],
    [undefined, "awsJson1_1", false],
  ] as const)("%j is %s's: %s", (header, protocol, want) => {
    expect(isAwsJsonContentType(header, protocol)).toBe(want);
  });
});

describe("X-Amz-Target", () => {
  it("builds <service>.<operation>", () => {
    expect(buildTarget("AmazonPersonalize", "DescribeDatasetImportJob")).toBe("AmazonPersonalize.DescribeDatasetImportJob");
  });

  it.each([
    ["AmazonPersonalize.DescribeDatasetImportJob", { service: "AmazonPersonalize", operation: "DescribeDatasetImportJob" }],
    ["DynamoDB_20120810.GetItem", { service: "DynamoDB_20120810", operation: "GetItem" }],
    [" A.B ", { service: "A", operation: "B" }],
  ])("parses %j", (value, want) => {
    expect(parseTarget(value)).toEqual(want);
  });

  it.each([[undefined], [null], [""], ["NoDot"], [".Op"], ["Svc."], ["a.b.c"]])("rejects %j", (value) => {
    expect(parseTarget(value)).toBeUndefined();
  });

  it("reads headers case-insensitively from records, Node headers and fetch Headers", () => {
    expect(headerValue({ "x-amz-target": "A.B" }, "X-Amz-Target")).toBe("A.B");
    expect(headerValue({ "X-AMZ-TARGET": "A.B" }, "x-amz-target")).toBe("A.B");
    expect(headerValue({ "x-amz-target": ["A.B", "C.D"] }, "X-Amz-Target")).toBe("A.B, C.D");
    expect(headerValue({ "x-amz-target": undefined, other: "x" }, "X-Amz-Target")).toBeUndefined();
    expect(headerValue(new Headers({ "X-Amz-Target": "A.B" }), "x-amz-TARGET")).toBe("A.B");
    expect(headerValue(new Headers(), "x-amz-target")).toBeUndefined();
  });
});

describe("floats", () => {
  it.each([
    [1.5, 1.5],
    [0, 0],
    [NaN, "NaN"],
    [Infinity, "Infinity"],
    [-Infinity, "-Infinity"],
  ])("encodes %s as %j", (value, want) => {
    expect(encodeFloat(value)).toEqual(want);
  });

  it.each([
    [1.5, 1.5],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["-Infinity", -Infinity],
  ])("decodes %j", (value, want) => {
    expect(decodeFloat(value)).toEqual(want);
  });

  it.each([["nan"], ["inf"], ["1.5"], [null], [true], [{}]])("rejects %j", (value) => {
    expect(() => decodeFloat(value)).toThrow(TypeError);
  });
});

describe("errors", () => {
  it.each([
    ["InvalidInputException", "InvalidInputException"],
    ["com.amazonaws.personalize#InvalidInputException", "InvalidInputException"],
    ["com.amazonaws.dynamodb#ResourceNotFoundException:http://internal.amazon.com/coral/", "ResourceNotFoundException"],
    ["FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"],
    ["FooError,BarError", "FooError"],
    ["aws.protocoltests.restjson#FooError:http://x,y", "FooError"],
    ["ns#FooError#extra", "FooError"],
    ["#FooError", "FooError"],
  ])("sanitizes %j to %j (as @smithy/core does)", (raw, want) => {
    expect(sanitizeErrorType(raw)).toBe(want);
  });

  it("sanitizes a number to its string", () => {
    expect(sanitizeErrorType(404)).toBe("404");
  });

  it("names errors as awsJson1_0 (full shape id) and awsJson1_1 (bare name) servers do", () => {
    expect(wireErrorType("awsJson1_0", "com.amazonaws.dynamodb#ResourceNotFoundException")).toBe("com.amazonaws.dynamodb#ResourceNotFoundException");
    expect(wireErrorType("awsJson1_1", "com.amazonaws.personalize#InvalidInputException")).toBe("InvalidInputException");
    expect(sanitizeErrorType(wireErrorType("awsJson1_0", "ns#E"))).toBe("E");
  });

  // errorTypePattern must agree with sanitizeErrorType on every value: matched ⇔ sanitizes to the name.
  const candidates = [
    "Boom", "ns#Boom", "a.b.c#Boom", "#Boom", "Boom:http://x", "ns#Boom:x#y", "Boom,Other", "ns#Boom,x:y",
    "ns#Boom#tail", "Boom#tail", "Boomer", "XBoom", "ns#Boomer", "ns#XBoom", "a#b#Boom", "Other:Boom", "Other,Boom",
    "", "boom", "Boom\n:x", "Boom:\nmulti\nline",
  ];
  it.each(candidates)("errorTypePattern(\"Boom\") matches %j exactly when it sanitizes to Boom", (value) => {
    const re = new RegExp(errorTypePattern("Boom"), "u");
    expect(re.test(value)).toBe(sanitizeErrorType(value) === "Boom");
  });

  it("escapes regular-expression syntax in a name", () => {
    expect(new RegExp(errorTypePattern("A.B"), "u").test("AxB")).toBe(false);
    expect(new RegExp(errorTypePattern("A.B"), "u").test("A.B")).toBe(true);
  });

  it("reads the message as the SDK does: message, else Message", () => {
    expect(errorMessage({ message: "a", Message: "b" })).toBe("a");
    expect(errorMessage({ Message: "b" })).toBe("b");
    expect(errorMessage({ message: 1 })).toBeUndefined();
    expect(errorMessage(null)).toBeUndefined();
    expect(errorMessage("message")).toBeUndefined();
  });

  it("takes the status from @httpError, else 400 for client and 500 for server faults", () => {
    expect(defaultErrorStatus("client")).toBe(400);
    expect(defaultErrorStatus("server")).toBe(500);
    expect(errorStatus("client")).toBe(400);
    expect(errorStatus("server")).toBe(500);
    expect(errorStatus("client", 404)).toBe(404);
    expect(errorStatus("server", 503)).toBe(503);
    expect(faultOfStatus(499)).toBe("client");
    expect(faultOfStatus(500)).toBe("server");
  });
});
