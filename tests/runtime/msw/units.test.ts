/**
 * The mock's small parts on their own: endpoint patterns, the deterministic hash and request ids,
 * and the ajv-error → AWS-message translation for cases the Personalize fixture cannot reach.
 */
import { describe, expect, it } from "vitest";
import { BASE64_PATTERN } from "../../../runtime/protocol/awsjson.ts";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { customEndpointSource, endpointPattern } from "../../../runtime/mock/endpoint.ts";
import { rejectionOf, validationMessage } from "../../../runtime/validation/rejection.ts";
import { hash32, latencyOf, requestIdOf } from "../../../runtime/mock/seed.ts";

describe("endpointPattern", () => {
  const pattern = endpointPattern("personalize", ["http://localhost:4566", /^http:\/\/mock\.test\/$/]);
  it.each([
    ["https://personalize.us-east-1.amazonaws.com/", true],
    ["https://personalize.cn-northwest-1.amazonaws.com.cn/", true],
    ["https://personalize-fips.us-gov-west-1.amazonaws.com/", true],
    ["http://localhost:4566/", true],
    ["http://mock.test/", true],
    ["http://personalize.us-east-1.amazonaws.com/", false],
    ["https://personalizeX.us-east-1.amazonaws.com/", false],
    ["https://personalize.us-east-1.amazonaws.com.evil.test/", false],
    ["https://personalize.us-east-1.amazonaws.com/x", false],
    ["http://localhost:45667/", false],
  ])("%s → %s", (url, want) => {
    expect(pattern.test(url)).toBe(want);
  });

  it("escapes the endpoint's characters", () => {
    expect(customEndpointSource("http://a.b:1/p+q")).toBe("^http://a\\.b:1/p\\+q/?$");
  });
});

describe("seeded numbers", () => {
  it("are fixed functions of their parts", () => {
    // Pinned: request ids and answers of every seeded mock depend on these.
    // The pinned values were computed outside the project (FNV-1a and murmur3's finalizer in Python).
    expect(hash32(["0", "DescribeDatasetImportJob", "{}"])).toBe(2084037460);
    expect(hash32(["0", "DescribeDatasetImportJob", "{ }"])).toBe(2996578527);
    expect(hash32(["ab", "c"])).not.toBe(hash32(["a", "bc"]));
    expect(requestIdOf(["0", "1"])).toBe("1fc743f5-c743-4bb0-9694-3babdb7e43e7");
    expect(requestIdOf(["0", "2"])).toBe("1f20ea79-a10e-4b35-94e7-546e9a6e3f0f");
    expect(requestIdOf(["0", "1"])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([hash32([]), requestIdOf(["42", "1"])]).toEqual([PINNED_EMPTY_HASH, PINNED_REQUEST_ID]);
  });

  it.each<[number | readonly [number, number] | undefined, number, number]>([
    [undefined, 5, 0],
    [40, 5, 40],
    [[10, 20], 0, 10],
    [[10, 20], 10, 20],
    [[10, 20], 11, 10],
  ])("latency %j with hash %d is %d ms", (latency, hash, want) => {
    expect(latencyOf(latency, hash)).toBe(want);
  });
});

describe("rejectionOf", () => {
  const ajv = createAjv({ lenient: true });
  const reject = (schema: object, data: unknown) => {
    const validate = ajv.compile(schema);
    validate(data);
    return rejectionOf(validate.errors ?? [], data, schema as Record<string, unknown>);
  };

  it.each<[string, object, unknown, string]>([
    ["map keys", { type: "object", propertyNames: { maxLength: 2 } }, { abc: 1 }, "1 validation error detected: Value 'abc' at '' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 2]"],
    ["list length", { type: "object", properties: { l: { type: "array", maxItems: 1 } } }, { l: [1, 2] }, "1 validation error detected: Value '[1, 2]' at 'l' failed to satisfy constraint: Member must have length less than or equal to 1"],
    ["unique items", { type: "object", properties: { l: { type: "array", uniqueItems: true } } }, { l: ["a", "a"] }, "1 validation error detected: Value '[a, a]' at 'l' failed to satisfy constraint: Member must have unique values"],
    ["map values", { type: "object", properties: { m: { type: "object", additionalProperties: { type: "integer", maximum: 3 } } } }, { m: { k: 4 } }, "1 validation error detected: Value '4' at 'm.k' failed to satisfy constraint: Member must have value less than or equal to 3"],
    ["an intEnum", { type: "object", properties: { e: { type: "integer", enum: [1, 2] } } }, { e: 3 }, "1 validation error detected: Value '3' at 'e' failed to satisfy constraint: Member must satisfy enum value set: [1, 2]"],
  ])("writes %s in AWS's form", (_, schema, data, message) => {
    expect(reject(schema, data)).toEqual({ kind: "validation", message, violations: [message.replace(/^1 validation error detected: /, "")] });
  });

  it.each<[string, object, unknown, string]>([
    ["a blob that is not base64", { type: "object", properties: { b: { type: "string", pattern: BASE64_PATTERN } } }, { b: "@@" }, "Invalid base64 blob at 'b': '@@'"],
    ["a date-time that is not one", { type: "object", properties: { t: { type: "string", format: "date-time" } } }, { t: "yesterday" }, "Invalid date-time timestamp at 't': 'yesterday'"],
    ["a float that is neither number nor special", { type: "object", properties: { f: { anyOf: [{ type: "number" }, { enum: ["NaN"] }] } } }, { f: "nan" }, "Unexpected value 'nan' at 'f'"],
    ["a dense list with a null", { type: "object", properties: { l: { type: "array", items: { type: "string" } } } }, { l: [null] }, "NULL_VALUE can not be converted to a String"],
  ])("reads %s as a SerializationException", (_, schema, data, message) => {
    expect(reject(schema, data)).toEqual({ kind: "serialization", message });
  });

  it("counts violations", () => {
    expect(validationMessage(["a"])).toBe("1 validation error detected: a");
    expect(validationMessage(["a", "b", "c"])).toBe("3 validation errors detected: a; b; c");
  });
});

const PINNED_EMPTY_HASH = 2872998923;
const PINNED_REQUEST_ID = "1a3c2c71-b0ca-4d72-a359-b81fe80f9a36";
