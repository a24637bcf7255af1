/**
 * Inputs with exactly one broken constraint, for any restJson1 operation: a valid input document is
 * drawn (as whole-message arbitraries carry it), then one top-level member bound to a label, a query
 * parameter, a header or the JSON body is broken — a required member left out (not a label: a
 * request without it has no path), a string one code point too long or too short, a number one past
 * its `@range`, a value outside its enum, a string of the right length that misses its `@pattern`.
 * Each comes with the message AWS's framework `ValidationException` says of it, worded here from
 * the model (not by the runtime under test): `1 validation error detected: Value 'x' at 'member'
 * failed to satisfy constraint: Member must …`.
 *
 * The broken values travel as they are (ASCII letters and punctuation), so the service reads the
 * very value that was broken.
 *
 * @see ../../../../runtime/validation/rejection.ts for the message forms
 */
import { fc } from "@fast-check/vitest";
import type { Member, Shape } from "../../../../codegen/model/shapes.ts";
import type { BoundMember } from "../../../../runtime/contract.ts";
import type { RestJson1Service } from "./service.ts";

export interface BrokenInput {
  readonly operation: string;
  /** What was broken, and where (`too long: label FunctionName`). */
  readonly kind: string;
  /** The input document as sent: a valid one with one member changed. */
  readonly document: Readonly<Record<string, unknown>>;
  /** AWS's ValidationException message for it. */
  readonly message: string;
}

type Mutation = (document: Readonly<Record<string, unknown>>) => { readonly document: Record<string, unknown>; readonly kind: string; readonly message: string } | undefined;

/** Integer kinds and their limits: a number one past `@range` must still be a number of the kind (else it is a serialization error). */
const INTEGER_LIMITS: Readonly<Record<string, readonly [number, number]>> = {
  byte: [-(2 ** 7), 2 ** 7 - 1],
  short: [-(2 ** 15), 2 ** 15 - 1],
  integer: [-(2 ** 31), 2 ** 31 - 1],
  long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};
/** Characters a pattern-breaking value is made of (the first whose repetition misses the pattern). */
const FILLERS = ["!", "~", "-", "_", "0", "A", "a", "z", " "];

/**
 * The broken inputs of `operation`, or undefined when no member of its input can be broken in these
 * ways (every member unconstrained and optional, or in the payload).
 */
export function brokenInputs(service: RestJson1Service, operation: string): fc.Arbitrary<BrokenInput> | undefined {
  const op = service.closure.operations.find((o) => o.name === operation)!;
  const http = service.contract.operations[operation]!.http!;
  if (op.input.kind !== "structure") return undefined;
  const where = new Map<string, { location: string; bound: BoundMember }>();
  for (const b of http.input.labels ?? []) where.set(b.member, { location: "label", bound: b });
  for (const b of http.input.query ?? []) where.set(b.member, { location: "query", bound: b });
  for (const b of http.input.headers ?? []) where.set(b.member, { location: "header", bound: b });
  for (const b of http.input.body ?? []) where.set(b.member, { location: "body", bound: b });
  const mutations = op.input.members.flatMap((m) => {
    const at = where.get(m.name);
    return at === undefined ? [] : mutationsOf(m, at.location);
  });
  if (mutations.length === 0) return undefined;
  return fc
    .tuple(service.http.exhaustive.request(operation), fc.constantFrom(...mutations))
    .map(([drawn, mutate]) => mutate(drawn.document))
    .filter((broken) => broken !== undefined)
    .map((broken) => ({ operation, ...broken! }));
}

function mutationsOf(m: Member, location: string): Mutation[] {
  const t = m.effective;
  const path = m.name.charAt(0).toLowerCase() + m.name.slice(1);
  const sensitive = t.sensitive || m.target.traits.sensitive;
  const violation = (value: unknown, constraint: string) => `1 validation error detected: ${value === undefined ? "Value null" : sensitive ? "Value" : `Value '${String(value)}'`} at '${path}' failed to satisfy constraint: Member must ${constraint}`;
  const set = (document: Readonly<Record<string, unknown>>, value: unknown) => ({ ...document, [m.name]: value });
  const kind = (what: string) => `${what}: ${location} ${m.name}`;
  const out: Mutation[] = [];
  // A label cannot be left out (the request would have no path), nor empty.
  const minText = location === "label" ? 1 : 0;

  if (t.required && location !== "label") {
    out.push((d) => {
      const { [m.name]: _, ...rest } = d;
      return { document: rest, kind: kind("missing"), message: violation(undefined, "not be null") };
    });
  }
  const target = m.target;
  if (target.kind === "string" && t.enum === undefined) {
    const { min, max } = t.length ?? {};
    if (t.pattern === undefined) {
      if (max !== undefined) {
        out.push((d) => {
          const value = codePoints(d[m.name]);
          if (value === undefined) return undefined;
          const broken = [...value, ..."a".repeat(max + 1 - value.length)].join("");
          return { document: set(d, broken), kind: kind("too long"), message: violation(broken, `have length less than or equal to ${max}`) };
        });
      }
      if (min !== undefined && min - 1 >= minText) {
        out.push((d) => {
          const value = codePoints(d[m.name]);
          if (value === undefined) return undefined;
          const broken = value.slice(0, min - 1).join("");
          return { document: set(d, broken), kind: kind("too short"), message: violation(broken, `have length greater than or equal to ${min}`) };
        });
      }
    } else {
      const pattern = new RegExp(t.pattern, "u");
      const length = Math.max(min ?? 0, 1, minText);
      const broken = max !== undefined && length > max ? undefined : FILLERS.map((c) => c.repeat(length)).find((v) => !pattern.test(v) && !(location === "header" && v.trim() !== v));
      if (broken !== undefined) out.push((d) => ({ document: set(d, broken), kind: kind("pattern"), message: violation(broken, `satisfy regular expression pattern: ${t.patternSource}`) }));
    }
  }
  const values = enumValues(target, m);
  if (values !== undefined) {
    const broken = "NotAValue";
    if (!values.includes(broken)) out.push((d) => ({ document: set(d, broken), kind: kind("not in the enum"), message: violation(broken, `satisfy enum value set: [${values.join(", ")}]`) }));
  }
  const limits = INTEGER_LIMITS[target.kind];
  if (limits !== undefined && t.range !== undefined) {
    const { min, max } = t.range;
    if (max !== undefined && max + 1 <= limits[1]) out.push((d) => ({ document: set(d, max + 1), kind: kind("above its range"), message: violation(max + 1, `have value less than or equal to ${max}`) }));
    if (min !== undefined && min - 1 >= limits[0]) out.push((d) => ({ document: set(d, min - 1), kind: kind("below its range"), message: violation(min - 1, `have value greater than or equal to ${min}`) }));
  }
  return out;
}

/** The code points of a string value; undefined when the member is not set. */
function codePoints(value: unknown): string[] | undefined {
  return typeof value === "string" ? Array.from(value) : undefined;
}

/** The values of an enum (an enum shape, or a Smithy 1.0 `@enum` string), in model order. */
function enumValues(target: Shape, m: Member): string[] | undefined {
  if (target.kind === "enum") return target.members.map((e) => e.value);
  if (target.kind === "string" && m.effective.enum !== undefined) return m.effective.enum.map((e) => e.value);
  return undefined;
}
