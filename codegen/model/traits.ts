/**
 * Reads raw trait values into typed {@link Traits}, checking each value's form so a malformed trait
 * fails with the file, shape id and JSON pointer instead of surfacing later in an emitter.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html
 * @see https://smithy.io/2.0/spec/type-refinement-traits.html
 */
import type { ModelError } from "./errors.ts";
import { JavaPatternError, translateJavaPattern, type Approximation } from "./pattern/translate.ts";
import type { PatternTranslations } from "./pattern/translations.ts";
import type { EnumDefinition, TimestampFormat, Traits } from "./shapes.ts";
import { freezeDocument, PROTOCOL_TRAITS, readExamples, readHttpTraits, readPaginated, readServiceTraits, TraitReader, type TraitSite, type TraitsBeingRead } from "./trait-readers.ts";

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
 * of the malformed value. `patterns`, when given, translates each distinct `@pattern` once (a
 * loader passes its own); without it each read translates afresh.
 *
 * @example
 * readTraits({ "smithy.api#length": { min: 1 } }, { file: "m.json", shapeId: "ex#S", pointer: "/shapes/ex#S/traits" }).length
 * // { min: 1 }
 * @see https://smithy.io/2.0/spec/model.html#traits
 */
export function readTraits(raw: Record<string, unknown>, site: TraitSite, patterns?: PatternTranslations): Traits {
  // Checked in a fixed order (the first malformed trait is the one reported), then written in the
  // order of Traits' fields. No closures here: this runs for every shape and member of a model.
  const r = new TraitReader(raw, site);
  const patternSource = r.string("smithy.api#pattern");
  let pattern: string | undefined;
  let patternApproximations: readonly Approximation[] = [];
  if (patternSource !== undefined) {
    // Java's meaning, as AWS validates it; a pattern Java rejects is the model's error (as Smithy reports it).
    try {
      const translation = patterns === undefined ? translateJavaPattern(patternSource) : patterns.translate(patternSource);
      pattern = translation.ecmaScript;
      patternApproximations = translation.approximations;
    } catch (e) {
      if (!(e instanceof JavaPatternError)) throw e;
      r.fail("smithy.api#pattern", `is not a valid regular expression (java.util.regex): ${e.message}`);
    }
  }
  const timestampFormat = readTimestampFormat(r);
  const error = readError(r);
  const httpError = readHttpError(r);
  const deprecated = readDeprecated(r);
  const enumValue = readEnumValue(r);
  const enumDefs = readEnumDefinitions(r);
  const documentation = r.string("smithy.api#documentation");
  const paginated = readPaginated(r);
  const examples = readExamples(r);
  const length = readBounds(r, "smithy.api#length");
  const range = readBounds(r, "smithy.api#range");

  // Written field by field, each by a plain property store, in the order of the Traits interface
  // (the order every reader has seen). Spreads or Object.assign would build the same object several
  // times slower, and past a dozen fields leave it in V8's slow dictionary mode.
  const traits = {} as TraitsBeingRead;
  if (documentation !== undefined) traits.documentation = documentation;
  if (deprecated !== undefined) traits.deprecated = deprecated;
  traits.required = r.has("smithy.api#required");
  if (length !== undefined) traits.length = length;
  if (range !== undefined) traits.range = range;
  if (pattern !== undefined) {
    traits.pattern = pattern;
    traits.patternSource = patternSource;
  }
  if (patternApproximations.length > 0) traits.patternApproximations = patternApproximations;
  traits.sparse = r.has("smithy.api#sparse");
  traits.uniqueItems = r.has("smithy.api#uniqueItems");
  if (timestampFormat !== undefined) traits.timestampFormat = timestampFormat;
  if (error !== undefined) traits.error = error;
  if (httpError !== undefined) traits.httpError = httpError;
  if (r.has("smithy.api#retryable")) {
    const v = r.get("smithy.api#retryable");
    traits.retryable = Object.freeze({ throttling: isObject(v) && v.throttling === true });
  }
  traits.idempotencyToken = r.has("smithy.api#idempotencyToken");
  traits.idempotent = r.has("smithy.api#idempotent");
  traits.readonly = r.has("smithy.api#readonly");
  traits.sensitive = r.has("smithy.api#sensitive");
  traits.streaming = r.has("smithy.api#streaming");
  traits.requiresLength = r.has("smithy.api#requiresLength");
  traits.hasDefault = r.has("smithy.api#default");
  if (traits.hasDefault) traits.default = freezeDocument(r.get("smithy.api#default"));
  traits.addedDefault = r.has("smithy.api#addedDefault");
  traits.clientOptional = r.has("smithy.api#clientOptional");
  if (enumValue !== undefined) traits.enumValue = enumValue;
  if (enumDefs !== undefined) traits.enum = enumDefs;
  traits.input = r.has("smithy.api#input");
  traits.output = r.has("smithy.api#output");
  traits.mixin = r.has("smithy.api#mixin");
  readHttpTraits(r, traits);
  if (paginated !== undefined) traits.paginated = paginated;
  if (examples !== undefined) traits.examples = examples;
  readServiceTraits(r, traits);
  Object.defineProperty(traits, RAW, { value: Object.freeze({ ...raw }), enumerable: false });
  return Object.freeze(traits);
}

