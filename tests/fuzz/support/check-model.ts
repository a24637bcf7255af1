/**
 * Test support: the fuzzer's property for one model, stage by stage. Each stage throws (an
 * assertion error naming the stage) on the first thing it finds wrong:
 *
 * 1. `idl`: the model written as IDL reads to the same JSON AST as the model itself;
 * 2. `generate`: the model loads and every emitter runs (a ModelError refusing the model is a
 *    failure: the model is valid Smithy, which the reference loader confirms for every drawn one);
 * 3. `schemas`: every emitted JSON Schema compiles in ajv's strict mode;
 * 4. `contract`: the emitted `contract.ts`, imported, is the contract built in memory;
 * 5. `exhaustive`: every drawn input, output and error (with its `__type`) of every operation keeps
 *    the contract, in wire form and written back from SDK form; the generated `arbitraries.ts` draws
 *    the same values as the runtime's arbitraries for the same seed;
 * 6. `realistic`: every realistic input and output keeps the contract;
 * 7. `mock`: a mock (realistic and exhaustive data), and the generated `msw.ts`'s handlers, answer a
 *    drawn request of every operation, sent as the protocol's client writes it, with an output
 *    that keeps the contract, and record no violation.
 *
 * The files are written under `dir` for the run's single typecheck (typecheck.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import { getResponse } from "msw";
import { expect } from "vitest";
import { buildServiceContract } from "../../../codegen/contract/service-contract.ts";
import { sharedContract } from "../../../codegen/contract/share.ts";
import type { GeneratedFile } from "../../../codegen/emit/file.ts";
import { emitAll } from "../../../codegen/generate.ts";
import { closure as closureOf, selectService } from "../../../codegen/model/closure.ts";
import { loadModelAst } from "../../../codegen/model/load.ts";
import { printJsonAst } from "../../../codegen/model/sources/print-ast.ts";
import { modelFromTexts } from "../../../codegen/model/sources/read-model-sources.ts";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { exhaustiveArbitraries } from "../../../runtime/data/exhaustive.ts";
import { packContract, unpackContract } from "../../../runtime/data/plan-pack.ts";
import { realisticSides } from "../../../runtime/data/realistic-sides.ts";
import { createServiceMock } from "../../../runtime/msw/index.ts";
import { protocolOf } from "../../../runtime/protocol/index.ts";
import { toWire } from "../../../runtime/serde/toWire.ts";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { checkerOf, type CheckTarget } from "../../../runtime/validation/checker.ts";
import { ModelError } from "../../../codegen/model/errors.ts";
import { KNOWN_REFUSALS, type KnownRefusal } from "../known-failures.ts";
import type { JsonAstModel } from "./build-model.ts";
import { writeIdl } from "./write-idl.ts";

/** Values drawn per operation side and stage: enough to meet most members, few enough for CI. */
const DRAWS = 8;
/** A custom endpoint, as a test points its client at a local mock. */
const LOCAL = "http://localhost:4566";

/** A bound for a hang (not a speed check): a stage takes well under a second. */
const STAGE_MS = 30_000;

