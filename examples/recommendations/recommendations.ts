/**
 * Example application code: a "recommended for you" strip and its click tracking, with Amazon
 * Personalize. `showRecommendations` asks a campaign (Personalize Runtime's GetRecommendations) for
 * a reader's books and their titles; `recordClick` reports the book the reader opened (Personalize
 * Events' PutEvents), tied to the answer that showed it so that Personalize can learn from it.
 *
 * This is the kind of module an app team writes and then tests against the generated mocks (see
 * recommendations.test.ts): it only knows the real SDK clients. The browser example's
 * recommendations panel (examples/browser/src/panels/recommendations.ts) uses it as it is.
 */
import { GetRecommendationsCommand, type PersonalizeRuntimeClient } from "@aws-sdk/client-personalize-runtime";
import { PutEventsCommand, type PersonalizeEventsClient } from "@aws-sdk/client-personalize-events";

/** The campaign behind the home page's strip (a bookshop's user-personalization campaign). */
export const HOME_PAGE_CAMPAIGN = "arn:aws:personalize:eu-west-1:123456789012:campaign/home-page";

/** The column of the items dataset that holds a book's title, asked for with each recommendation. */
export const TITLE_COLUMN = "TITLE";

/** One book to show. */
export interface Recommendation {
  readonly itemId: string;
  /** The TITLE column, or the item id when the campaign returns no title for it. */
  readonly title: string;
}

/** What the strip shows, and the id to send back with the clicks it leads to. */
export interface Recommendations {
  readonly recommendationId: string | undefined;
  readonly items: readonly Recommendation[];
}

export interface ShowOptions {
  /** The campaign to ask (default {@link HOME_PAGE_CAMPAIGN}). */
  readonly campaignArn?: string;
  /** How many books the strip has room for (default 3). */
  readonly numResults?: number;
}

/**
 * The books a campaign recommends for `userId`, best first, with their titles. Items without an id
 * are left out. Service errors (ResourceNotFoundException for a deleted campaign, InvalidInputException, …)
 * propagate as the SDK throws them.
 *
 * @example
 * const { items } = await showRecommendations(new PersonalizeRuntimeClient({ region: "eu-west-1" }), "reader-1001");
 * // [{ itemId: "book-0142", title: "A Field Guide to Mosses" }, …]
 */
export async function showRecommendations(client: PersonalizeRuntimeClient, userId: string, options: ShowOptions = {}): Promise<Recommendations> {
  const { campaignArn = HOME_PAGE_CAMPAIGN, numResults = 3 } = options;
  const { itemList = [], recommendationId } = await client.send(
    new GetRecommendationsCommand({ campaignArn, userId, numResults, metadataColumns: { ITEMS: [TITLE_COLUMN] } }),
  );
  const items = itemList.flatMap(({ itemId, metadata }) => (itemId ? [{ itemId, title: metadata?.[TITLE_COLUMN] || itemId }] : []));
  return { recommendationId, items };
}

/** A reader opened a recommended book. */
export interface Click {
  /** The event tracker's id: it names the dataset group the events go to. */
  readonly trackingId: string;
  /** The reader's visit, as the app tracks it (also before sign-in). */
  readonly sessionId: string;
  /** The reader, once signed in. */
  readonly userId?: string;
  readonly itemId: string;
  /** The `recommendationId` of the answer that showed the book. */
  readonly recommendationId?: string;
  /** When it happened (default: now). */
  readonly at?: Date;
}

/**
 * Sends one `click` event with PutEvents. A click the service refuses (an empty item id, a
 * recommendation id longer than it takes) rejects with the service's error.
 *
 * @example
 * await recordClick(new PersonalizeEventsClient({ region: "eu-west-1" }), { trackingId, sessionId, itemId: "book-0142", recommendationId });
 */
export async function recordClick(client: PersonalizeEventsClient, click: Click): Promise<void> {
  const { trackingId, sessionId, userId, itemId, recommendationId, at = new Date() } = click;
  await client.send(
    new PutEventsCommand({
      trackingId,
      sessionId,
      ...(userId !== undefined && { userId }),
      eventList: [{ eventType: "click", itemId, sentAt: at, ...(recommendationId !== undefined && { recommendationId }) }],
    }),
  );
}
