/**
 * Test support: a random Smithy model as plain choices — kinds, counts, flags and indexes — that
 * `buildModel` (build-model.ts) turns into a valid JSON AST. Choices never depend on one another, so
 * fast-check shrinks a failing model by dropping shapes, members and traits one at a time, and every
 * shrunk model is valid too (validity is the builder's job, not a filter's).
 */
import * as fc from "fast-check";
import { patternChoice, type PatternChoice } from "./patterns.ts";
import { trickyDoc, trickyText } from "./tricky-text.ts";

/** A string's constraints, drawn around a witness (the pattern's, else `text`). */
export interface StringChoice {
  readonly pattern: PatternChoice | undefined;
  readonly text: string;
  /** 0 none, 1 min, 2 max, 3 both, 4 exact, 5 min and a large max. */
  readonly lengthForm: number;
  readonly a: number;
  readonly b: number;
}

/** A number's `@range`: 0 none, 1 min, 2 max, 3 both, 4 min = max, 5 the kind's own limits. */
export interface RangeChoice {
  readonly form: number;
  readonly a: number;
  readonly b: number;
}

/** A list's or map's `@length` and flags. */
export interface CollectionChoice {
  readonly min: number;
  /** 0 none, 1 min, 2 max, 3 both. */
  readonly form: number;
  readonly b: number;
  readonly unique: boolean;
  readonly sparse: boolean;
}

export interface MemberChoice {
  readonly name: number;
  readonly target: number;
  readonly required: boolean;
  readonly hasDefault: boolean;
  readonly clientOptional: boolean;
  readonly doc: string | undefined;
  readonly deprecated: string | undefined;
  readonly idempotencyToken: boolean;
  /** 0–2 a `@timestampFormat` (epoch-seconds, date-time, http-date) when the target is a timestamp; else none. */
  readonly timestampFormat: number;
  /** Constraints of the member itself, used when it targets a prelude string or number. */
  readonly own: StringChoice | undefined;
  readonly ownRange: RangeChoice | undefined;
  /** A union member targeting smithy.api#Unit. */
  readonly unit: boolean;
  /** restJson1: where an operation's own input or output member travels (0 body, 1 label, 2 query, 3 header) when its target allows. */
  readonly binding: number;
  /** restJson1: a `@jsonName` for a body member. */
  readonly jsonName: number | undefined;
}

export interface EnumMemberChoice {
  readonly name: number;
  readonly value: string;
  readonly int: number;
  readonly doc: string | undefined;
}

export const DATA_KINDS = [
  "string", "enumTrait", "enum", "intEnum", "blob", "boolean", "byte", "short", "integer", "long", "float", "double",
  "bigInteger", "bigDecimal", "timestamp", "document", "list", "map", "structure", "union", "error", "mixin",
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

export interface ShapeChoice {
  readonly kind: DataKind;
  readonly name: number;
  /** In the second namespace (where its name may collide with one of the first, and is renamed). */
  readonly other: boolean;
  readonly doc: string | undefined;
  readonly deprecated: string | undefined;
  readonly sensitive: boolean;
  readonly string: StringChoice;
  readonly range: RangeChoice;
  readonly timestampFormat: number;
  readonly members: readonly MemberChoice[];
  readonly enumMembers: readonly EnumMemberChoice[];
  readonly item: number;
  readonly key: number;
  readonly value: number;
  readonly collection: CollectionChoice;
  readonly mixins: readonly number[];
  readonly fault: boolean;
  readonly httpError: number | undefined;
  readonly retryable: number;
  readonly blobMin: number;
}

export interface OperationChoice {
  readonly name: number;
  readonly doc: string | undefined;
  /** 0 Unit, 1–2 a structure of its own, 3 a structure of the model's. */
  readonly input: number;
  readonly inputName: number;
  readonly inputMembers: readonly MemberChoice[];
  readonly output: number;
  readonly outputName: number;
  readonly outputMembers: readonly MemberChoice[];
  readonly errors: readonly number[];
  readonly ioTraits: boolean;
  /** restJson1: the method (GET, DELETE only when no member is left for the body). */
  readonly method: number;
}

export interface ModelChoices {
  readonly protocol: "awsJson1_0" | "awsJson1_1" | "restJson1";
  readonly serviceName: number;
  readonly sdkId: number;
  readonly serviceDoc: string | undefined;
  readonly version: string;
  readonly sigv4: boolean;
  readonly serviceErrors: readonly number[];
  readonly operations: readonly OperationChoice[];
  readonly shapes: readonly ShapeChoice[];
}

const maybe = <T>(arb: fc.Arbitrary<T>, freq = 3) => fc.option(arb, { nil: undefined, freq });

const stringChoice: fc.Arbitrary<StringChoice> = fc.record({
  pattern: maybe(patternChoice, 2),
  text: trickyText,
  lengthForm: fc.nat(5),
  a: fc.nat(6),
  b: fc.nat(6),
});

const rangeChoice: fc.Arbitrary<RangeChoice> = fc.record({ form: fc.nat(5), a: fc.integer({ min: -1000, max: 1000 }), b: fc.nat(2000) });

const memberChoice: fc.Arbitrary<MemberChoice> = fc.record({
  name: fc.nat(),
  target: fc.nat(),
  required: fc.boolean(),
  hasDefault: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  clientOptional: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  doc: maybe(trickyDoc),
  deprecated: maybe(trickyText, 6),
  idempotencyToken: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  timestampFormat: fc.nat(4),
  own: maybe(stringChoice),
  ownRange: maybe(rangeChoice),
  unit: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  binding: fc.nat(3),
  jsonName: maybe(fc.nat(), 4),
});

const enumMemberChoice: fc.Arbitrary<EnumMemberChoice> = fc.record({
  name: fc.nat(),
  value: trickyText,
  int: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.constantFrom(-2147483648, 2147483647, 0)),
  doc: maybe(trickyDoc),
});

