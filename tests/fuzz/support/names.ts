/**
 * Test support: the names of the fuzzer's shapes, members, operations and services. Most collide
 * with something: TypeScript and JavaScript reserved words and built-ins (`default`, `delete`,
 * `constructor`, `__proto__`, `toString`, `Object`, `Date`, `Error`), a module namespace's `then`,
 * the escaped forms smithy-typescript gives them (`_Object`), the identifiers generated files declare
 * (`contract`, `makePairs`, `ShapeName`), and names derived from the model's own operations and
 * service (`<Op>CommandInput`, `<svc>Handlers`, `get<Op>`), computed per model.
 */

/** Plain shape names. */
const PLAIN = ["Widget", "Name", "Count", "Tags", "Item", "Payload", "Status", "Entry", "Detail", "Value", "Things", "Job"];

/** Shape names that are reserved words, built-ins or generated identifiers. */
const COLLIDING = [
  "Object", "Date", "Error", "Record", "Promise", "Array", "Map", "Set", "String", "Number", "Boolean", "Symbol", "Function",
  "Uint8Array", "RegExp", "Partial", "Readonly", "Blob", "Exclude", "Omit", "JSON", "Math", "Buffer", "Request", "Response",
  "default", "delete", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype", "then", "arguments",
  "eval", "undefined", "NaN", "Infinity", "await", "enum", "type", "interface", "let", "yield", "in", "of", "any", "never",
  "unknown", "keyof", "async", "package", "this", "super", "new", "void", "null", "true",
  "_Object", "_Date", "_default", "_Error", "__proto",
  "Pair", "ShapeName", "contract", "pairs", "wire", "sdk", "operations", "fc", "makePairs", "__contract", "__mock",
  // `__proto__` is refused (a known refusal, ../known-failures.ts). The `@smithy/types` names that
  // types.ts imports, as they were once aliased (a shape named `__MetadataBearer` clashed; `$` now).
  "__proto__", "__HttpResponse", "__MetadataBearer", "__ResponseMetadata", "__RetryableTrait", "sides",
  "realisticSides", "sdkOf", "wireOf", "pairBuilder", "PairBuilderOptions", "ServiceContract", "createServiceMock", "arbitraries",
];

/** Shape names, plain ones weighted in by repetition (a model of only colliding names is rare in life). */
export const SHAPE_NAMES: readonly string[] = [...PLAIN, ...PLAIN, ...COLLIDING];

/** Member names (of structures, unions, errors), case-insensitively distinct only within a shape. */
export const MEMBER_NAMES: readonly string[] = [
  "name", "message", "Message", "id", "arn", "items", "key", "value", "count", "nextToken", "a", "b", "x1", "_0",
  // `__proto__` is left out while it breaks validation, a known failure (../known-failures.ts).
  "constructor", "toString", "default", "delete", "prototype", "hasOwnProperty", "valueOf", "then", "length",
  "__type", "stack", "cause", "code", "type", "enum", "in", "member", "NaN", "undefined", "null", "true", "_unknown",
];

/** Enum member names (their values are drawn separately). */
export const ENUM_MEMBER_NAMES: readonly string[] = ["ACTIVE", "FAILED", "default", "delete", "constructor", "__proto__", "toString", "Object", "then", "NaN", "A", "b", "_1", "null"];

/** Operation names. */
export const OPERATION_NAMES: readonly string[] = [
  "GetWidget", "ListThings", "PutItem", "Delete", "Default", "Constructor", "ToString", "Object", "Then", "HasOwnProperty",
  "Handlers", "Reset", "Requests", "Violations", "Contract", "Options", "AssertNoViolations", "RequestsOf", "RequestHandler",
  // `__proto__`: the contract's records once took it as their prototype (regressions.ts).
  "Operation", "Create", "Error", "Date", "__proto__", "Pairs", "Wire", "Sdk", "Operations", "MakePairs",
];

/** Service shape names. */
export const SERVICE_NAMES: readonly string[] = ["Svc", "Weather", "Object", "Service", "Default", "Error", "Date"];

/** `aws.api#service` sdkIds (what names the exports and the folder): each needs a letter or digit. */
export const SDK_IDS: readonly string[] = ["Fuzz", "Object", "default", "Error", "SSO Admin", "123 Numbers", "then", "Date", "constructor", "__proto__", "My-Service", "Handlers", "Promise", "Secrets Manager"];

/** Names a model's own operations and service make collide-worthy: `<Op>CommandInput`, `<op>` and so on. */
export function derivedNames(operations: readonly string[], serviceType: string, serviceValue: string): string[] {
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return [
    // `<Op>CommandInput` and `<Op>CommandOutput` are refused by design (../known-failures.ts): left
    // out, so that the models drawn are generated.
    ...operations.flatMap((op) => [lower(op), `${op}Request`, `${op}Input`, `${op}Output`]),
    // `<Service>ServiceException` is refused (a known refusal, ../known-failures.ts): too common here.
    `${serviceType}Operations`, `${serviceValue}Handlers`, `create${serviceType}Mock`,
  ].filter((n) => /^(_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*$/.test(n));
}
