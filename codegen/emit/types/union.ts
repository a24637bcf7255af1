/**
 * Unions as the SDK types them: a type alias over one interface per member, each setting its own
 * member and forbidding the others (`b?: never`), plus `$UnknownMember` for members a newer
 * service may send, all in a namespace named after the union (smithy-typescript's UnionGenerator).
 * The namespace also declares `Visitor<T>`, as the SDK's does; the runtime `visit` helper is not
 * part of the types.
 *
 * @see https://smithy.io/2.0/spec/aggregate-types.html#union
 */
import { ident, propKey, tsdoc } from "../../code.ts";
import { cmp } from "../../model/closure.ts";
import type { UnionShape } from "../../model/shapes.ts";
import { declName } from "./context.ts";
import type { TypesContext } from "./context.ts";
import { docBlock } from "./docs.ts";
import { typeRef } from "./typeRef.ts";

/** `export type U = U.AMember | ... | U.$UnknownMember;` and `export namespace U { ... }` */
export function emitUnion(shape: UnionShape, tc: TypesContext): string {
  const name = declName(shape, tc);
  const variants = shape.members.map((m) => ({ member: m, iface: ident(`${m.name.charAt(0).toUpperCase()}${m.name.slice(1)}Member`) }));
  const keys = shape.members.map((m) => propKey(m.name));
  const alias = variants.map((v) => v.iface).sort(cmp).concat("$UnknownMember").map((i) => `${name}.${i}`);

  const ifaces = variants.map(({ member, iface }) => {
    const lines = shape.members.map((other) =>
      other === member ? `    ${propKey(other.name)}: ${typeRef(other.target, tc)};\n` : `    ${propKey(other.name)}?: never;\n`,
    );
    return `${docBlock(member.effective, "  ")}  export interface ${iface} {\n${lines.join("")}    $unknown?: never;\n  }\n`;
  });
  const unknown =
    `${tsdoc(undefined, ["@public"], "  ")}  export interface $UnknownMember {\n` +
    keys.map((k) => `    ${k}?: never;\n`).join("") +
    `    $unknown: [string, any];\n  }\n`;
  const visitor =
    `  export interface Visitor<T> {\n` +
    shape.members.map((m) => `    ${propKey(m.name)}: (value: ${typeRef(m.target, tc)}) => T;\n`).join("") +
    `    _: (name: string, value: any) => T;\n  }\n`;

  return (
    `${docBlock(shape.traits, "")}export type ${name} = ${alias.join(" | ")};\n` +
    `${tsdoc(undefined, ["@public"])}export namespace ${name} {\n${[...ifaces, unknown, visitor].join("\n")}}\n`
  );
}
