/**
 * What the type tests share: a scratch folder inside the repository (so `@aws-sdk/client-personalize`
 * and `@smithy/types` resolve from its node_modules), one run of the installed `tsc` over it with
 * its diagnostics parsed, and the text of a type-level check file that asserts mutual assignability
 * of our exports with the SDK's.
 *
 * Not a test file itself: vitest runs only `*.test.ts`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cmp } from "../../codegen/model/closure.ts";
import type { Closure } from "../../codegen/model/closure.ts";
import { emitTypes, serviceExceptionName } from "../../codegen/emit/types/index.ts";
import type { Shape } from "../../codegen/model/shapes.ts";
import { typeName } from "../../codegen/naming.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The team's reference AWS models (read-only, outside the repository). */
export const MODELS_DIR = fileURLToPath(new URL("../../../shared/models/aws/", import.meta.url));
export const FULL_PERSONALIZE = join(MODELS_DIR, "personalize-2018-05-22.json");
/** The team's restJson1 reference models (read-only, outside the repository). */
export const RESTJSON1_MODELS_DIR = fileURLToPath(new URL("../../../shared/models/aws-restjson1/", import.meta.url));
const TSC = join(REPO_ROOT, "node_modules", ".bin", "tsc");

/** The generated `types.ts` of a closure, stamped as the CLI would stamp it. */
export function typesFor(c: Closure, modelFile: string): string {
  const files = emitTypes(c, { modelFile, modelSha256: c.model.sha256, tool: "smithy-contract test" });
  const [file, ...rest] = files;
  if (!file || rest.length > 0 || file.path !== "types.ts") throw new Error(`emitTypes returned ${files.map((f) => f.path).join(", ")}`);
  return file.contents;
}

