/**
 * Wire values against a fragment that holds one member per construct: the emitted schema accepts
 * what an awsJson peer sends and rejects the rest with the exact keyword and path.
 */
import { describe, expect, it } from "vitest";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { fragmentFiles } from "./fragment.ts";

const S = "smithy.api#";
const files = fragmentFiles(
  {
    f: { target: `${S}Float` },
    pos: { target: "ex#Pos" },
    blob: { target: `${S}Blob` },
    sized: { target: "ex#Sized" },
    iso: { target: `${S}Timestamp`, traits: { [`${S}timestampFormat`]: "date-time" } },
    http: { target: `${S}Timestamp`, traits: { [`${S}timestampFormat`]: "http-date" } },
    epoch: { target: `${S}Timestamp` },
    int: { target: `${S}Integer` },
    byte: { target: `${S}Byte` },
    long: { target: `${S}Long` },
    sparse: { target: "ex#Sparse" },
    dense: { target: "ex#Dense" },
    set: { target: "ex#Unique" },
    map: { target: "ex#Map" },
    doc: { target: `${S}Document` },
    union: { target: "ex#U" },
    ie: { target: "ex#IE" },
  },
  {
    "ex#Pos": { type: "double", traits: { [`${S}range`]: { min: 0 } } },
    "ex#Sized": { type: "blob", traits: { [`${S}length`]: { min: 1, max: 10 } } },
    "ex#Sparse": { type: "list", member: { target: `${S}String` }, traits: { [`${S}sparse`]: {} } },
    "ex#Dense": { type: "list", member: { target: `${S}String` } },
    "ex#Unique": { type: "list", member: { target: `${S}Integer` }, traits: { [`${S}uniqueItems`]: {} } },
    "ex#Map": { type: "map", key: { target: "ex#Key" }, value: { target: `${S}String` } },
    "ex#Key": { type: "string", traits: { [`${S}pattern`]: "^[a-z]+$" } },
    "ex#U": { type: "union", members: { a: { target: `${S}String` }, b: { target: `${S}Unit` } } },
    "ex#IE": { type: "intEnum", members: { ONE: { target: `${S}Unit`, traits: { [`${S}enumValue`]: 1 } } } },
  },
);
const validate = createAjv().compile(files["schemas/Op.input.schema.json"]!);

const valid: [string, Record<string, unknown>][] = [
  ["float specials", { f: "NaN" }],
  ["float Infinity", { f: "Infinity" }],
  ["float -Infinity", { f: "-Infinity" }],
  ["float number", { f: 1.25 }],
  ["Infinity within min 0", { pos: "Infinity" }],
  ["base64", { blob: "AAE=" }],
  ["empty blob", { blob: "" }],
  ["1 byte within 1..10", { sized: "AA==" }],
  ["10 bytes within 1..10", { sized: "AAAAAAAAAAAAAA==" }],
  ["date-time", { iso: "2020-01-01T00:00:00.5Z" }],
  ["date-time with an offset", { iso: "2020-01-01T00:00:00+01:00" }],
  ["http-date", { http: "Wed, 01 Jan 2020 00:00:00 GMT" }],
  ["epoch seconds with a fraction", { epoch: 1577836800.5 }],
  ["integer limit", { int: 2147483647 }],
  ["long beyond 2^53", { long: 2 ** 60 }],
  ["sparse list with null", { sparse: ["a", null] }],
  ["unique items", { set: [1, 2] }],
  ["map with matching keys", { map: { abc: "x" } }],
  ["any document", { doc: { a: [1, null, "x"] } }],
  ["null document", { doc: null }],
  ["union member", { union: { a: "x" } }],
  ["unit union member", { union: { b: {} } }],
  ["intEnum value", { ie: 1 }],
];

const invalid: [string, Record<string, unknown>, [string, string][]][] = [
  ["a float special in the wrong case", { f: "nan" }, [["type", "/f"], ["enum", "/f"], ["anyOf", "/f"]]],
  ["-Infinity under min 0", { pos: "-Infinity" }, [["type", "/pos"], ["enum", "/pos"], ["anyOf", "/pos"]]],
  ["a negative number under min 0", { pos: -1 }, [["minimum", "/pos"], ["enum", "/pos"], ["anyOf", "/pos"]]],
  ["unpadded base64", { blob: "AAE" }, [["pattern", "/blob"]]],
  ["URL-safe base64", { blob: "-_8=" }, [["pattern", "/blob"]]],
  ["a blob as an array of bytes", { blob: [0, 1] }, [["type", "/blob"]]],
  ["0 bytes under min 1", { sized: "" }, [["minLength", "/sized"]]],
  ["13 bytes over max 10", { sized: "AAAAAAAAAAAAAAAAAA==" }, [["maxLength", "/sized"]]],
  ["a date without time", { iso: "2020-01-01" }, [["format", "/iso"]]],
  ["epoch seconds where a date-time is due", { iso: 1577836800 }, [["type", "/iso"]]],
  ["an http-date with a fraction", { http: "Wed, 01 Jan 2020 00:00:00.5 GMT" }, [["pattern", "/http"]]],
  ["an ISO string where an http-date is due", { http: "2020-01-01T00:00:00Z" }, [["pattern", "/http"]]],
  ["a fraction in an integer", { int: 1.5 }, [["type", "/int"]]],
  ["integer overflow", { int: 2147483648 }, [["maximum", "/int"]]],
  ["byte overflow", { byte: 128 }, [["maximum", "/byte"]]],
  ["byte underflow", { byte: -129 }, [["minimum", "/byte"]]],
  ["null in a dense list", { dense: ["a", null] }, [["type", "/dense/1"]]],
  ["repeated items", { set: [1, 1] }, [["uniqueItems", "/set"]]],
  ["a key that fails the key pattern", { map: { ABC: "x" } }, [["pattern", "/map"], ["propertyNames", "/map"]]],
  ["a map value of the wrong type", { map: { abc: 1 } }, [["type", "/map/abc"]]],
  ["an empty union", { union: {} }, [["minProperties", "/union"]]],
  ["two union members", { union: { a: "x", b: {} } }, [["maxProperties", "/union"]]],
  ["an unknown union member", { union: { c: "x" } }, [["additionalProperties", "/union"]]],
  ["a unit member with content", { union: { b: { x: 1 } } }, [["additionalProperties", "/union/b"]]],
  ["an unknown intEnum value", { ie: 2 }, [["enum", "/ie"]]],
];

describe("wire values per construct", () => {
  it.each(valid)("accepts %s", (_name, value) => {
    validate(value);
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each(invalid)("rejects %s", (_name, value, want) => {
    expect(validate(value)).toBe(false);
    expect(validate.errors?.map((e) => [e.keyword, e.instancePath])).toEqual(want);
  });
});
