/**
 * `smithy-contract generate` from Smithy IDL, run as the built CLI on plain Node: a small awsJson1_1
 * model (operations, a resource, constraints) given as `--model shop.smithy`, as a folder with a
 * `smithy-build.json` (its `sources`, and `imports` of Smithy's own trait definitions), and split
 * across an IDL and a JSON AST file (`--model` twice) all generate the same files; they pass
 * `--check`, compile, and serve a mock that keeps the model's constraints. A syntax error is one
 * line at the line and column Smithy's reference loader reports, and exit 2.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getResponse, type HttpHandler } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReference } from "../model/idl/support/reference-loader.ts";
import { sharedSmithy } from "../model/idl/support/shared-smithy.ts";
import { cliArgs } from "../support/cli.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The model's shapes that the split model moves to a JSON AST file. */
const SCALARS_IDL = `
@pattern("^o-[0-9]{6}$")
string OrderId

@length(min: 1, max: 30)
string ItemName

@range(min: 1, max: 99)
integer Quantity
`;

const SCALARS_JSON = {
  smithy: "2.0",
  shapes: {
    "example.shop#OrderId": { type: "string", traits: { "smithy.api#pattern": "^o-[0-9]{6}$" } },
    "example.shop#ItemName": { type: "string", traits: { "smithy.api#length": { min: 1, max: 30 } } },
    "example.shop#Quantity": { type: "integer", traits: { "smithy.api#range": { min: 1, max: 99 } } },
  },
};

const SERVICE_IDL = `$version: "2"

namespace example.shop

use aws.api#service
use aws.protocols#awsJson1_1

/// A small shop: orders are a resource, placed and read; Ping takes and returns nothing.
@service(sdkId: "Shop", endpointPrefix: "shop")
@awsJson1_1
service Shop {
    version: "2026-01-01"
    resources: [Order]
    operations: [Ping]
}

resource Order {
    identifiers: { orderId: OrderId }
    properties: { item: ItemName, quantity: Quantity, placedAt: Timestamp }
    create: PlaceOrder
    read: GetOrder
}

@error("client")
@httpError(404)
structure OrderNotFound {
    message: String
}

operation PlaceOrder {
    input := for Order {
        @required
        $item

        @required
        $quantity
    }
    output := for Order {
        @required
        $orderId

        $placedAt
    }
}

@readonly
operation GetOrder {
    input := for Order {
        @required
        $orderId
    }
    output := for Order {
        @required
        $orderId

        $item
        $quantity
        $placedAt
    }
    errors: [OrderNotFound]
}

@readonly
operation Ping {}
`;

/** What every generated service folder of this model holds. */
const FILES = [
  "arbitraries.ts",
  "contract.ts",
  "index.ts",
  "mock.ts",
  "msw.ts",
  "schemas/GetOrder.input.schema.json",
  "schemas/GetOrder.output.schema.json",
  "schemas/OrderNotFound.error.schema.json",
  "schemas/Ping.input.schema.json",
  "schemas/Ping.output.schema.json",
  "schemas/PlaceOrder.input.schema.json",
  "schemas/PlaceOrder.output.schema.json",
  "types.ts",
];

/** A file that uses the generated types as an app does; each `@ts-expect-error` must be an error. */
const USAGE = `import { createShopMock, getOrder, type GetOrderOutput, type PlaceOrderCommandInput, type PlaceOrderInput } from "./out/shop/index.js";

export const input: PlaceOrderInput = { item: "book", quantity: 2 };
export const command: PlaceOrderCommandInput = input;
// @ts-expect-error quantity is @required
export const missing: PlaceOrderInput = { item: "book" };
// @ts-expect-error quantity is an integer
export const wrong: PlaceOrderInput = { item: "book", quantity: "2" };
export const output: GetOrderOutput = { orderId: "o-000001", placedAt: new Date(0) };
const mock = createShopMock({ seed: 1 });
export const handler = getOrder(output, { mock });
// @ts-expect-error GetOrder models no error named Nope
getOrder.error("Nope", {});
`;