const kindChoice: fc.Arbitrary<DataKind> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom<DataKind>("structure") },
  { weight: 4, arbitrary: fc.constantFrom<DataKind>("string") },
  { weight: 3, arbitrary: fc.constantFrom<DataKind>("list", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal") },
  { weight: 2, arbitrary: fc.constantFrom<DataKind>("map", "union", "enum", "error", "mixin") },
  { weight: 2, arbitrary: fc.constantFrom<DataKind>("intEnum", "enumTrait", "blob", "boolean", "timestamp", "document") },
);

const shapeChoice: fc.Arbitrary<ShapeChoice> = fc.record({
  kind: kindChoice,
  name: fc.nat(),
  other: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  doc: maybe(trickyDoc),
  deprecated: maybe(trickyText, 6),
  sensitive: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  string: stringChoice,
  range: rangeChoice,
  timestampFormat: fc.nat(3),
  members: fc.array(memberChoice, { maxLength: 5 }),
  enumMembers: fc.array(enumMemberChoice, { minLength: 1, maxLength: 4 }),
  item: fc.nat(),
  key: fc.nat(),
  value: fc.nat(),
  collection: fc.record({ min: fc.nat(3), form: fc.nat(3), b: fc.nat(4), unique: fc.boolean(), sparse: fc.boolean() }),
  mixins: fc.array(fc.nat(), { maxLength: 2 }),
  fault: fc.boolean(),
  httpError: maybe(fc.integer({ min: 400, max: 599 })),
  retryable: fc.nat(2),
  blobMin: fc.nat(4),
});

const operationChoice: fc.Arbitrary<OperationChoice> = fc.record({
  name: fc.nat(),
  doc: maybe(trickyDoc),
  input: fc.nat(3),
  inputName: fc.nat(),
  inputMembers: fc.array(memberChoice, { maxLength: 4 }),
  output: fc.nat(3),
  outputName: fc.nat(),
  outputMembers: fc.array(memberChoice, { maxLength: 4 }),
  errors: fc.array(fc.nat(), { maxLength: 3 }),
  ioTraits: fc.boolean(),
  method: fc.nat(4),
});

/** The choices of a whole model: a service, 1–4 operations and up to 14 data shapes. */
export const modelChoices: fc.Arbitrary<ModelChoices> = fc.record({
  protocol: fc.constantFrom("awsJson1_0" as const, "awsJson1_1" as const, "restJson1" as const),
  serviceName: fc.nat(),
  sdkId: fc.nat(),
  serviceDoc: maybe(trickyDoc),
  version: fc.oneof(fc.constant("2026-01-01"), trickyText),
  sigv4: fc.boolean(),
  serviceErrors: fc.array(fc.nat(), { maxLength: 2 }),
  operations: fc.array(operationChoice, { minLength: 1, maxLength: 4 }),
  shapes: fc.array(shapeChoice, { maxLength: 14 }),
});
