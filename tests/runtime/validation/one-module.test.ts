/**
 * One module each for JSON Pointers, schema walking and validators (issue 7): no second copy of
 * their code anywhere in the tree. A structural test over every TypeScript source: the escapes of
 * RFC 6901 (`~0`, `~1`), `$ref` resolution and ajv compilation appear only in their own modules.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const SKIP = new Set(["node_modules", "dist", ".tmp", ".git", "generated"]);

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith(".tmp")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|mts)$/.test(name) && !name.endsWith(".d.ts")) out.push(relative(ROOT, path));
  }
  return out;
}

const files = ["codegen", "runtime", "tests", "bench", "examples"].flatMap((d) => sources(join(ROOT, d)));
const text = (f: string) => readFileSync(join(ROOT, f), "utf8");
/** Files whose code (comments and string literals in tests aside) does `pattern`. */
const doing = (pattern: RegExp) => files.filter((f) => f !== "tests/runtime/validation/one-module.test.ts" && pattern.test(text(f)));

it("JSON Pointer escaping lives in runtime/validation/pointer.ts alone", () => {
  // `.replace(/~/g, "~0")`, `.replace(/~1/g, "/")` and the like: the escape and unescape code.
  expect(doing(/replace\(\/~[01]?\/g,\s*"(~0|\/|~)"\)/)).toEqual(["runtime/validation/pointer.ts"]);
});

it("validators are compiled in runtime/validation alone (tests and benchmarks compile their own)", () => {
  const compiling = doing(/\bnew Ajv(2020)?\(/).filter((f) => !f.startsWith("tests/") && !f.startsWith("bench/"));
  expect(compiling).toEqual(["runtime/validation/ajv.ts"]);
});

it("local $ref resolution lives in runtime/validation/schema.ts alone (among the runtime and codegen)", () => {
  const resolving = doing(/\$ref\.slice\(1\)|startsWith\("#\/\$defs\/"\)|#\\\/\\\$defs\\\//).filter((f) => f.startsWith("runtime/") || f.startsWith("codegen/"));
  expect(resolving).toEqual(["runtime/validation/schema.ts"]);
});
