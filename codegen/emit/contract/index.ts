/**
 * The contract emitter: `contract.ts`, the machine-readable description of the service that the
 * mock runtime serves (see runtime/contract.ts): X-Amz-Target prefix, protocol, endpoint prefix,
 * and per operation the wire schemas of input, output and errors — the same objects the JSON
 * Schema files hold (both come from codegen/schema), embedded so a test needs no JSON imports —
 * plus the lifecycles of an overlay.
 */
import { errorStatus } from "../../../runtime/protocol/awsjson.ts";
import { literalBlock, str, tsdoc } from "../../code.ts";
import type { Closure } from "../../model/closure.ts";
import type { Overlay } from "../../model/overlay.ts";
import { shapeName } from "../../naming.ts";
import { buildSchemas } from "../../schema/index.ts";
import { tsHeader, type EmitContext, type GeneratedFile } from "../file.ts";

/** Where generated files import the runtime from (the package's own subpath). */
export const RUNTIME_IMPORT = "smithy-contract/runtime";

export function emitContract(closure: Closure, ctx: EmitContext, overlay?: Overlay): GeneratedFile[] {
  const { service } = closure;
  const schemas = new Map(buildSchemas(closure).map((e) => [`${e.kind}:${e.name}`, e.schema]));
  const unsupported = new Set(closure.unsupported.map((u) => u.operation));
  const operations: Record<string, unknown> = {};
  for (const op of closure.operations) {
    if (unsupported.has(op.name)) continue;
    const name = shapeName(op, service);
    const errors: Record<string, unknown> = {};
    for (const e of [...op.errors].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const fault = e.traits.error ?? "client";
      errors[e.name] = {
        name: e.name,
        shapeId: e.id,
        fault,
        status: errorStatus(fault, e.traits.httpError),
        schema: schemas.get(`error:${shapeName(e, service)}`),
      };
    }
    operations[name] = { name, input: schemas.get(`input:${name}`), output: schemas.get(`output:${name}`), errors };
  }
  const lifecycles: Record<string, unknown> = {};
  for (const lc of overlay?.lifecycles ?? []) {
    if (closure.operations.some((o) => o.name === lc.operation)) lifecycles[lc.operation] = lc;
  }
  const contract = {
    serviceName: service.name,
    serviceId: service.id,
    sdkId: service.sdkId,
    protocol: service.protocol,
    endpointPrefix: service.endpointPrefix,
    operations,
    ...(Object.keys(lifecycles).length > 0 && { lifecycles }),
  };
  const text =
    tsHeader(ctx) +
    (overlay && Object.keys(lifecycles).length > 0 ? `// Lifecycles from ${overlay.file.replace(/[\r\n\u2028\u2029]/g, " ")}.\n` : "") +
    `\nimport type { ServiceContract } from ${str(RUNTIME_IMPORT)};\n\n` +
    tsdoc(`The wire contract of ${service.sdkId} that the msw mocks serve and validate against.`, ["@public"]) +
    `export const contract: ServiceContract = ${literalBlock(contract)};\n`;
  return [{ path: "contract.ts", contents: text }];
}
