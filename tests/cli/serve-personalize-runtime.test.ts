/**
 * `smithy-contract serve` answering the real `@aws-sdk/client-personalize-runtime` over HTTP: the
 * built CLI started as a child process on our own IDL model (model/personalize-runtime.smithy), the
 * client pointed at its port with `endpoint`. restJson1 end to end through a real socket: the
 * client's POST /recommendations routed, read and answered with a body the per-part schema
 * accepts, and the modeled errors (404 and 400 with X-Amzn-Errortype) read back by the client as
 * its own exception classes.
 */
import { GetRecommendationsCommand, InvalidInputException, PersonalizeRuntimeClient, ResourceNotFoundException } from "@aws-sdk/client-personalize-runtime";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAjv } from "../../runtime/validation/ajv.ts";
import { kill, ROOT, startServe, type Served } from "../serve/child.ts";

const BASE = ["--model", "model/personalize-runtime.smithy", "--port", "0", "--seed", "7", "--quiet"];
const CAMPAIGN = "arn:aws:personalize:eu-west-1:123456789012:campaign/home-page";
/** The request of the model's @examples, and the one its error example answers with ResourceNotFoundException. */
const EXAMPLE = { campaignArn: CAMPAIGN, userId: "reader-1001", numResults: 3, metadataColumns: { ITEMS: ["TITLE"] } };
const RETIRED = "arn:aws:personalize:eu-west-1:123456789012:campaign/retired";

let plain: Served;
let modeled: Served;
const clients: PersonalizeRuntimeClient[] = [];

beforeAll(async () => {
  [plain, modeled] = await Promise.all([startServe(BASE), startServe([...BASE, "--validation-error", "InvalidInputException"])]);
  for (const s of [plain, modeled]) expect(s.origin, s.stderr()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
}, 30_000);

afterAll(() => {
  for (const c of clients) c.destroy();
  kill(plain);
  kill(modeled);
});

function clientOf(served: Served): PersonalizeRuntimeClient {
  const client = new PersonalizeRuntimeClient({ endpoint: served.origin, region: "eu-west-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 });
  clients.push(client);
  return client;
}

async function rejection(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => expect.fail("the call succeeded"),
    (e: unknown) => e,
  );
}

describe("smithy-contract serve --model model/personalize-runtime.smithy, called by the real Personalize Runtime client", () => {
  it("answers the model's example request with the example's recommendations", async () => {
    const { itemList, recommendationId, $metadata } = await clientOf(plain).send(new GetRecommendationsCommand(EXAMPLE));
    expect($metadata.httpStatusCode).toBe(200);
    expect(recommendationId).toBe("3f1c6a2e-8d4b-4e0a-9c57-2b7d1e6f9a10");
    expect(itemList?.map((i) => [i.itemId, i.metadata?.TITLE])).toEqual([
      ["book-0142", "A Field Guide to Mosses"],
      ["book-0877", "Bread, Slowly"],
      ["book-0031", "Night Trains of Europe"],
    ]);
  });

  it("answers any other request with a seeded body the per-part output schema accepts, which the client reads", async () => {
    const input = { recommenderArn: "arn:aws:personalize:eu-west-1:123456789012:recommender/top-picks", userId: "reader-2002", numResults: 10 };
    // The raw answer, as any HTTP client gets it.
    const raw = await fetch(`${plain.origin}/recommendations`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
    expect([raw.status, raw.headers.get("content-type")]).toEqual([200, "application/json"]);
    const body: unknown = await raw.json();
    const schema = JSON.parse(readFileSync(join(ROOT, "generated/personalize-runtime/schemas/GetRecommendations.output.body.schema.json"), "utf8")) as object;
    const validate = createAjv().compile(schema);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    const { itemList } = body as { itemList?: { itemId?: string }[] };
    expect(itemList?.length).toBeGreaterThan(0);
    // The client, for the same request: the same seeded items.
    const answer = await clientOf(plain).send(new GetRecommendationsCommand(input));
    expect(answer.itemList?.map((i) => i.itemId)).toEqual(itemList?.map((i) => i.itemId));
  });

  it("answers the error example with ResourceNotFoundException (404), which the client throws as its own class", async () => {
    const error = await rejection(clientOf(plain).send(new GetRecommendationsCommand({ ...EXAMPLE, campaignArn: RETIRED })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ message: `Campaign ${RETIRED} does not exist.`, $metadata: { httpStatusCode: 404 } });
  });

  it("refuses a constraint violation with AWS's ValidationException, or with the modeled InvalidInputException under --validation-error", async () => {
    const bad = new GetRecommendationsCommand({ campaignArn: "campaign/home-page", userId: "reader-1001" });
    const message =
      "1 validation error detected: Value 'campaign/home-page' at 'campaignArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:([a-z\\d-]+):personalize:.*:.*:.+$";
    expect(await rejection(clientOf(plain).send(bad))).toMatchObject({ name: "ValidationException", message, $metadata: { httpStatusCode: 400 } });
    const error = await rejection(clientOf(modeled).send(bad));
    expect(error).toBeInstanceOf(InvalidInputException);
    expect(error).toMatchObject({ message, $metadata: { httpStatusCode: 400 } });
  });
});
