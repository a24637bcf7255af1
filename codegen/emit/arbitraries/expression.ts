/**
 * An arbitrary plan (codegen/arbitraries/plan.ts) printed as TypeScript source: the call over the
 * runtime's pair builder `b` and fast-check's `tie` that the plan describes. Every model value
 * reaches the source through the code builder: constraint objects and enum values through
 * `literal`, patterns as string literals (the runtime compiles them; no model text becomes a regex
 * literal).
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html
 */
import type { ArbitraryPlan } from "../../arbitraries/plan.ts";
import { literal as valueLiteral, propKey as plainKey, str } from "../../code.ts";
import { assertNever } from "../../model/shapes.ts";

/**
 * The source of `plan`; `indent` is the indentation of the line it starts on (structure and union
 * members go one level deeper, one per line).
 *
 * @example printPlan({ method: "list", item: { method: "tie", key: "Arn" }, constraints: { maxLength: 5 } }, "") // 'b.list(tie("Arn"), { maxLength: 5 })'
 */
export function printPlan(plan: ArbitraryPlan, indent: string): string {
  switch (plan.method) {
    case "tie":
      return `tie(${str(plan.key)})`;
    case "unit":
    case "boolean":
    case "document":
      return `b.${plan.method}()`;
    case "blob":
      return `b.blob(${literal(plan.constraints)})`;
    case "string":
      return `b.string(${literal(plan.constraints)}, ${str(plan.where)})`;
    case "enumeration":
    case "intEnumeration":
      return `b.${plan.method}(${literal(plan.values)})`;
    case "integer":
      return `b.integer(${str(plan.kind)}, ${literal(plan.range)}, ${str(plan.where)})`;
    case "float":
      return `b.float(${str(plan.kind)}, ${literal(plan.range)})`;
    case "bigInteger":
      return `b.bigInteger(${literal(plan.range)}, ${str(plan.where)})`;
    case "bigDecimal":
      return `b.bigDecimal(${literal(plan.range)})`;
    case "timestamp":
      return `b.timestamp(${str(plan.format)})`;
    case "list":
      return `b.list(${printPlan(plan.item, indent)}${constraintsArgument(plan.constraints)})`;
    case "map":
      return `b.map(${printPlan(plan.key, indent)}, ${printPlan(plan.value, indent)}${constraintsArgument(plan.constraints)})`;
    case "structure": {
      if (plan.members.length === 0) return "b.structure({})";
      const inner = `${indent}  `;
      const lines = plan.members.map((m) => `${inner}${propKey(m.name)}: b.${m.required ? "required" : "optional"}(${printPlan(m.plan, inner)}),\n`);
      return `b.structure({\n${lines.join("")}${indent}})`;
    }
    case "union": {
      const inner = `${indent}  `;
      const lines = plan.members.map((m) => `${inner}${propKey(m.name)}: ${printPlan(m.plan, inner)},\n`);
      return `b.union({\n${lines.join("")}${indent}})`;
    }
    default:
      return assertNever(plan, "arbitrary plan");
  }
}

/**
 * A property key of an object literal. `__proto__` (a valid Smithy member name) is written as a
 * computed key: bare or quoted, it would set the literal's prototype instead of a property.
 */
export function propKey(name: string): string {
  return name === "__proto__" ? `[${str(name)}]` : plainKey(name);
}

/** The optional last argument of `b.list` / `b.map`: left out when there is no constraint. */
function constraintsArgument(c: object): string {
  return Object.keys(c).length > 0 ? `, ${literal(c)}` : "";
}

/** `literal`, with `{}` for an empty object. */
function literal(value: unknown): string {
  return value !== null && typeof value === "object" && Object.keys(value).length === 0 && !Array.isArray(value) ? "{}" : valueLiteral(value);
}
