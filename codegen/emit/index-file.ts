/** The service folder's `index.ts`: one import for everything generated (types, arbitraries, contract, mocks). */
import type { Closure } from "../model/closure.ts";
import { tsHeader, type EmitContext, type GeneratedFile } from "./file.ts";

export function emitIndex(_closure: Closure, ctx: EmitContext): GeneratedFile[] {
  const lines = [
    tsHeader(ctx),
    `export * from "./types.js";`,
    `export * as arbitraries from "./arbitraries.js";`,
    `export { contract } from "./contract.js";`,
    `export * from "./msw.js";`,
    "",
  ];
  return [{ path: "index.ts", contents: lines.join("\n") }];
}
