/**
 * The typed shape graph: what the loader makes of a Smithy JSON AST.
 *
 * Emitters read only this graph, never raw JSON or trait-id strings. A shape is a tagged union on
 * `kind`; member targets are resolved to shape objects; traits are read once into {@link Traits}.
 * The graph is immutable once the loader hands it out (shapes are frozen): facts that depend on the
 * service an operation is bound to (service-wide errors, merged `@paginated`) live in the closure.
 *
 * @see https://smithy.io/2.0/spec/json-ast.html
 * @see https://smithy.io/2.0/spec/model.html#shape-types
 */
import type { Approximation as PatternApproximation } from "./pattern/translate.ts";

/** An absolute shape id, `namespace#Name` (members: `namespace#Name$member`). */
export type ShapeId = string;

export type TimestampFormat = "epoch-seconds" | "date-time" | "http-date";

/** One entry of the Smithy 1.0 `@enum` trait. */
export interface EnumDefinition {
  value: string;
  name?: string;
  documentation?: string;
  deprecated: boolean;
}

/** A JSON value as a trait holds it (`@default`, `@examples` input and output). */
export type DocumentValue = null | boolean | number | string | readonly DocumentValue[] | { readonly [key: string]: DocumentValue };

/** `@http`: the method, URI pattern and success code of an operation (code defaults to 200). */
export interface HttpTrait {
  readonly method: string;
  readonly uri: string;
  readonly code: number;
}

/**
 * `@paginated` as written on one shape (an operation, or a service's defaults). The merged value of
 * an operation in its service is `Closure.paginatedOf(op)`.
 */
export interface PaginatedTrait {
  readonly inputToken?: string;
  readonly outputToken?: string;
  readonly items?: string;
  readonly pageSize?: string;
}

/** One entry of `@examples`. */
export interface ExampleTrait {
  readonly title: string;
  readonly documentation?: string;
  readonly input?: DocumentValue;
  readonly output?: DocumentValue;
  readonly error?: { readonly shapeId: ShapeId; readonly content?: DocumentValue };
  readonly allowConstraintErrors: boolean;
}

/** The protocol traits the loader knows, by their name (`aws.protocols#restJson1` → `restJson1`). */
export type ProtocolName = "awsJson1_0" | "awsJson1_1" | "restJson1" | "restXml" | "awsQuery" | "ec2Query" | "rpcv2Cbor";

/** A protocol trait on a service, with its HTTP versions (`http`, `eventStreamHttp`; empty when not given). */
export interface ProtocolTrait {
  /** The trait's absolute id, `aws.protocols#awsJson1_1`. */
  readonly id: ShapeId;
  readonly name: ProtocolName;
  readonly http: readonly string[];
  /** As written; Smithy says an absent list means the value of `http`. */
  readonly eventStreamHttp: readonly string[];
}

/** `aws.api#service`. */
export interface AwsServiceTrait {
  readonly sdkId: string;
  readonly endpointPrefix?: string;
  readonly arnNamespace?: string;
  readonly cloudFormationName?: string;
  readonly cloudTrailEventSource?: string;
}

/**
 * Traits read into typed, checked fields: every trait the generators, the mocks and the next
 * protocols read. Traits the loader does not read stay reachable through `unreadTraits(traits)`
 * (traits.ts), never as a raw map here.
 */
