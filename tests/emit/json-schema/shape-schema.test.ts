/**
 * Given a model fragment → want the exact `$defs` of the emitted input schema, one row per construct.
 * Shapes of the fragment are `ex#…`; the operation input `ex#In` holds the members under test.
 */
import { describe, expect, it } from "vitest";
import { BASE64_PATTERN, HTTP_DATE_PATTERN } from "../../../runtime/protocol/awsjson.ts";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { fragmentFiles, inDef, inputDefs } from "./fragment.ts";

const S = "smithy.api#";
const ref = (key: string) => ({ $ref: `#/$defs/${key}` });
const EPOCH = { type: "number", minimum: -8640000000000, maximum: 8640000000000 };
const FLOAT_SPECIALS = ["NaN", "Infinity", "-Infinity"];

interface Row {
  readonly name: string;
  readonly members: Record<string, unknown>;
  readonly shapes?: Record<string, unknown>;
  readonly smithy?: string;
  readonly want: Record<string, unknown>;
}

const rows: Row[] = [
  // ---- strings
  {
    name: "string @length and @pattern → minLength, maxLength, pattern",
    members: { a: { target: "ex#Str" } },
    shapes: { "ex#Str": { type: "string", traits: { [`${S}length`]: { min: 1, max: 5 }, [`${S}pattern`]: "^a+" } } },
    want: { In: inDef({ a: ref("Str") }), Str: { $comment: "ex#Str", type: "string", minLength: 1, maxLength: 5, pattern: "^a+" } },
  },
  {
    name: "prelude targets are inlined, not put under $defs (PrimitiveInteger brings its @default)",
    members: { s: { target: `${S}String` }, b: { target: `${S}Boolean` }, n: { target: `${S}PrimitiveInteger` } },
    want: { In: inDef({ s: { type: "string" }, b: { type: "boolean" }, n: { type: "integer", minimum: -2147483648, maximum: 2147483647, default: 0 } }) },
  },
  {
    name: "a member's own @length overrides its target's (inline, the target's other traits kept)",
    members: { a: { target: "ex#Str", traits: { [`${S}length`]: { max: 3 } } } },
    shapes: { "ex#Str": { type: "string", traits: { [`${S}length`]: { min: 1, max: 5 }, [`${S}pattern`]: "^a+" } } },
    want: { In: inDef({ a: { type: "string", maxLength: 3, pattern: "^a+" } }) },
  },
  {
    name: "a member trait equal to the target's keeps the $ref",
    members: { a: { target: "ex#Str", traits: { [`${S}length`]: { min: 1, max: 5 } } } },
    shapes: { "ex#Str": { type: "string", traits: { [`${S}length`]: { min: 1, max: 5 } } } },
    want: { In: inDef({ a: ref("Str") }), Str: { $comment: "ex#Str", type: "string", minLength: 1, maxLength: 5 } },
  },
  {
    name: "Java-style patterns arrive rewritten for the u flag (\\p{Print}, \\_)",
    members: { a: { target: "ex#P" }, b: { target: "ex#Q" } },
    shapes: {
      "ex#P": { type: "string", traits: { [`${S}pattern`]: "^\\p{Print}+" } },
      "ex#Q": { type: "string", traits: { [`${S}pattern`]: "^[a-z\\_]+(\\.|\\_)" } },
    },
    want: {
      In: inDef({ a: ref("P"), b: ref("Q") }),
      P: { $comment: "ex#P", type: "string", pattern: "^[ -~]+", "x-smithy-pattern": "^\\p{Print}+" },
      Q: { $comment: "ex#Q", type: "string", pattern: "^[_a-z]+(?:\\.|_)", "x-smithy-pattern": "^[a-z\\_]+(\\.|\\_)" },
    },
  },
  // ---- enums
  {
    name: "enum shape → string enum of the values, in model order",
    members: { e: { target: "ex#E" } },
    shapes: {
      "ex#E": {
        type: "enum",
        members: { Z: { target: `${S}Unit`, traits: { [`${S}enumValue`]: "zz" } }, A: { target: `${S}Unit`, traits: { [`${S}enumValue`]: "aa" } } },
      },
    },
    want: { In: inDef({ e: ref("E") }), E: { $comment: "ex#E", type: "string", enum: ["zz", "aa"] } },
  },
  {
    name: "Smithy 1.0 @enum without names → string enum",
    smithy: "1.0",
    members: { e: { target: "ex#E" } },
    shapes: { "ex#E": { type: "string", traits: { [`${S}enum`]: [{ value: "x" }, { value: "y" }] } } },
    want: { In: inDef({ e: ref("E") }), E: { $comment: "ex#E", type: "string", enum: ["x", "y"] } },
  },
  {
    name: "Smithy 1.0 @enum with names → string enum",
    smithy: "1.0",
    members: { e: { target: "ex#E" } },
    shapes: { "ex#E": { type: "string", traits: { [`${S}enum`]: [{ value: "x-1", name: "X" }, { value: "y-1", name: "Y" }] } } },
    want: { In: inDef({ e: ref("E") }), E: { $comment: "ex#E", type: "string", enum: ["x-1", "y-1"] } },
  },
  {
    name: "intEnum → integer enum",
    members: { e: { target: "ex#IE" } },
    shapes: {
      "ex#IE": {
        type: "intEnum",
        members: { ONE: { target: `${S}Unit`, traits: { [`${S}enumValue`]: 1 } }, TEN: { target: `${S}Unit`, traits: { [`${S}enumValue`]: 10 } } },
      },
    },
    want: { In: inDef({ e: ref("IE") }), IE: { $comment: "ex#IE", type: "integer", enum: [1, 10] } },
  },
  // ---- numbers
  {
    name: "byte, short, integer, long → integer within the type's range",
    members: { b: { target: "ex#B" }, s: { target: "ex#Sh" }, i: { target: "ex#I" }, l: { target: "ex#L" } },
    shapes: { "ex#B": { type: "byte" }, "ex#Sh": { type: "short" }, "ex#I": { type: "integer" }, "ex#L": { type: "long" } },
    want: {
      In: inDef({ b: ref("B"), s: ref("Sh"), i: ref("I"), l: ref("L") }),
      B: { $comment: "ex#B", type: "integer", minimum: -128, maximum: 127 },
      Sh: { $comment: "ex#Sh", type: "integer", minimum: -32768, maximum: 32767 },
      I: { $comment: "ex#I", type: "integer", minimum: -2147483648, maximum: 2147483647 },
      L: { $comment: "ex#L", type: "integer", minimum: -(2 ** 63), maximum: 2 ** 63 },
    },
  },
  {
    name: "@range narrows the type's range (and never widens it)",
    members: { i: { target: "ex#I" }, b: { target: "ex#B" } },
    shapes: {
      "ex#I": { type: "integer", traits: { [`${S}range`]: { min: 1, max: 100 } } },
      "ex#B": { type: "byte", traits: { [`${S}range`]: { min: -1000 } } },
    },
    want: {
      In: inDef({ i: ref("I"), b: ref("B") }),
      I: { $comment: "ex#I", type: "integer", minimum: 1, maximum: 100 },
      B: { $comment: "ex#B", type: "integer", minimum: -128, maximum: 127 },
    },
  },
  {
    name: "bigInteger → integer, bigDecimal → number, with @range",
    members: { i: { target: "ex#BI" }, d: { target: "ex#BD" } },
    shapes: { "ex#BI": { type: "bigInteger", traits: { [`${S}range`]: { min: 0 } } }, "ex#BD": { type: "bigDecimal", traits: { [`${S}range`]: { max: 1.5 } } } },
    want: {
      In: inDef({ i: ref("BI"), d: ref("BD") }),
      BI: { $comment: "ex#BI", type: "integer", minimum: 0 },
      BD: { $comment: "ex#BD", type: "number", maximum: 1.5 },
    },
  },
  {
    name: "float/double → number or one of the specials; @range leaves out the specials outside it",
    members: { f: { target: "ex#F" }, d: { target: "ex#D" }, lo: { target: "ex#Lo" }, hi: { target: "ex#Hi" }, both: { target: "ex#Both" } },
    shapes: {
      "ex#F": { type: "float" },
      "ex#D": { type: "double" },
      "ex#Lo": { type: "double", traits: { [`${S}range`]: { min: 0 } } },
      "ex#Hi": { type: "float", traits: { [`${S}range`]: { max: 1 } } },
      "ex#Both": { type: "double", traits: { [`${S}range`]: { min: 0, max: 1 } } },
    },
    want: {
      In: inDef({ f: ref("F"), d: ref("D"), lo: ref("Lo"), hi: ref("Hi"), both: ref("Both") }),
      F: { $comment: "ex#F", anyOf: [{ type: "number" }, { enum: FLOAT_SPECIALS }] },
      D: { $comment: "ex#D", anyOf: [{ type: "number" }, { enum: FLOAT_SPECIALS }] },
      Lo: { $comment: "ex#Lo", anyOf: [{ type: "number", minimum: 0 }, { enum: ["Infinity"] }] },
      Hi: { $comment: "ex#Hi", anyOf: [{ type: "number", maximum: 1 }, { enum: ["-Infinity"] }] },
      Both: { $comment: "ex#Both", type: "number", minimum: 0, maximum: 1 },
    },
  },
  {
    name: "boolean → boolean",
    members: { b: { target: "ex#Bool" } },
    shapes: { "ex#Bool": { type: "boolean" } },
    want: { In: inDef({ b: ref("Bool") }), Bool: { $comment: "ex#Bool", type: "boolean" } },
  },
  // ---- timestamps
  {
    name: "timestamps: epoch seconds by default, else the target's or the member's @timestampFormat",
    members: {
      plain: { target: "ex#T" },
      iso: { target: "ex#Iso" },
      http: { target: "ex#T", traits: { [`${S}timestampFormat`]: "http-date" } },
      back: { target: "ex#Iso", traits: { [`${S}timestampFormat`]: "epoch-seconds" } },
      prelude: { target: `${S}Timestamp` },
    },
    shapes: { "ex#T": { type: "timestamp" }, "ex#Iso": { type: "timestamp", traits: { [`${S}timestampFormat`]: "date-time" } } },
    want: {
      In: inDef({ plain: ref("T"), iso: ref("Iso"), http: { type: "string", pattern: HTTP_DATE_PATTERN }, back: EPOCH, prelude: EPOCH }),
      T: { $comment: "ex#T", ...EPOCH },
      Iso: { $comment: "ex#Iso", type: "string", format: "date-time" },
    },
  },
  // ---- blobs and documents
  {
    name: "blob → base64 string; @length on bytes → bounds on the base64 length",
    members: { b: { target: "ex#Blob" }, l: { target: "ex#Sized" } },
    shapes: { "ex#Blob": { type: "blob" }, "ex#Sized": { type: "blob", traits: { [`${S}length`]: { min: 1, max: 10 } } } },
    want: {
      In: inDef({ b: ref("Blob"), l: ref("Sized") }),
      Blob: { $comment: "ex#Blob", type: "string", pattern: BASE64_PATTERN },
      Sized: { $comment: "ex#Sized", type: "string", pattern: BASE64_PATTERN, minLength: 4, maxLength: 16 },
    },
  },
  {
    name: "document → any value",
    members: { d: { target: "ex#Doc" }, p: { target: `${S}Document` } },
    shapes: { "ex#Doc": { type: "document" } },
    want: { In: inDef({ d: ref("Doc"), p: {} }), Doc: { $comment: "ex#Doc" } },
  },
  // ---- lists
  {
    name: "list → array; @length → minItems/maxItems; @uniqueItems",
    members: { l: { target: "ex#L" }, u: { target: "ex#U" } },
    shapes: {
      "ex#L": { type: "list", member: { target: `${S}String` }, traits: { [`${S}length`]: { min: 1, max: 3 } } },
      "ex#U": { type: "list", member: { target: "ex#I" }, traits: { [`${S}uniqueItems`]: {} } },
      "ex#I": { type: "integer", traits: { [`${S}range`]: { min: 0 } } },
    },
    want: {
      In: inDef({ l: ref("L"), u: ref("U") }),
      L: { $comment: "ex#L", type: "array", items: { type: "string" }, minItems: 1, maxItems: 3 },
      U: { $comment: "ex#U", type: "array", items: ref("I"), uniqueItems: true },
      I: { $comment: "ex#I", type: "integer", minimum: 0, maximum: 2147483647 },
    },
  },
  {
    name: "@sparse list items may be null; dense list of documents may not",
    members: { s: { target: "ex#Sparse" }, d: { target: "ex#Docs" } },
    shapes: {
      "ex#Sparse": { type: "list", member: { target: `${S}String` }, traits: { [`${S}sparse`]: {} } },
      "ex#Docs": { type: "list", member: { target: `${S}Document` } },
    },
    want: {
      In: inDef({ s: ref("Sparse"), d: ref("Docs") }),
      Sparse: { $comment: "ex#Sparse", type: "array", items: { anyOf: [{ type: "string" }, { type: "null" }] } },
      Docs: { $comment: "ex#Docs", type: "array", items: { not: { type: "null" } } },
    },
  },
  {
    name: "list member with its own constraint trait is inlined",
    members: { l: { target: "ex#L" } },
    shapes: { "ex#L": { type: "list", member: { target: "ex#Str", traits: { [`${S}length`]: { max: 2 } } } }, "ex#Str": { type: "string" } },
    want: { In: inDef({ l: ref("L") }), L: { $comment: "ex#L", type: "array", items: { type: "string", maxLength: 2 } } },
  },
  {
    name: "Smithy 1.0 set → array with uniqueItems",
    smithy: "1.0",
    members: { s: { target: "ex#Set" } },
    shapes: { "ex#Set": { type: "set", member: { target: `${S}String` } } },
    want: { In: inDef({ s: ref("Set") }), Set: { $comment: "ex#Set", type: "array", items: { type: "string" }, uniqueItems: true } },
  },
  // ---- maps
  {
    name: "map → object of values; constrained keys → propertyNames; @length → min/maxProperties",
    members: { m: { target: "ex#M" }, p: { target: "ex#Plain" } },
    shapes: {
      "ex#M": { type: "map", key: { target: "ex#K" }, value: { target: `${S}Integer` }, traits: { [`${S}length`]: { min: 1, max: 50 } } },
      "ex#K": { type: "string", traits: { [`${S}pattern`]: "^[a-z]+" } },
      "ex#Plain": { type: "map", key: { target: `${S}String` }, value: { target: "ex#M" } },
    },
    want: {
      In: inDef({ m: ref("M"), p: ref("Plain") }),
      M: {
        $comment: "ex#M",
        type: "object",
        propertyNames: ref("K"),
        additionalProperties: { type: "integer", minimum: -2147483648, maximum: 2147483647 },
        minProperties: 1,
        maxProperties: 50,
      },
      K: { $comment: "ex#K", type: "string", pattern: "^[a-z]+" },
      Plain: { $comment: "ex#Plain", type: "object", additionalProperties: ref("M") },
    },
  },
  {
    name: "enum-keyed map; @sparse map values may be null",
    members: { m: { target: "ex#M" } },
    shapes: {
      "ex#M": { type: "map", key: { target: "ex#E" }, value: { target: `${S}String` }, traits: { [`${S}sparse`]: {} } },
      "ex#E": { type: "enum", members: { A: { target: `${S}Unit`, traits: { [`${S}enumValue`]: "a" } } } },
    },
    want: {
      In: inDef({ m: ref("M") }),
      M: { $comment: "ex#M", type: "object", propertyNames: ref("E"), additionalProperties: { anyOf: [{ type: "string" }, { type: "null" }] } },
      E: { $comment: "ex#E", type: "string", enum: ["a"] },
    },
  },
  // ---- structures and unions
  {
    name: "structure: required members in model order, nested and recursive structures by $ref",
    members: { z: { target: "ex#Node", traits: { [`${S}required`]: {} } }, a: { target: `${S}String`, traits: { [`${S}required`]: {} } }, o: { target: "ex#Empty" } },
    shapes: {
      "ex#Node": { type: "structure", members: { next: { target: "ex#Node" }, value: { target: `${S}String` } } },
      "ex#Empty": { type: "structure", members: {} },
    },
    want: {
      In: inDef({ z: ref("Node"), a: { type: "string" }, o: ref("Empty") }, ["z", "a"]),
      Node: { $comment: "ex#Node", type: "object", properties: { next: ref("Node"), value: { type: "string" } }, additionalProperties: false },
      Empty: { $comment: "ex#Empty", type: "object", additionalProperties: false },
    },
  },
  {
    name: "union → exactly one known member (members under allOf, see shape-schema.ts); Unit member → {}",
    members: { u: { target: "ex#U" } },
    shapes: {
      "ex#U": { type: "union", members: { s: { target: `${S}String` }, flag: { target: `${S}Unit` }, self: { target: "ex#U" } } },
    },
    want: {
      In: inDef({ u: ref("U") }),
      U: {
        $comment: "ex#U",
        type: "object",
        allOf: [
          {
            properties: { s: { type: "string" }, flag: { type: "object", additionalProperties: false }, self: ref("U") },
            additionalProperties: false,
          },
        ],
        minProperties: 1,
        maxProperties: 1,
      },
    },
  },
  // ---- annotations
  {
    name: "@default in wire form and @deprecated become annotations",
    members: {
      n: { target: `${S}Integer`, traits: { [`${S}default`]: 0 } },
      flag: { target: "ex#Bool", traits: { [`${S}default`]: false, [`${S}deprecated`]: {} } },
      when: { target: `${S}Timestamp`, traits: { [`${S}default`]: "1970-01-01T00:00:01.5Z" } },
      iso: { target: `${S}Timestamp`, traits: { [`${S}default`]: 2, [`${S}timestampFormat`]: "date-time" } },
      bytes: { target: `${S}Blob`, traits: { [`${S}default`]: "" } },
      raw: { target: `${S}Blob`, traits: { [`${S}default`]: "not base64!" } },
      list: { target: "ex#L", traits: { [`${S}default`]: [] } },
    },
    shapes: { "ex#Bool": { type: "boolean", traits: { [`${S}deprecated`]: { message: "old" } } }, "ex#L": { type: "list", member: { target: `${S}String` } } },
    want: {
      In: inDef({
        n: { type: "integer", minimum: -2147483648, maximum: 2147483647, default: 0 },
        flag: { ...ref("Bool"), deprecated: true, default: false },
        when: { ...EPOCH, default: 1.5 },
        iso: { type: "string", format: "date-time", default: "1970-01-01T00:00:02Z" },
        // Smithy writes a blob's default in base64, as it travels; text that is not base64 is not stated.
        bytes: { type: "string", pattern: BASE64_PATTERN, default: "" },
        raw: { type: "string", pattern: BASE64_PATTERN },
        list: { ...ref("L"), default: [] },
      }),
      Bool: { $comment: "ex#Bool", deprecated: true, type: "boolean" },
      L: { $comment: "ex#L", type: "array", items: { type: "string" } },
    },
  },
];

describe("shape schemas (wire form), given fragment → exact $defs", () => {
  it.each(rows)("$name", ({ members, shapes, smithy, want }) => {
    expect(inputDefs(members, shapes, smithy === undefined ? {} : { smithy })).toEqual(want);
  });
});

describe("every fragment's files compile in ajv strict mode", () => {
  it.each(rows)("$name", ({ members, shapes, smithy }) => {
    const ajv = createAjv();
    const files = Object.values(fragmentFiles(members, shapes, smithy === undefined ? {} : { smithy }));
    expect(files.length).toBe(2);
    for (const schema of files) expect(typeof ajv.compile(schema)).toBe("function");
  });
});
