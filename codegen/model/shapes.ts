/**
 * The typed shape graph: what the loader makes of a Smithy JSON AST.
 *
 * Emitters read only this graph, never raw JSON or trait-id strings. A shape is a tagged union on
 * `kind`; member targets are resolved to shape objects; traits are read once into {@link Traits}.
 *
 * @see https://smithy.io/2.0/spec/json-ast.html
 * @see https://smithy.io/2.0/spec/model.html#shape-types
 */

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

/** Traits read into typed fields. `raw` keeps every trait (by absolute id) for anything not read here. */
export interface Traits {
  readonly documentation?: string;
  readonly deprecated?: { message?: string; since?: string };
  readonly required: boolean;
  readonly length?: { min?: number; max?: number };
  readonly range?: { min?: number; max?: number };
  /** The `@pattern`, rewritten where needed to compile with the `u` flag (see pattern.ts). */
  readonly pattern?: string;
  /** The `@pattern` exactly as the model writes it (for messages that quote the model). */
  readonly patternSource?: string;
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
  readonly streaming: boolean;
  /** True when `@default` is present (its value may be null, which removes an inherited default). */
  readonly hasDefault: boolean;
  readonly default?: unknown;
  readonly enumValue?: string | number;
  /** Smithy 1.0 `@enum` on a string shape. */
  readonly enum?: readonly EnumDefinition[];
  readonly input: boolean;
  readonly output: boolean;
  readonly mixin: boolean;
  readonly raw: Readonly<Record<string, unknown>>;
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
  /** The operation's own errors followed by the service's. */
  readonly errors: readonly StructureShape[];
}

export interface ResourceShape extends ShapeBase {
  readonly kind: "resource";
  readonly operations: readonly OperationShape[];
  readonly resources: readonly ResourceShape[];
}

export type Protocol = "awsJson1_0" | "awsJson1_1";

export interface ServiceShape extends ShapeBase {
  readonly kind: "service";
  readonly version: string;
  /** From `aws.api#service`; falls back to the shape name. */
  readonly sdkId: string;
  /** From `aws.api#service` (the host's first label, `personalize`); falls back to the kebab-case sdkId. */
  readonly endpointPrefix: string;
  readonly protocol: Protocol;
  /** Every operation bound to the service, directly or through resources, sorted by name. */
  readonly operations: readonly OperationShape[];
  readonly errors: readonly StructureShape[];
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
