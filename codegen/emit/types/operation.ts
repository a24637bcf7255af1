/**
 * The command types of an operation, as the SDK's `commands/<Op>Command.d.ts` declares them:
 * `XCommandInput extends XRequest` and `XCommandOutput extends XResponse, MetadataBearer`.
 * Without input the SDK writes `interface XCommandInput {}`; without output,
 * `interface XCommandOutput extends MetadataBearer {}`.
 *
 * @see https://smithy.io/2.0/spec/service-types.html#operation
 */
import { ident, tsdoc } from "../../code.ts";
import type { OperationShape } from "../../model/shapes.ts";
import { declName, smithyType } from "./context.ts";
import type { TypesContext } from "./context.ts";

export function emitCommandTypes(op: OperationShape, tc: TypesContext): string {
  const input = ident(`${op.name}CommandInput`);
  const output = ident(`${op.name}CommandOutput`);
  const inputBases = op.input.kind === "structure" ? [declName(op.input, tc)] : [];
  const outputBases = [...(op.output.kind === "structure" ? [declName(op.output, tc)] : []), smithyType(tc, "MetadataBearer")];
  return (
    tsdoc(`The input of the ${op.name} operation, as the SDK's ${input}.`, ["@public"]) +
    `export interface ${input}${inputBases.length > 0 ? ` extends ${inputBases.join(", ")}` : ""} {}\n` +
    "\n" +
    tsdoc(`The output of the ${op.name} operation, as the SDK's ${output}.`, ["@public"]) +
    `export interface ${output} extends ${outputBases.join(", ")} {}\n`
  );
}
