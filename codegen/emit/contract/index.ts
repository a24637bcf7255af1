/**
 * The contract emitter: `contract.ts`, the machine-readable description of the service that the
 * mock runtime serves (see runtime/contract.ts): X-Amz-Target prefix, protocol, endpoint prefix,
 * and per operation the wire schemas of input, output and errors — the same objects the JSON
 * Schema files hold (both come from codegen/schema), embedded so a test needs no JSON imports —
 * plus the lifecycles of an overlay. The object itself is built by codegen/contract (which
 * `smithy-contract serve` uses in memory); this emitter only prints it.
 */
import { buildServiceContract } from "../../contract/service-contract.ts";
import { literalBlock, str, tsdoc } from "../../code.ts";
import type { Closure } from "../../model/closure.ts";
import type { Overlay } from "../../model/overlay.ts";
import { RUNTIME_IMPORT, tsHeader, type EmitContext, type GeneratedFile } from "../file.ts";

export function emitContract(closure: Closure, ctx: EmitContext, overlay?: Overlay): GeneratedFile[] {
  const contract = buildServiceContract(closure, overlay);
  const text =
    tsHeader(ctx) +
    (overlay && contract.lifecycles !== undefined ? `// Lifecycles from ${overlay.file.replace(/[\r\n\u2028\u2029]/g, " ")}.\n` : "") +
    `\nimport type { ServiceContract } from ${str(RUNTIME_IMPORT)};\n\n` +
    tsdoc(`The wire contract of ${closure.service.sdkId} that the msw mocks serve and validate against.`, ["@public"]) +
    `export const contract: ServiceContract = ${literalBlock(contract)};\n`;
  return [{ path: "contract.ts", contents: text }];
}
