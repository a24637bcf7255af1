/**
 * JSON values of a restJson1 body to and from their document form, guided by the value's plan
 * (the contract's `shapes`, which know every member's exact kind): the body carries structure and
 * union members under their `@jsonName`, the document under their member name. Reading is strict,
 * as a Smithy server deserializes: a value of the wrong JSON type, an integer that does not fit its
 * type, a float that is not a number (or `"NaN"`, `"Infinity"`, `"-Infinity"`), a blob that is not
 * base64, a timestamp not in its format, `null` in a dense list or map, a union with other than
 * exactly one known member set — each makes the request malformed (`SerializationException`), not a
 * constraint violation. `null` structure members read as absent; unknown structure members are
 * dropped.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#shape-serialization
 * @see https://smithy.io/2.0/spec/protocol-traits.html#jsonname-trait
 */
import type { ArbitraryPlan, MemberPlan } from "../../data/plan.ts";
import { withArticle } from "../../text/article.ts";
import { defineOwn, formatPointer } from "../../validation/pointer.ts";
import { isBase64 } from "../base64.ts";
import { parseStrictTimestamp } from "../timestamp.ts";

/** What walking a body needs from the contract: the shapes' plans and the JSON names of their members. */
export interface JsonContext {
  readonly shapes: Readonly<Record<string, ArbitraryPlan>>;
  readonly jsonNames: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A value of the body that cannot be read, and where (a JSON pointer into the body). */
export class MalformedJson extends Error {
  override readonly name = "MalformedJson";
  constructor(
    readonly pointer: string,
    problem: string,
  ) {
    super(`${problem}${pointer === "" ? "" : ` at ${pointer}`}`);
  }
}

/** The limits of the integer kinds as doubles (a JSON number is one; 2^63 stands for the long maximum it rounds to). */
const INTEGER_LIMITS: Readonly<Record<string, readonly [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [-(2 ** 63), 2 ** 63],
};
const FLOAT_SPECIALS = new Set(["NaN", "Infinity", "-Infinity"]);

/** A plan with its `tie`s followed, and the key of the last shape passed through (whose JSON names apply). */
function resolved(plan: ArbitraryPlan, ctx: JsonContext): { plan: ArbitraryPlan | undefined; key: string | undefined } {
  let current: ArbitraryPlan | undefined = plan;
  let key: string | undefined;
  for (let hops = 0; current?.method === "tie" && hops < 64; hops++) {
    key = current.key;
    current = Object.prototype.hasOwnProperty.call(ctx.shapes, current.key) ? ctx.shapes[current.key] : undefined;
  }
  return { plan: current?.method === "tie" ? undefined : current, key };
}

type Members = readonly (MemberPlan | { readonly name: string; readonly plan: ArbitraryPlan })[];

/** The JSON name of each member (its `@jsonName`, else its name). */
function jsonNameOf(ctx: JsonContext, key: string | undefined, member: string): string {
  const names = key === undefined ? undefined : ctx.jsonNames[key];
  return names !== undefined && Object.prototype.hasOwnProperty.call(names, member) ? names[member]! : member;
}

/**
 * The document form of body value `json` of `plan`; throws {@link MalformedJson}. Without a plan
 * (a hand-written contract), the value is taken as it is.
 *
 * @example jsonToDocument({ DoubleDribble: 6.5 }, structurePlan, ctx) // { doubleValue: 6.5 }
 */
export function jsonToDocument(json: unknown, plan: ArbitraryPlan | undefined, ctx: JsonContext, at = ""): unknown {
  if (plan === undefined) return json;
  const { plan: p, key } = resolved(plan, ctx);
  if (p === undefined) return json;
  const fail = (problem: string): never => {
    throw new MalformedJson(at, problem);
  };
  const type = json === null ? "null" : Array.isArray(json) ? "array" : typeof json;
  switch (p.method) {
    case "document":
      return json;
    case "unit":
      if (type !== "object") fail("a unit value must be an object");
      return {};
    case "boolean":
      if (type !== "boolean") fail(`expected a boolean, got ${type}`);
      return json;
    case "string":
    case "enumeration":
      if (type !== "string") fail(`expected a string, got ${type}`);
      return json;
    case "blob":
      if (type !== "string" || !isBase64(json as string)) fail("expected a base64 string");
      return json;
    case "integer":
    case "intEnumeration": {
      const [min, max] = INTEGER_LIMITS[p.method === "integer" ? p.kind : "integer"]!;
      if (type !== "number" || !Number.isInteger(json)) fail(`expected an integer, got ${type === "number" ? String(json) : type}`);
      if ((json as number) < min || (json as number) > max) fail(`${String(json)} is out of the range of ${p.method === "integer" ? withArticle(p.kind) : "an intEnum"}`);
      return json;
    }
    case "bigInteger":
      if (type !== "number" || !Number.isInteger(json)) fail(`expected an integer, got ${type}`);
      return json;
    case "bigDecimal":
      if (type !== "number") fail(`expected a number, got ${type}`);
      return json;
    case "float":
      if (type !== "number" && !(type === "string" && FLOAT_SPECIALS.has(json as string))) fail(`expected a number, got ${type === "string" ? JSON.stringify(json) : type}`);
      return json;
    case "timestamp":
      try {
        parseStrictTimestamp(json, p.format, false);
      } catch {
        fail(`expected a ${p.format} timestamp`);
      }
      return json;
    case "list": {
      if (type !== "array") fail(`expected a list, got ${type}`);
      const sparse = p.constraints.sparse === true;
      return (json as unknown[]).map((v, i) => {
        if (v === null) return sparse ? null : fail(`null item in a dense list at index ${i}`);
        return jsonToDocument(v, p.item, ctx, `${at}/${i}`);
      });
    }
    case "map": {
      if (type !== "object") fail(`expected a map, got ${type}`);
      const sparse = p.constraints.sparse === true;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
        const here = `${at}${formatPointer([k])}`;
        if (v === null && !sparse) throw new MalformedJson(here, "null value in a dense map");
        defineOwn(out, k, v === null ? null : jsonToDocument(v, p.value, ctx, here));
      }
      return out;
    }
    case "structure":
    case "union": {
      if (type !== "object") fail(`expected a ${p.method === "union" ? "union" : "structure"}, got ${type}`);
      const byJsonName = new Map((p.members as Members).map((m) => [jsonNameOf(ctx, key, m.name), m]));
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
        const member = byJsonName.get(k);
        if (member === undefined) {
          // A union must say which member it is: an unknown one makes it unreadable.
          if (p.method === "union") fail(`unknown union member ${JSON.stringify(k)}`);
          continue;
        }
        if (v === null) continue;
        defineOwn(out, member.name, jsonToDocument(v, member.plan, ctx, `${at}${formatPointer([k])}`));
      }
      if (p.method === "union" && Object.keys(out).length !== 1) fail(`a union must have exactly one member set, not ${Object.keys(out).length}`);
      return out;
    }
    default:
      return json;
  }
}