/** Runs `body` as stage `stage`: a failure's message starts with the stage's name; a hang fails it. */
async function stage<T>(name: string, body: () => T | Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish in ${STAGE_MS / 1000} s`)), STAGE_MS);
  });
  try {
    return await Promise.race([Promise.resolve().then(body), hang]);
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    error.message = `[${name}] ${error.message}`;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** What the check made of a model: the files generated, or the known refusal it met. */
export type CheckedModel = { readonly refused: undefined; readonly files: readonly GeneratedFile[] } | { readonly refused: KnownRefusal; readonly message: string };

/** Checks one model; its generated files are written to `dir`. */
export async function checkModel(ast: JsonAstModel | string, dir: string, seed: number): Promise<CheckedModel> {
  const json = typeof ast === "string" ? printJsonAst(JSON.parse(ast)) : printJsonAst(ast);
  const idl = writeIdl(JSON.parse(json) as JsonAstModel);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "model.json"), json);
  for (const f of idl) writeFileSync(join(dir, f.path), f.text);

  await stage("idl", () => {
    const fromJson = JSON.parse(printJsonAst(modelFromTexts([{ path: "model.json", text: json }]))) as unknown;
    const fromIdl = JSON.parse(printJsonAst(modelFromTexts(idl))) as unknown;
    expect(fromIdl, "the IDL's JSON AST").toEqual(fromJson);
  });

  const generated = await stage("generate", () => {
    try {
      const model = loadModelAst(JSON.parse(json), "model.json", "0".repeat(64));
      const closure = closureOf(model, selectService(model));
      const files = emitAll(closure, { modelFile: "model.json", modelSha256: "0".repeat(64), tool: "smithy-contract fuzz" });
      return { closure, files };
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      // The model is valid Smithy (the reference loader says so of every drawn model): refusing it is a bug.
      const known = KNOWN_REFUSALS.find((r) => r.message.test(e.message));
      if (known === undefined) throw new Error(`the generator refused a valid model: ${e.message}`);
      return { refused: known, message: e.message };
    }
  });
  if ("refused" in generated) return generated;
  const { closure, files } = generated;
  for (const f of files) {
    mkdirSync(join(dir, f.path, ".."), { recursive: true });
    writeFileSync(join(dir, f.path), f.contents);
  }

  await stage("schemas", () => {
    const ajv = createAjv();
    for (const f of files.filter((x) => x.path.endsWith(".json"))) {
      try {
        ajv.compile(JSON.parse(f.contents) as object);
      } catch (e) {
        throw new Error(`${f.path}: ${(e as Error).message}`);
      }
    }
  });

  const contract = await stage("contract", async () => {
    const contract = buildServiceContract(closure);
    const emitted = (await import(join(dir, "contract.ts"))) as { contract: ServiceContract };
    // The printed contract shares one `$defs` and one object per error (codegen/contract/share.ts)
    // and leaves out the roots' stamps: compare it with the built one after the same steps.
    const printed = withoutRootComments(unpackContract(packContract(sharedContract(contract).contract)));
    const difference = firstDifference(withoutRootComments(emitted.contract), printed);
    if (difference !== undefined) throw new Error(`contract.ts's contract and the one built in memory differ at ${difference}`);
    return contract;
  });
  const checker = checkerOf(contract);
  const protocol = protocolOf(contract);
  const violations = (target: CheckTarget, value: unknown) => checker.check(target, value).violations.map((v) => `${v.pointer} ${v.message} (${v.keyword})`);
  const operations = Object.values(contract.operations);

  await stage("exhaustive", async () => {
    const runtime = exhaustiveArbitraries(contract);
    const generated = (await import(join(dir, "arbitraries.ts"))) as { operations: typeof runtime.operations };
    for (const op of operations) {
      const sides = runtime.operations[op.name]!;
      for (const kind of ["input", "output"] as const) {
        const schema = op[kind];
        for (const { wire, sdk } of fc.sample(sides[kind].pair, { seed, numRuns: DRAWS })) {
          none(violations({ operation: op.name, kind }, wire), `${op.name} ${kind} ${show(wire)}`);
          const written = toWire(sdk, schema);
          none(violations({ operation: op.name, kind }, written), `${op.name} ${kind} written from SDK form ${show(written)}`);
        }
        const fromFile = fc.sample(generated.operations[op.name]![kind].wire, { seed, numRuns: 2 });
        expect(fromFile, `${op.name} ${kind}: arbitraries.ts draws what the runtime draws`).toEqual(fc.sample(sides[kind].wire, { seed, numRuns: 2 }));
      }
      for (const error of Object.values(op.errors)) {
        for (const body of fc.sample(sides.errors[error.name]!.wire, { seed, numRuns: DRAWS })) {
          const document = protocol.errorDocument(contract, error, body as Record<string, unknown>);
          none(violations({ operation: op.name, kind: "error", error: error.name }, document), `${op.name} error ${error.name} ${show(document)}`);
        }
      }
    }
  });

  await stage("realistic", () => {
    for (const op of operations) {
      for (const kind of ["input", "output"] as const) {
        for (const value of fc.sample(realisticSides(contract, op.name, kind).wire, { seed, numRuns: DRAWS })) {
          none(violations({ operation: op.name, kind }, value), `${op.name} realistic ${kind} ${show(value)}`);
        }
      }
    }
  });

  await stage("mock", async () => {
    const exhaustive = exhaustiveArbitraries(contract);
    const generated = (await import(join(dir, "msw.ts"))) as Record<string, unknown>;
    const handlersOf = Object.entries(generated).find(([k]) => k.endsWith("Handlers"))?.[1] as ((options: object) => Parameters<typeof getResponse>[0]) | undefined;
    expect(handlersOf, "msw.ts exports <service>Handlers").toBeTypeOf("function");
    const aws = `https://${contract.endpointPrefix}.us-east-1.amazonaws.com`;
    const doors = [
      { label: "realistic mock", mock: createServiceMock(contract).create({ seed, endpoint: LOCAL }), endpoint: aws },
      { label: "exhaustive mock", mock: createServiceMock(contract).create({ seed, endpoint: LOCAL, data: "exhaustive" }), endpoint: LOCAL },
    ];
    for (const op of operations) {
      const inputs = [
        ...fc.sample(realisticSides(contract, op.name, "input").wire, { seed, numRuns: 2 }),
        ...fc.sample(exhaustive.operations[op.name]!.input.wire, { seed, numRuns: 2 }),
      ];
      for (const input of inputs) {
        for (const { label, mock, endpoint } of doors) {
          const response = await getResponse(mock.handlers, protocol.writeRequest(contract, op, input, endpoint));
          await expectOutput(`${label}, ${op.name} ${show(input)} to ${endpoint}`, response);
          none(mock.violations.map((v) => v.message), `${label}: violations recorded`);
        }
        const response = await getResponse(handlersOf!({ seed, endpoint: LOCAL }), protocol.writeRequest(contract, op, input, LOCAL));
        await expectOutput(`msw.ts's handlers, ${op.name} ${show(input)}`, response);
      }

      async function expectOutput(what: string, response: Response | undefined): Promise<void> {
        expect(response, `${what}: no handler answered`).toBeDefined();
        const read = await protocol.readResponse(contract, op, response!.clone());
        expect(read.kind === "output" ? "output" : `${response!.status} ${await response!.text()}`, what).toBe("output");
        if (read.kind === "output") none(violations({ operation: op.name, kind: "output" }, read.document), `${what}: the answer`);
      }
    }
  });

  return { refused: undefined, files };
}

