// examples/readme/restjson1.test.ts
import { GetRecommendationsCommand, PersonalizeRuntimeClient, ResourceNotFoundException } from "@aws-sdk/client-personalize-runtime";
import { setupServer } from "msw/node";
import { onUnhandled } from "smithy-contract/msw";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createPersonalizeRuntimeMock } from "../../generated/personalize-runtime/msw.js";

// Generated from model/personalize-runtime.smithy (restJson1): POST /recommendations on personalize-runtime.<region>.amazonaws.com.
const mock = createPersonalizeRuntimeMock({ seed: 7 });
const server = setupServer(...mock.handlers);
const client = new PersonalizeRuntimeClient({ region: "eu-west-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 });
const campaignArn = "arn:aws:personalize:eu-west-1:123456789012:campaign/home-page";

beforeAll(() => server.listen(onUnhandled("error")));
afterEach(() => {
  server.resetHandlers();
  mock.assertNoViolations();
  mock.reset();
});
afterAll(() => server.close());

it("routes on method and URI, reads the JSON body as the service does, and answers with seeded data", async () => {
  const { itemList } = await client.send(new GetRecommendationsCommand({ campaignArn, userId: "reader-2002", numResults: 5 }));
  expect(itemList?.length).toBeGreaterThan(0);
  const [request] = mock.requestsOf("GetRecommendations");
  expect([request?.method, new URL(request!.url).pathname, request?.body]).toEqual(["POST", "/recommendations", { campaignArn, userId: "reader-2002", numResults: 5 }]);
});

it("answers a modeled error with its @httpError status and X-Amzn-Errortype", async () => {
  server.use(mock.getRecommendations.error("ResourceNotFoundException", { message: "no such campaign" }));
  const error = await client.send(new GetRecommendationsCommand({ campaignArn, userId: "reader-2002" })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ResourceNotFoundException);
  expect((error as ResourceNotFoundException).$metadata.httpStatusCode).toBe(404);
});

it("refuses a bad request as AWS does", async () => {
  await expect(client.send(new GetRecommendationsCommand({ campaignArn: "home-page", userId: "reader-2002" }))).rejects.toThrow(
    "1 validation error detected: Value 'home-page' at 'campaignArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:([a-z\\d-]+):personalize:.*:.*:.+$",
  );
});
