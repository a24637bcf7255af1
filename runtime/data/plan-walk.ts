/**
 * Finding one member's plan inside an operation's plan by a JSON pointer into its values, `tie`s
 * followed through the contract's shapes (`/datasetImportJob/status` → the `Status` string plan).
 */
import { parsePointer } from "../validation/pointer.ts";
import type { ArbitraryPlan, MemberPlan } from "./plan.ts";

/** `tie`s followed until a plan that is not one; undefined when a key is missing. */
export function resolvePlan(plan: ArbitraryPlan, shapes: Readonly<Record<string, ArbitraryPlan>>): ArbitraryPlan | undefined {
  let current: ArbitraryPlan | undefined = plan;
  for (let hops = 0; current?.method === "tie" && hops < 64; hops++) {
    current = Object.prototype.hasOwnProperty.call(shapes, current.key) ? shapes[current.key] : undefined;
  }
  return current?.method === "tie" ? undefined : current;
}

/**
 * The plan of the value at `pointer` (structure and union members by name, list items by index,
 * map values by key), resolved; undefined when the plan does not reach it.
 *
 * @example planAt(outputPlan, shapes, "/datasetImportJob/status") // { method: "string", … }
 */
export function planAt(plan: ArbitraryPlan, shapes: Readonly<Record<string, ArbitraryPlan>>, pointer: string): ArbitraryPlan | undefined {
  let current = resolvePlan(plan, shapes);
  for (const token of parsePointer(pointer)) {
    if (current === undefined) return undefined;
    let next: ArbitraryPlan | undefined;
    switch (current.method) {
      case "structure":
      case "union":
        next = (current.members as readonly (MemberPlan | { name: string; plan: ArbitraryPlan })[]).find((m) => m.name === token)?.plan;
        break;
      case "list":
        next = /^(0|[1-9][0-9]*)$/.test(token) ? current.item : undefined;
        break;
      case "map":
        next = current.value;
        break;
      default:
        next = undefined;
    }
    current = next === undefined ? undefined : resolvePlan(next, shapes);
  }
  return current;
}

/** The member names of a structure plan (resolved), empty for anything else. */
export function memberNames(plan: ArbitraryPlan | undefined, shapes: Readonly<Record<string, ArbitraryPlan>>): string[] {
  const resolved = plan === undefined ? undefined : resolvePlan(plan, shapes);
  return resolved?.method === "structure" ? resolved.members.map((m) => m.name) : [];
}
