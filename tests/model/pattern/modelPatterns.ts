/**
 * Every `@pattern` of every reference model, read straight from the JSON AST (shapes and their
 * members), from `../shared/models/aws/` and `../shared/models/aws-restjson1/`. When a folder is
 * absent, it prints one line saying so and throws, so the test fails instead of passing on nothing.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const MODEL_DIRS = ["aws", "aws-restjson1"].map((d) => fileURLToPath(new URL(`../../../../shared/models/${d}/`, import.meta.url)));

export interface ModelPattern {
  readonly pattern: string;
  /** The first shape or member id seen with it. */
  readonly where: string;
}

/** Distinct patterns, in a stable order. */
export function modelPatterns(): ModelPattern[] {
  const found = new Map<string, string>();
  for (const dir of MODEL_DIRS) {
    if (!existsSync(dir)) {
      const line = `corpus: ${dir} is absent; the pattern corpus cannot be read and the test does not count as passed`;
      console.log(line);
      throw new Error(line);
    }
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      const model = JSON.parse(readFileSync(join(dir, file), "utf8")) as { shapes?: Record<string, RawShape> };
      for (const [id, shape] of Object.entries(model.shapes ?? {})) {
        const add = (traits: Record<string, unknown> | undefined, where: string) => {
          const p = traits?.["smithy.api#pattern"];
          if (typeof p === "string" && !found.has(p)) found.set(p, where);
        };
        add(shape.traits, id);
        for (const [name, m] of Object.entries(shape.members ?? {})) add(m.traits, `${id}$${name}`);
        for (const k of ["member", "key", "value"] as const) add(shape[k]?.traits, `${id}$${k}`);
      }
    }
  }
  return [...found].map(([pattern, where]) => ({ pattern, where }));
}

interface RawShape {
  traits?: Record<string, unknown>;
  members?: Record<string, { traits?: Record<string, unknown> }>;
  member?: { traits?: Record<string, unknown> };
  key?: { traits?: Record<string, unknown> };
  value?: { traits?: Record<string, unknown> };
}
