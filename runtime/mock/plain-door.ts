/**
 * The door of mocks made without msw (`smithy-contract/mock`): handlers are plain objects that
 * carry their route, for the in-process request handler (request-handler.ts). msw is neither
 * needed nor loaded.
 */
import type { Door } from "./instance.ts";
import { withRoute } from "./route.ts";

/** A handler of a mock made without msw: pass it to `mockRequestHandler(...)` or `requestHandler.use(...)`. */
export interface PlainHandler {
  readonly kind: "smithy-contract handler";
  readonly description: string;
}

export const plainDoor: Door = {
  handler: (claims, respond, { once, orphan }) =>
    withRoute<PlainHandler>({ kind: "smithy-contract handler", description: once ? "answers once" : "answers" }, { claims, respond, once, ...(orphan !== undefined && { orphan }) }) as never,
};
