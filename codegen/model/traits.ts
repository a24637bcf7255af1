/**
 * Reads raw trait values into typed {@link Traits}, checking each value's form so a malformed trait
 * fails with the file, shape id and JSON pointer instead of surfacing later in an emitter.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html
 * @see https://smithy.io/2.0/spec/type-refinement-traits.html
 */
import { ModelError, pointer } from "./errors.ts";
import { JavaPatternError, translateJavaPattern, type Approximation } from "./pattern/translate.ts";
import type { EnumDefinition, TimestampFormat, Traits } from "./shapes.ts";
import { freezeDocument, PROTOCOL_TRAITS, readExamples, readHttpTraits, readPaginated, readServiceTraits, TraitReader, type TraitSite } from "./trait-readers.ts";

export type { TraitSite } from "./trait-readers.ts";

const P = "smithy.api#";
const TIMESTAMP_FORMATS: readonly TimestampFormat[] = ["epoch-seconds", "date-time", "http-date"];

/** Every trait id {@link readTraits} reads into a field; the rest are {@link unreadTraits}. */
const READ_TRAITS: ReadonlySet<string> = new Set([
  ...[
    "documentation", "deprecated", "required", "length", "range", "pattern", "sparse", "uniqueItems", "timestampFormat",
    "error", "httpError", "retryable", "idempotencyToken", "idempotent", "readonly", "sensitive", "streaming",
    "requiresLength", "default", "addedDefault", "clientOptional", "enumValue", "enum", "input", "output", "mixin",
    "http", "httpLabel", "httpQuery", "httpQueryParams", "httpHeader", "httpPrefixHeaders", "httpPayload",
    "httpResponseCode", "jsonName", "mediaType", "eventHeader", "eventPayload", "endpoint", "hostLabel", "paginated",
    "examples",
  ].map((n) => P + n),
  ...Object.keys(PROTOCOL_TRAITS),
  "aws.api#service",
  "aws.auth#sigv4",
]);

/**
 * The trait map a {@link Traits} object was read from, kept off its enumerable fields (so it is no
 * part of the public graph): {@link mergeTraits} re-reads it, {@link unreadTraits} shows what no
 * field holds.
 */
const RAW = Symbol("raw traits");

export const NO_TRAITS: Traits = readTraits({}, { file: "", shapeId: "", pointer: "" });

/**
 * Reads a trait map (absolute trait id → JSON value) into frozen, typed {@link Traits}, checking
 * each value's form. Throws a {@link ModelError} naming `site`'s file and shape and the JSON pointer
 * of the malformed value.
 *
 * @example
 * readTraits({ "smithy.api#length": { min: 1 } }, { file: "m.json", shapeId: "ex#S", pointer: "/shapes/ex#S/traits" }).length
 * // { min: 1 }
 * @see https://smithy.io/2.0/spec/model.html#traits
 */
