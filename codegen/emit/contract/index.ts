/**
 * The contract emitter: `contract.ts`, the machine-readable description of the service that the
 * mock runtime serves (see runtime/contract.ts): X-Amz-Target prefix, protocol, endpoint prefix,
 * and per operation the wire schemas of input, output and errors — the same schemas the JSON
 * Schema files hold (both come from codegen/schema), so a test needs no JSON imports — plus the
 * plans of its values and what an overlay adds. The object itself is built by codegen/contract
 * (which `smithy-contract serve` uses in memory); this emitter only prints it, at the size of the
 * service rather than of its operations:
 *
 * - **one set of definitions, one copy of each error** (codegen/contract/share.ts): every
 *   schema's `$defs` is the service-level `$defs`, declared once; each error is declared once in
 *   `errors` and referred to by every operation that returns it;
 * - **dense lines**: the contract's outline one property per line, each definition, plan and
 *   error on one line of its own (readable in diffs, a fifth of the size of indented JSON);
 * - **packed plans** (runtime/data/plan-pack.ts): references to shapes by key, members as tuples,
 *   unpacked once on import into the plans the runtime reads.
 */
import { packContract } from "../../../runtime/data/plan-pack.ts";
import { buildServiceContract } from "../../contract/service-contract.ts";
import { schemaRoots, sharedContract } from "../../contract/share.ts";
import { denseLiteral, layoutLiteral, propAccess, str, tsdoc } from "../../code.ts";
import type { Closure } from "../../model/closure.ts";
import type { Overlay } from "../../model/overlay.ts";
import { RUNTIME_IMPORT, tsHeader, type EmitContext, type GeneratedFile } from "../file.ts";

type Json = Record<string, unknown>;

const DEFS = "$defs";
const ERRORS = "errors";
/** The one `$schema` every schema root names, declared once. */
const SCHEMA = "$schema";

export function emitContract(closure: Closure, ctx: EmitContext, overlay?: Overlay): GeneratedFile[] {
  const shared = sharedContract(buildServiceContract(closure, overlay, ctx.schemas));
  const contract = packContract(shared.contract) as unknown as Json;
  const { defs, errors } = shared;
  const refs = new Map<unknown, string>();
  const dialect = schemaRoots(contract).map((root) => root.$schema as string);
  const oneDialect = dialect.length > 0 && dialect.every((d) => d === dialect[0]) ? dialect[0] : undefined;
  if (oneDialect !== undefined) refs.set(oneDialect, SCHEMA);
  if (defs !== undefined) refs.set(defs, DEFS);
  for (const [name, error] of errors) refs.set(error, `${ERRORS}${propAccess(name)}`);

  const parts: string[] = [tsHeader(ctx)];
  if (overlay && contract.lifecycles !== undefined) parts.push(`// Lifecycles from ${overlay.file.replace(/[\r\n\u2028\u2029]/g, " ")}.\n`);
  const types = ["ServiceContract", ...(defs === undefined ? [] : ["JsonSchema"]), ...(errors.size === 0 ? [] : ["ErrorContract"])].sort();
  parts.push(`\nimport { unpackContract } from ${str(RUNTIME_IMPORT)};\nimport type { ${types.join(", ")} } from ${str(RUNTIME_IMPORT)};\n\n`);
  if (oneDialect !== undefined) parts.push(`const ${SCHEMA} = ${str(oneDialect)};\n\n`);
  if (defs !== undefined) {
    parts.push(tsdoc("The wire schemas of the service's shapes, one per line: every schema below refers to these.").trimEnd() + "\n");
    parts.push(`const ${DEFS}: { readonly [name: string]: JsonSchema } = ${layoutLiteral(defs, 1)};\n\n`);
  }
  if (errors.size > 0) {
    // Each error is written out here (not as a reference to itself) and referred to below.
    const written = new Set<unknown>(errors.values());
    const inErrors = new Map([...refs].filter(([object]) => !written.has(object)));
    const names = [...errors.keys()];
    parts.push(tsdoc("The service's errors, each written once for every operation that can return it.").trimEnd() + "\n");
    parts.push(`const ${ERRORS}: { readonly [K in ${names.map(str).join(" | ")}]: ErrorContract } = {\n`);
    parts.push(names.map((name) => `  ${layoutKey(name)}: ${denseLiteral(errors.get(name), inErrors)}`).join(",\n"));
    parts.push("\n};\n\n");
  }
  parts.push(tsdoc(`The wire contract of ${closure.service.sdkId} that the mocks serve and validate against (its plans packed: see unpackContract).`, ["@public"]));
  parts.push(`export const contract: ServiceContract = /* @__PURE__ */ unpackContract(${outline(contract, refs)});\n`);
  return [{ path: "contract.ts", contents: parts.join("") }];
}

/**
 * The contract one property per line; operations one per block, a field per line; plans of shapes
 * (`shapes`) and anything else one entry per line.
 */
function outline(contract: Json, refs: ReadonlyMap<unknown, string>): string {
  const lines = Object.entries(contract)
    .filter(([, v]) => v !== undefined)
    .map(([key, value]) => `  ${layoutKey(key)}: ${layoutLiteral(value, key === "operations" ? 2 : 1, refs, "  ")}`);
  return `{\n${lines.join(",\n")}\n}`;
}

/** The key of an error in `errors`: bare when an identifier, quoted otherwise. */
function layoutKey(name: string): string {
  return denseLiteral({ [name]: 0 }).slice(1, -3);
}

