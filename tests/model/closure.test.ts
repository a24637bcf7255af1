/**
 * Per-service facts live in the closure, not on shared shapes: two services that bind the same
 * operation each see their own service-wide errors (and their own `@paginated` defaults), while the
 * operation shape they share stays one frozen object, unchanged by either.
 */
import { describe, expect, it } from "vitest";
import { buildServiceContract } from "../../codegen/contract/service-contract.ts";
import { emitAll } from "../../codegen/generate.ts";
import { closure, errorsIn, paginatedIn, selectService } from "../../codegen/model/closure.ts";
import { loadModelText } from "../../codegen/model/load.ts";
import type { Model, OperationShape, Shape } from "../../codegen/model/shapes.ts";

const error = (fault: "client" | "server", status?: number) => ({
  type: "structure",
  members: { message: { target: "smithy.api#String" } },
  traits: { "smithy.api#error": fault, ...(status !== undefined && { "smithy.api#httpError": status }) },
});

/** Two services binding `ex#GetThing` (and one operation each of their own), each with service-wide errors. */
const TWO_SERVICES = {
  smithy: "2.0",
  shapes: {
    "ex#Alpha": {
      type: "service",
      version: "2024-01-01",
      operations: [{ target: "ex#GetThing" }, { target: "ex#ListAlphas" }],
      errors: [{ target: "ex#AlphaThrottled" }, { target: "ex#Missing" }],
      traits: { "aws.protocols#awsJson1_1": {}, "aws.api#service": { sdkId: "Alpha" }, "smithy.api#paginated": { inputToken: "token", outputToken: "next", pageSize: "size" } },
    },
    "ex#Beta": {
      type: "service",
      version: "2024-01-01",
      operations: [{ target: "ex#GetThing" }],
      errors: [{ target: "ex#BetaDenied" }],
      traits: { "aws.protocols#awsJson1_0": {}, "aws.api#service": { sdkId: "Beta" } },
    },
    "ex#GetThing": {
      type: "operation",
      input: { target: "ex#GetThingInput" },
      output: { target: "ex#GetThingOutput" },
      errors: [{ target: "ex#Missing" }],
      traits: { "smithy.api#paginated": { items: "things" } },
    },
    "ex#ListAlphas": { type: "operation", traits: { "smithy.api#paginated": { inputToken: "from", items: "alphas" } } },
    "ex#GetThingInput": { type: "structure", members: { token: { target: "smithy.api#String" }, size: { target: "smithy.api#Integer" } } },
    "ex#GetThingOutput": { type: "structure", members: { next: { target: "smithy.api#String" }, things: { target: "ex#Things" } } },
    "ex#Things": { type: "list", member: { target: "smithy.api#String" } },
    "ex#Missing": error("client", 404),
    "ex#AlphaThrottled": error("server", 503),
    "ex#BetaDenied": error("client", 403),
  },
};

const load = (): Model => loadModelText(JSON.stringify(TWO_SERVICES), "two.json");
const names = (shapes: readonly Shape[]) => shapes.map((s) => s.name);

