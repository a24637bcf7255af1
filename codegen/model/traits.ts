/**
 * Reads raw trait values into typed {@link Traits}, checking each value's form so a malformed trait
 * fails with the file, shape id and JSON pointer instead of surfacing later in an emitter.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html
 * @see https://smithy.io/2.0/spec/type-refinement-traits.html
 */
import { ModelError, pointer } from "./errors.ts";
import { toUnicodePattern } from "./pattern.ts";
import type { EnumDefinition, TimestampFormat, Traits } from "./shapes.ts";

const P = "smithy.api#";
const TIMESTAMP_FORMATS: readonly TimestampFormat[] = ["epoch-seconds", "date-time", "http-date"];

/** Where a trait map sits, for error messages. */
export interface TraitSite {
  readonly file: string;
  readonly shapeId: string;
  /** JSON pointer of the `traits` object. */
  readonly pointer: string;
}

export const NO_TRAITS: Traits = readTraits({}, { file: "", shapeId: "", pointer: "" });

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
  if (patternSource !== undefined) {
    try {
      pattern = toUnicodePattern(patternSource);
    } catch (e) {
      fail(P + "pattern", `is not a valid ECMAScript regular expression: ${(e as Error).message}`);
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
  return {
    ...(documentation !== undefined && { documentation }),
    ...(deprecated !== undefined && { deprecated }),
    required: has("required"),
    ...(bounds("length") && { length: bounds("length") }),
    ...(bounds("range") && { range: bounds("range") }),
    ...(pattern !== undefined && { pattern, patternSource }),
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
    hasDefault: has("default"),
    ...(has("default") && { default: get("default") }),
    ...(enumValue !== undefined && { enumValue }),
    ...(enumDefs !== undefined && { enum: enumDefs }),
    input: has("input"),
    output: has("output"),
    mixin: has("mixin"),
    raw: Object.freeze({ ...raw }),
  };
}

/** Smithy trait inheritance: a member's own traits override its target's traits of the same id. */
export function mergeTraits(target: Traits, member: Traits, site: TraitSite): Traits {
  return readTraits({ ...target.raw, ...member.raw }, site);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