export function readTraits(raw: Record<string, unknown>, site: TraitSite): Traits {
  const fail = (trait: string, problem: string): never => {
    throw new ModelError(site.file, `trait ${trait} ${problem}`, site.shapeId, site.pointer + pointer(trait));
  };
  const has = (name: string) => Object.prototype.hasOwnProperty.call(raw, P + name);
  const get = (name: string) => raw[P + name];

  const optString = (name: string): string | undefined => {
    if (!has(name)) return undefined;
    const v = get(name);
    if (typeof v !== "string") fail(P + name, "must be a string");
    return v as string;
  };
  const bounds = (name: string): { min?: number; max?: number } | undefined => {
    if (!has(name)) return undefined;
    const v = get(name);
    if (!isObject(v)) return fail(P + name, "must be an object with min and/or max");
    const out: { min?: number; max?: number } = {};
    for (const k of ["min", "max"] as const) {
      if (v[k] === undefined) continue;
      if (typeof v[k] !== "number" || !Number.isFinite(v[k])) fail(P + name, `${k} must be a number`);
      out[k] = v[k] as number;
    }
    if (out.min !== undefined && out.max !== undefined && out.min > out.max) fail(P + name, `min ${out.min} is greater than max ${out.max}`);
    return out;
  };

  const patternSource = optString("pattern");
  let pattern: string | undefined;
  let patternApproximations: readonly Approximation[] = [];
  if (patternSource !== undefined) {
    // Java's meaning, as AWS validates it; a pattern Java rejects is the model's error (as Smithy reports it).
    try {
      const translation = translateJavaPattern(patternSource);
      pattern = translation.ecmaScript;
      patternApproximations = translation.approximations;
    } catch (e) {
      if (!(e instanceof JavaPatternError)) throw e;
      fail(P + "pattern", `is not a valid regular expression (java.util.regex): ${e.message}`);
    }
  }

  let timestampFormat: TimestampFormat | undefined;
  if (has("timestampFormat")) {
    const v = get("timestampFormat");
    if (!TIMESTAMP_FORMATS.includes(v as TimestampFormat)) fail(P + "timestampFormat", `must be one of ${TIMESTAMP_FORMATS.join(", ")}`);
    timestampFormat = v as TimestampFormat;
  }

  let error: "client" | "server" | undefined;
  if (has("error")) {
    const v = get("error");
    if (v !== "client" && v !== "server") fail(P + "error", `must be "client" or "server"`);
    error = v as "client" | "server";
  }

  let httpError: number | undefined;
  if (has("httpError")) {
    const v = get("httpError");
    if (typeof v !== "number" || !Number.isInteger(v) || v < 100 || v > 599) fail(P + "httpError", "must be an HTTP status code");
    httpError = v as number;
  }

  let deprecated: { message?: string; since?: string } | undefined;
  if (has("deprecated")) {
    const v = get("deprecated");
    if (!isObject(v)) fail(P + "deprecated", "must be an object");
    const d = v as Record<string, unknown>;
    deprecated = {};
    if (typeof d.message === "string") deprecated.message = d.message;
    if (typeof d.since === "string") deprecated.since = d.since;
  }

  let enumValue: string | number | undefined;
  if (has("enumValue")) {
    const v = get("enumValue");
    if (typeof v !== "string" && !(typeof v === "number" && Number.isInteger(v))) fail(P + "enumValue", "must be a string or an integer");
    enumValue = v as string | number;
  }

  let enumDefs: EnumDefinition[] | undefined;
  if (has("enum")) {
    const v = get("enum");
    if (!Array.isArray(v) || v.length === 0) fail(P + "enum", "must be a non-empty array of enum definitions");
    enumDefs = (v as unknown[]).map((d, i) => {
      if (!isObject(d) || typeof d.value !== "string") {
        return fail(P + "enum", `definition ${i} must be an object with a string value`);
      }
      const def: EnumDefinition = { value: d.value, deprecated: d.deprecated === true };
      if (typeof d.name === "string") def.name = d.name;
      if (typeof d.documentation === "string") def.documentation = d.documentation;
      return def;
    });
  }

  const documentation = optString("documentation");
  const reader = new TraitReader(raw, site);
  const paginated = readPaginated(reader);
  const examples = readExamples(reader);
  const traits: Traits = {
    ...(documentation !== undefined && { documentation }),
    ...(deprecated !== undefined && { deprecated }),
    required: has("required"),
    ...(bounds("length") && { length: bounds("length") }),
    ...(bounds("range") && { range: bounds("range") }),
    ...(pattern !== undefined && { pattern, patternSource }),
    ...(patternApproximations.length > 0 && { patternApproximations }),
    sparse: has("sparse"),
    uniqueItems: has("uniqueItems"),
    ...(timestampFormat !== undefined && { timestampFormat }),
    ...(error !== undefined && { error }),
    ...(httpError !== undefined && { httpError }),
    ...(has("retryable") && { retryable: { throttling: isObject(get("retryable")) && (get("retryable") as Record<string, unknown>).throttling === true } }),
    idempotencyToken: has("idempotencyToken"),
    idempotent: has("idempotent"),
    readonly: has("readonly"),
    sensitive: has("sensitive"),
    streaming: has("streaming"),
    requiresLength: has("requiresLength"),
    hasDefault: has("default"),
    ...(has("default") && { default: freezeDocument(get("default")) }),
    addedDefault: has("addedDefault"),
    clientOptional: has("clientOptional"),
    ...(enumValue !== undefined && { enumValue }),
    ...(enumDefs !== undefined && { enum: Object.freeze(enumDefs.map((d) => Object.freeze(d))) }),
    input: has("input"),
    output: has("output"),
    mixin: has("mixin"),
    ...readHttpTraits(reader),
    ...(paginated !== undefined && { paginated }),
    ...(examples !== undefined && { examples }),
    ...readServiceTraits(reader),
  };
  Object.defineProperty(traits, RAW, { value: Object.freeze({ ...raw }), enumerable: false });
  if (traits.length) Object.freeze(traits.length);
  if (traits.range) Object.freeze(traits.range);
  if (traits.deprecated) Object.freeze(traits.deprecated);
  if (traits.retryable) Object.freeze(traits.retryable);
  return Object.freeze(traits);
}

/**
 * Smithy trait inheritance: a member's own traits override its target's traits of the same id.
 *
 * @example mergeTraits(nameShape.traits, member.traits, site).length // the member's @length, else the target's
 * @see https://smithy.io/2.0/spec/model.html#trait-inheritance
 */
export function mergeTraits(target: Traits, member: Traits, site: TraitSite): Traits {
  return readTraits({ ...rawOf(target), ...rawOf(member) }, site);
}

/**
 * The traits of a shape or member that no field of {@link Traits} holds (ids of other namespaces,
 * Smithy traits no generator reads yet), by absolute id, sorted. For tools that compare whole
 * models; generators read the typed fields.
 *
 * @example unreadTraits(service.traits).get("aws.api#arn") // undefined, or its JSON value
 */
export function unreadTraits(traits: Traits): ReadonlyMap<string, unknown> {
  const raw = rawOf(traits);
  return new Map(Object.keys(raw).filter((id) => !READ_TRAITS.has(id)).sort().map((id) => [id, raw[id]]));
}

function rawOf(traits: Traits): Readonly<Record<string, unknown>> {
  const raw = (traits as Traits & { [RAW]?: Readonly<Record<string, unknown>> })[RAW];
  if (raw === undefined) throw new Error("these traits were not read by readTraits");
  return raw;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
