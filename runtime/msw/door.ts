/**
 * msw's door to a mock: one `http.post` handler whose custom predicate is the mock's own claim
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

export const mswDoor: Door = {
  handler: (claims, respond, { once }) => http.post(({ request }) => claims(request), ({ request }) => respond(request), { once }),
};