/**
 * Where two values first differ (`/operations/Op/input`, with what each holds there), own keys and
 * prototypes compared; undefined when they are equal. A diff of whole contracts is too long to read.
 */
export function firstDifference(a: unknown, b: unknown, at = ""): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return `${at || "/"}: ${show(a)} vs ${show(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at || "/"}: prototypes differ (${show(Object.getPrototypeOf(a))} vs ${show(Object.getPrototypeOf(b))})`;
  const ka = Reflect.ownKeys(a).filter((k) => typeof k === "string");
  const kb = Reflect.ownKeys(b).filter((k) => typeof k === "string");
  const missing = kb.filter((k) => !ka.includes(k));
  const extra = ka.filter((k) => !kb.includes(k));
  if (missing.length || extra.length) return `${at || "/"}: keys ${show(extra)} only in the first, ${show(missing)} only in the second`;
  for (const k of ka) {
    const d = firstDifference((a as Record<string, unknown>)[k as string], (b as Record<string, unknown>)[k as string], `${at}/${String(k)}`);
    if (d !== undefined) return d;
  }
  return undefined;
}

/** Throws, listing `problems`, unless there are none (messages of long lists stay whole, unlike a diff's). */
function none(problems: readonly string[], what: string): void {
  if (problems.length > 0) throw new Error(`${what}:\n  ${problems.join("\n  ")}`);
}

/** A copy of a contract without its schema roots' `$comment` (the generator's stamp). */
function withoutRootComments(contract: ServiceContract): ServiceContract {
  const copy = structuredClone(contract);
  for (const op of Object.values(copy.operations)) {
    for (const root of [op.input, op.output, ...Object.values(op.errors).map((e) => e.schema)]) delete (root as { $comment?: unknown }).$comment;
  }
  return copy;
}

/** A value for a message, cut short. */
function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}
