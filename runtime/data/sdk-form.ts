/**
 * Wire form → SDK form, guided by a value's plan: what an `@aws-sdk/client-*` client hands its
 * caller for a wire value — `Date`s for timestamps (in the plan's wire format), `Uint8Array`s for
 * base64 blobs, numbers for the float specials, `bigint`s for bigIntegers — so realistic wire values
 * have an SDK side too. The plan knows each value's kind exactly; a schema could not tell an
 * epoch-seconds timestamp from a double.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#shape-serialization
 */
import { decodeBase64 } from "../protocol/base64.ts";
import { decodeFloat } from "../protocol/awsjson.ts";
import { parseTimestamp } from "../protocol/timestamp.ts";
import { defineOwn } from "../validation/pointer.ts";
import { resolvePlan } from "./plan-walk.ts";
import type { ArbitraryPlan } from "./plan.ts";

/**
 * @example sdkForm({ method: "timestamp", format: "epoch-seconds" }, {}, 1.5) // new Date(1500)
 */
export function sdkForm(plan: ArbitraryPlan, shapes: Readonly<Record<string, ArbitraryPlan>>, wire: unknown): unknown {
  const p = resolvePlan(plan, shapes);
  if (p === undefined || wire === null || wire === undefined) return wire;
  switch (p.method) {
    case "timestamp":
      return parseTimestamp(wire, p.format);
    case "blob":
      return typeof wire === "string" ? decodeBase64(wire) : wire;
    case "float":
      return decodeFloat(wire);
    case "bigInteger":
      return typeof wire === "number" ? BigInt(Math.trunc(wire)) : wire;
    case "bigDecimal":
      // The SDK's NumericValue, as the exhaustive arbitraries give it.
      return typeof wire === "number" ? { string: String(wire), type: "bigDecimal" } : wire;
    case "list":
      return Array.isArray(wire) ? wire.map((v) => sdkForm(p.item, shapes, v)) : wire;
    case "map": {
      if (typeof wire !== "object" || Array.isArray(wire)) return wire;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(wire as Record<string, unknown>)) defineOwn(out, k, sdkForm(p.value, shapes, v));
      return out;
    }
    case "structure":
    case "union": {
      if (typeof wire !== "object" || Array.isArray(wire)) return wire;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(wire as Record<string, unknown>)) {
        const member = (p.members as readonly { name: string; plan: ArbitraryPlan }[]).find((m) => m.name === k);
        defineOwn(out, k, member === undefined ? v : sdkForm(member.plan, shapes, v));
      }
      return out;
    }
    default:
      return wire;
  }
}
