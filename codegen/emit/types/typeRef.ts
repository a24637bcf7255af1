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

/**
 * The type of a structure member. An event stream (a `@streaming` union) is an `AsyncIterable` of
 * the union, as in the SDK; everything else is {@link typeRef} of the target.
 */
export function memberType(member: Member, tc: TypesContext): string {
  const target = member.target;
  if (target.kind === "union" && target.traits.streaming) return `AsyncIterable<${declName(target, tc)}>`;
  return typeRef(target, tc);
}

/** The inline type of a value of `shape`. */
export function typeRef(shape: Shape, tc: TypesContext): string {
  switch (shape.kind) {
    case "blob":
      // Streaming blobs are typed differently by the SDK (stream payload types); a JSON mock cannot
      // serve them, and closure() reports such operations as unsupported.
      return "Uint8Array";
    case "boolean":
      return "boolean";
    case "string":
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
      const item = typeRef(shape.member.target, tc);
      return shape.traits.sparse ? `(${item} | null)[]` : `${item}[]`;
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
