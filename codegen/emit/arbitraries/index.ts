/**
 * The arbitraries emitter: the closure of a service → one `arbitraries.ts` of fast-check arbitraries,
 * one per data shape, each producing matching `{ wire, sdk }` pairs (awsJson body form and AWS SDK
 * form), plus per-operation `input`, `output` and `errors`.
 *
 * The file stays declarative: one `b.<construct>(…)` call per shape, over the runtime's pair builder
 * (runtime/arbitraries), which holds every generation rule (patterns with lengths, timestamps,
 * recursion bounds). Shapes refer to one another through `fc.letrec`, so recursive models work.
 *
 * Each call is the shape's plan (codegen/arbitraries/plan.ts) printed; `smithy-contract serve`
 * interprets the same plans (codegen/arbitraries/interpret.ts), so both draw the same values. Shapes
 * are keyed by their name in the service (codegen/arbitraries/keys.ts).
 *
 * @see https://fast-check.dev/docs/core-blocks/arbitraries/combiners/recursive-structure/
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
import { arbitraryKeys, operationErrors } from "../../arbitraries/keys.ts";
import { planContext, shapePlan } from "../../arbitraries/plan.ts";
import { ident, propAccess, str } from "../../code.ts";
import { cmp, type Closure } from "../../model/closure.ts";
import type { OperationShape, StructureShape, UnitShape } from "../../model/shapes.ts";
import { typeName } from "../../naming.ts";
import { RUNTIME_IMPORT, tsHeader, type EmitContext, type GeneratedFile } from "../file.ts";
import { printPlan, propKey } from "./expression.ts";

export interface ArbitrariesOptions {
  /** The module generated code imports the runtime from (default `"smithy-contract/runtime"`, {@link RUNTIME_IMPORT}). */
  readonly runtimeImport?: string;
}

/**
 * Emits `arbitraries.ts` for the closure.
 *
 * @example
 * ```ts
 * const [file] = emitArbitraries(closure(model, selectService(model), ["DescribeDatasetImportJob"]), ctx);
 * // file.contents exports makePairs, pairs, wire, sdk and operations; a user's test reads:
 * // fc.assert(fc.property(wire.DescribeDatasetImportJobResponse, (body) => ...))
 * ```
 * @throws ModelError when two shapes of the closure would take the same name.
 */
export function emitArbitraries(closure: Closure, ctx: EmitContext, options: ArbitrariesOptions = {}): GeneratedFile[] {
  const keys = arbitraryKeys(closure);
  const pc = planContext(closure, keys);
  const access = (shape: StructureShape | UnitShape): string =>
    shape.kind === "unit" ? "unitPair()" : `pairs${propAccess(keys.get(shape.id)!)}`;
  const usesUnit = closure.operations.some((op) => op.input.kind === "unit" || op.output.kind === "unit");

  // Sorted by key, the name users look a shape up by (ids sort by namespace first).
  const shapes = [...closure.shapes].sort((a, b) => cmp(keys.get(a.id)!, keys.get(b.id)!));
  const names = shapes.map((s) => keys.get(s.id)!);
  // fast-check comes through the runtime too (`fc`): generated files import only our package.
  const unsupported = new Set(closure.unsupported.map((u) => u.operation));
  const anyRealistic = closure.operations.some((op) => !unsupported.has(op.name));
  const runtimeNames = ["fc", "pairBuilder", ...(anyRealistic ? ["realisticSides"] : []), "sdkOf", "sides", ...(usesUnit ? ["unitPair"] : []), "wireOf", "type Pair", "type PairBuilderOptions"];
  const entries = shapes.map((shape) => `    ${propKey(keys.get(shape.id)!)}: ${printPlan(shapePlan(shape, shape.traits, shape.id, pc), "    ")},\n`);

  // Operation inputs and outputs are typed with the SDK-shaped types of types.ts on their SDK side.
  // A type named like one of this file's own names (a shape `sides`, `contract` or `pairs`) is
  // imported under an alias with a `$`, which no Smithy name has.
  const own = new Set([...runtimeNames.map((n) => n.replace(/^type /, "")), "contract", "ShapeName", "makePairs", "pairs", "wire", "sdk", "operations"]);
  const local = (name: string) => (own.has(name) ? `$${name}` : name);
  const typed = new Set<string>();
  for (const op of closure.operations) for (const s of [op.input, op.output]) if (s.kind === "structure") typed.add(ident(typeName(s, closure.service)));
  const typeOf = (shape: StructureShape | UnitShape) => (shape.kind === "unit" ? "" : `<${local(ident(typeName(shape, closure.service)))}>`);
  const text = [
    `${tsHeader(ctx)}import { ${runtimeNames.join(", ")} } from ${str(options.runtimeImport ?? RUNTIME_IMPORT)};`,
    ...(anyRealistic ? [`import { contract } from "./contract.js";`] : []),
    ...(typed.size > 0 ? [`import type { ${[...typed].sort(cmp).map((t) => (local(t) === t ? t : `${t} as ${local(t)}`)).join(", ")} } from "./types.js";`] : []),
    "",
    shapeNameType(names),
    "",
    makePairsFunction(entries),
    "",
    PROJECTIONS,
    "",
    "/**",
    " * Each operation's input, output and errors, as `{ pair, wire, sdk }` (inputs and outputs typed on their SDK",
    " * side): exhaustive values, the whole space the contract allows. Inputs and outputs also have a",
    " * `realistic` side `{ wire, sdk }`: what the service would plausibly send (see the README's",
    " * \"Realistic data\"), as the mocks answer by default.",
    " */",
    `export const operations = {\n${closure.operations.map((op) => operationEntry(op, operationErrors(closure, op, keys), access, typeOf, keys, !unsupported.has(op.name))).join("")}};`,
    "",
  ].join("\n");
  return [{ path: "arbitraries.ts", contents: text }];
}

