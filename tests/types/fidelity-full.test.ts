/**
 * Type fidelity of the whole Personalize service: our `types.ts` for all 71 operations of AWS's
 * model against the installed `@aws-sdk/client-personalize`, in one `tsc` run. Every declared shape,
 * every error and every command input/output type must be mutually assignable with the SDK's
 * export of the same name and have the same keys. Failures are mapped back to the operations whose
 * closure holds the failing type; the test prints `type fidelity: N/71` and fails below 71.
 *
 * The model file is older than the SDK: personalize-sdk-drift.ts lists the differences that causes,
 * and this test proves that list exact (see there).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceExceptionName } from "../../codegen/emit/types/index.ts";
import { closure, selectService } from "../../codegen/model/closure.ts";
import type { Closure } from "../../codegen/model/closure.ts";
import { loadModelFile } from "../../codegen/model/load.ts";
import type { Model, OperationShape, ServiceShape } from "../../codegen/model/shapes.ts";
import { typeName } from "../../codegen/naming.ts";
import type { Check, Diagnostic } from "./harness.ts";
import { checkFile, formatDiagnostics, FULL_PERSONALIZE, MODELS_DIR, REPO_ROOT, removeScratch, runTsc, scratchDir, typesFor, write, writeTsconfig } from "./harness.ts";
import type { MemberDrift } from "./personalize-sdk-drift.ts";
import { MEMBER_DRIFT, SDK_ONLY_TYPES, withoutDrift } from "./personalize-sdk-drift.ts";

const SDK_DIR = join(REPO_ROOT, "node_modules", "@aws-sdk", "client-personalize");
const SDK_VERSION = (JSON.parse(readFileSync(join(SDK_DIR, "package.json"), "utf8")) as { version: string }).version;
const EXPECTED_OPERATIONS = 71;
const available = existsSync(FULL_PERSONALIZE);

/** The names an operation's types involve: its closure's declared shapes, its command types, the base exception. */
function namesOf(c: Closure): Set<string> {
  const names = new Set<string>([serviceExceptionName(c.service)]);
  for (const s of c.shapes) if (s.kind === "structure" || s.kind === "union" || s.kind === "enum" || s.kind === "intEnum") names.add(typeName(s, c.service));
  for (const op of c.operations) names.add(`${op.name}CommandInput`).add(`${op.name}CommandOutput`);
  return names;
}

/** The drift entries that apply to a check name: the structure's own, and its operation's command type's. */
function driftOf(name: string, ops: readonly OperationShape[], service: ServiceShape): MemberDrift[] {
  const base = (() => {
    for (const op of ops) {
      if (name === `${op.name}CommandInput` && op.input.kind === "structure") return typeName(op.input, service);
      if (name === `${op.name}CommandOutput` && op.output.kind === "structure") return typeName(op.output, service);
    }
    return name;
  })();
  return MEMBER_DRIFT.filter((d) => d.type === base);
}

/** The exported declarations of a TypeScript source, by name, with the line each starts on. */
function declarations(text: string): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  text.split("\n").forEach((l, i) => {
    const m = /^export (?:declare )?(?:interface|type|const|class|enum|namespace) ([A-Za-z_$][\w$]*)/.exec(l);
    if (m) out.push({ name: m[1]!, line: i + 1 });
  });
  return out;
}

