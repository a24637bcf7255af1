/**
 * How an app team tests its Personalize code against the generated mocks of two restJson1 services,
 * with the real `@aws-sdk/client-personalize-runtime` and `@aws-sdk/client-personalize-events`
 * clients, through both doors of the same mocks: msw's `setupServer` (the clients' own HTTP stack,
 * intercepted) and the in-process transport (`mockRequestHandler` as the clients' `requestHandler`).
 */
import { InvalidInputException as EventsInvalidInputException, PersonalizeEventsClient } from "@aws-sdk/client-personalize-events";
import { InvalidInputException, PersonalizeRuntimeClient, ResourceNotFoundException } from "@aws-sdk/client-personalize-runtime";
import { fc, test } from "@fast-check/vitest";
import { setupServer } from "msw/node";
import { mockRequestHandler, onUnhandled } from "smithy-contract/msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { operations } from "../../generated/personalize-runtime/arbitraries.ts";
import { createPersonalizeEventsMock } from "../../generated/personalize-events/msw.ts";
import { createPersonalizeRuntimeMock } from "../../generated/personalize-runtime/msw.ts";
import { HOME_PAGE_CAMPAIGN, recordClick, showRecommendations, TITLE_COLUMN, type Recommendations } from "./recommendations.ts";

const runtime = createPersonalizeRuntimeMock({ seed: 7 });
const events = createPersonalizeEventsMock({ seed: 7 });
const server = setupServer(...runtime.handlers, ...events.handlers);
const inProcess = mockRequestHandler(...runtime.handlers, ...events.handlers);

const settings = { region: "eu-west-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 };

interface Door {
  readonly name: string;
  readonly recommend: PersonalizeRuntimeClient;
  readonly track: PersonalizeEventsClient;
  /** Puts handlers (a helper's answer, another mock) first, as msw's `server.use`. */
  use(...handlers: readonly object[]): void;
}

const doors: readonly Door[] = [
  {
    name: "msw",
    recommend: new PersonalizeRuntimeClient(settings),
    track: new PersonalizeEventsClient(settings),
    use: (...handlers) => server.use(...(handlers as Parameters<typeof server.use>)),
  },
  {
    name: "the in-process transport",
    recommend: new PersonalizeRuntimeClient({ ...settings, requestHandler: inProcess }),
    track: new PersonalizeEventsClient({ ...settings, requestHandler: inProcess }),
    use: (...handlers) => inProcess.use(...handlers),
  },
];

/** What the model's @examples answer for this reader on the home page's campaign (model/personalize-runtime.smithy). */
const EXAMPLE_READER = "reader-1001";
const RETIRED_CAMPAIGN = "arn:aws:personalize:eu-west-1:123456789012:campaign/retired";
const TRACKER = "3a6a1cd0-5f3c-4b77-9e8e-7d7a2f0d9c41";

beforeAll(() => server.listen(onUnhandled("error")));
afterEach(() => {
  server.resetHandlers();
  inProcess.resetHandlers();
  runtime.assertNoViolations();
  events.assertNoViolations();
  runtime.reset();
  events.reset();
});
afterAll(() => {
  server.close();
  for (const door of doors) {
    door.recommend.destroy();
    door.track.destroy();
  }
});

describe.each(doors)("showRecommendations and recordClick through $name", (door) => {
  it("shows the books the campaign recommends, best first, with their titles", async () => {
    expect(await showRecommendations(door.recommend, EXAMPLE_READER)).toEqual({
      recommendationId: "3f1c6a2e-8d4b-4e0a-9c57-2b7d1e6f9a10",
      items: [
        { itemId: "book-0142", title: "A Field Guide to Mosses" },
        { itemId: "book-0877", title: "Bread, Slowly" },
        { itemId: "book-0031", title: "Night Trains of Europe" },
      ],
    });
    // What the real client sent, as the service reads it: restJson1's POST /recommendations with a JSON body.
    const [sent] = runtime.requestsOf("GetRecommendations");
    expect([sent?.method, new URL(sent!.url).host, new URL(sent!.url).pathname, sent?.headers["content-type"]]).toEqual([
      "POST",
      "personalize-runtime.eu-west-1.amazonaws.com",
      "/recommendations",
      "application/json",
    ]);
    expect(sent?.body).toEqual({ campaignArn: HOME_PAGE_CAMPAIGN, userId: EXAMPLE_READER, numResults: 3, metadataColumns: { ITEMS: [TITLE_COLUMN] } });
  });

  it("shows realistic, seeded recommendations for any other reader, the item id standing in for a missing title", async () => {
    const first = await showRecommendations(door.recommend, "reader-2002", { numResults: 10 });
    const again = await showRecommendations(door.recommend, "reader-2002", { numResults: 10 });
    expect(again).toEqual(first); // same seed, same request: same answer
    expect(runtime.requestsOf("GetRecommendations").map((r) => r.status)).toEqual([200, 200]);
    expect(first.items.length).toBeGreaterThan(0);
    expect(first.recommendationId).toMatch(/^\S+$/);
    for (const { itemId, title } of first.items) {
      expect(itemId).toMatch(/^\S{1,256}$/);
      expect(title.length).toBeGreaterThan(0);
    }
  });

  it("shows the test's own recommendations, checked against the contract before they are sent", async () => {
    door.use(
      runtime.getRecommendations({
        itemList: [{ itemId: "book-1", score: 0.5, metadata: { [TITLE_COLUMN]: "Moss" } }, { itemId: "book-2", metadata: { AUTHOR: "Anon" } }, { itemId: "" }],
        recommendationId: "rec-1",
      }),
    );
    expect(await showRecommendations(door.recommend, "reader-3003")).toEqual({
      recommendationId: "rec-1",
      items: [
        { itemId: "book-1", title: "Moss" },
        { itemId: "book-2", title: "book-2" },
      ],
    });
    // An answer the contract forbids (a promotion name with a space) never reaches the app.
    expect(() => runtime.getRecommendations({ itemList: [{ itemId: "book-1", promotionName: "summer sale" }] })).toThrow(
      /GetRecommendations output violates the contract: \/itemList\/0\/promotionName \(PredictedItem\.promotionName\): must match pattern/,
    );
  });

  it("lets a deleted campaign's ResourceNotFoundException through as the SDK's own class (the model's example error)", async () => {
    const error = await showRecommendations(door.recommend, EXAMPLE_READER, { campaignArn: RETIRED_CAMPAIGN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ message: `Campaign ${RETIRED_CAMPAIGN} does not exist.`, $metadata: { httpStatusCode: 404 } });
  });

  it("lets an injected InvalidInputException through as the SDK's own class", async () => {
    door.use(runtime.getRecommendations.error("InvalidInputException", { message: "The campaign is still being created." }));
    const error = await showRecommendations(door.recommend, EXAMPLE_READER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputException);
    expect(error).toMatchObject({ message: "The campaign is still being created.", $metadata: { httpStatusCode: 400 } });
    expect(runtime.requestsOf("GetRecommendations").map((r) => r.status)).toEqual([400]);
  });

  it("refuses a strip size below zero as the service does", async () => {
    await expect(showRecommendations(door.recommend, EXAMPLE_READER, { numResults: -1 })).rejects.toThrow(
      "1 validation error detected: Value '-1' at 'numResults' failed to satisfy constraint: Member must have value greater than or equal to 0",
    );
  });

  it("records a click on a recommended book with PutEvents, tied to the answer that showed it", async () => {
    const { recommendationId, items } = await showRecommendations(door.recommend, EXAMPLE_READER);
    const at = new Date("2026-01-01T12:00:00.250Z");
    await recordClick(door.track, { trackingId: TRACKER, sessionId: "visit-77", userId: EXAMPLE_READER, itemId: items[1]!.itemId, recommendationId, at });
    const [sent] = events.requestsOf("PutEvents");
    expect([sent?.method, new URL(sent!.url).host, new URL(sent!.url).pathname, sent?.status]).toEqual(["POST", "personalize-events.eu-west-1.amazonaws.com", "/events", 200]);
    // The wire form: the timestamp in epoch seconds, as restJson1 writes a body timestamp.
    expect(sent?.body).toEqual({
      trackingId: TRACKER,
      sessionId: "visit-77",
      userId: EXAMPLE_READER,
      eventList: [{ eventType: "click", itemId: "book-0877", recommendationId: "3f1c6a2e-8d4b-4e0a-9c57-2b7d1e6f9a10", sentAt: 1767268800.25 }],
    });
  });

  it("has a bad click refused as the service refuses it, without repeating the sensitive event's values", async () => {
    const click = { trackingId: TRACKER, sessionId: "visit-77", itemId: "" };
    const error = await recordClick(door.track, click).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "ValidationException",
      message: "1 validation error detected: Value at 'eventList.1.member.itemId' failed to satisfy constraint: Member must have length greater than or equal to 1",
      $metadata: { httpStatusCode: 400 },
    });
    await expect(recordClick(door.track, { ...click, itemId: "book-1", recommendationId: "r".repeat(41) })).rejects.toThrow(
      "Value at 'eventList.1.member.recommendationId' failed to satisfy constraint: Member must have length less than or equal to 40",
    );
    // Or answered with the operation's modeled error, for apps that catch InvalidInputException.
    door.use(...createPersonalizeEventsMock({ seed: 7, validationError: "InvalidInputException" }).handlers);
    await expect(recordClick(door.track, click)).rejects.toBeInstanceOf(EventsInvalidInputException);
  });
});