/**
 * The body value of document value `doc` of `plan`: structure and union members under their JSON
 * names. Without a plan, the value as it is.
 *
 * @example documentToJson({ doubleValue: 6.5 }, structurePlan, ctx) // { DoubleDribble: 6.5 }
 */
export function documentToJson(doc: unknown, plan: ArbitraryPlan | undefined, ctx: JsonContext): unknown {
  if (plan === undefined || doc === null || typeof doc !== "object") return doc;
  const { plan: p, key } = resolved(plan, ctx);
  if (p === undefined) return doc;
  switch (p.method) {
    case "list":
      return Array.isArray(doc) ? doc.map((v) => documentToJson(v, p.item, ctx)) : doc;
    case "map": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(doc as Record<string, unknown>)) defineOwn(out, k, documentToJson(v, p.value, ctx));
      return out;
    }
    case "structure":
    case "union": {
      const members = new Map((p.members as Members).map((m) => [m.name, m]));
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
        const member = members.get(k);
        defineOwn(out, member === undefined ? k : jsonNameOf(ctx, key, k), member === undefined ? v : documentToJson(v, member.plan, ctx));
      }
      return out;
    }
    default:
      return doc;
  }
}

/** The plan of member `name` of a structure plan (resolved through ties), if the plan has one. */
export function memberPlanOf(plan: ArbitraryPlan | undefined, name: string, ctx: JsonContext): ArbitraryPlan | undefined {
  if (plan === undefined) return undefined;
  const { plan: p } = resolved(plan, ctx);
  if (p === undefined || (p.method !== "structure" && p.method !== "union")) return undefined;
  return (p.members as Members).find((m) => m.name === name)?.plan;
}