/** A fresh folder under `<repo>/.tmp/` (gitignored), unique per call. Remove it with {@link removeScratch}. */
export function scratchDir(label: string): string {
  const base = join(REPO_ROOT, ".tmp");
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${label}-`));
}

export function removeScratch(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function write(dir: string, rel: string, text: string): void {
  const path = join(dir, rel);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
}

export interface TscOptions {
  /** Stricter than the repository's own setting; the SDK's types hold under both. */
  readonly exactOptionalPropertyTypes: boolean;
  /** Catches imports the generated file declares but does not use. */
  readonly noUnusedLocals?: boolean;
  /**
   * Loads `@types/node`. Needed wherever the SDK's stream types are compared: without it their Node
   * halves (`Readable`, `Buffer`, `IncomingMessage`) do not resolve and make the whole union `any`.
   */
  readonly nodeTypes?: boolean;
}

/**
 * Writes `<name>` in `dir`: a strict, no-emit project over exactly `files`, like a user's. A
 * generated `types.ts` imports the `@smithy/types` names from `smithy-contract/runtime`, which
 * resolves to the runtime's sources here (as in a user's project it resolves to the package).
 */
export function writeTsconfig(dir: string, name: string, files: readonly string[], opts: TscOptions): void {
  const compilerOptions = {
    target: "es2022",
    // The runtime's sources use structuredClone, atob and btoa: globals of Node and of browsers alike.
    lib: ["es2023", "dom"],
    module: "nodenext",
    moduleResolution: "nodenext",
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: opts.exactOptionalPropertyTypes,
    noUnusedLocals: opts.noUnusedLocals ?? false,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    types: opts.nodeTypes === true ? ["node"] : [],
    ...(opts.nodeTypes === true && { typeRoots: [join(REPO_ROOT, "node_modules", "@types")] }),
    paths: { "smithy-contract/runtime": [join(REPO_ROOT, "runtime", "index.ts")], "smithy-contract/msw": [join(REPO_ROOT, "runtime", "msw", "index.ts")] },
  };
  write(dir, name, JSON.stringify({ compilerOptions, files }, null, 2) + "\n");
}

export interface Diagnostic {
  /** Relative to the project folder, `/`-separated. */
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly text: string;
}

/** Runs the repository's `tsc -p <dir>/<tsconfig>` and returns its diagnostics (empty when clean). */
export function runTsc(dir: string, tsconfig = "tsconfig.json"): Diagnostic[] {
  if (!existsSync(TSC)) throw new Error(`tsc not found at ${TSC}: run npm install`);
  const run = spawnSync(TSC, ["-p", join(dir, tsconfig), "--pretty", "false"], { cwd: dir, encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.error) throw run.error;
  const out = `${run.stdout}${run.stderr}`;
  const diagnostics: { file: string; line: number; code: string; text: string }[] = [];
  for (const line of out.split(/\r?\n/)) {
    const m = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (m) diagnostics.push({ file: m[1]!.replace(/\\/g, "/"), line: Number(m[2]), code: m[3]!, text: m[4]! });
    else if (line.trim() !== "" && diagnostics.length > 0) diagnostics[diagnostics.length - 1]!.text += `\n${line}`;
    else if (line.trim() !== "") diagnostics.push({ file: "(tsc)", line: 0, code: "TS?", text: line });
  }
  if (run.status !== 0 && diagnostics.length === 0) throw new Error(`tsc exited with ${run.status} and said nothing`);
  if (run.status === 0 && diagnostics.length > 0) throw new Error(`tsc succeeded but printed:\n${out}`);
  return diagnostics;
}

export function formatDiagnostics(ds: readonly Diagnostic[]): string {
  return ds.map((d) => `${d.file}:${d.line} ${d.code} ${d.text}`).join("\n");
}

/** One assertion of a check file: our export `name` against the SDK's export of the same name. */
export interface Check {
  readonly name: string;
  /** `value` also compares the runtime objects (`typeof X`): enums are a const object and a type. */
  readonly kind: "type" | "value";
  /**
   * The SDK side, when not `Sdk.<name>` (`typeof Sdk.<name>` for a `value` check): a type
   * expression over `Sdk` (see personalize-sdk-drift.ts, dynamodb-sdk-drift.ts).
   */
  readonly sdk?: string;
}

/**
 * A `.ts` file whose every line after the preamble asserts one {@link Check}: both types are
 * mutually assignable, neither is `any`, their members are `any` at the same keys only (a type
 * the compiler could not resolve, such as a stream type without `@types/node`, is `any` and
 * assignable to everything; the SDK's own `any`, a JSON string's, must be matched), and (for object
 * types) they have the same keys, so a dropped optional member is caught too. Returns the text and
 * which check each line holds.
 */
export function checkFile(oursImport: string, sdkModule: string, checks: readonly Check[]): { text: string; lineOf: Map<number, Check> } {
  const preamble = [
    `import type * as Ours from ${JSON.stringify(oursImport)};`,
    `import type * as Sdk from ${JSON.stringify(sdkModule)};`,
    `type IsAny<T> = 0 extends 1 & T ? true : false;`,
    `type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;`,
    `type AnyKeys<T> = T extends object ? { [K in keyof T]-?: IsAny<T[K]> extends true ? K : never }[keyof T] : never;`,
    `type Same<A, B> = IsAny<A> extends true ? false : IsAny<B> extends true ? false : Mutual<AnyKeys<A>, AnyKeys<B>> extends true ? Mutual<A, B> extends true ? Mutual<keyof A, keyof B> : false : false;`,
    `type Assert<T extends true> = T;`,
  ];
  const lineOf = new Map<number, Check>();
  const lines = [...preamble];
  checks.forEach((c, i) => {
    const [a, b] = c.kind === "value" ? [`typeof Ours.${c.name}`, c.sdk ?? `typeof Sdk.${c.name}`] : [`Ours.${c.name}`, c.sdk ?? `Sdk.${c.name}`];
    lines.push(`export type _${i} = Assert<Same<${a}, ${b}>>;`);
    lineOf.set(lines.length, c);
  });
  return { text: lines.join("\n") + "\n", lineOf };
}

/**
 * The top-level exported declarations of a TypeScript source (ours or an SDK `.d.ts`), by name,
 * with the line each starts on: what a user can import from it.
 */
export function exportedDeclarations(text: string): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  text.split("\n").forEach((l, i) => {
    const m = /^export (?:declare )?(?:interface|type|const|class|enum|namespace) ([A-Za-z_$][\w$]*)/.exec(l);
    if (m) out.push({ name: m[1]!, line: i + 1 });
  });
  return out;
}

/** Stands for any `T` of a union's `Visitor<T>` in a check name. */
export const VISITOR = `Visitor<"$T">`;

/**
 * The checks of a closure: the base exception; every structure, error, enum (type and const
 * object) and union (the alias, each member interface of its namespace, `$UnknownMember` and
 * `Visitor<T>`); each operation's command input and output, and the `XCommandInputType` /
 * `XCommandOutputType` aliases `types` declares (a widened blob payload). Sorted by name.
 */
export function checksOf(c: Closure, types: string): Check[] {
  const checks: Check[] = [{ name: serviceExceptionName(c.service), kind: "type" }];
  for (const s of c.shapes) {
    if (s.kind !== "structure" && s.kind !== "union" && s.kind !== "enum" && s.kind !== "intEnum") continue;
    const name = typeName(s, c.service);
    checks.push({ name, kind: "type" });
    if (s.kind === "enum" || s.kind === "intEnum") checks.push({ name, kind: "value" });
    if (s.kind === "union") {
      for (const m of s.members) checks.push({ name: `${name}.${m.name.charAt(0).toUpperCase()}${m.name.slice(1)}Member`, kind: "type" });
      checks.push({ name: `${name}.$UnknownMember`, kind: "type" }, { name: `${name}.${VISITOR}`, kind: "type" });
    }
  }
  const declared = new Set(exportedDeclarations(types).map((d) => d.name));
  for (const op of c.operations) {
    for (const name of [`${op.name}CommandInput`, `${op.name}CommandOutput`]) {
      checks.push({ name, kind: "type" });
      if (declared.has(`${name}Type`)) checks.push({ name: `${name}Type`, kind: "type" });
    }
  }
  return checks.sort((a, b) => cmp(a.name, b.name) || cmp(a.kind, b.kind));
}

/** Ids of the shapes a value of `shape` can hold, itself included. */
export function reachable(shape: Shape, seen = new Set<string>()): Set<string> {
  if (seen.has(shape.id)) return seen;
  seen.add(shape.id);
  if (shape.kind === "structure" || shape.kind === "union") for (const m of shape.members) reachable(m.target, seen);
  if (shape.kind === "list") reachable(shape.member.target, seen);
  if (shape.kind === "map") for (const m of [shape.key, shape.value]) reachable(m.target, seen);
  return seen;
}
