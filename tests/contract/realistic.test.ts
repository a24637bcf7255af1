/**
 * What realistic default answers do beyond the values themselves (those are checked over the
 * corpus in tests/runtime/data/realistic/): the request's identifiers come back, a request equal to
 * one of the model's `@examples` gets the example's answer, request members bound the answer's
 * sizes, members that exclude each other never come together, ARNs name the client's region — and
 * exhaustive data (`data: "exhaustive"`) does none of it. Through msw's `getResponse` for the
 * corpus sweep, through the real clients for the rest.
 */
import { GetRandomPasswordCommand, GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import * as fc from "fast-check";
import { getResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildServiceContract } from "../../codegen/contract/service-contract.ts";
import { loadClosure } from "../../codegen/load-closure.ts";
import type { AwsJsonProtocol, ServiceContract } from "../../runtime/contract.ts";
import { realisticSides } from "../../runtime/data/realistic-sides.ts";
import { createServiceMock, onUnhandled, type MockInstance } from "../../runtime/msw/index.ts";
import { contentType } from "../../runtime/protocol/awsjson.ts";
import { canonicalJson } from "../../runtime/serde/canonical.ts";
import { checkerOf } from "../../runtime/validation/checker.ts";
import { getAt, setAt } from "../../runtime/validation/pointer.ts";
import { corpusModels } from "../support/corpus.ts";

const SEEDS = 3;
const credentials = { accessKeyId: "x", secretAccessKey: "x" };
const OVERLAY = new URL("../fixtures/overlays/secrets-manager.overlay.json", import.meta.url).pathname;
const modelNamed = (name: string) => corpusModels().find((m) => m.endsWith(name))!;

async function call(mock: MockInstance, contract: ServiceContract, operation: string, input: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const request = new Request(`https://${contract.endpointPrefix}.ap-southeast-2.amazonaws.com/`, {
    method: "POST",
    headers: { "Content-Type": contentType(contract.protocol as AwsJsonProtocol), "X-Amz-Target": `${contract.serviceName}.${operation}` },
    body: JSON.stringify(input),
  });
  const response = (await getResponse(mock.handlers, request))!;
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("the request's identifiers come back, over every operation of the reference models", () => {
  it.each(corpusModels().map((m) => [m.split("/").pop()!, m]))("%s", async (_, model) => {
    const contract = buildServiceContract(loadClosure({ model }).closure);
    const mock = createServiceMock(contract).create({ seed: 5 });
    let linked = 0;
    let echoed = 0;
    let forced = 0;
    const misses: string[] = [];
    const checker = checkerOf(contract);
    for (const op of Object.values(contract.operations)) {
      if (op.echo === undefined) continue;
      linked++;
      for (const input of fc.sample(realisticSides(contract, op.name, "input").wire, { seed: 11, numRuns: SEEDS })) {
        const { status, body } = await call(mock, contract, op.name, input);
        // A request an operation refuses (one of its own rules beyond the schema, an example's error) proves nothing here.
        if (status !== 200) continue;
        for (const link of op.echo) {
          const sent = getAt(input, link.from);
          if (sent === undefined) continue;
          if (canonicalJson(getAt(body, link.to)) === canonicalJson(sent)) {
            echoed++;
            continue;
          }
          // Not echoed: only right when the answer cannot hold the request's value there (the
          // output member's own constraints refuse it).
          const candidate = structuredClone(body);
          setAt(candidate, link.to, sent);
          if (checker.violation(op, { kind: "output" }, candidate) !== undefined) forced++;
          else misses.push(`${op.name}: ${link.from} → ${link.to}: sent ${JSON.stringify(sent)}, answered ${JSON.stringify(getAt(body, link.to))}`);
        }
      }
    }
    console.log(`echo: ${model.split("/").pop()}: ${linked} operations with identifiers to echo; ${echoed} echoed, ${forced} refused by the output's own constraints`);
    expect(misses).toEqual([]);
    expect(echoed).toBeGreaterThan(0);
    expect(mock.violations).toEqual([]);
  });
});

describe("Secrets Manager, through the real client", () => {
  const server = setupServer();
  beforeAll(() => server.listen(onUnhandled("error")));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  const client = new SecretsManagerClient({ region: "eu-central-1", credentials, maxAttempts: 1 });
  const { closure, overlay } = loadClosure({ model: modelNamed("secrets-manager-2017-10-17.json"), overlay: OVERLAY });
  const contract = buildServiceContract(closure, overlay);
  const secrets = createServiceMock(contract);

  it("answers a request equal to an @examples input with the example's output", async () => {
    const example = contract.operations.GetRandomPassword!.examples![0]!;
    expect(example.title).toBe("To generate a random password");
    server.use(...secrets.create({ seed: 1 }).handlers);
    const out = await client.send(new GetRandomPasswordCommand({ PasswordLength: 20, IncludeSpace: true, RequireEachIncludedType: true }));
    expect(out.RandomPassword).toBe("EXAMPLE-PASSWORD");
  });

  it("bounds what the request sizes: PasswordLength 16 gives 16 characters (any request but the example's)", async () => {
    server.use(...secrets.create({ seed: 1 }).handlers);
    for (const length of [1, 16, 40]) {
      const out = await client.send(new GetRandomPasswordCommand({ PasswordLength: length }));
      expect([...(out.RandomPassword ?? "")]).toHaveLength(length);
    }
  });

  it("never answers SecretString and SecretBinary together (the overlay's exclusive members), and names the client's region", async () => {
    server.use(...secrets.create({ seed: 1 }).handlers);
    for (let i = 0; i < 30; i++) {
      const out = await client.send(new GetSecretValueCommand({ SecretId: `app/db-${i}` }));
      expect(out.SecretString !== undefined && out.SecretBinary !== undefined).toBe(false);
      expect(out.ARN).toMatch(/^arn:aws:secretsmanager:eu-central-1:123456789012:/);
    }
  });

  it("exhaustive data does none of it: it draws from the whole space the contract allows", async () => {
    server.use(...secrets.create({ seed: 1, data: "exhaustive" }).handlers);
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await client.send(new GetSecretValueCommand({ SecretId: `app/db-${i}` })));
    expect(answers.some((a) => a.ARN === undefined || !a.ARN.startsWith("arn:"))).toBe(true);
  });
});