/** What the test uses of the generated `msw.ts` (imported at run time, so typed here). */
interface GeneratedMsw {
  createShopMock(options: { seed?: number; endpoint?: string }): { readonly handlers: HttpHandler[] };
}

function cli(args: readonly string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, cliArgs(...args), { cwd }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, out: stdout, err: stderr });
    });
  });
}

/**
 * The files of a generated service folder without their stamps, which name the model's files and
 * hash: a `.ts` file's first line, a schema's top-level `$comment`.
 */
function generated(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) {
        walk(p);
        continue;
      }
      const text = readFileSync(p, "utf8");
      if (p.endsWith(".json")) {
        const { $comment, ...schema } = JSON.parse(text) as Record<string, unknown>;
        expect($comment, p).toMatch(/^Generated by smithy-contract /);
        out[relative(dir, p)] = JSON.stringify(schema, null, 2);
      } else {
        expect(text, p).toMatch(/^\/\/ Generated by smithy-contract /);
        out[relative(dir, p)] = text.split("\n").slice(1).join("\n");
      }
    }
  };
  walk(dir);
  return out;
}

function stampOf(file: string): string {
  return readFileSync(file, "utf8").split("\n")[0]!;
}

let tmp: string;
beforeAll(() => {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  tmp = mkdtempSync(join(ROOT, ".tmp", "generate-idl-"));
  writeFileSync(join(tmp, "shop.smithy"), SERVICE_IDL + SCALARS_IDL);
  mkdirSync(join(tmp, "split"));
  writeFileSync(join(tmp, "split", "service.smithy"), SERVICE_IDL);
  writeFileSync(join(tmp, "split", "scalars.json"), JSON.stringify(SCALARS_JSON, null, 2));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("smithy-contract generate from IDL (child process)", () => {
  let single: Record<string, string>;

  beforeAll(async () => {
    const r = await cli(["generate", "--model", "shop.smithy", "--out", "out"], tmp);
    expect(r).toEqual({ code: 0, out: "out/shop: 13 files for 3 operation(s) of Shop (13 written, 0 removed, 0 unchanged)\n", err: "" });
    single = generated(join(tmp, "out", "shop"));
  }, 60_000);

  it("--model shop.smithy writes the service's files, stamped with the model file and its hash", () => {
    expect(Object.keys(single).sort()).toEqual(FILES);
    expect(stampOf(join(tmp, "out", "shop", "types.ts"))).toMatch(/^\/\/ Generated by smithy-contract \S+ from \.\.\/\.\.\/shop\.smithy \(sha256 [0-9a-f]{64}\)\.$/);
    expect(single["types.ts"]).toContain("export interface PlaceOrderInput {\n  item: string | undefined;\n  quantity: number | undefined;\n}");
  });

  it("--check passes on what it wrote", async () => {
    expect(await cli(["generate", "--model", "shop.smithy", "--out", "out", "--check"], tmp)).toEqual({ code: 0, out: "out/shop: 13 files up to date\n", err: "" });
  });

  it("the generated files compile with an app's use of them (and its @ts-expect-error lines are errors)", async () => {
    writeFileSync(join(tmp, "usage.ts"), USAGE);
    writeFileSync(
      join(tmp, "tsconfig.json"),
      JSON.stringify({ extends: join(ROOT, "tsconfig.json"), compilerOptions: { typeRoots: [join(ROOT, "node_modules/@types")] }, files: ["usage.ts"], include: [] }),
    );
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    const diagnostics = await new Promise<string>((resolve) => {
      execFile(process.execPath, [tsc, "-p", join(tmp, "tsconfig.json"), "--pretty", "false"], (_error, stdout, stderr) => resolve(stdout + stderr));
    });
    expect(diagnostics.split("\n").filter((l) => l.trim() !== "")).toEqual([]);
  }, 120_000);

  it("the generated mock keeps the model's constraints", async () => {
    const { createShopMock } = (await import(pathToFileURL(join(tmp, "out", "shop", "msw.ts")).href)) as GeneratedMsw;
    const mock = createShopMock({ seed: 3, endpoint: "http://localhost/" });
    const post = (body: unknown) =>
      getResponse(mock.handlers, new Request("http://localhost/", { method: "POST", headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "Shop.PlaceOrder" }, body: JSON.stringify(body) }));
    const ok = (await post({ item: "book", quantity: 2 }))!;
    expect(ok.status).toBe(200);
    expect((await ok.json()) as { orderId: string }).toMatchObject({ orderId: expect.stringMatching(/^o-[0-9]{6}$/) });
    const bad = (await post({ item: "", quantity: 100 }))!;
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/^2 validation errors detected: /);
  });

  it("a folder with a smithy-build.json (sources, and imports of Smithy's trait definitions), without --model: the same files, and a note naming ./smithy-build.json", async () => {
    const project = join(tmp, "project");
    mkdirSync(join(project, "model"), { recursive: true });
    writeFileSync(join(project, "model", "shop.smithy"), SERVICE_IDL + SCALARS_IDL);
    const traits = relative(project, sharedSmithy("traits/"));
    writeFileSync(join(project, "smithy-build.json"), JSON.stringify({ version: "1.0", sources: ["model"], imports: [join(traits, "aws.api.smithy"), join(traits, "aws.protocols.smithy")] }));
    const r = await cli(["generate", "--out", "out"], project);
    expect(r).toEqual({
      code: 0,
      out: "out/shop: 13 files for 3 operation(s) of Shop (13 written, 0 removed, 0 unchanged)\n",
      err: "note: no --model given: using the sources and imports of ./smithy-build.json\n",
    });
    expect(generated(join(project, "out", "shop"))).toEqual(single);
    expect(stampOf(join(project, "out", "shop", "types.ts"))).toContain(` from ../../model, ${join("..", "..", traits, "aws.api.smithy")}, `);
    expect((await cli(["generate", "--out", "out", "--check"], project)).code).toBe(0);
  });

  it("--model given twice (IDL and JSON AST) merges the two into the same model", async () => {
    const split = join(tmp, "split");
    const r = await cli(["generate", "--model", "service.smithy", "--model", "scalars.json", "--out", "out"], split);
    expect(r).toEqual({ code: 0, out: "out/shop: 13 files for 3 operation(s) of Shop (13 written, 0 removed, 0 unchanged)\n", err: "" });
    expect(generated(join(split, "out", "shop"))).toEqual(single);
    expect(stampOf(join(split, "out", "shop", "types.ts"))).toMatch(/ from \.\.\/\.\.\/service\.smithy, \.\.\/\.\.\/scalars\.json \(sha256 [0-9a-f]{64}\)\.$/);
  });

  it("the IDL file alone lacks what the JSON file defines: one line naming the file, the position and the shape, exit 2", async () => {
    const r = await cli(["generate", "--model", "service.smithy", "--out", "out-alone"], join(tmp, "split"));
    expect(r).toEqual({ code: 2, out: "", err: "error: service.smithy:18:29: example.shop#Order: identifier orderId targets example.shop#OrderId is not defined\n" });
  });

  it("a syntax error: one line naming the file, line and column (where Smithy's reference loader puts it), exit 2, nothing written", async () => {
    const text = '$version: "2"\nnamespace example.shop\n\nstructure Broken {\n    a String\n}\n';
    writeFileSync(join(tmp, "broken.smithy"), text);
    const [reference] = runReference([{ sources: { "broken.smithy": text } }]);
    const at = reference!.events.find((e) => e.severity === "ERROR");
    expect(at).toBeDefined();
    const r = await cli(["generate", "--model", "broken.smithy", "--out", "broken-out"], tmp);
    expect(r).toEqual({ code: 2, out: "", err: `error: broken.smithy:${at!.line}:${at!.column}: expected ':', found identifier 'String'\n` });
    expect(() => statSync(join(tmp, "broken-out"))).toThrow();
  }, 60_000);
});
