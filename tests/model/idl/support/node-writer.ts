/**
 * Test support: node values for generated models, and how the IDL writes them — quoted strings with
 * every escape, text blocks written as source lines (their value is whatever Smithy's rules make of
 * them: both parsers must agree), numbers, keywords, arrays, objects and unquoted shape ids.
 */
import * as fc from "fast-check";

/** Characters that stress string and comment handling. */
const TRICKY = ['"', "\\", '"""', "///", "//", "\u2028", "\u2029", "é", "日本", "😀", "\t", " ", "#", "$", "@", "{", "}", "(", ")", ":", ",", "'"];

/** A string with quotes, backslashes, `"""`, `///`, line separators and non-ASCII characters. */
export const trickyString: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...TRICKY) }, { weight: 3, arbitrary: fc.string({ maxLength: 4 }) }, { weight: 1, arbitrary: fc.constantFrom("\n", "\u0001", "\u007f", "\r") }), { maxLength: 6 })
  .map((parts) => parts.join(""));

/** A documentation comment line: anything but a line break. */
export const docLine: fc.Arbitrary<string> = trickyString.map((s) => s.replace(/[\r\n]/g, " "));

export type NodeGen =
  | { readonly k: "string"; readonly value: string; readonly escapeAll: boolean }
  | { readonly k: "textBlock"; readonly lines: readonly { indent: number; text: string; trailing: number }[]; readonly closeIndent: number; readonly closeOnOwnLine: boolean }
  | { readonly k: "number"; readonly text: string }
  | { readonly k: "keyword"; readonly text: "true" | "false" | "null" }
  | { readonly k: "shapeId"; readonly pick: number; readonly member: boolean }
  | { readonly k: "array"; readonly items: readonly NodeGen[] }
  | { readonly k: "object"; readonly entries: readonly (readonly [string, NodeGen])[]; readonly quoteKeys: boolean };

const numberText = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom("0", "-0", "9223372036854775807", "12345678901234567890", "1.5", "-0.25", "1e3", "1E+2", "2.5e-3", "0.1", "100.0", "1e400"),
  fc.tuple(fc.integer({ min: -999, max: 999 }), fc.nat(999)).map(([a, b]) => `${a}.${b}`),
);

const textBlock = fc.record({
  lines: fc.array(fc.record({ indent: fc.nat(6), text: trickyString.map((s) => s.replace(/[\r\n]/g, "")), trailing: fc.nat(2) }), { maxLength: 4 }),
  closeIndent: fc.nat(8),
  closeOnOwnLine: fc.boolean(),
});

const objectKey = fc.oneof(fc.constantFrom("a", "b", "key", "_k1", "A", "true"), trickyString);

export const nodeGen: fc.Arbitrary<NodeGen> = fc.letrec<{ node: NodeGen }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 4, arbitrary: fc.record({ k: fc.constant("string" as const), value: trickyString, escapeAll: fc.boolean() }) },
    { weight: 1, arbitrary: textBlock.map((t) => ({ k: "textBlock" as const, ...t })) },
    { weight: 2, arbitrary: numberText.map((text) => ({ k: "number" as const, text })) },
    { weight: 1, arbitrary: fc.constantFrom("true", "false", "null").map((text) => ({ k: "keyword" as const, text: text as "true" | "false" | "null" })) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("shapeId" as const), pick: fc.nat(), member: fc.boolean() }) },
    { weight: 1, arbitrary: fc.array(tie("node"), { maxLength: 3 }).map((items) => ({ k: "array" as const, items })) },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant("object" as const),
        entries: fc.uniqueArray(fc.tuple(objectKey, tie("node")), { maxLength: 3, selector: ([key]) => key }),
        quoteKeys: fc.boolean(),
      }),
    },
  ),
})).node;

/** A quoted string for `s`, escaping what must be escaped (and, with `escapeAll`, more). */
export function quote(s: string, escapeAll = false): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\n") out += escapeAll ? "\\n" : "\n";
    else if (ch === "\t") out += escapeAll ? "\\t" : "\t";
    else if (c < 0x20 || c === 0x7f) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else if (escapeAll && c > 0x7e) for (const unit of ch.split("")) out += `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`;
    else if (escapeAll && ch === "/") out += "\\/";
    else out += ch;
  }
  return out + '"';
}

/** Text-block content: `\` and `"` escaped so the block cannot end early. */
function blockText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The IDL text of a node value; `shapeIds` are the names an unquoted value may refer to. */
export function writeNode(n: NodeGen, shapeIds: readonly string[], indent = ""): string {
  switch (n.k) {
    case "string":
      return quote(n.value, n.escapeAll);
    case "textBlock": {
      const lines = n.lines.map((l) => `${" ".repeat(l.indent)}${blockText(l.text)}${" ".repeat(l.trailing)}`);
      if (n.closeOnOwnLine || lines.length === 0) return `"""\n${lines.join("\n")}${lines.length ? "\n" : ""}${" ".repeat(n.closeIndent)}"""`;
      return `"""\n${lines.join("\n")}"""`;
    }
    case "number":
    case "keyword":
      return n.text;
    case "shapeId": {
      const id = shapeIds[n.pick % shapeIds.length]!;
      return n.member ? `${id}$member` : id;
    }
    case "array":
      return `[${n.items.map((x) => writeNode(x, shapeIds, indent)).join(", ")}]`;
    case "object":
      return `{${n.entries.map(([k, v]) => `${n.quoteKeys || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? quote(k) : k}: ${writeNode(v, shapeIds, indent)}`).join(", ")}}`;
  }
}
