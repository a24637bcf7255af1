/**
 * What every handler a mock or a helper makes carries, whatever door made it: its claim, its
 * answer and whether it answers once. msw's handlers (runtime/msw/door.ts) match on it in their
 * predicate; the in-process request handler (request-handler.ts) tries the routes itself — so one
 * helper's handler works with `server.use(...)` and with `requestHandler.use(...)` alike.
 */

/** The claim and the answer of one handler. */
export interface MockRoute {
  /** Whether the handler answers this request (synchronous: decided before any body is read). */
  claims(request: Request): boolean;
  respond(request: Request): Promise<Response>;
  /** Answers one request only. */
  readonly once: boolean;
}

/** The key under which a handler carries its {@link MockRoute}. */
export const ROUTE: unique symbol = Symbol.for("smithy-contract.route") as never;

/** A handler of ours: an msw handler, or the plain object of the in-process door, with its route. */
export type Routed<H extends object = object> = H & { readonly [ROUTE]: MockRoute };

/** `handler` with `route` attached (not enumerable: msw and users see the handler as it is). */
export function withRoute<H extends object>(handler: H, route: MockRoute): Routed<H> {
  Object.defineProperty(handler, ROUTE, { value: route, enumerable: false });
  return handler as Routed<H>;
}

/** The route a handler carries, if it is one of ours. */
export function routeOf(handler: unknown): MockRoute | undefined {
  return typeof handler === "object" && handler !== null && ROUTE in handler ? (handler as Routed)[ROUTE] : undefined;
}