function shapeNameType(names: readonly string[]): string {
  const union = names.length === 0 ? " never" : names.map((n) => `\n  | ${str(n)}`).join("");
  return `/** The data shapes of the closure, by name. */\nexport type ShapeName =${union};`;
}

function makePairsFunction(entries: readonly string[]): string {
  return `/**
 * Arbitraries of matching \`{ wire, sdk }\` pairs, one per data shape: \`wire\` is the awsJson body
 * form (epoch-second numbers, base64 strings), \`sdk\` what the AWS SDK client returns for it and
 * sends for it (Date, Uint8Array). Every value satisfies the model's constraints.
 */
export function makePairs(options: PairBuilderOptions = {}): { readonly [K in ShapeName]: fc.Arbitrary<Pair> } {
  const b = pairBuilder(options);
  return fc.letrec<Record<ShapeName, Pair>>((tie) => ({
${entries.join("")}  }));
}`;
}

const PROJECTIONS = `/** The pair arbitraries with default settings. */
export const pairs = makePairs();
/** The wire (awsJson body) form of each shape. */
export const wire = wireOf(pairs);
/** The AWS SDK form of each shape. */
export const sdk = sdkOf(pairs);`;

function operationEntry(
  op: OperationShape,
  errors: readonly StructureShape[],
  access: (shape: StructureShape | UnitShape) => string,
  typeOf: (shape: StructureShape | UnitShape) => string,
  keys: ReadonlyMap<string, string>,
  realistic: boolean,
): string {
  const side = (kind: "input" | "output", shape: StructureShape | UnitShape) =>
    realistic
      ? `{ ...sides${typeOf(shape)}(${access(shape)}), realistic: realisticSides${typeOf(shape)}(contract, ${str(op.name)}, ${str(kind)}) }`
      : `sides${typeOf(shape)}(${access(shape)})`;
  return (
    `  ${propKey(op.name)}: {\n` +
    `    input: ${side("input", op.input)},\n` +
    `    output: ${side("output", op.output)},\n` +
    `    errors: {${errors.length === 0 ? "" : "\n"}` +
    errors.map((e) => `      ${propKey(keys.get(e.id)!)}: sides(${access(e)}),\n`).join("") +
    `${errors.length === 0 ? "" : "    "}},\n` +
    `  },\n`
  );
}
