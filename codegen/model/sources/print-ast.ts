/**
 * The JSON text of a JSON AST, indented as Smithy prints it (four spaces). Unlike `JSON.stringify`,
 * a number too large for a double (`1e400` in a model, which Smithy keeps as a BigDecimal) is written
 * as a number that reads back the same way, not as `null`.
 */
export function printJsonAst(value: unknown, indent = "    "): string {
  return print(value, indent, "");
}

function print(v: unknown, indent: string, at: string): string {
  if (v === null || typeof v === "boolean") return String(v);
  if (typeof v === "number") return Number.isFinite(v) ? JSON.stringify(v) : v > 0 ? "1e999" : "-1e999";
  if (typeof v === "string") return JSON.stringify(v);
  const inner = at + indent;
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return `[\n${v.map((x) => inner + print(x, indent, inner)).join(",\n")}\n${at}]`;
  }
  const keys = Object.keys(v as object);
  if (keys.length === 0) return "{}";
  const o = v as Record<string, unknown>;
  return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${print(o[k], indent, inner)}`).join(",\n")}\n${at}}`;
}
