/**
 * Type-level tests of the form "each of these snippets is a compile error with this code, and this
 * file of documented uses compiles": one tsc run (the repository's TypeScript, its tsconfig) over
 * a scratch file holding one function per snippet, and the diagnostics mapped back to snippets.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const repo = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Compiles `header` + one `function caseN() { snippet }` per snippet, together with `positive` (a
 * file that must compile cleanly), and returns the diagnostics as `case N: TSxxxx` (or the raw line
 * for diagnostics elsewhere, which then fail the caller's comparison).
 */
export async function compileCases(header: readonly string[], snippets: readonly string[], positive: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "smithy-contract-type-cases-"));
  try {
    const lines = snippets.map((code, i) => `function case${i}() { ${code} }`);
    await writeFile(join(dir, "negative.ts"), `${[...header, ...lines].join("\n")}\nexport {};\n`);
    await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    await writeFile(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: join(repo, "tsconfig.json"),
        // The snippets import fixtures by absolute path, which TypeScript would not rewrite on emit.
        compilerOptions: { typeRoots: [join(repo, "node_modules/@types")], rewriteRelativeImportExtensions: false },
        files: [join(dir, "negative.ts"), positive],
        include: [],
      }),
    );
    const tsc = join(repo, "node_modules/typescript/bin/tsc");
    const output = await promisify(execFile)(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--pretty", "false"]).then(
      (r) => r.stdout,
      (e: { stdout?: string }) => e.stdout ?? String(e),
    );
    return output
      .split("\n")
      .filter((l) => /error TS\d+/.test(l))
      .map((line) => {
        const m = /^(.*)\((\d+),\d+\): error (TS\d+)/.exec(line);
        return m === null ? line : m[1]!.endsWith("negative.ts") ? `case ${Number(m[2]) - header.length - 1}: ${m[3]}` : line;
      });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