export interface Traits {
  readonly documentation?: string;
  readonly deprecated?: { message?: string; since?: string };
  readonly required: boolean;
  readonly length?: { min?: number; max?: number };
  readonly range?: { min?: number; max?: number };
  /**
   * The `@pattern` as a Unicode-mode ECMAScript pattern accepting what Java's `find()` accepts with
   * the model's text (see pattern/translate.ts).
   */
  readonly pattern?: string;
  /** The `@pattern` exactly as the model writes it (Java's dialect; for messages that quote the model). */
  readonly patternSource?: string;
  /** Where `pattern` only approximates the model's text (absent when the translation is exact). */
  readonly patternApproximations?: readonly PatternApproximation[];
  readonly sparse: boolean;
  readonly uniqueItems: boolean;
  readonly timestampFormat?: TimestampFormat;
  readonly error?: "client" | "server";
  readonly httpError?: number;
  /** `@retryable`: the SDK sets `$retryable` on such errors; `throttling` marks throttling errors. */
  readonly retryable?: { throttling: boolean };
  readonly idempotencyToken: boolean;
  readonly idempotent: boolean;
  readonly readonly: boolean;
  readonly sensitive: boolean;
  /** `@streaming` (a blob, or a union that is an event stream). */
  readonly streaming: boolean;
  readonly requiresLength: boolean;
  /** True when `@default` is present (its value may be null, which removes an inherited default). */
  readonly hasDefault: boolean;
  readonly default?: DocumentValue;
  readonly addedDefault: boolean;
  readonly clientOptional: boolean;
  readonly enumValue?: string | number;
  /** Smithy 1.0 `@enum` on a string shape. */
  readonly enum?: readonly EnumDefinition[];
  readonly input: boolean;
  readonly output: boolean;
  readonly mixin: boolean;
  // HTTP bindings (https://smithy.io/2.0/spec/http-bindings.html)
  readonly http?: HttpTrait;
  readonly httpLabel: boolean;
  /** `@httpQuery`: the query parameter's name. */
  readonly httpQuery?: string;
  readonly httpQueryParams: boolean;
  /** `@httpHeader`: the header's name. */
  readonly httpHeader?: string;
  /** `@httpPrefixHeaders`: the prefix (may be empty: every header). */
  readonly httpPrefixHeaders?: string;
  readonly httpPayload: boolean;
  readonly httpResponseCode: boolean;
  readonly jsonName?: string;
  readonly mediaType?: string;
  readonly eventHeader: boolean;
  readonly eventPayload: boolean;
  /** `@endpoint`: the host prefix pattern of an operation. */
  readonly endpoint?: { readonly hostPrefix: string };
  readonly hostLabel: boolean;
  readonly paginated?: PaginatedTrait;
  readonly examples?: readonly ExampleTrait[];
  // Service traits
  /** The known protocol traits on a service, sorted by id (empty elsewhere). */
  readonly protocols: readonly ProtocolTrait[];
  readonly awsService?: AwsServiceTrait;
  /** `aws.auth#sigv4`: the signing name. */
  readonly sigv4?: { readonly name: string };
}

export interface Member {
  readonly kind: "member";
  /** `ns#Container$name` */
  readonly id: ShapeId;
  readonly name: string;
  readonly containerId: ShapeId;
  readonly target: Shape;
  /** Traits applied on the member itself. */
  readonly traits: Traits;
  /**
   * The traits in force for this member: the target's traits overridden by the member's own,
   * as Smithy's trait inheritance rules say.
   */
  readonly effective: Traits;
}

interface ShapeBase {
  readonly id: ShapeId;
  /** The shape's name without namespace (after the service's `rename`, if any, is applied by naming). */
  readonly name: string;
  readonly namespace: string;
  readonly traits: Traits;
}

export type SimpleKind =
  | "blob"
  | "boolean"
  | "string"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "timestamp"
  | "document";

export interface SimpleShape extends ShapeBase {
  readonly kind: SimpleKind;
}

export interface EnumShape extends ShapeBase {
  readonly kind: "enum";
  /** Members in model order; `value` is the wire string. */
  readonly members: readonly { name: string; value: string; traits: Traits }[];
}

export interface IntEnumShape extends ShapeBase {
  readonly kind: "intEnum";
  readonly members: readonly { name: string; value: number; traits: Traits }[];
}

/** Lists and Smithy 1.0 sets (a set is a list with `uniqueItems`; `isSet` remembers where it came from). */
export interface ListShape extends ShapeBase {
  readonly kind: "list";
  readonly member: Member;
  readonly isSet: boolean;
}

