/**
 * The TypeScript type a member takes, written inline the way smithy-typescript's SymbolVisitor maps
 * Smithy types: simple shapes become TS primitives (a member targeting a string alias is `string`),
 * lists become arrays, maps `Record`s; only structures, unions, enums and intEnums are named.
 *
 * @see https://smithy.io/2.0/spec/simple-types.html
 * @see https://smithy.io/2.0/spec/aggregate-types.html
 */
import type { Member, Shape } from "../../model/shapes.ts";
import { assertNever } from "../../model/shapes.ts";
import { declName, smithyType } from "./context.ts";
import type { TypesContext } from "./context.ts";

/** The name under which the file declares the SDK's bigDecimal container, `NumericValue`. */
export const NUMERIC_VALUE = "__NumericValue";

/** The name under which the file declares what the SDK takes for a JSON string, `AutomaticJsonStringConversion`. */
export const JSON_STRING = "__AutomaticJsonStringConversion";

/**
 * The type of a structure member. An event stream (a `@streaming` union) is an `AsyncIterable` of
 * the union and a `@streaming` blob is `StreamingBlobTypes` (a Node `Readable`, a web
 * `ReadableStream` or a `Blob`), as in the SDK; everything else is {@link typeRef} of the target.
 * (The command types widen a streaming blob further for input and output: see operation.ts.)
 *
 * @see https://smithy.io/2.0/spec/streaming.html
 */
export function memberType(member: Member, tc: TypesContext): string {
  const target = member.target;
  if (target.kind === "union" && target.traits.streaming) return `AsyncIterable<${declName(target, tc)}>`;
  if (target.kind === "blob" && target.traits.streaming) return smithyType(tc, "StreamingBlobTypes");
  return typeRef(target, tc);
}

/** The inline type of a value of `shape`. */
export function typeRef(shape: Shape, tc: TypesContext): string {
  switch (shape.kind) {
    case "blob":
      // A @streaming blob is typed by memberType (it can only be a top-level member of an input or output).
      return "Uint8Array";
    case "boolean":
      return "boolean";
    case "string":
      if (isJsonString(shape)) {
        // The SDK takes any value for a JSON string and stringifies it itself (smithy-typescript's SymbolVisitor).
        tc.jsonString.used = true;
        return `${JSON_STRING} | string`;
      }
      return "string";
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
      return "number";
    case "bigInteger":
      return "bigint";
    case "bigDecimal":
      tc.numericValue.used = true;
      return NUMERIC_VALUE;
    case "timestamp":
      return "Date";
    case "document":
      return smithyType(tc, "DocumentType");
    case "enum":
    case "intEnum":
    case "structure":
    case "union":
      return declName(shape, tc);
    case "list": {
      const target = shape.member.target;
      const item = typeRef(target, tc);
      return shape.traits.sparse ? `(${item} | null)[]` : isJsonString(target) ? `(${item})[]` : `${item}[]`;
    }
    case "map": {
      const value = typeRef(shape.value.target, tc);
      const v = shape.traits.sparse ? `${value} | null` : value;
      const key = shape.key.target;
      // The SDK keys a map by its enum when the key targets one; every key is then optional.
      return key.kind === "enum" ? `Partial<Record<${declName(key, tc)}, ${v}>>` : `Record<string, ${v}>`;
    }
    case "unit":
      // A union member without a value (`smithy.api#Unit`): an empty object.
      return "{}";
    case "operation":
    case "resource":
    case "service":
      throw new Error(`a ${shape.kind} (${shape.id}) cannot be the type of a value`);
    default:
      return assertNever(shape, "shape kind");
  }
}

/**
 * A string whose `@mediaType` is JSON (`application/json`, or any `+json` type): what the SDK types
 * as `AutomaticJsonStringConversion | string`.
 *
 * @see https://smithy.io/2.0/spec/protocol-traits.html#mediatype-trait
 */
function isJsonString(shape: Shape): boolean {
  const mediaType = shape.kind === "string" ? shape.traits.mediaType?.split(";")[0]?.trim().toLowerCase() : undefined;
  return mediaType !== undefined && (mediaType === "application/json" || mediaType.endsWith("+json"));
}
