/**
 * Enums as the SDK types them. A string enum (a Smithy 2.0 `enum`, or a 1.0 `@enum` string whose
 * entries all have names) is a frozen object plus a type of its values, keys being the member
 * names sorted; an `intEnum` is a TypeScript `enum`, entries sorted by value
 * (smithy-typescript's EnumGenerator and IntEnumGenerator sort "for stable order and sane diffs").
 *
 * @see https://smithy.io/2.0/spec/simple-types.html#enum
 * @see https://smithy.io/2.0/spec/simple-types.html#intenum
 */
import { literal, propKey, tsdoc } from "../../code.ts";
import { cmp } from "../../model/closure.ts";
import type { EnumShape, IntEnumShape, Traits } from "../../model/shapes.ts";
import { declName } from "./context.ts";
import type { TypesContext } from "./context.ts";
import { docBlock } from "./docs.ts";

/** `export const X = { ... } as const;` and `export type X = (typeof X)[keyof typeof X];` */
export function emitEnum(shape: EnumShape, tc: TypesContext): string {
  const name = declName(shape, tc);
  const entries = [...shape.members]
    .sort((a, b) => cmp(a.name, b.name))
    .map((m) => `${memberDoc(m.traits)}  ${objectKey(m.name)}: ${literal(m.value)},\n`)
    .join("");
  return (
    `${docBlock(shape.traits, "", ["@enum"])}export const ${name} = {\n${entries}} as const;\n` +
    tsdoc(undefined, ["@public"]) +
    `export type ${name} = (typeof ${name})[keyof typeof ${name}];\n`
  );
}

/** `export enum X { A = 1, ... }` */
export function emitIntEnum(shape: IntEnumShape, tc: TypesContext): string {
  const entries = [...shape.members]
    .sort((a, b) => a.value - b.value || cmp(a.name, b.name))
    .map((m) => `${memberDoc(m.traits)}  ${propKey(m.name)} = ${literal(m.value)},\n`)
    .join("");
  return `${docBlock(shape.traits, "")}export enum ${declName(shape, tc)} {\n${entries}}\n`;
}

function memberDoc(traits: Traits): string {
  return docBlock(traits, "  ", [], false);
}

/** An object-literal key; `__proto__` must be computed, or it would set the prototype. */
function objectKey(name: string): string {
  return name === "__proto__" ? `[${literal(name)}]` : propKey(name);
}
