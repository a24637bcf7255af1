/**
 * A small code builder. Every value that comes from a model reaches generated code through one of
 * these functions: strings are quoted, identifiers are checked, documentation is escaped. Nothing
 * else splices model text into code (the idea of ajv's `lib/compile/codegen/code.ts`).
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JavaScript string literal for any string: JSON quoting plus the two line separators JSON leaves raw. */
export function str(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** A JavaScript literal for a JSON-compatible value (objects, arrays, strings, numbers, booleans, null). */
export function literal(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write non-finite number ${value} as a literal`);
    return Object.is(value, -0) ? "-0" : String(value);
  }
  if (typeof value === "string") return str(value);
  if (typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([k, v]) => `${propKey(k)}: ${literal(v)}`).join(", ")} }`;
  }
  throw new Error(`cannot write a ${typeof value} as a literal`);
}

/** Returns `name` when it is a valid identifier; throws otherwise. Use for names we put in declarations. */
export function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a valid identifier: ${str(name)}`);
  return name;
}

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/**
 * A property key: bare when it is an identifier, quoted otherwise. `__proto__` is written as a
 * computed key: in an object literal a plain `__proto__:` (quoted or not) sets the prototype
 * instead of creating a property.
 */
export function propKey(name: string): string {
  if (name === "__proto__") return `[${str(name)}]`;
  return IDENTIFIER.test(name) ? name : str(name);
}

/**
 * A multi-line literal for a JSON-compatible value, indented like `JSON.stringify(v, null, 2)`,
 * with keys through {@link propKey}. For large embedded data (schemas) that people read in diffs.
 */
export function literalBlock(value: unknown, indent = ""): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inner = indent + "  ";
    return `[\n${value.map((v) => inner + literalBlock(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const inner = indent + "  ";
    return `{\n${entries.map(([k, v]) => `${inner}${propKey(k)}: ${literalBlock(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  return literal(value);
}

/** A property access: `.name`, or `["na-me"]`. */
export function propAccess(name: string): string {
  return IDENTIFIER.test(name) ? `.${name}` : `[${str(name)}]`;
}

/**
 * A TSDoc block. The text is escaped so that it can neither close the comment (`*\/`) nor open an
 * inline tag (`{`, `}`, `@` at a word start are escaped as TSDoc asks).
 */
export function tsdoc(text: string | undefined, tags: readonly string[] = [], indent = ""): string {
  const lines: string[] = [];
  if (text !== undefined && text.trim() !== "") {
    for (const line of escapeDoc(text.trim()).split(/\r\n|\r|\n|\u2028|\u2029/)) lines.push(line.trimEnd());
  }
  for (const tag of tags) lines.push(escapeDocTag(tag));
  if (lines.length === 0) return "";
  return `${indent}/**\n${lines.map((l) => `${indent} *${l === "" ? "" : ` ${l}`}`).join("\n")}\n${indent} */\n`;
}

function escapeDoc(text: string): string {
  return text
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .replace(/[{}]/g, (c) => `\\${c}`)
    .replace(/(^|[\s{])@/g, "$1\\@");
}

/** Tags are written by us (`@public`, `@deprecated reason`); any model text in them is escaped too. */
function escapeDocTag(tag: string): string {
  const m = /^(@[a-zA-Z]+)(.*)$/s.exec(tag);
  if (!m) throw new Error(`not a TSDoc tag: ${str(tag)}`);
  return `${m[1]}${escapeDoc(m[2] ?? "").replace(/\r\n|\r|\n|\u2028|\u2029/g, " ")}`;
}

/**
 * A literal for a JSON-compatible value on one line without spaces (`{a:1,b:[2,3]}`), for large
 * embedded data where every byte counts. A value found in `refs` (an object, by identity, or a
 * string) is written as the name given there — an expression declared elsewhere in the file —
 * instead of its contents, and a key whose value is written as a name equal to the key becomes a
 * shorthand property (`{$defs}`).
 */
export function denseLiteral(value: unknown, refs: ReadonlyMap<unknown, string> = new Map()): string {
  const ref = (typeof value === "object" && value !== null) || typeof value === "string" ? refs.get(value) : undefined;
  if (ref !== undefined) return ref;
  if (typeof value === "object" && value !== null) {
    if (Array.isArray(value)) return `[${value.map((v) => denseLiteral(v, refs)).join(",")}]`;
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => property(k, v, refs, ":", denseLiteral(v, refs))).join(",")}}`;
  }
  return literal(value);
}

/**
 * {@link literalBlock} down to `depth` levels (one property or item per line), {@link denseLiteral}
 * below: large data that stays readable in diffs, one entry per line, at a fraction of the size.
 */
export function layoutLiteral(value: unknown, depth: number, refs: ReadonlyMap<unknown, string> = new Map(), indent = ""): string {
  if (depth <= 0 || typeof value !== "object" || value === null || refs.has(value)) return denseLiteral(value, refs);
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + layoutLiteral(v, depth - 1, refs, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, v]) => inner + property(k, v, refs, ": ", layoutLiteral(v, depth - 1, refs, inner))).join(",\n")}\n${indent}}`;
}

function property(key: string, value: unknown, refs: ReadonlyMap<unknown, string>, separator: string, written: string): string {
  const shorthand = refs.get(value) === key && IDENTIFIER.test(key);
  return shorthand ? key : `${propKey(key)}${separator}${written}`;
}
