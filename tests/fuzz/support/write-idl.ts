/**
 * Test support: the IDL of a fuzzer model's JSON AST, one file per namespace, so the same model is
 * read both ways (`modelFromTexts` of the IDL must give the JSON AST). Every id is written absolute
 * (a shape may be named `String`, which would shadow the prelude's), trait values as node values,
 * `@default` as `= value` and enum values as `NAME = value`.
 *
 * @see https://smithy.io/2.0/spec/idl.html
 */
import type { JsonAstModel } from "./build-model.ts";

type Def = Record<string, unknown>;
const P = "smithy.api#";

/** IDL node value of a JSON value (JSON's string escapes are IDL's too). */
function node(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(node).join(", ")}]`;
  if (v !== null && typeof v === "object") return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${node(x)}`).join(", ")}}`;
  return JSON.stringify(v);
}

/** The trait lines of a trait map, leaving out the ones `skip` names. */
function traits(t: Def | undefined, indent: string, skip: readonly string[] = []): string {
  return Object.entries(t ?? {})
    .filter(([id]) => !skip.includes(id))
    .map(([id, v]) => `${indent}@${id}${v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0 ? "" : `(${node(v)})`}\n`)
    .join("");
}

function memberLines(members: Def | undefined, enumKind: boolean): string {
  return Object.entries(members ?? {})
    .map(([name, m]) => {
      const { target, traits: t } = m as { target: string; traits?: Def };
      if (enumKind) return `${traits(t, "    ", [P + "enumValue"])}    ${name}${t?.[P + "enumValue"] === undefined ? "" : ` = ${node(t[P + "enumValue"])}`}\n`;
      const dflt = t !== undefined && P + "default" in t ? ` = ${node(t[P + "default"])}` : "";
      return `${traits(t, "    ", [P + "default"])}    ${name}: ${target}${dflt}\n`;
    })
    .join("");
}

function shapeText(id: string, def: Def): string {
  const name = id.split("#")[1]!;
  const head = traits(def.traits as Def | undefined, "");
  const ref = (r: unknown) => (r as { target: string }).target;
  const refs = (rs: unknown) => `[${((rs as unknown[] | undefined) ?? []).map(ref).join(", ")}]`;
  const type = def.type as string;
  switch (type) {
    case "service": {
      const rename = def.rename as Record<string, string> | undefined;
      const body = [
        `    version: ${JSON.stringify(def.version)}`,
        `    operations: ${refs(def.operations)}`,
        def.errors ? `    errors: ${refs(def.errors)}` : "",
        rename ? `    rename: {${Object.entries(rename).map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",")} }` : "",
      ].filter(Boolean);
      return `${head}service ${name} {\n${body.join("\n")}\n}\n`;
    }
    case "operation":
      return `${head}operation ${name} {\n    input: ${ref(def.input)}\n    output: ${ref(def.output)}\n${def.errors ? `    errors: ${refs(def.errors)}\n` : ""}}\n`;
    case "list":
      return `${head}list ${name} {\n${memberLines({ member: def.member }, false)}}\n`;
    case "map":
      return `${head}map ${name} {\n${memberLines({ key: def.key, value: def.value }, false)}}\n`;
    case "structure":
    case "union": {
      const mixins = def.mixins ? ` with ${refs(def.mixins)}` : "";
      return `${head}${type} ${name}${mixins} {\n${memberLines(def.members as Def, false)}}\n`;
    }
    case "enum":
    case "intEnum":
      return `${head}${type} ${name} {\n${memberLines(def.members as Def, true)}}\n`;
    default:
      return `${head}${type} ${name}\n`;
  }
}

/** The model as IDL files, one per namespace. */
export function writeIdl(ast: JsonAstModel): { path: string; text: string }[] {
  const byNamespace = new Map<string, string[]>();
  for (const [id, def] of Object.entries(ast.shapes)) {
    const ns = id.split("#")[0]!;
    if (!byNamespace.has(ns)) byNamespace.set(ns, []);
    byNamespace.get(ns)!.push(shapeText(id, def));
  }
  return [...byNamespace].map(([ns, texts]) => ({ path: `${ns}.smithy`, text: `$version: "2"\n\nnamespace ${ns}\n\n${texts.join("\n")}` }));
}
