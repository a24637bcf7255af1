/**
 * The mock emitter: `msw.ts` and `mock.ts`, thin bindings of the generated contract and types to
 * the mock runtime — through msw (`smithy-contract/msw`), or without it (`smithy-contract/mock`,
 * for the in-process `requestHandler` alone: msw need not be installed). Everything that behaves
 * lives in the runtime; these files only name things: `<service>Handlers`, `create<Service>Mock(options?)`
 * (its `.requestHandler` is the in-process transport), and one typed helper per operation
 * (`describeDatasetImportJob(output)`, `.error(name, body)`). The operations' interface lives in
 * `mock.ts`, which imports nothing of msw; `msw.ts` re-exports it.
 *
 * Operations the closure lists as unsupported (event streams) get no helper: a JSON mock cannot
 * serve them.
 */
import { ident, propKey, str, tsdoc } from "../../code.ts";
import type { Closure } from "../../model/closure.ts";
import type { StructureShape, UnitShape } from "../../model/shapes.ts";
import { serviceTypeName, serviceValueName, shapeName, typeName, valueName } from "../../naming.ts";
import { ModelError } from "../../model/errors.ts";
import { tsHeader, type EmitContext, type GeneratedFile } from "../file.ts";

/** Where generated mocks import the msw runtime from (the package's own subpath). */
export const MSW_RUNTIME_IMPORT = "smithy-contract/msw";
/** Where `mock.ts` imports the runtime without msw from. */
export const MOCK_RUNTIME_IMPORT = "smithy-contract/mock";

export function emitMsw(closure: Closure, ctx: EmitContext): GeneratedFile[] {
  return [bindings(closure, ctx, "msw"), bindings(closure, ctx, "mock")];
}

function bindings(closure: Closure, ctx: EmitContext, door: "msw" | "mock"): GeneratedFile {
  const { service } = closure;
  const unsupported = new Set(closure.unsupported.map((u) => u.operation));
  const ops = closure.operations.filter((o) => !unsupported.has(o.name));
  // Every name spliced into code below passes through ident(): the loader already restricts them,
  // and this keeps the guarantee local.
  const svcType = ident(serviceTypeName(service));
  const svcValue = ident(serviceValueName(service));
  const opsType = `${svcType}Operations`;

  const imported = new Set<string>();
  for (const op of ops) {
    for (const s of [op.input, op.output, ...closure.errorsOf(op)]) if (s.kind === "structure") imported.add(ident(typeName(s, service)));
  }
  // The names the file exports come from the model and must stay as they are; two that coincide
  // cannot both be exported. The file's own names, and imported types named like a value of the
  // file, take an alias with a `$` (no Smithy name has one).
  const handlers = `${svcValue}Handlers`;
  const factory = `create${svcType}Mock`;
  const helpers = new Map<string, string>();
  for (const op of ops) {
    const helper = ident(valueName(shapeName(op, service)));
    const other = helper === handlers || helper === factory ? helper : [...helpers].find(([, h]) => h === helper)?.[0];
    if (other !== undefined) {
      throw new ModelError(closure.model.file, `the mock helper of operation ${shapeName(op, service)} would be exported as ${helper}, as ${other === helper ? "the service's own export" : `the helper of ${other}`} is: rename one in the service (rename) or the model`, op.id);
    }
    helpers.set(shapeName(op, service), helper);
  }
  const values = new Set([handlers, factory, ...helpers.values()]);
  const internal = (name: string) => (values.has(name) || imported.has(name) || name === opsType ? `$${name}` : name);
  const mock = internal("__mock");
  const contract = internal("__contract");
  const create = internal("createServiceMock");
  const typeLocal = (name: string) => (values.has(name) || name === opsType ? `$${name}` : name);
  const typeOf = (s: StructureShape | UnitShape) => (s.kind === "unit" ? "{}" : typeLocal(ident(typeName(s, service))));
  const lines: string[] = [tsHeader(ctx)];
  lines.push(`import { ${create === "createServiceMock" ? create : `createServiceMock as ${create}`} } from ${str(door === "msw" ? MSW_RUNTIME_IMPORT : MOCK_RUNTIME_IMPORT)};`);
  lines.push(`import { contract as ${contract} } from "./contract.js";`);
  if (door === "msw") {
    lines.push(`import type { ${opsType} } from "./mock.js";`);
    lines.push("");
    lines.push(`export type { ${opsType} } from "./mock.js";`);
  } else {
    if (imported.size > 0) lines.push(`import type { ${[...imported].sort().map((t) => (typeLocal(t) === t ? t : `${t} as ${typeLocal(t)}`)).join(", ")} } from "./types.js";`);
    lines.push("");
    lines.push(tsdoc(`The operations of ${service.sdkId} these mocks serve, with their SDK types.`, ["@public"]).trimEnd());
    lines.push(`export interface ${opsType} {`);
    for (const op of ops) {
      const errors = [...closure.errorsOf(op)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const errorType = errors.length === 0 ? "{}" : `{ ${errors.map((e) => `${propKey(e.name)}: ${typeOf(e)}`).join("; ")} }`;
      lines.push(`  ${propKey(shapeName(op, service))}: { input: ${typeOf(op.input)}; output: ${typeOf(op.output)}; errors: ${errorType} };`);
    }
    lines.push("}");
  }
  lines.push("");
  // The mock draws its answers from the contract's plans: the same values arbitraries.ts draws.
  lines.push(`const ${mock} = /* @__PURE__ */ ${create}<${opsType}>(${contract});`);
  lines.push("");
  lines.push(
    tsdoc(
      door === "msw"
        ? `msw handlers for every operation of ${service.sdkId} in this contract, on the default AWS endpoint of any region and on \`options.endpoint\`. Answers are seeded draws from the arbitraries, checked against the contract. Use: \`setupServer(...${svcValue}Handlers)\`.`
        : `Handlers for every operation of ${service.sdkId} in this contract, for the in-process transport: \`mockRequestHandler(...${svcValue}Handlers)\` (from \`${MOCK_RUNTIME_IMPORT}\`). Answers are seeded draws from the arbitraries, checked against the contract.`,
      ["@public"],
    ).trimEnd(),
  );
  lines.push(`export const ${handlers} = ${mock}.handlers;`);
  lines.push("");
  lines.push(
    tsdoc(
      `A mock with its own request log, violations and lifecycle state: \`mock.requestHandler\` (the in-process transport: any \`@aws-sdk/client-*\` takes it as its \`requestHandler\`)${door === "msw" ? ", \`mock.handlers\` (for msw)" : ""}, \`mock.requests\`, \`mock.reset()\`, \`mock.assertNoViolations()\`.`,
      ["@public"],
    ).trimEnd(),
  );
  lines.push(`export const ${factory} = ${mock}.create;`);
  for (const op of ops) {
    const name = shapeName(op, service);
    lines.push("");
    lines.push(
      tsdoc(`Answers ${name} with the given output (SDK or wire form, checked against the contract) or resolver; \`.error(name, body)\` answers with a modeled error.`, ["@public"]).trimEnd(),
    );
    lines.push(`export const ${helpers.get(name)!} = ${mock}.operation(${str(name)});`);
  }
  lines.push("");
  return { path: `${door}.ts`, contents: lines.join("\n") };
}