describe("two services binding one operation", () => {
  it("each closure answers with the operation's own errors and only its own service's", () => {
    const m = load();
    const alpha = closure(m, selectService(m, "Alpha"), ["GetThing"]);
    const beta = closure(m, selectService(m, "Beta"));
    const [aOp] = alpha.operations;
    const [bOp] = beta.operations;
    expect(names(alpha.errorsOf(aOp!))).toEqual(["Missing", "AlphaThrottled"]);
    expect(names(beta.errorsOf(bOp!))).toEqual(["Missing", "BetaDenied"]);
    expect(names(alpha.errors)).toEqual(["AlphaThrottled", "Missing"]);
    expect(names(beta.errors)).toEqual(["BetaDenied", "Missing"]);
    // Only the closure's own error shapes are reached.
    expect(alpha.shapes.map((s) => s.id)).not.toContain("ex#BetaDenied");
    expect(beta.shapes.map((s) => s.id)).not.toContain("ex#AlphaThrottled");
  });

  it("shares one operation shape, identical in both services and unchanged by either closure", () => {
    const m = load();
    const alphaService = selectService(m, "Alpha");
    const betaService = selectService(m, "Beta");
    const inAlpha = alphaService.operations.find((o) => o.name === "GetThing")!;
    const inBeta = betaService.operations.find((o) => o.name === "GetThing")!;
    expect(inAlpha).toBe(inBeta);
    expect(inAlpha).toBe(m.shapes.get("ex#GetThing"));
    const before = JSON.stringify(inAlpha);
    closure(m, alphaService);
    closure(m, betaService);
    expect(JSON.stringify(inAlpha)).toBe(before);
    expect(names(inAlpha.errors)).toEqual(["Missing"]);
  });

  it("the generated contracts and mocks of each service list only that service's errors", () => {
    const m = load();
    const ctx = { modelFile: "two.json", modelSha256: m.sha256, tool: "smithy-contract test" };
    const errorsByService = Object.fromEntries(
      ["Alpha", "Beta"].map((s) => [s, Object.keys(buildServiceContract(closure(m, selectService(m, s))).operations.GetThing!.errors)]),
    );
    expect(errorsByService).toEqual({ Alpha: ["AlphaThrottled", "Missing"], Beta: ["BetaDenied", "Missing"] });
    const schemasOf = (s: string) => emitAll(closure(m, selectService(m, s)), ctx).map((f) => f.path).filter((p) => p.endsWith(".error.schema.json"));
    expect(schemasOf("Alpha")).toEqual(["schemas/AlphaThrottled.error.schema.json", "schemas/Missing.error.schema.json"]);
    expect(schemasOf("Beta")).toEqual(["schemas/BetaDenied.error.schema.json", "schemas/Missing.error.schema.json"]);
  });

  it("merges an operation's @paginated over its service's defaults, per service", () => {
    const m = load();
    const alpha = closure(m, selectService(m, "Alpha"));
    const beta = closure(m, selectService(m, "Beta"));
    const op = (c: typeof alpha, name: string): OperationShape => c.operations.find((o) => o.name === name)!;
    expect(alpha.paginatedOf(op(alpha, "GetThing"))).toEqual({ inputToken: "token", outputToken: "next", pageSize: "size", items: "things" });
    expect(alpha.paginatedOf(op(alpha, "ListAlphas"))).toEqual({ inputToken: "from", outputToken: "next", pageSize: "size", items: "alphas" });
    expect(beta.paginatedOf(op(beta, "GetThing"))).toEqual({ items: "things" });
    expect(op(alpha, "GetThing").traits.paginated).toEqual({ items: "things" });
    // The same rules as plain functions of a service and an operation.
    expect(paginatedIn(selectService(m, "Beta"), op(alpha, "GetThing"))).toEqual({ items: "things" });
    expect(names(errorsIn(selectService(m, "Beta"), op(alpha, "GetThing")))).toEqual(["Missing", "BetaDenied"]);
  });

  it("refuses to answer for an operation it does not hold", () => {
    const m = load();
    const beta = closure(m, selectService(m, "Beta"));
    const listAlphas = selectService(m, "Alpha").operations.find((o) => o.name === "ListAlphas")!;
    expect(() => beta.errorsOf(listAlphas)).toThrow("errorsOf: ex#ListAlphas is not an operation of this closure of ex#Beta");
    expect(() => beta.paginatedOf(listAlphas)).toThrow("paginatedOf: ex#ListAlphas is not an operation of this closure of ex#Beta");
  });
});

describe("the shape graph is immutable once loaded", () => {
  it("freezes every shape, member, member list, trait object and closure", () => {
    const m = load();
    const svc = selectService(m, "Alpha");
    const c = closure(m, svc);
    const frozen: [string, unknown][] = [["model", m], ["services", m.services], ["service", svc], ["service operations", svc.operations], ["closure", c]];
    for (const shape of m.shapes.values()) {
      frozen.push([shape.id, shape], [`${shape.id} traits`, shape.traits]);
      if (shape.kind === "structure" || shape.kind === "union") {
        frozen.push([`${shape.id} members`, shape.members]);
        for (const member of shape.members) frozen.push([member.id, member], [`${member.id} effective`, member.effective]);
      }
      if (shape.kind === "list") frozen.push([shape.member.id, shape.member]);
      if (shape.kind === "operation") frozen.push([`${shape.id} errors`, shape.errors]);
    }
    expect(frozen.filter(([, v]) => !Object.isFrozen(v)).map(([what]) => what)).toEqual([]);
  });

  it("rejects a write to a loaded shape", () => {
    const op = load().shapes.get("ex#GetThing") as OperationShape;
    expect(() => {
      (op as { errors: unknown }).errors = [];
    }).toThrow(TypeError);
    expect(() => {
      (op.traits as { readonly: boolean }).readonly = true;
    }).toThrow(TypeError);
    expect(names(op.errors)).toEqual(["Missing"]);
  });
});