describe(`type fidelity of all Personalize operations with @aws-sdk/client-personalize ${SDK_VERSION}`, () => {
  let dir = "";
  let model: Model;
  let whole: Closure;
  let types = "";
  let diagnostics: Diagnostic[] = [];
  const lineOf = { strict: new Map<number, Check>(), adjusted: new Map<number, Check>() };

  beforeAll(() => {
    if (!available) return;
    model = loadModelFile(FULL_PERSONALIZE);
    const service = selectService(model);
    whole = closure(model, service);
    types = typesFor(whole, "personalize-2018-05-22.json");
    const checks: Check[] = [];
    for (const name of [...namesOf(whole)].sort()) {
      checks.push({ name, kind: "type" });
      const shape = whole.shapes.find((s) => typeName(s, service) === name);
      if (shape?.kind === "enum" || shape?.kind === "intEnum") checks.push({ name, kind: "value" });
    }
    const strict = checkFile("./types.ts", "@aws-sdk/client-personalize", checks);
    const adjusted = checkFile(
      "./types.ts",
      "@aws-sdk/client-personalize",
      checks.map((c) => (c.kind === "type" ? { ...c, sdk: withoutDrift(`Sdk.${c.name}`, driftOf(c.name, whole.operations, service)) } : c)),
    );
    lineOf.strict = strict.lineOf;
    lineOf.adjusted = adjusted.lineOf;
    dir = scratchDir("fidelity-full");
    write(dir, "types.ts", types);
    write(dir, "check-strict.ts", strict.text);
    write(dir, "check.ts", adjusted.text);
    writeTsconfig(dir, "tsconfig.json", ["types.ts", "check-strict.ts", "check.ts"], { exactOptionalPropertyTypes: true, noUnusedLocals: true });
    diagnostics = runTsc(dir);
  });
  afterAll(() => {
    if (dir !== "") removeScratch(dir);
  });

  /** The names whose checks failed in `file`; an error inside types.ts names the declaration it falls in. */
  function failing(file: "check.ts" | "check-strict.ts"): Set<string> {
    const decls = declarations(types);
    const names = new Set<string>();
    for (const d of diagnostics) {
      if (d.file === file) names.add((file === "check.ts" ? lineOf.adjusted : lineOf.strict).get(d.line)?.name ?? `(${file} line ${d.line})`);
      if (d.file === "types.ts") names.add([...decls].reverse().find((x) => x.line <= d.line)?.name ?? "(types.ts header)");
    }
    return names;
  }

  function faithfulOperations(bad: Set<string>): { ok: string[]; failed: string[] } {
    const ok: string[] = [];
    const failed: string[] = [];
    for (const op of whole.operations) {
      const broken = [...namesOf(closure(model, whole.service, [op.name]))].filter((n) => bad.has(n));
      if (broken.length === 0) ok.push(op.name);
      else failed.push(`${op.name} (${broken.join(", ")})`);
    }
    return { ok, failed };
  }

  it(`all ${EXPECTED_OPERATIONS} operations have the SDK's types`, () => {
    if (!available) {
      console.log(`type fidelity: cannot run, ${MODELS_DIR} is absent`);
      expect.fail(`${FULL_PERSONALIZE} not found`);
    }
    const { ok, failed } = faithfulOperations(failing("check.ts"));
    const strict = faithfulOperations(failing("check-strict.ts"));
    console.log(`type fidelity: ${ok.length}/${whole.operations.length}`);
    console.log(
      `type fidelity, strict (the model predates the SDK; its ${MEMBER_DRIFT.length} member differences in tests/types/personalize-sdk-drift.ts not excused): ${strict.ok.length}/${whole.operations.length}`,
    );
    const ours = diagnostics.filter((d) => d.file !== "check-strict.ts");
    if (ours.length > 0) console.log(`failing operations: ${failed.join("; ")}\n${formatDiagnostics(ours)}`);
    expect(whole.operations.length).toBe(EXPECTED_OPERATIONS);
    expect(failed).toEqual([]);
    expect(ours).toEqual([]);
  });

  it("the model/SDK drift ledger is exact: each entry is borne out by the model and needed, and nothing else differs", () => {
    if (!available) expect.fail(`${FULL_PERSONALIZE} not found`);
    for (const d of MEMBER_DRIFT) {
      const shape = whole.shapes.find((s) => s.kind === "structure" && typeName(s, whole.service) === d.type);
      if (shape?.kind !== "structure") expect.fail(`drift entry ${d.type}: no such structure in the model`);
      const member = shape.members.find((m) => m.name === d.member);
      expect({ entry: `${d.type}.${d.member}`, inModel: member !== undefined, required: member?.effective.required ?? false }).toEqual({
        entry: `${d.type}.${d.member}`,
        inModel: d.change === "optional",
        required: d.change === "optional",
      });
    }
    const excused = new Set(
      [...namesOf(whole)].filter((n) => driftOf(n, whole.operations, whole.service).length > 0),
    );
    expect([...failing("check-strict.ts")].sort()).toEqual([...excused].sort());
  });

  it("exports exactly the SDK's model types and command input/output types", () => {
    if (!available) expect.fail(`${FULL_PERSONALIZE} not found`);
    const sdk = new Set<string>();
    for (const sub of ["models", "commands"]) {
      for (const f of readdirSync(join(SDK_DIR, "dist-types", sub)).filter((f) => f.endsWith(".d.ts"))) {
        for (const { name } of declarations(readFileSync(join(SDK_DIR, "dist-types", sub, f), "utf8"))) {
          if (sub === "models" || /Command(Input|Output)$/.test(name)) sdk.add(name);
        }
      }
    }
    const ours = new Set(declarations(types).map((d) => d.name));
    expect([...ours, ...SDK_ONLY_TYPES].sort()).toEqual([...sdk].sort());
  });
});
