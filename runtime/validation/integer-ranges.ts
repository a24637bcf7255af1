/**
 * Integers beyond their type. A JSON number reads into a JavaScript double whatever its size, and
 * an awsJson body's schema bounds an integer member only by its `@range`; AWS's reader (Jackson,
 * in AWS's Java services) reads a `byte`, `short`, `integer` or `long` member into its Java type
 * and refuses a number outside it (`3000000000` for an `integer`, `9007199254740993` for one too)
 * before any constraint is checked: a `SerializationException`, as for a number where a string
 * belongs. restJson1's reader refuses them itself (runtime/protocol/restjson1/json-values.ts).
 *
 * @see https://smithy.io/2.0/spec/simple-types.html (byte, short, integer, long)
 */
import type { ArbitraryPlan } from "../data/plan.ts";
import { resolvePlan } from "../data/plan-walk.ts";

/** The limits of the integer kinds as doubles (2^63 stands for the long maximum it rounds to). */
const LIMITS: Readonly<Record<string, readonly [number, number, string]>> = {
  byte: [-128, 127, "a Byte"],
  short: [-32768, 32767, "a Short"],
  integer: [-2147483648, 2147483647, "an Integer"],
  long: [-(2 ** 63), 2 ** 63, "a Long"],
};

/**
 * The message of the first integer in `value` outside its kind's range, as AWS's reader words it
 * (`NUMBER_VALUE can not be converted to an Integer`); undefined when there is none. Walked
 * without recursion, so any nesting is safe.
 *
 * @example integerOverflow({ maxResults: 3000000000 }, inputPlan, shapes) // "NUMBER_VALUE can not be converted to an Integer"
 */
export function integerOverflow(value: unknown, plan: ArbitraryPlan | undefined, shapes: Readonly<Record<string, ArbitraryPlan>>): string | undefined {
  if (plan === undefined) return undefined;
  const stack: [unknown, ArbitraryPlan][] = [[value, plan]];
  while (stack.length > 0) {
    const [v, unresolved] = stack.pop()!;
    const p = resolvePlan(unresolved, shapes);
    if (p === undefined || v === null || v === undefined) continue;
    switch (p.method) {
      case "integer":
      case "intEnumeration": {
        const [min, max, name] = LIMITS[p.method === "integer" ? p.kind : "integer"] ?? LIMITS.integer!;
        if (typeof v === "number" && Number.isFinite(v) && (v < min || v > max)) return `NUMBER_VALUE can not be converted to ${name}`;
        break;
      }
      case "list":
        if (Array.isArray(v)) for (const item of v) stack.push([item, p.item]);
        break;
      case "map":
        if (typeof v === "object" && !Array.isArray(v)) for (const item of Object.values(v as Record<string, unknown>)) stack.push([item, p.value]);
        break;
      case "structure":
      case "union":
        if (typeof v === "object" && !Array.isArray(v)) {
          const record = v as Record<string, unknown>;
          for (const m of p.members as readonly { readonly name: string; readonly plan: ArbitraryPlan }[]) {
            if (Object.prototype.hasOwnProperty.call(record, m.name)) stack.push([record[m.name], m.plan]);
          }
        }
        break;
      default:
        break;
    }
  }
  return undefined;
}
