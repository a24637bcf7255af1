/**
 * Naming, in one place: shape → TypeScript identifier, `$defs` key, output folder.
 *
 * smithy-typescript (SymbolVisitor) prefixes a shape name that collides with a TypeScript reserved
 * word or a global built-in with `_` (Kinesis's `Record` is exported as `_Record`); we do the same so
 * our exports carry the SDK's names.
 */
import type { Shape, ServiceShape } from "./model/shapes.ts";

/**
 * smithy-typescript's reserved words (case-sensitive, as its `reserved-words.txt`): TypeScript
 * keywords in lower case, and the global built-ins a generated file may refer to. DynamoDB's `Get`
 * stays `Get`; Kinesis's `Record` becomes `_Record`.
 */
const RESERVED = new Set([
  "any", "as", "boolean", "break", "case", "catch", "class", "const", "constructor", "continue",
  "debugger", "declare", "default", "delete", "do", "else", "enum", "export", "extends", "false",
  "finally", "for", "from", "function", "get", "if", "implements", "import", "in", "instanceof",
  "interface", "let", "module", "new", "null", "number", "package", "private", "protected",
  "public", "require", "return", "set", "static", "string", "super", "switch", "symbol", "this",
  "throw", "true", "try", "type", "typeof", "var", "void", "while", "with", "yield",
  // Not in smithy-typescript's list, yet no interface, type alias or const may take them in a module
  // (`await`, `arguments`, `eval`, the predefined types) or a type cannot name them (`keyof`, `infer`,
  // `readonly`, `unique` read as operators): found by the model fuzzer (tests/fuzz).
  "arguments", "await", "bigint", "eval", "infer", "keyof", "never", "object", "readonly", "undefined", "unique", "unknown",
  // An exported value named `then` makes the module namespace a thenable: `await import()` of it
  // calls the export instead of returning the module.
  "then",
  "Array", "ArrayBuffer", "ArrayBufferView", "Blob", "Boolean", "ConstructorParameters", "Date", "Error",
  "Exclude", "Extract", "Infinity", "InstanceType", "Math", "NaN", "NonNullable", "Number", "Object",
  "Omit", "Parameters", "Partial", "Pick", "Promise", "PromiseLike", "Readable", "Readonly",
  "ReadonlyArray", "Record", "RegExp", "Required", "ReturnType", "Set", "String", "Stream", "ThisType",
  "WeakMap", "Uint8Array", "Map", "Symbol", "Function",
]);

/** The name a shape takes inside `service`: its `rename` entry, else the shape's own name. */
export function shapeName(shape: Shape, service: ServiceShape): string {
  return service.rename[shape.id] ?? shape.name;
}

/** The exported TypeScript identifier of a shape, escaped like smithy-typescript does. */
export function typeName(shape: Shape, service: ServiceShape): string {
  const name = shapeName(shape, service);
  return RESERVED.has(name) ? `_${name}` : name;
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
  const dir = service.sdkId.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  // An empty name would make the output folder itself the service folder, whose stale files the
  // writer removes: refuse rather than touch anything the generator does not own.
  if (dir === "") throw new Error(`${service.id}: sdkId ${JSON.stringify(service.sdkId)} gives no folder name (it needs a letter or digit)`);
  return dir;
}

/** lowerCamelCase of an operation name, the name of its msw helper (`DescribeDatasetImportJob` → `describeDatasetImportJob`). */
export function lowerCamel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** What a schema file describes: an operation's request body, its response body, or an error's body. */
export type SchemaKind = "input" | "output" | "error";

/** A schema file's path in the service folder: `schemas/DescribeDatasetImportJob.input.schema.json`. */
export function schemaPath(name: string, kind: SchemaKind): string {
  return `schemas/${name}.${kind}.schema.json`;
}

/**
 * A schema file's `$id`, stable and unique across services: `urn:smithy-contract:personalize:DescribeDatasetImportJob.input`.
 * A URN, so that no one mistakes it for a URL to fetch.
 */
export function schemaId(service: ServiceShape, name: string, kind: SchemaKind): string {
  return `urn:smithy-contract:${serviceDirName(service)}:${name}.${kind}`;
}

const JS_RESERVED = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
  "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof",
  "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
  "while", "with", "yield", "let", "static", "implements", "interface", "package", "private",
  "protected", "public", "await", "arguments", "eval", "undefined", "NaN", "Infinity",
  // A module exporting `then` is a thenable: `await import()` calls it (model fuzzer, tests/fuzz).
  "then",
]);

/**
 * A value identifier in lowerCamelCase: `DescribeDatasetImportJob` → `describeDatasetImportJob`,
 * escaped with `_` when it would be a reserved word (`Delete` → `_delete`).
 */
export function valueName(name: string): string {
  const camel = lowerCamel(name);
  return JS_RESERVED.has(camel) ? `_${camel}` : camel;
}

/**
 * The service's name as a value prefix, from its sdkId: `Personalize` → `personalize`,
 * `SSO Admin` → `ssoAdmin`, `Secrets Manager` → `secretsManager`, `DynamoDB` → `dynamoDB`.
 */
export function serviceValueName(service: ServiceShape): string {
  const words = service.sdkId.split(/[^A-Za-z0-9]+/).filter((w) => w !== "");
  const [first = "service", ...rest] = words;
  const head = /^[A-Z0-9]+$/.test(first) ? first.toLowerCase() : lowerCamel(first);
  const name = head + rest.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** The service's name as a type prefix: `Personalize`, `SSOAdmin`, `SecretsManager`, `DynamoDB`. */
export function serviceTypeName(service: ServiceShape): string {
  const words = service.sdkId.split(/[^A-Za-z0-9]+/).filter((w) => w !== "");
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("") || "Service";
  return /^[0-9]/.test(name) ? `_${name}` : name;
}