/** `@length` or `@range`: an object with a numeric min and/or max, min not above max. */
function readBounds(r: TraitReader, id: string): { min?: number; max?: number } | undefined {
  const v = r.object(id, "an object with min and/or max");
  if (v === undefined) return undefined;
  const out: { min?: number; max?: number } = {};
  for (const k of ["min", "max"] as const) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== "number" || !Number.isFinite(v[k])) r.fail(id, `${k} must be a number`);
    out[k] = v[k] as number;
  }
  if (out.min !== undefined && out.max !== undefined && out.min > out.max) r.fail(id, `min ${out.min} is greater than max ${out.max}`);
  return Object.freeze(out);
}

function readTimestampFormat(r: TraitReader): TimestampFormat | undefined {
  const id = "smithy.api#timestampFormat";
  if (!r.has(id)) return undefined;
  const v = r.get(id);
  if (!TIMESTAMP_FORMATS.includes(v as TimestampFormat)) r.fail(id, `must be one of ${TIMESTAMP_FORMATS.join(", ")}`);
  return v as TimestampFormat;
}

function readError(r: TraitReader): "client" | "server" | undefined {
  const id = "smithy.api#error";
  if (!r.has(id)) return undefined;
  const v = r.get(id);
  if (v !== "client" && v !== "server") r.fail(id, `must be "client" or "server"`);
  return v as "client" | "server";
}

function readHttpError(r: TraitReader): number | undefined {
  const id = "smithy.api#httpError";
  if (!r.has(id)) return undefined;
  const v = r.get(id);
  if (typeof v !== "number" || !Number.isInteger(v) || v < 100 || v > 599) r.fail(id, "must be an HTTP status code");
  return v as number;
}

function readDeprecated(r: TraitReader): { message?: string; since?: string } | undefined {
  const d = r.object("smithy.api#deprecated");
  if (d === undefined) return undefined;
  const deprecated: { message?: string; since?: string } = {};
  if (typeof d.message === "string") deprecated.message = d.message;
  if (typeof d.since === "string") deprecated.since = d.since;
  return Object.freeze(deprecated);
}

function readEnumValue(r: TraitReader): string | number | undefined {
  const id = "smithy.api#enumValue";
  if (!r.has(id)) return undefined;
  const v = r.get(id);
  if (typeof v !== "string" && !(typeof v === "number" && Number.isInteger(v))) r.fail(id, "must be a string or an integer");
  return v as string | number;
}

function readEnumDefinitions(r: TraitReader): readonly EnumDefinition[] | undefined {
  const id = "smithy.api#enum";
  if (!r.has(id)) return undefined;
  const v = r.get(id);
  if (!Array.isArray(v) || v.length === 0) r.fail(id, "must be a non-empty array of enum definitions");
  return Object.freeze(
    (v as unknown[]).map((d, i) => {
      if (!isObject(d) || typeof d.value !== "string") return r.fail(id, `definition ${i} must be an object with a string value`);
      const def: EnumDefinition = { value: d.value, deprecated: d.deprecated === true };
      if (typeof d.name === "string") def.name = d.name;
      if (typeof d.documentation === "string") def.documentation = d.documentation;
      return Object.freeze(def);
    }),
  );
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
