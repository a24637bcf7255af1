/**
 * Structures as the SDK types them: an interface whose members are all optional
 * (`m?: T | undefined`) except `@required` ones, which stay present but may hold `undefined`
 * (`m: T | undefined`, smithy-typescript's "nullable" required-member mode). An
 * `@idempotencyToken` member is optional even when required: the client fills it in.
 *
 * @see https://smithy.io/2.0/spec/type-refinement-traits.html#required-trait
 * @see https://smithy.io/2.0/spec/behavior-traits.html#idempotencytoken-trait
 */
import { propKey } from "../../code.ts";
import type { Member, StructureShape } from "../../model/shapes.ts";
import { declName } from "./context.ts";
import type { TypesContext } from "./context.ts";
import { docBlock, memberDocBlock } from "./docs.ts";
import { memberType } from "./typeRef.ts";

/** `export interface Name { ... }` for a non-error structure. */
export function emitStructure(shape: StructureShape, tc: TypesContext): string {
  const body = shape.members.map((m) => memberLine(m, tc, "  ")).join("");
  return `${docBlock(shape.traits, "")}export interface ${declName(shape, tc)} {${body === "" ? "" : `\n${body}`}}\n`;
}

/** One member line (with its doc block) of a structure or error interface. */
export function memberLine(member: Member, tc: TypesContext, indent: string): string {
  const required = member.effective.required && !member.effective.idempotencyToken;
  const type = memberType(member, tc);
  return `${memberDocBlock(member.effective, indent)}${indent}${propKey(member.name)}${required ? "" : "?"}: ${type} | undefined;\n`;
}
