/** The service folder's `index.ts`: one import for everything generated (types, arbitraries, contract, mocks). */
import type { Closure } from "../model/closure.ts";
import { serviceTypeName, serviceValueName, shapeName, typeName, valueName } from "../naming.ts";
import { tsHeader, type EmitContext, type GeneratedFile } from "./file.ts";

export function emitIndex(closure: Closure, ctx: EmitContext): GeneratedFile[] {
  const lines = [
    tsHeader(ctx),
    `export * from "./types.js";`,
    `export * as arbitraries from "./arbitraries.js";`,
    `export { contract } from "./contract.js";`,
    `export * from "./msw.js";`,
  ];
  // A name both types.ts and msw.ts export (a shape named `createFooMock` or `FooOperations`) would be
  // ambiguous in the two `export *` (a compile error): the type, the SDK's name, is the one
  // exported here; the mock's stays in msw.ts.
  const { values, types } = typesExports(closure);
  const both = mockExports(closure).filter((n) => values.has(n) || types.has(n)).sort();
  for (const name of both) lines.push(`export ${values.has(name) ? "" : "type "}{ ${name} } from "./types.js";`);
  lines.push("");
  return [{ path: "index.ts", contents: lines.join("\n") }];
}

/** What types.ts declares: enums as values (and types), everything else as types only. */
function typesExports(closure: Closure): { values: Set<string>; types: Set<string> } {
  const { service } = closure;
  const values = new Set<string>();
  const types = new Set<string>([`${serviceTypeName(service)}ServiceException`]);
  for (const shape of closure.shapes) {
    if (shape.kind === "enum" || shape.kind === "intEnum") values.add(typeName(shape, service));
    else if (shape.kind === "structure" || shape.kind === "union") types.add(typeName(shape, service));
  }
  for (const op of closure.operations) types.add(`${op.name}CommandInput`).add(`${op.name}CommandOutput`);
  return { values, types };
}

/** What msw.ts exports: the handlers, the factory, the operations' interface and one helper per served operation. */
function mockExports(closure: Closure): string[] {
  const { service } = closure;
  const unsupported = new Set(closure.unsupported.map((u) => u.operation));
  const helpers = closure.operations.filter((op) => !unsupported.has(op.name)).map((op) => valueName(shapeName(op, service)));
  return [`${serviceValueName(service)}Handlers`, `create${serviceTypeName(service)}Mock`, `${serviceTypeName(service)}Operations`, ...helpers];
}
