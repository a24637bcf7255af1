/**
 * The pairs against the real client, `@aws-sdk/client-personalize`, through an in-process request
 * handler (no network, no mock server): serving an output's `wire` makes the client return its `sdk`;
 * sending an input's `sdk` makes the client put its `wire` on the wire. For the default operation and
 * for every operation of the full Personalize model.
 */
import * as P from "@aws-sdk/client-personalize";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closure, selectService } from "../../../codegen/model/closure.ts";
import { loadModelFile } from "../../../codegen/model/load.ts";
import { corpusModels, DEFAULT_MODEL, PERSONALIZE_FULL } from "../../support/corpus.ts";
import { useScratch, type GeneratedModule } from "./scratch.ts";

const SEED = 5_2025_0607;
const generate = useScratch("arbitraries-sdk");

type Operations = GeneratedModule["operations"];

async function operationsOf(modelFile: string, name: string, ops?: string[]): Promise<Operations> {
  const model = loadModelFile(modelFile);
  return (await generate(closure(model, selectService(model), ops), name)).operations;
}

/** A client whose transport answers `respond()` and records the last request body. */
function fakeClient(respond: () => string) {
  const seen = { body: "" };
  const client = new P.PersonalizeClient({
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: { body?: unknown }) => {
        seen.body = typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body as Uint8Array);
        return { response: { statusCode: 200, headers: { "content-type": "application/x-amz-json-1.1" }, body: new TextEncoder().encode(respond()) } };
      },
    },
  });
  return { client, seen };
}

async function checkOperations(operations: Operations, numRuns: number): Promise<number> {
  let body = "{}";
  const { client, seen } = fakeClient(() => body);
  let checked = 0;
  for (const [name, op] of Object.entries(operations)) {
    const Command = (P as unknown as Record<string, new (input: unknown) => Parameters<typeof client.send>[0]>)[`${name}Command`];
    expect(typeof Command, `${name}Command is exported by the SDK`).toBe("function");
    for (const pair of fc.sample(op.output.pair, { numRuns, seed: SEED })) {
      body = JSON.stringify(pair.wire);
      const { $metadata: _, ...out } = (await client.send(new Command!({}))) as unknown as Record<string, unknown>;
      expect(out, `${name} output ${body}`).toEqual(pair.sdk);
      checked++;
    }
    body = "{}";
    for (const pair of fc.sample(op.input.pair, { numRuns, seed: SEED })) {
      await client.send(new Command!(pair.sdk));
      expect(JSON.parse(seen.body), `${name} input`).toEqual(pair.wire);
      checked++;
    }
  }
  return checked;
}

describe("pairs through the real Personalize client", () => {
  it("DescribeDatasetImportJob: served wire → sdk out; sdk in → wire sent", async () => {
    expect(await checkOperations(await operationsOf(DEFAULT_MODEL, "default", ["DescribeDatasetImportJob"]), 60)).toBe(120);
  });

  it("every operation of the full Personalize model", async () => {
    corpusModels(); // fails with one clear line when the reference models are absent
    const operations = await operationsOf(PERSONALIZE_FULL, "personalize");
    expect(Object.keys(operations)).toHaveLength(71);
    await checkOperations(operations, 6);
  });
});
