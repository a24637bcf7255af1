/**
 * runtime/data/http-arbitraries.ts: whole HTTP messages drawn for every operation of the five
 * restJson1 reference models and of Personalize (awsJson1_1), in both flavours of data. Every drawn
 * request is routed back to its operation by the contract's protocol and read into the very
 * document it carries; every drawn answer (output or modeled error) is read back by the client's
 * side (`readResponse`) into its document. The documents themselves keep the contract (they are
 * drawn valid and kept only when the wire leaves them valid), and the SDK side is the document's.
 *
 * Seeds are printed (`HTTP_ARBITRARIES_SEED=<n>` replays a run); one that once failed becomes a
 * pinned case in PINNED.
 */
import { basename, join } from "node:path";
import * as fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { buildServiceContract } from "../../../codegen/contract/service-contract.ts";
import { closure, selectService } from "../../../codegen/model/closure.ts";
import { loadModelAst } from "../../../codegen/model/load.ts";
import { modelFromTexts } from "../../../codegen/model/sources/read-model-sources.ts";
import { loadClosure } from "../../../codegen/load-closure.ts";
import { contract as personalize } from "../../../generated/personalize/contract.ts";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { httpArbitraries, type DataFlavour, type DrawnAnswer, type DrawnRequest, type HttpArbitraries } from "../../../runtime/data/http-arbitraries.ts";
import { protocolOf } from "../../../runtime/protocol/index.ts";
import { incomingOf } from "../../../runtime/protocol/message.ts";
import { checkerOf, type CheckTarget } from "../../../runtime/validation/checker.ts";
import { errataOverlay, restJson1Models } from "../../support/corpus.ts";

