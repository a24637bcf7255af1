/**
 * Type fidelity beyond Personalize: our `types.ts` for all 57 operations of AWS's DynamoDB model
 * (awsJson1_0; the recursive union AttributeValue with blobs, sets, maps and lists of itself;
 * errors with members; 40 enums) against the installed `@aws-sdk/client-dynamodb`, in one `tsc`
 * run. Every structure, error, enum (type and const object), union (the alias, each member
 * interface of its namespace, `$UnknownMember` and `Visitor<T>`), the base exception and every
 * command input/output type must be mutually assignable with the SDK's export of the same name and
 * have the same keys, under `exactOptionalPropertyTypes` on and off. Failures are mapped back to
 * the operations whose closure holds the failing type; the test prints
 * `type fidelity (DynamoDB): N/57` and fails below 57.
 *
 * The model file is older than the SDK: dynamodb-sdk-drift.ts lists the differences that causes,
 * and this test proves that list exact. Member drift is taken out of the SDK side; enum drift (new
 * values, which reach every type that contains the enum) is put into a copy of the model, from
 * which the same emitter writes `types-sdk-enums.ts`, shown to differ from `types.ts` by exactly
 * those values.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceExceptionName } from "../../codegen/emit/types/index.ts";
import { closure, cmp, selectService } from "../../codegen/model/closure.ts";
import type { Closure } from "../../codegen/model/closure.ts";
import { loadModelFile, loadModelText } from "../../codegen/model/load.ts";
import type { Model, Shape, StructureShape } from "../../codegen/model/shapes.ts";
import { typeName } from "../../codegen/naming.ts";
import type { Check, Diagnostic } from "./harness.ts";
import {
  checkFile,
  exportedDeclarations,
  formatDiagnostics,
  MODELS_DIR,
  REPO_ROOT,
  removeScratch,
  runTsc,
  scratchDir,
  typesFor,
  write,
  writeTsconfig,
} from "./harness.ts";
import type { TypeDrift } from "./dynamodb-sdk-drift.ts";
import { ENUM_DRIFT, SDK_ONLY_OPERATIONS, SDK_ONLY_TYPES, sdkEvidence, sdkWithoutDrift, TYPE_DRIFT } from "./dynamodb-sdk-drift.ts";

const MODEL_FILE = join(MODELS_DIR, "dynamodb-2012-08-10.json");
const MODEL_NAME = "dynamodb-2012-08-10.json";
const SDK_MODULE = "@aws-sdk/client-dynamodb";
const SDK_DIR = join(REPO_ROOT, "node_modules", "@aws-sdk", "client-dynamodb");
const SDK_VERSION = existsSync(SDK_DIR) ? (JSON.parse(readFileSync(join(SDK_DIR, "package.json"), "utf8")) as { version: string }).version : "(not installed)";
const EXPECTED_OPERATIONS = 57;
const available = existsSync(MODEL_FILE);
/** Stands for any `T` of a union's `Visitor<T>`. */
const VISITOR = `Visitor<"$T">`;

/**
 * Deliberate bugs in a copy of our types.ts, checked against a few names: a union member's blob
 * typed as a string, `$UnknownMember`'s payload made optional, a `Visitor` callback dropped, an
 * enum value dropped. The blob break reaches through the recursion (M and L hold AttributeValues)
 * into GetItem's input and output, and nowhere else among the names checked.
 */
const BREAKS: readonly { from: string; to: string }[] = [
  { from: "    B: Uint8Array;\n", to: "    B: string;\n" },
  { from: "    $unknown: [string, any];\n", to: "    $unknown?: [string, any];\n" },
  { from: "    NULL: (value: boolean) => T;\n", to: "" },
  { from: '  ALL_NEW: "ALL_NEW",\n', to: "" },
];
const BROKEN_SCOPE = [
  "AttributeValue",
  ...["B", "BOOL", "BS", "L", "M", "N", "NS", "NULL", "S", "SS", "$Unknown"].map((m) => `AttributeValue.${m}Member`),
  `AttributeValue.${VISITOR}`,
  "GetItemCommandInput",
  "GetItemCommandOutput",
  "GetItemInput",
  "GetItemOutput",
  "KeySchemaElement",
  "ReturnConsumedCapacity",
  "ReturnValue",
];
const BROKEN_FAILS = [
  "AttributeValue",
  "AttributeValue.$UnknownMember",
  "AttributeValue.BMember",
  "AttributeValue.LMember",
  "AttributeValue.MMember",
  `AttributeValue.${VISITOR}`,
  "GetItemCommandInput",
  "GetItemCommandOutput",
  "GetItemInput",
  "GetItemOutput",
  "ReturnValue",
];

