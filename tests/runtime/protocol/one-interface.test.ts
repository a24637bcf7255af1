/**
 * A protocol is one module behind one interface (issue 10): outside `runtime/protocol/`, nothing in
 * the runtime or the generator branches on a protocol's name — the mock, serve, validate, the
 * matchers, the contract and schema builders ask the protocol (`protocolOf(contract)`,
 * `protocolNamed(name)`). The loader (`codegen/model/`) is exempt: it reads the protocol trait and
 * names the protocols it accepts. A structural test over every TypeScript source of both trees.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(relative(ROOT, path));
  }
  return out;
}

/** A comparison with, or a `case` of, a protocol's name: `=== "restJson1"`, `"awsJson1_0" !==`, `case "awsJson1_1":`. */
const BRANCH = /(?:[=!]==\s*|case\s+)"(?:restJson1|awsJson1_[01])"|"(?:restJson1|awsJson1_[01])"\s*[=!]==/;

it("no code outside runtime/protocol/ and the loader compares a protocol's name", () => {
  const files = ["runtime", "codegen"].flatMap((d) => sources(join(ROOT, d))).filter((f) => !f.startsWith("runtime/protocol/") && !f.startsWith("codegen/model/"));
  expect(files.length).toBeGreaterThan(100);
  const branching = files.flatMap((f) =>
    readFileSync(join(ROOT, f), "utf8")
      .split("\n")
      .flatMap((line, i) => (BRANCH.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
  );
  expect(branching).toEqual([]);
});

it("the pattern finds such a branch (so that the test above can fail)", () => {
  expect(['if (service.protocol !== "restJson1") return [];', 'const binds = "awsJson1_0" === name;', '    case "awsJson1_1":'].map((l) => BRANCH.test(l))).toEqual([true, true, true]);
  expect(['const PROTOCOLS = ["restJson1"];', "protocolNamed(service.protocol).bindsHttp"].map((l) => BRANCH.test(l))).toEqual([false, false]);
});