describe("the two doors", () => {
  it("answer a reader the same way: one mock, two transports", async () => {
    const [msw, local] = await Promise.all(doors.map((d) => showRecommendations(d.recommend, "reader-4004", { numResults: 5 })));
    expect(local).toEqual(msw);
  });
});

describe("showRecommendations over any answer the contract allows", () => {
  // Exhaustive draws (control characters, empty ids, odd metadata) through the in-process door, with
  // a TITLE column (often empty) given to some items, since a random column name is hardly ever TITLE.
  const answers = fc
    .tuple(operations.GetRecommendations.output.sdk, fc.array(fc.option(fc.string({ maxLength: 3 }), { nil: undefined }), { maxLength: 8 }))
    .map(([answer, titles]) => ({
      ...answer,
      itemList: answer.itemList?.map((item, i) => (titles[i] === undefined ? item : { ...item, metadata: { ...item.metadata, [TITLE_COLUMN]: titles[i] } })),
    }));
  const client = doors[1]!.recommend;

  // The seed is printed with the test's name, and on failure.
  test.prop([answers], { numRuns: 50 })("keeps every item that has an id, in order, titled by its TITLE column unless that is empty", async (answer) => {
    inProcess.resetHandlers(runtime.getRecommendations(answer));
    const shown: Recommendations = await showRecommendations(client, EXAMPLE_READER);
    const withIds = (answer.itemList ?? []).filter((i) => i.itemId !== undefined && i.itemId !== "");
    expect(shown.items.map((i) => i.itemId)).toEqual(withIds.map((i) => i.itemId));
    shown.items.forEach(({ itemId, title }, i) => {
      expect(title.length).toBeGreaterThan(0);
      expect([itemId, withIds[i]!.metadata?.[TITLE_COLUMN]]).toContain(title);
    });
    expect(shown.recommendationId).toBe(answer.recommendationId);
  });
});