export interface MapShape extends ShapeBase {
  readonly kind: "map";
  readonly key: Member;
  readonly value: Member;
}

export interface StructureShape extends ShapeBase {
  readonly kind: "structure";
  /** Members in model order (mixin members first). */
  readonly members: readonly Member[];
}

export interface UnionShape extends ShapeBase {
  readonly kind: "union";
  readonly members: readonly Member[];
}

export interface OperationShape extends ShapeBase {
  readonly kind: "operation";
  /** `smithy.api#Unit` when the model names none. */
  readonly input: StructureShape | UnitShape;
  readonly output: StructureShape | UnitShape;
  /**
   * The operation's own errors (each once). An operation may be bound to several services, each
   * with its own service-wide errors: the errors it answers with in one service are
   * `Closure.errorsOf(op)`.
   */
  readonly errors: readonly StructureShape[];
}

/**
 * A resource: identifiers and properties resolved to their target shapes, lifecycle and other
 * operations resolved to operation shapes, child resources to resource shapes.
 *
 * @see https://smithy.io/2.0/spec/service-types.html#resource
 */
export interface ResourceShape extends ShapeBase {
  readonly kind: "resource";
  /** Identifier name → the shape it targets, in model order. */
  readonly identifiers: ReadonlyMap<string, DataShape>;
  /** Property name → the shape it targets, in model order. */
  readonly properties: ReadonlyMap<string, DataShape>;
  readonly create?: OperationShape;
  readonly put?: OperationShape;
  readonly read?: OperationShape;
  readonly update?: OperationShape;
  readonly delete?: OperationShape;
  readonly list?: OperationShape;
  /** Instance operations (the resource's `operations` list). */
  readonly operations: readonly OperationShape[];
  readonly collectionOperations: readonly OperationShape[];
  readonly resources: readonly ResourceShape[];
}

/** The protocols the generators serve (runtime/protocol/ has a module for each). */
export type Protocol = "awsJson1_0" | "awsJson1_1" | "restJson1";

export interface ServiceShape extends ShapeBase {
  readonly kind: "service";
  readonly version: string;
  /** From `aws.api#service`; falls back to the shape name. */
  readonly sdkId: string;
  /** From `aws.api#service` (the host's first label, `personalize`); falls back to the kebab-case sdkId. */
  readonly endpointPrefix: string;
  /** The protocol the generators serve (the service's protocol traits are `traits.protocols`). */
  readonly protocol: Protocol;
  /** Every operation bound to the service, directly or through resources, sorted by name. */
  readonly operations: readonly OperationShape[];
  /** Service-wide errors (each once): every operation of the service may answer with them (see `Closure.errorsOf`). */
  readonly errors: readonly StructureShape[];
  /** Resources bound to the service directly. */
  readonly resources: readonly ResourceShape[];
  /** The service's `rename` map: shape id → the name it takes in this service. */
  readonly rename: Readonly<Record<ShapeId, string>>;
}

/** `smithy.api#Unit`: no input, no output, or a union member without a value. */
export interface UnitShape extends ShapeBase {
  readonly kind: "unit";
}

export type Shape =
  | SimpleShape
  | EnumShape
  | IntEnumShape
  | ListShape
  | MapShape
  | StructureShape
  | UnionShape
  | OperationShape
  | ResourceShape
  | ServiceShape
  | UnitShape;

/** Shapes that can be the target of a member (values that cross the wire). */
export type DataShape = Exclude<Shape, OperationShape | ResourceShape | ServiceShape>;

export interface Model {
  /** The file the model was read from, as given to the loader. */
  readonly file: string;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
  readonly smithyVersion: string;
  /** All shapes by id, prelude included. */
  readonly shapes: ReadonlyMap<ShapeId, Shape>;
  readonly services: readonly ServiceShape[];
}

/** Ends a `switch` over a closed union: the compiler proves every case is handled. */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
