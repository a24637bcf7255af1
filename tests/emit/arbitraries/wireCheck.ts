/**
 * An independent reference for the generated-arbitraries tests, written from the Smithy and awsJson
 * rules without the runtime's code: {@link wireProblems} lists every way a wire value breaks its
 * shape's constraints, and {@link sdkFromWire} turns a wire value into what the AWS SDK's JSON
 * deserializer makes of it (epoch seconds → Date, base64 → Uint8Array, "NaN" → NaN).
 */
import type { Shape, Traits } from "../../../codegen/model/shapes.ts";

const INT_BOUNDS: Record<string, [number, number]> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-(2 ** 31), 2 ** 31 - 1],
  long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const NON_FINITE = ["NaN", "Infinity", "-Infinity"];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function within(n: number, bounds: { min?: number; max?: number } | undefined): boolean {
  return n >= (bounds?.min ?? -Infinity) && n <= (bounds?.max ?? Infinity);
}

function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (isObject(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
}

/** Every problem of `value` as the wire form of `shape` under `traits`, with its JSON path. */
export function wireProblems(shape: Shape, traits: Traits, value: unknown, path = "$"): string[] {
  const bad = (what: string) => [`${path}: ${what} (${JSON.stringify(value)?.slice(0, 80)})`];
  switch (shape.kind) {
    case "structure": {
      if (!isObject(value)) return bad("not an object");
      const out: string[] = [];
      for (const k of Object.keys(value)) if (!shape.members.some((m) => m.name === k)) out.push(`${path}: unknown member ${k}`);
      for (const m of shape.members) {
        if (!Object.hasOwn(value, m.name)) {
          if (m.traits.required) out.push(`${path}: required member ${m.name} missing`);
          continue;
        }
        out.push(...wireProblems(m.target, m.effective, value[m.name], `${path}.${m.name}`));
      }
      return out;
    }
    case "union": {
      if (!isObject(value)) return bad("not an object");
      const keys = Object.keys(value);
      if (keys.length !== 1) return bad("a union value must set exactly one member");
      const m = shape.members.find((x) => x.name === keys[0]);
      if (!m) return bad("unknown union member");
      return wireProblems(m.target, m.effective, value[m.name], `${path}.${m.name}`);
    }
    case "list": {
      if (!Array.isArray(value)) return bad("not an array");
      const out: string[] = [];
      if (!within(value.length, traits.length)) out.push(...bad("list length out of @length"));
      if (shape.traits.uniqueItems || shape.isSet) {
        if (new Set(value.map(canonical)).size !== value.length) out.push(...bad("duplicate items under @uniqueItems"));
      }
      value.forEach((item, i) => {
        if (item === null) {
          if (!shape.traits.sparse) out.push(`${path}[${i}]: null in a dense list`);
        } else out.push(...wireProblems(shape.member.target, shape.member.effective, item, `${path}[${i}]`));
      });
      return out;
    }
    case "map": {
      if (!isObject(value)) return bad("not an object");
      const out: string[] = [];
      const entries = Object.entries(value);
      if (!within(entries.length, traits.length)) out.push(...bad("entry count out of @length"));
      for (const [k, v] of entries) {
        out.push(...wireProblems(shape.key.target, shape.key.effective, k, `${path}{key ${JSON.stringify(k)}}`));
        if (v === null) {
          if (!shape.traits.sparse) out.push(`${path}.${k}: null in a dense map`);
        } else out.push(...wireProblems(shape.value.target, shape.value.effective, v, `${path}.${k}`));
      }
      return out;
    }
    case "string": {
      if (typeof value !== "string") return bad("not a string");
      if (traits.enum && !traits.enum.some((d) => d.value === value)) return bad("not an @enum value");
      if (!within([...value].length, traits.length)) return bad("length out of @length");
      if (traits.pattern !== undefined && !new RegExp(traits.pattern, "u").test(value)) return bad(`does not match ${traits.pattern}`);
      if (/\p{Cs}/u.test(value)) return bad("lone surrogate");
      return [];
    }
    case "enum":
      return shape.members.some((m) => m.value === value) ? [] : bad("not an enum value");
    case "intEnum":
      return shape.members.some((m) => m.value === value) ? [] : bad("not an intEnum value");
    case "byte":
    case "short":
    case "integer":
    case "long": {
      const [lo, hi] = INT_BOUNDS[shape.kind]!;
      if (typeof value !== "number" || !Number.isInteger(value)) return bad("not an integer");
      return value >= lo && value <= hi && within(value, traits.range) ? [] : bad("out of range");
    }
    case "float":
    case "double":
      if (typeof value === "string") return NON_FINITE.includes(value) && traits.range === undefined ? [] : bad("bad non-finite float");
      if (typeof value !== "number" || !Number.isFinite(value)) return bad("not a number");
      if (shape.kind === "float" && Math.fround(value) !== value) return bad("not a 32-bit float");
      return within(value, traits.range) ? [] : bad("out of range");
    case "bigInteger":
      return typeof value === "number" && Number.isSafeInteger(value) && within(value, traits.range) ? [] : bad("not a safe integer in range");
    case "bigDecimal":
      return typeof value === "number" && Number.isFinite(value) && within(value, traits.range) ? [] : bad("not a finite number in range");
    case "boolean":
      return typeof value === "boolean" ? [] : bad("not a boolean");
    case "timestamp": {
      const format = traits.timestampFormat ?? "epoch-seconds";
      if (format === "epoch-seconds") return typeof value === "number" && Number.isFinite(value) ? [] : bad("not epoch seconds");
      if (format === "date-time") return typeof value === "string" && RFC3339.test(value) ? [] : bad("not an RFC 3339 date-time");
      return typeof value === "string" && IMF_FIXDATE.test(value) ? [] : bad("not an IMF-fixdate");
    }
    case "blob": {
      if (typeof value !== "string" || !BASE64.test(value)) return bad("not base64");
      return within(atob(value).length, traits.length) ? [] : bad("byte length out of @length");
    }
    case "document":
      return JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value) ? [] : bad("not JSON");
    case "unit":
      return isObject(value) && Object.keys(value).length === 0 ? [] : bad("not {}");
    case "operation":
    case "resource":
    case "service":
      return bad(`a ${shape.kind} has no values`);
  }
}

/** What the SDK's awsJson deserializer returns for `wire` (a value without problems). */
export function sdkFromWire(shape: Shape, traits: Traits, wire: unknown): unknown {
  if (wire === null) return null;
  switch (shape.kind) {
    case "structure":
    case "union": {
      const w = wire as Record<string, unknown>;
      return Object.fromEntries(shape.members.filter((m) => Object.hasOwn(w, m.name)).map((m) => [m.name, sdkFromWire(m.target, m.effective, w[m.name])]));
    }
    case "list":
      return (wire as unknown[]).map((v) => sdkFromWire(shape.member.target, shape.member.effective, v));
    case "map":
      return Object.fromEntries(Object.entries(wire as object).map(([k, v]) => [k, sdkFromWire(shape.value.target, shape.value.effective, v)]));
    case "timestamp": {
      const format = traits.timestampFormat ?? "epoch-seconds";
      return format === "epoch-seconds" ? new Date(Math.round((wire as number) * 1000)) : new Date(Date.parse(wire as string));
    }
    case "blob":
      return Uint8Array.from(atob(wire as string), (c) => c.charCodeAt(0));
    case "float":
    case "double":
      return typeof wire === "string" ? Number(wire) : wire;
    case "bigInteger":
      return BigInt(wire as number);
    case "bigDecimal":
      return { string: String(wire), type: "bigDecimal" };
    default:
      return wire;
  }
}