const ROOT = new URL("../../../", import.meta.url).pathname;
const scratch = join(ROOT, ".tmp", `http-arbitraries-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SEED = Number(process.env.HTTP_ARBITRARIES_SEED ?? Date.now() % 2 ** 31);
/** Draws per operation and kind of message. */
const RUNS = 6;
const FLAVOURS: readonly DataFlavour[] = ["exhaustive", "realistic"];

/** Seeds that once failed, replayed on every run: `[model file, flavour, seed, what it caught]`. */
const PINNED: readonly (readonly [string, DataFlavour, number, string])[] = [
  ["greengrassv2-2020-11-30.json", "exhaustive", 712976296, "a map key named constructor (GetDeployment's components): two equal documents differed under toStrictEqual, which compares their own `constructor` members as classes (the test compares them as data now)"],
];

/** The contracts: the restJson1 reference models (with their errata, as values are drawn) and Personalize. */
function contracts(): [string, () => ServiceContract][] {
  let models: string[];
  try {
    models = restJson1Models();
  } catch (e) {
    return [["the restJson1 reference models", () => { throw e; }]];
  }
  const restJson1 = models.map((model): [string, () => ServiceContract] => {
    let contract: ServiceContract | undefined;
    return [
      basename(model),
      () => {
        if (contract !== undefined) return contract;
        const overlay = errataOverlay(model, scratch);
        const loaded = loadClosure({ model, ...(overlay !== undefined && { overlay }) });
        return (contract = buildServiceContract(loaded.closure, loaded.overlay));
      },
    ];
  });
  return [...restJson1, ["personalize (awsJson1_1)", () => personalize]];
}

/** The site a request arrived at, as the mock's endpoint matching sees it (the endpoint has no path of its own). */
const siteOf = (url: string) => ({ ownEndpoint: true, path: new URL(url).pathname });

async function checkRequest(contract: ServiceContract, drawn: DrawnRequest): Promise<void> {
  const protocol = protocolOf(contract);
  const request = drawn.request();
  const route = protocol.route(request, contract, siteOf(request.url));
  expect(route.kind === "operation" ? route.operation.name : route, `${drawn.method} ${drawn.url}`).toBe(drawn.operation);
  if (route.kind !== "operation") return;
  const read = await protocol.readRequest(await incomingOf(request), route.operation, contract, route.labels);
  expect(asData(read.ok ? read.document : read)).toStrictEqual(asData(drawn.document));
}

async function checkAnswer(contract: ServiceContract, drawn: DrawnAnswer): Promise<void> {
  const read = await protocolOf(contract).readResponse(contract, contract.operations[drawn.operation]!, drawn.response());
  expect(asData(read)).toStrictEqual(asData(drawn.kind === "output" ? { kind: "output", document: drawn.document } : { kind: "error", name: drawn.error, document: drawn.document }));
}

/**
 * `value` as toStrictEqual compares it, whatever its keys: an object as its class and its entries
 * (sorted; `undefined` members kept), because toStrictEqual reads `value.constructor` to compare
 * classes, and a map with a key named `constructor` has its own (two equal maps then differ).
 */
function asData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asData);
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Date) return { Date: value.getTime() };
  if (ArrayBuffer.isView(value)) return { [value.constructor.name]: Array.from(value as Uint8Array) };
  const prototype = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { class: prototype === null ? null : (prototype.constructor?.name ?? "?"), entries: entries.map(([k, v]) => [k, asData(v)]) };
}

/** Runs `check` over `RUNS` draws of each operation's `arbitrary`, with `seed`. */
async function everyOperation<T>(http: HttpArbitraries, seed: number, arbitrary: (operation: string) => fc.Arbitrary<T>, check: (value: T) => Promise<void>): Promise<number> {
  let runs = 0;
  for (const [i, operation] of http.operations.entries()) {
    await fc.assert(
      fc.asyncProperty(arbitrary(operation), async (value) => {
        runs++;
        await check(value);
      }),
      { seed: seed + i, numRuns: RUNS },
    );
  }
  return runs;
}

describe.each(contracts())("%s", (name, load) => {
  const cases = [...FLAVOURS.map((flavour) => ({ flavour, seed: SEED, pinned: undefined as string | undefined })), ...PINNED.filter(([m]) => m === name).map(([, flavour, seed, caught]) => ({ flavour, seed, pinned: caught }))];

  it.each(cases)("$flavour data, seed $seed: requests route back to their operation and read back into their documents", async ({ flavour, seed }) => {
    const contract = load();
    const http = httpArbitraries(contract, { data: flavour });
    const runs = await everyOperation(http, seed, (op) => http.request(op), (drawn) => checkRequest(contract, drawn));
    console.log(`http arbitraries: ${name}, ${flavour}, seed ${seed} (HTTP_ARBITRARIES_SEED=${seed} replays it): ${runs} requests of ${http.operations.length} operations read back`);
    expect(http.operations.length).toBeGreaterThan(0);
  }, 120_000);

  it.each(cases)("$flavour data, seed $seed: answers and modeled errors read back into their documents", async ({ flavour, seed }) => {
    const contract = load();
    const http = httpArbitraries(contract, { data: flavour });
    const runs = await everyOperation(http, seed, (op) => http.answer(op), (drawn) => checkAnswer(contract, drawn));
    console.log(`http arbitraries: ${name}, ${flavour}, seed ${seed}: ${runs} answers read back`);
  }, 120_000);
});

describe("on a small model of our own", () => {
  const IDL = `$version: "2"
namespace t
use aws.protocols#restJson1

@restJson1
service Svc { version: "2026-01-01", operations: [Put] }

@http(method: "PUT", uri: "/things/{id}", code: 200)
operation Put {
    input := {
        @required @httpLabel id: Id
        @httpHeader("X-Upper") upper: Upper
        @httpHeader("X-Face") face: Face
        @httpHeader("X-When") when: Timestamp
        body: Blob
    }
    output := { @httpResponseCode status: Integer, @httpHeader("X-Upper") upper: Upper }
    errors: [Conflict]
}

@length(min: 1, max: 8)
string Id

/// Anything but lower-case letters, which the replacement of what a header cannot hold uses.
@pattern("^[^a-z]*$")
string Upper

/// A value a header can carry, and one it cannot (the wire would replace its Ü, breaking the enum).
enum Face {
    UP = "UP"
    UBER = "ÜBER"
}

@error("client") @httpError(409)
structure Conflict { message: String, @httpHeader("X-Upper") upper: Upper }
`;
  const model = loadModelAst(modelFromTexts([{ path: "svc.smithy", text: IDL }]), "svc.smithy", "0");
  const contract = buildServiceContract(closure(model, selectService(model)));
  const ENDPOINT = "http://localhost:4566/base";

  it("keeps only documents the wire leaves valid: an enum value a header cannot carry (replaced into lower case, breaking the enum) is not drawn", () => {
    const http = httpArbitraries(contract, { endpoint: ENDPOINT });
    const check = (target: CheckTarget, value: unknown) => checkerOf(contract).check(target, value).violations;
    const requests = fc.sample(http.request("Put"), { seed: SEED, numRuns: 200 });
    for (const drawn of requests) expect(check({ operation: "Put", kind: "input" }, drawn.document)).toEqual([]);
    const faces = new Set(requests.map((r) => r.document.face));
    expect([faces.has("UP"), faces.has("ÜBER")]).toEqual([true, false]);
    // Header values are drawn at all, and travel (visible ASCII, inner spaces and tabs: RFC 9110
    // §5.5), and an http-date holds whole seconds.
    expect(requests.some((r) => typeof r.document.upper === "string" && r.document.upper !== "")).toBe(true);
    for (const r of requests) expect(String(r.document.upper ?? "")).toMatch(/^(?:[!-~](?:[\t -~]*[!-~])?)?$/);
    for (const r of requests) if (r.document.when !== undefined) expect(Number.isInteger(r.document.when)).toBe(true);
    for (const drawn of fc.sample(http.answer("Put"), { seed: SEED, numRuns: 100 })) {
      expect(check(drawn.kind === "output" ? { operation: "Put", kind: "output" } : { operation: "Put", kind: "error", error: drawn.error }, drawn.document)).toEqual([]);
    }
  });

  it("writes requests to the endpoint given, with the document's SDK side, and prints a draw readably", () => {
    const http = httpArbitraries(contract, { endpoint: ENDPOINT });
    const [drawn] = fc.sample(http.request("Put"), { seed: SEED, numRuns: 1 });
    expect(drawn!.url.startsWith(`${ENDPOINT}/things/`)).toBe(true);
    expect(drawn!.method).toBe("PUT");
    expect(drawn!.request().url).toBe(drawn!.url);
    const { body, when } = drawn!.document as { body?: string; when?: number };
    const sdk = drawn!.sdk as { body?: Uint8Array; when?: Date };
    if (body !== undefined) expect(sdk.body).toBeInstanceOf(Uint8Array);
    if (when !== undefined) expect(sdk.when).toStrictEqual(new Date(when * 1000));
    expect(fc.stringify(drawn)).toBe(`Put request PUT ${drawn!.url} ${JSON.stringify(drawn!.document)}`);
  });

  it("answers a success status whatever the response-code member draws, and errors with their own", () => {
    const http = httpArbitraries(contract, { requestId: "r-1" });
    for (const drawn of fc.sample(http.answer("Put"), { seed: SEED, numRuns: 100 })) {
      if (drawn.kind === "output") {
        expect(drawn.answer.status).toBeGreaterThanOrEqual(200);
        expect(drawn.answer.status).toBeLessThanOrEqual(299);
        expect(drawn.document.status).toBe(drawn.answer.status);
      } else {
        expect([drawn.error, drawn.answer.status, drawn.answer.headers["x-amzn-errortype"]]).toEqual(["Conflict", 409, "Conflict"]);
      }
      expect(drawn.answer.headers["x-amzn-requestid"]).toBe("r-1");
    }
  });

  it("names what it cannot draw", () => {
    const http = httpArbitraries(contract);
    expect(() => http.request("Nope")).toThrow("Svc contract: Nope is no operation with plans to draw messages from");
    expect(() => http.error("Put", "Nope")).toThrow("Svc contract: Put has no modeled error Nope");
  });
});
