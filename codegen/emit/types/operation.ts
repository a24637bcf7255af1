/**
 * The command types of an operation, as the SDK's `commands/<Op>Command.d.ts` declares them:
 * `XCommandInput extends XRequest` and `XCommandOutput extends XResponse, MetadataBearer`.
 * Without input the SDK writes `interface XCommandInput {}`; without output,
 * `interface XCommandOutput extends MetadataBearer {}`.
 *
 * Blobs that are the whole HTTP body are widened, as smithy-typescript's CommandGenerator does:
 * - a `@streaming` blob member: `StreamingBlobPayloadInputTypes` in the input (a string, bytes or a
 *   stream), `StreamingBlobPayloadOutputTypes` in the output (the SDK's stream with its
 *   `transformToString`/`transformToByteArray` mixin), through `interface … extends Omit<X, "m">`;
 * - an `@httpPayload` blob that does not stream: `BlobPayloadInputTypes` in the input,
 *   `Uint8ArrayBlobAdapter` (bytes with `transformToString`) in the output, through a
 *   `type XCommandInputType = Omit<X, "m"> & { … }` alias that the interface extends.
 * The member keeps its `?` unless it is `@required`; the structure types themselves are unchanged.
 *
 * @see https://smithy.io/2.0/spec/service-types.html#operation
 * @see https://smithy.io/2.0/spec/streaming.html
 * @see https://smithy.io/2.0/spec/http-bindings.html#httppayload-trait
 */
import { ident, propKey, str, tsdoc } from "../../code.ts";
import type { Member, OperationShape, StructureShape, UnitShape } from "../../model/shapes.ts";
import { declName, smithyType } from "./context.ts";
import type { SmithyTypeImport, TypesContext } from "./context.ts";

/** The name under which a file declares the instance type of the SDK's `Uint8ArrayBlobAdapter` (`@smithy/util-stream`). */
export const BLOB_ADAPTER = "__Uint8ArrayBlobAdapter";

export function emitCommandTypes(op: OperationShape, tc: TypesContext): string {
  const input = ident(`${op.name}CommandInput`);
  const output = ident(`${op.name}CommandOutput`);
  return (
    commandType(input, op.input, "input", [], tc, tsdoc(`The input of the ${op.name} operation, as the SDK's ${input}.`, ["@public"])) +
    "\n" +
    commandType(output, op.output, "output", [smithyType(tc, "MetadataBearer")], tc, tsdoc(`The output of the ${op.name} operation, as the SDK's ${output}.`, ["@public"]))
  );
}

/** The names {@link emitCommandTypes} exports for `op`: its command input and output, and their widened aliases where a blob body makes one. */
export function commandTypeNames(op: OperationShape): string[] {
  const names: string[] = [];
  for (const [side, shape] of [["Input", op.input], ["Output", op.output]] as const) {
    const name = ident(`${op.name}Command${side}`);
    names.push(name);
    if (shape.kind === "structure" && blobBody(shape)?.streaming === false) names.push(ident(`${name}Type`));
  }
  return names;
}

/** `export interface <name> extends <shape>, ...extra {}`, or its widened form when the shape has a blob body. */
function commandType(name: string, shape: StructureShape | UnitShape, side: "input" | "output", extra: readonly string[], tc: TypesContext, doc: string): string {
  if (shape.kind !== "structure") return `${doc}export interface ${name}${extra.length > 0 ? ` extends ${extra.join(", ")}` : ""} {}\n`;
  const base = declName(shape, tc);
  const body = blobBody(shape);
  if (body === undefined) return `${doc}export interface ${name} extends ${[base, ...extra].join(", ")} {}\n`;
  const member = `${propKey(body.member.name)}${body.member.effective.required ? "" : "?"}: ${widened(body.streaming, side, tc)};`;
  const omitted = `Omit<${base}, ${str(body.member.name)}>`;
  if (body.streaming) return `${doc}export interface ${name} extends ${[omitted, ...extra].join(", ")} {\n  ${member}\n}\n`;
  const alias = ident(`${name}Type`);
  return (
    tsdoc(`The SDK's ${alias}: ${base} with its payload blob widened.`, ["@public"]) +
    `export type ${alias} = ${omitted} & {\n  ${member}\n};\n\n` +
    `${doc}export interface ${name} extends ${[alias, ...extra].join(", ")} {}\n`
  );
}

/**
 * The member of `shape` that is a blob body, if any: a `@streaming` blob member (first), else an
 * `@httpPayload` blob member, as smithy-typescript looks for them.
 */
function blobBody(shape: StructureShape): { member: Member; streaming: boolean } | undefined {
  const streaming = shape.members.find((m) => m.target.kind === "blob" && m.target.traits.streaming);
  if (streaming !== undefined) return { member: streaming, streaming: true };
  const payload = shape.members.find((m) => m.target.kind === "blob" && m.effective.httpPayload);
  return payload === undefined ? undefined : { member: payload, streaming: false };
}

function widened(streaming: boolean, side: "input" | "output", tc: TypesContext): string {
  if (!streaming && side === "output") {
    tc.blobAdapter.used = true;
    return BLOB_ADAPTER;
  }
  const name: SmithyTypeImport = streaming ? (side === "input" ? "StreamingBlobPayloadInputTypes" : "StreamingBlobPayloadOutputTypes") : "BlobPayloadInputTypes";
  return smithyType(tc, name);
}
