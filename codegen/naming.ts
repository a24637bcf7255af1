/**
 * Naming, in one place: shape → TypeScript identifier, `$defs` key, output folder.
 *
 * smithy-typescript (SymbolVisitor) prefixes a shape name that collides with a TypeScript reserved
 * word or a global built-in with `_` (Kinesis's `Record` is exported as `_Record`); we do the same so
 * our exports carry the SDK's names.
 */
import type { Shape, ServiceShape } from "./model/shapes.ts";

const RESERVED = new Set(
  [
    // TypeScript / JavaScript reserved words and contextual keywords that cannot name a type.
    "any", "as", "boolean", "break", "case", "catch", "class", "const", "constructor", "continue",
    "debugger", "declare", "default", "delete", "do", "else", "enum", "export", "extends", "false",
    "finally", "for", "from", "function", "get", "if", "implements", "import", "in", "instanceof",
    "interface", "let", "module", "new", "null", "number", "package", "private", "protected",
    "public", "require", "return", "set", "static", "string", "super", "switch", "symbol", "this",
    "throw", "true", "try", "type", "typeof", "undefined", "var", "void", "while", "with", "yield",
    "never", "unknown", "object", "bigint", "keyof", "readonly", "infer", "is", "asserts", "await",
    // Global built-ins a generated file may refer to.
    "Array", "ArrayBuffer", "Boolean", "Date", "Error", "Function", "Map", "Math", "Number",
    "Object", "Promise", "Record", "RegExp", "Set", "String", "Symbol", "Uint8Array", "Partial",
    "Readonly", "Required", "Pick", "Omit", "Exclude", "Extract", "NonNullable",
  ].map((w) => w.toLowerCase()),
);

/** The name a shape takes inside `service`: its `rename` entry, else the shape's own name. */
export function shapeName(shape: Shape, service: ServiceShape): string {
  return service.rename[shape.id] ?? shape.name;
}

/** The exported TypeScript identifier of a shape, escaped like smithy-typescript does. */
export function typeName(shape: Shape, service: ServiceShape): string {
  const name = shapeName(shape, service);
  return RESERVED.has(name.toLowerCase()) ? `_${name}` : name;
}

/** The key of a shape under a JSON Schema's `$defs`: the shape's name in the service (JSON-pointer safe). */
export function defsKey(shape: Shape, service: ServiceShape): string {
  return shapeName(shape, service);
}

/**
 * The output folder of a service: its sdkId in kebab case, as the SDK names its packages
 * (`Personalize` → `personalize`, `SSO Admin` → `sso-admin`, `DynamoDB` → `dynamodb`).
 */
export function serviceDirName(service: ServiceShape): string {
  return service.sdkId.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** lowerCamelCase of an operation name, the name of its msw helper (`DescribeDatasetImportJob` → `describeDatasetImportJob`). */
export function lowerCamel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