/** The checks of a closure: its declared shapes (a union's namespace too), the base exception, its command types. */
function checksOf(c: Closure): Check[] {
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
  for (const op of c.operations) checks.push({ name: `${op.name}CommandInput`, kind: "type" }, { name: `${op.name}CommandOutput`, kind: "type" });
  return checks.sort((a, b) => cmp(a.name, b.name) || cmp(a.kind, b.kind));
}

/** The structure a check compares: itself, or the input/output of a command type. */
function baseOf(name: string, c: Closure): string {
  for (const op of c.operations) {
    if (name === `${op.name}CommandInput` && op.input.kind === "structure") return typeName(op.input, c.service);
    if (name === `${op.name}CommandOutput` && op.output.kind === "structure") return typeName(op.output, c.service);
  }
  return name;
}

function typeDriftOf(name: string, c: Closure): TypeDrift[] {
  const base = baseOf(name, c);
  return TYPE_DRIFT.filter((d) => d.type === base);
}

/** Ids of the shapes a value of `shape` can hold, itself included. */
function reachable(shape: Shape, seen = new Set<string>()): Set<string> {
  if (seen.has(shape.id)) return seen;
  seen.add(shape.id);
  if (shape.kind === "structure" || shape.kind === "union") for (const m of shape.members) reachable(m.target, seen);
  if (shape.kind === "list") reachable(shape.member.target, seen);
  if (shape.kind === "map") for (const m of [shape.key, shape.value]) reachable(m.target, seen);
  return seen;
}

