/** The service folder's `index.ts`: one import for everything generated. */
import type { Closure } from "../model/closure.ts";
import { tsHeader, type EmitContext, type GeneratedFile } from "./file.ts";

export function emitIndex(_closure: Closure, ctx: EmitContext): GeneratedFile[] {
  const lines = [tsHeader(ctx), `export * from "./types.js";`, ""];
  return [{ path: "index.ts", contents: lines.join("\n") }];
}
