/**
 * The types emitter: the closure of a service → one `types.ts` whose exports are interchangeable
 * with the `@aws-sdk/client-*` package's (same names, mutually assignable types).
 *
 * Like the SDK, it declares only structures, unions, enums, intEnums, errors and the command
 * input/output types; lists, maps and simple shapes are written inline where they are used.
 * Declarations are sorted by name, then the command types by operation name.
 *
 * @see https://github.com/smithy-lang/smithy-typescript (SymbolVisitor, StructureGenerator,
 *   UnionGenerator, EnumGenerator: the generator of the SDK's types, whose output this matches)
 */
import { str, tsdoc } from "../../code.ts";
import { cmp } from "../../model/closure.ts";
import { ModelError } from "../../model/errors.ts";
import type { Closure } from "../../model/closure.ts";
import type { DataShape } from "../../model/shapes.ts";
import { assertNever } from "../../model/shapes.ts";
import { RUNTIME_IMPORT, tsHeader } from "../file.ts";
import type { EmitContext, GeneratedFile } from "../file.ts";
import { declName, typesContext } from "./context.ts";
import type { TypesContext } from "./context.ts";
import { emitIntEnum, emitEnum } from "./enum.ts";
import { emitError, emitServiceException, serviceExceptionName } from "./error.ts";
import { BLOB_ADAPTER, commandTypeNames, emitCommandTypes } from "./operation.ts";
import { emitStructure } from "./structure.ts";
import { JSON_STRING, NUMERIC_VALUE } from "./typeRef.ts";
import { emitUnion } from "./union.ts";

export { serviceExceptionName } from "./error.ts";

/**
 * Emits `types.ts` for the closure.
 *
 * @example
 * ```ts
 * const [file] = emitTypes(closure(model, selectService(model), ["DescribeDatasetImportJob"]), ctx);
 * // file.path === "types.ts"; file.contents declares DescribeDatasetImportJobRequest, ImportMode, ...
 * ```
 * @throws ModelError when two shapes of the closure would take the same TypeScript name.
 */
export function emitTypes(closure: Closure, ctx: EmitContext): GeneratedFile[] {
  const tc = typesContext(closure.service);
  const declared = new Map<string, string>([[serviceExceptionName(closure.service), "(the service's base exception)"]]);
  const named = closure.shapes
    .filter(isDeclared)
    .map((shape) => ({ shape, name: declName(shape, tc) }))
    .sort((a, b) => cmp(a.name, b.name) || cmp(a.shape.id, b.shape.id));
  for (const { shape, name } of named) {
    const other = declared.get(name);
    if (other !== undefined) {
      throw new ModelError(closure.model.file, `${[other, shape.id].sort(cmp).join(" and ")} would both be exported as ${name}`, shape.id);
    }
    declared.set(name, shape.id);
  }
  for (const { shape } of named) {
    // The SDK's error class has its own `name` (the error's name) and `stack` (Error's): a member
    // so named cannot be declared beside them (the SDK's generator fails on it too).
    const own = shape.kind === "structure" && shape.traits.error !== undefined ? shape.members.find((m) => ERROR_OWN_MEMBERS.includes(m.name)) : undefined;
    if (own !== undefined) throw new ModelError(closure.model.file, `error member ${own.name} would clash with the SDK error class's own ${own.name}`, own.id);
  }
  for (const op of closure.operations) {
    for (const name of commandTypeNames(op)) {
      const shapeId = declared.get(name);
      if (shapeId !== undefined) throw new ModelError(closure.model.file, `${shapeId} and operation ${op.id}'s command type would both be exported as ${name}`, shapeId);
    }
  }

  const blocks = [emitServiceException(tc), ...named.map(({ shape }) => emitShape(shape, tc))];
  for (const op of closure.operations) blocks.push(emitCommandTypes(op, tc));
  if (tc.blobAdapter.used) blocks.unshift(blobAdapterDecl());
  if (tc.jsonString.used) blocks.unshift(jsonStringDecl());
  if (tc.numericValue.used) blocks.unshift(numericValueDecl());

  // The helpers a file declares when it needs them are exported names a shape could also take.
  const helpers: [boolean, string][] = [[tc.blobAdapter.used, BLOB_ADAPTER], [tc.jsonString.used, JSON_STRING], [tc.numericValue.used, NUMERIC_VALUE]];
  for (const [used, helper] of helpers) {
    const shapeId = declared.get(helper);
    if (used && shapeId !== undefined) throw new ModelError(closure.model.file, `${shapeId} and the helper type types.ts declares would both be exported as ${helper}`, shapeId);
  }

  // Aliased with a `$`, which no Smithy identifier holds: no shape's name can clash with them.
  const imports = [...tc.smithyTypes].sort(cmp).map((n) => `${n} as $${n}`);
  // The @smithy/types names come through our runtime, which re-exports them: generated files import only our package.
  const head = imports.length > 0 ? `import type { ${imports.join(", ")} } from ${str(RUNTIME_IMPORT)};\n\n` : "";
  return [{ path: "types.ts", contents: `${tsHeader(ctx)}\n${head}${blocks.join("\n")}` }];
}

/** The members of the SDK's error classes (beside `message`, which members share) that a modeled member cannot be. */
const ERROR_OWN_MEMBERS: readonly string[] = ["name", "stack"];

type Declared = Extract<DataShape, { kind: "structure" | "union" | "enum" | "intEnum" }>;

function isDeclared(shape: DataShape): shape is Declared {
  return shape.kind === "structure" || shape.kind === "union" || shape.kind === "enum" || shape.kind === "intEnum";
}

function emitShape(shape: Declared, tc: TypesContext): string {
  switch (shape.kind) {
    case "structure":
      return shape.traits.error !== undefined ? emitError(shape, tc) : emitStructure(shape, tc);
    case "union":
      return emitUnion(shape, tc);
    case "enum":
      return emitEnum(shape, tc);
    case "intEnum":
      return emitIntEnum(shape, tc);
    default:
      return assertNever(shape, "shape kind");
  }
}

/** The instance type of `NumericValue` (`@smithy/core/serde`), the SDK's bigDecimal, written out. */
function numericValueDecl(): string {
  return (
    tsdoc("A bigDecimal value: the instance type of NumericValue from `@smithy/core/serde`, which the SDK uses.", ["@public"]) +
    `export interface ${NUMERIC_VALUE} {\n  readonly string: string;\n  readonly type: "bigDecimal";\n  toString(): string;\n}\n`
  );
}

/**
 * The instance type of `Uint8ArrayBlobAdapter` (`@smithy/util-stream`), which the SDK answers a blob
 * payload with, written out: bytes that also decode themselves to a string.
 */
function blobAdapterDecl(): string {
  return (
    tsdoc("A blob payload as the SDK returns it: the instance type of Uint8ArrayBlobAdapter from `@smithy/util-stream`.", ["@public"]) +
    `export interface ${BLOB_ADAPTER} extends Uint8Array {\n  transformToString(encoding?: string): string;\n}\n`
  );
}

/**
 * `AutomaticJsonStringConversion` (`@smithy/smithy-client`), written out: any value `JSON.stringify`
 * takes (the SDK's own definition, which is `any`), for a string with a JSON `@mediaType`.
 */
function jsonStringDecl(): string {
  return (
    tsdoc("A JSON string's value as the SDK takes it, stringifying it itself: AutomaticJsonStringConversion from `@smithy/smithy-client`.", ["@public"]) +
    `export type ${JSON_STRING} = Parameters<typeof JSON.stringify>[0];\n`
  );
}
