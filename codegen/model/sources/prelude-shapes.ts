/**
 * The Smithy prelude (`smithy.api`) as the IDL reader needs it: every shape's name and type, to
 * resolve relative shape ids (a name the namespace does not define falls back to the prelude) and
 * to give an annotation trait (`@required`) the empty value its definition implies. The full
 * definitions live in Smithy's `prelude.smithy`; a test holds this table to that file.
 *
 * @see https://smithy.io/2.0/spec/model.html#prelude
 */

const BY_TYPE: Readonly<Record<string, string>> = {
  bigDecimal:
    "BigDecimal",
  bigInteger:
    "BigInteger",
  blob:
    "Blob",
  boolean:
    "Boolean PrimitiveBoolean",
  byte:
    "Byte PrimitiveByte",
  document:
    "Document default enumValue",
  double:
    "Double PrimitiveDouble",
  enum:
    "HttpApiKeyLocations Severity StructurallyExclusive TraitChangeType error timestampFormat",
  float:
    "Float PrimitiveFloat",
  integer:
    "Integer PrimitiveInteger httpError",
  list:
    "IdempotentErrors LocalMixinTraitList Namespaces NonEmptyStringList " +
    "RequestCompressionEncodingsList ShapeClosures TraitDiffRules TraitShapeIdList auth enum examples " +
    "references suppress tags",
  long:
    "Long PrimitiveLong",
  map:
    "NonEmptyStringMap Renames externalDocumentation traitValidators",
  short:
    "PrimitiveShort Short",
  string:
    "AuthTraitReference ClosureId CommonMark EnumConstantBodyName Identifier LocalMixinTrait " +
    "NonEmptyString String TraitShapeId documentation httpHeader httpPrefixHeaders httpQuery jsonName " +
    "mediaType pattern resourceIdentifier since title xmlName",
  structure:
    "EnumDefinition Example ExampleError Reference ShapeClosure TraitDiffRule TraitValidator Unit " +
    "addedDefault authDefinition box clientOptional cors deprecated endpoint eventHeader eventPayload " +
    "hostLabel http httpApiKeyAuth httpBasicAuth httpBearerAuth httpChecksumRequired httpDigestAuth " +
    "httpLabel httpPayload httpQueryParams httpResponseCode idRef idempotencyToken idempotent input " +
    "internal length longPoll metadata mixin nestedProperties noReplace notProperty optionalAuth " +
    "output paginated private property protocolDefinition range readonly recommended " +
    "requestCompression required requiresLength retryable sensitive sparse streaming trait " +
    "uniqueItems unitType unstable xmlAttribute xmlFlattened xmlNamespace",
  timestamp:
    "Timestamp",
};

/** Prelude shape name → shape type. */
export const PRELUDE_TYPES: ReadonlyMap<string, string> = new Map(
  Object.entries(BY_TYPE).flatMap(([type, names]) => names.split(" ").map((n) => [n, type] as const)),
);

/** Prelude shapes with a `@default` (the `Primitive*` shapes); the others are nullable. */
export const PRELUDE_WITH_DEFAULT: ReadonlySet<string> = new Set([
  "PrimitiveBoolean", "PrimitiveByte", "PrimitiveShort", "PrimitiveInteger", "PrimitiveLong", "PrimitiveFloat", "PrimitiveDouble",
]);

export const PRELUDE_NAMESPACE = "smithy.api";
