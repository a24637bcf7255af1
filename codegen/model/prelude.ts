/**
 * The Smithy prelude (`smithy.api#…` shapes every model may target without defining them).
 *
 * @see https://smithy.io/2.0/spec/model.html#prelude
 */

/** Prelude shapes in JSON AST form, merged under a model's own shapes by the loader. */
export const PRELUDE_AST: Readonly<Record<string, { type: string; traits?: Record<string, unknown> }>> = {
  "smithy.api#String": { type: "string" },
  "smithy.api#Blob": { type: "blob" },
  "smithy.api#BigInteger": { type: "bigInteger" },
  "smithy.api#BigDecimal": { type: "bigDecimal" },
  "smithy.api#Timestamp": { type: "timestamp" },
  "smithy.api#Document": { type: "document" },
  "smithy.api#Boolean": { type: "boolean" },
  "smithy.api#PrimitiveBoolean": { type: "boolean", traits: { "smithy.api#default": false } },
  "smithy.api#Byte": { type: "byte" },
  "smithy.api#PrimitiveByte": { type: "byte", traits: { "smithy.api#default": 0 } },
  "smithy.api#Short": { type: "short" },
  "smithy.api#PrimitiveShort": { type: "short", traits: { "smithy.api#default": 0 } },
  "smithy.api#Integer": { type: "integer" },
  "smithy.api#PrimitiveInteger": { type: "integer", traits: { "smithy.api#default": 0 } },
  "smithy.api#Long": { type: "long" },
  "smithy.api#PrimitiveLong": { type: "long", traits: { "smithy.api#default": 0 } },
  "smithy.api#Float": { type: "float" },
  "smithy.api#PrimitiveFloat": { type: "float", traits: { "smithy.api#default": 0 } },
  "smithy.api#Double": { type: "double" },
  "smithy.api#PrimitiveDouble": { type: "double", traits: { "smithy.api#default": 0 } },
  "smithy.api#Unit": { type: "structure", traits: { "smithy.api#unitType": {} } },
};

export const UNIT_ID = "smithy.api#Unit";