/** The model's text with the SDK's newer enum values added (ENUM_DRIFT), for types-sdk-enums.ts. */
function withSdkEnumValues(text: string, namespace: string): string {
  const ast = JSON.parse(text) as { shapes: Record<string, { type: string; members: Record<string, unknown> }> };
  for (const d of ENUM_DRIFT) {
    const shape = ast.shapes[`${namespace}#${d.enum}`];
    if (shape?.type !== "enum") throw new Error(`ENUM_DRIFT ${d.enum}: no such enum in the model`);
    for (const v of d.added) shape.members[v] = { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": v } };
  }
  return JSON.stringify(ast);
}

/** Lines of `a` not matched in `b`, counting repeats. */
function linesOnlyIn(a: string, b: string): string[] {
  const left = new Map<string, number>();
  for (const l of b.split("\n")) left.set(l, (left.get(l) ?? 0) + 1);
  return a.split("\n").filter((l) => {
    const n = left.get(l) ?? 0;
    if (n > 0) left.set(l, n - 1);
    return n === 0;
  });
}

describe(`type fidelity of all DynamoDB operations with ${SDK_MODULE} ${SDK_VERSION}`, () => {
  let dir = "";
  let model: Model;
  let whole: Closure;
  let types = "";
  let sdkEnumTypes = "";
  const checks: { strict: Check[]; adjusted: Check[] } = { strict: [], adjusted: [] };
  const lineOf: Record<string, Map<number, Check>> = {};
  const diagnostics: { exact: Diagnostic[]; loose: Diagnostic[] } = { exact: [], loose: [] };

  beforeAll(() => {
    if (!available) return;
    const text = readFileSync(MODEL_FILE, "utf8");
    model = loadModelFile(MODEL_FILE);
    whole = closure(model, selectService(model));
    types = typesFor(whole, MODEL_NAME);
    const patched = loadModelText(withSdkEnumValues(text, whole.service.namespace), MODEL_FILE);
    sdkEnumTypes = typesFor(closure(patched, selectService(patched)), MODEL_NAME);

    const base = `Sdk.${serviceExceptionName(whole.service)}`;
    checks.strict = checksOf(whole);
    checks.adjusted = checks.strict.map((c) => (c.kind === "type" ? { ...c, sdk: sdkWithoutDrift(`Sdk.${c.name}`, typeDriftOf(c.name, whole), base) } : c));
    const files = {
      "check.ts": checkFile("./types-sdk-enums.ts", SDK_MODULE, checks.adjusted),
      "check-strict.ts": checkFile("./types.ts", SDK_MODULE, checks.strict),
      "check-broken.ts": checkFile("./types-broken.ts", SDK_MODULE, checks.strict.filter((c) => BROKEN_SCOPE.includes(c.name))),
    };
    let broken = types;
    for (const b of BREAKS) {
      if (broken.split(b.from).length !== 2) throw new Error(`expected exactly one ${JSON.stringify(b.from)} in our types.ts`);
      broken = broken.replace(b.from, b.to);
    }
    // One line per ledger entry that the SDK must bear out (see sdkEvidence).
    const ledger = [`import type * as Sdk from ${JSON.stringify(SDK_MODULE)};`, `type Assert<T extends true> = T;`];
    TYPE_DRIFT.forEach((d, i) => ledger.push(`export type _${i} = Assert<${sdkEvidence(d)}>;`));

    dir = scratchDir("fidelity-dynamodb");
    write(dir, "types.ts", types);
    write(dir, "types-sdk-enums.ts", sdkEnumTypes);
    write(dir, "types-broken.ts", broken);
    write(dir, "check-ledger.ts", ledger.join("\n") + "\n");
    for (const [file, { text: t, lineOf: l }] of Object.entries(files)) {
      write(dir, file, t);
      lineOf[file] = l;
    }
    const all = ["types.ts", "types-sdk-enums.ts", "types-broken.ts", "check-ledger.ts", ...Object.keys(files)];
    writeTsconfig(dir, "tsconfig.json", all, { exactOptionalPropertyTypes: true, noUnusedLocals: true });
    writeTsconfig(dir, "tsconfig.loose.json", ["types-sdk-enums.ts", "check.ts"], { exactOptionalPropertyTypes: false, noUnusedLocals: true });
    diagnostics.exact = runTsc(dir);
    diagnostics.loose = runTsc(dir, "tsconfig.loose.json");
  });
  afterAll(() => {
    if (dir !== "") removeScratch(dir);
  });

  /** An absent model fails every test; the first one says so in one line. */
  function requireModel(say = false): void {
    if (!available) {
      if (say) console.log(`type fidelity (DynamoDB): cannot run, ${MODEL_FILE} is absent`);
      expect.fail(`${MODEL_FILE} not found`);
    }
  }

  /** The names whose checks failed in `file`; an error inside a types file names the declaration it falls in. */
  function failing(ds: readonly Diagnostic[], file: string): Set<string> {
    const names = new Set<string>();
    for (const d of ds) {
      if (d.file === file) names.add(lineOf[file]?.get(d.line)?.name ?? `(${file} line ${d.line})`);
      if (d.file.startsWith("types") && d.file !== "types-broken.ts") {
        const decls = exportedDeclarations(d.file === "types.ts" ? types : sdkEnumTypes);
        names.add(decls.reverse().find((x) => x.line <= d.line)?.name ?? `(${d.file} header)`);
      }
    }
    return names;
  }

  function faithfulOperations(bad: Set<string>): { ok: string[]; failed: string[] } {
    const ok: string[] = [];
    const failed: string[] = [];
    for (const op of whole.operations) {
      const broken = checksOf(closure(model, whole.service, [op.name])).map((c) => c.name).filter((n) => bad.has(n));
      if (broken.length === 0) ok.push(op.name);
      else failed.push(`${op.name} (${[...new Set(broken)].join(", ")})`);
    }
    return { ok, failed };
  }

  it(`all ${EXPECTED_OPERATIONS} operations have the SDK's types`, () => {
    requireModel(true);
    const bad = new Set([...failing(diagnostics.exact, "check.ts"), ...failing(diagnostics.loose, "check.ts")]);
    const { ok, failed } = faithfulOperations(bad);
    const strict = faithfulOperations(failing(diagnostics.exact, "check-strict.ts"));
    console.log(`type fidelity (DynamoDB): ${ok.length}/${whole.operations.length}`);
    console.log(
      `type fidelity (DynamoDB), strict (the model predates the SDK; ${TYPE_DRIFT.length} type and ${ENUM_DRIFT.length} enum differences in tests/types/dynamodb-sdk-drift.ts not excused): ${strict.ok.length}/${whole.operations.length}`,
    );
    const ours = [...diagnostics.exact, ...diagnostics.loose].filter((d) => !["check-strict.ts", "check-broken.ts"].includes(d.file));
    if (ours.length > 0) console.log(`failing operations: ${failed.join("; ")}\n${formatDiagnostics(ours)}`);
    expect(whole.operations.length).toBe(EXPECTED_OPERATIONS);
    expect(whole.unsupported).toEqual([]);
    expect(failed).toEqual([]);
    expect(ours).toEqual([]);
  });

  it("checks every error, enum, union member, structure and command type of the model", () => {
    requireModel();
    const names = new Set(checks.strict.map((c) => c.name));
    const count = (kind: Shape["kind"]) => whole.shapes.filter((s) => s.kind === kind).length;
    expect({
      operations: whole.operations.length,
      errors: whole.errors.length,
      structures: count("structure"),
      enums: count("enum"),
      unions: count("union"),
      valueChecks: checks.strict.filter((c) => c.kind === "value").length,
      typeChecks: checks.strict.filter((c) => c.kind === "type").length,
    }).toEqual({ operations: 57, errors: 34, structures: 252, enums: 40, unions: 1, valueChecks: 40, typeChecks: 1 + 252 + 40 + 1 + 12 + 2 * 57 });
    for (const e of whole.errors) expect(names.has(typeName(e, whole.service))).toBe(true);
    expect(checks.strict.filter((c) => c.name.startsWith("AttributeValue")).map((c) => c.name)).toEqual([
      "AttributeValue",
      "AttributeValue.$UnknownMember",
      "AttributeValue.BMember",
      "AttributeValue.BOOLMember",
      "AttributeValue.BSMember",
      "AttributeValue.LMember",
      "AttributeValue.MMember",
      "AttributeValue.NMember",
      "AttributeValue.NSMember",
      "AttributeValue.NULLMember",
      "AttributeValue.SMember",
      "AttributeValue.SSMember",
      `AttributeValue.${VISITOR}`,
      "AttributeValueUpdate",
    ]);
  });

  it("the model/SDK drift ledger is exact: each entry is borne out by the model and the SDK and needed, and nothing else differs", async () => {
    requireModel();
    const structureNamed = (name: string): StructureShape | undefined =>
      whole.shapes.find((s): s is StructureShape => s.kind === "structure" && typeName(s, whole.service) === name);
    for (const d of TYPE_DRIFT) {
      const shape = structureNamed(d.type);
      if (shape === undefined) expect.fail(`drift entry ${d.type}: no such structure in the model`);
      if ("member" in d) {
        const member = shape.members.find((m) => m.name === d.member);
        expect({ entry: `${d.type}.${d.member}`, inModel: member !== undefined, required: member?.effective.required ?? false }).toEqual({
          entry: `${d.type}.${d.member}`,
          inModel: d.change === "optional",
          required: d.change === "optional",
        });
      } else {
        expect({ entry: `${d.type} $retryable`, error: shape.traits.error !== undefined, retryable: shape.traits.retryable }).toEqual({
          entry: `${d.type} $retryable`,
          error: true,
          retryable: undefined,
        });
      }
    }
    // The SDK side of each type entry: one line of check-ledger.ts each, all must hold.
    expect(diagnostics.exact.filter((d) => d.file === "check-ledger.ts").map((d) => TYPE_DRIFT[d.line - 3] ?? d.text)).toEqual([]);

    const sdk = (await import(SDK_MODULE)) as unknown as Record<string, Record<string, string>>;
    for (const d of ENUM_DRIFT) {
      const shape = whole.shapes.find((s) => s.kind === "enum" && typeName(s, whole.service) === d.enum);
      if (shape?.kind !== "enum") expect.fail(`enum drift entry ${d.enum}: no such enum in the model`);
      const values = shape.members.map((m) => m.value);
      expect({ enum: d.enum, inModel: d.added.filter((v) => values.includes(v)), inSdk: d.added.filter((v) => sdk[d.enum]?.[v] === v) }).toEqual({
        enum: d.enum,
        inModel: [],
        inSdk: d.added,
      });
    }
    // types-sdk-enums.ts is our types.ts plus exactly the SDK's newer enum values (and its own stamp).
    expect(linesOnlyIn(types, sdkEnumTypes).filter((l) => !l.startsWith("// Generated by "))).toEqual([]);
    expect(linesOnlyIn(sdkEnumTypes, types).filter((l) => !l.startsWith("// Generated by ")).sort()).toEqual(
      ENUM_DRIFT.flatMap((d) => d.added.map((v) => `  ${v}: ${JSON.stringify(v)},`)).sort(),
    );

    // Strictly, a check fails exactly where an entry applies: the type's own drift, or a drifted enum it can hold.
    const drifted = new Set(
      whole.shapes.filter((s) => s.kind === "enum" && ENUM_DRIFT.some((d) => d.enum === typeName(s, whole.service))).map((s) => s.id),
    );
    const holdsDriftedEnum = (name: string): boolean => {
      const base = baseOf(name.split(".")[0]!, whole);
      const shape = whole.shapes.find((s) => typeName(s, whole.service) === base);
      return shape !== undefined && [...reachable(shape)].some((id) => drifted.has(id));
    };
    const excused = new Set(checks.strict.map((c) => c.name).filter((n) => typeDriftOf(n, whole).length > 0 || holdsDriftedEnum(n)));
    expect([...failing(diagnostics.exact, "check-strict.ts")].sort()).toEqual([...excused].sort());
  });

  it("exports exactly the SDK's model types and command input/output types, less the SDK's newer ones", () => {
    requireModel();
    const sdk = new Set<string>();
    for (const sub of ["models", "commands"]) {
      for (const f of readdirSync(join(SDK_DIR, "dist-types", sub)).filter((f) => f.endsWith(".d.ts"))) {
        for (const { name } of exportedDeclarations(readFileSync(join(SDK_DIR, "dist-types", sub, f), "utf8"))) {
          if (sub === "models" || /Command(Input|Output)$/.test(name)) sdk.add(name);
        }
      }
    }
    const ours = new Set(exportedDeclarations(types).map((d) => d.name));
    expect([...ours, ...SDK_ONLY_TYPES].sort()).toEqual([...sdk].sort());
    const sdkOperations = readdirSync(join(SDK_DIR, "dist-types", "commands")).flatMap((f) => /^(\w+)Command\.d\.ts$/.exec(f)?.[1] ?? []);
    expect([...whole.operations.map((o) => o.name), ...SDK_ONLY_OPERATIONS].sort()).toEqual(sdkOperations.sort());
  });

  it("a broken copy fails exactly the checks it breaks, through the recursive union", () => {
    requireModel();
    expect([...failing(diagnostics.exact, "check-broken.ts")].sort()).toEqual([...BROKEN_FAILS].sort());
    expect(diagnostics.exact.filter((d) => d.file === "check-broken.ts").every((d) => d.code === "TS2344")).toBe(true);
  });

  it("declares the same enum objects at run time, less the SDK's newer values", async () => {
    requireModel();
    const ours = (await import(join(dir, "types.ts"))) as Record<string, Record<string, string>>;
    const sdk = (await import(SDK_MODULE)) as unknown as Record<string, Record<string, string>>;
    const enums = whole.shapes.filter((s) => s.kind === "enum").map((s) => typeName(s, whole.service));
    expect(Object.keys(ours).sort()).toEqual([...enums].sort());
    for (const name of enums) {
      const newer = ENUM_DRIFT.find((d) => d.enum === name)?.added ?? [];
      const theirs = Object.fromEntries(Object.entries(sdk[name] ?? {}).filter(([k]) => !newer.includes(k)));
      expect({ name, values: ours[name] }).toEqual({ name, values: theirs });
    }
  });
});
