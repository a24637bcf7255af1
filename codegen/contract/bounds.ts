/**
 * Request members that set the size of an answer's member, found from the model's names: an
 * integer input member `<X>Length` (with `@range`) sets the length of the output's top-level string
 * member named like `<X>` — or of the output's only top-level string member (Secrets Manager's
 * `GetRandomPassword`: `PasswordLength` → `RandomPassword`). Page sizes are the paging's own rule.
 */
import type { BoundLink } from "../../runtime/contract.ts";
import { childPointer } from "../../runtime/validation/pointer.ts";
import type { OperationShape } from "../model/shapes.ts";

const INTEGER = new Set(["byte", "short", "integer", "long"]);

/**
 * @example boundLinks(getRandomPassword) // [{ from: "/PasswordLength", to: "/RandomPassword", kind: "length" }]
 */
export function boundLinks(op: OperationShape): BoundLink[] {
  if (op.input.kind !== "structure" || op.output.kind !== "structure") return [];
  const strings = op.output.members.filter((m) => m.target.kind === "string" && m.effective.enum === undefined);
  const links: BoundLink[] = [];
  for (const input of op.input.members) {
    const prefix = /^(.*)Length$/i.exec(input.name)?.[1];
    if (prefix === undefined || !INTEGER.has(input.target.kind) || input.effective.range === undefined) continue;
    const named = prefix === "" ? [] : strings.filter((m) => m.name.toLowerCase().includes(prefix.toLowerCase()));
    const target = named.length === 1 ? named[0] : strings.length === 1 ? strings[0] : undefined;
    if (target !== undefined) links.push({ from: childPointer("", input.name), to: childPointer("", target.name), kind: "length" });
  }
  return links;
}
