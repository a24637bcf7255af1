/**
 * msw's door to a mock: one `http.all` handler whose custom predicate is the mock's own claim
 * (endpoint, then `X-Amz-Target`, then operation), as msw's own handlers match on method and URL.
 * A request the mock does not serve is therefore not matched at all: msw's `onUnhandledRequest`
 * (msw 3: `onUnhandledFrame`) sees it, and with `"error"` the test fails — nothing is passed to the
 * network. `once` is msw's own (the handler's `isUsed`), so `server.resetHandlers()` and
 * `server.restoreHandlers()` treat it as any msw handler.
 *
 * Custom predicates came with msw 2.11; msw 3 keeps them.
 *
 * @see https://mswjs.io/docs/api/http#custom-predicate
 */
import { http } from "msw";
import type { Door } from "../mock/instance.ts";
import { mockRequestOf, withRoute } from "../mock/route.ts";
import { toResponse } from "../protocol/message.ts";

/**
 * msw handlers on any method (restJson1 routes GETs, PUTs, DELETEs…; the protocol's route decides),
 * carrying their route too, so the in-process request handler takes them as well. The request msw
 * hands the resolver is read once (msw keeps its own clone for logging); the answer becomes a
 * `Response` here, at the edge.
 */
export const mswDoor: Door = {
  handler: (claims, respond, { once, orphan }) =>
    withRoute(
      http.all(
        ({ request }) => claims(request),
        async ({ request }) => toResponse(await respond(await mockRequestOf(request))),
        { once },
      ),
      { claims, respond, once, ...(orphan !== undefined && { orphan }) },
    ),
};
