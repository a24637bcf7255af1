/**
 * What every handler a mock or a helper makes carries, whatever door made it: its claim, its
 * answer and whether it answers once. msw's handlers (runtime/msw/door.ts) match on it in their
 * predicate; the in-process request handler (request-handler.ts) tries the routes itself — so one
 * helper's handler works with `server.use(...)` and with `requestHandler.use(...)` alike.
 */

import type { Answer, HeadersLike, IncomingRequest, RequestHead } from "../protocol/message.ts";

/** A request as the mock core reads it: read off the wire, and as fetch's `Request` for resolvers. */
export interface MockRequest extends IncomingRequest {
  /** The request as a fetch `Request` (a resolver's `ctx.request`), made on first use. */
  toRequest(): Request;
}

/** The claim and the answer of one handler. */
export interface MockRoute {
  /** Whether the handler answers this request (synchronous: decided before any body is read). */
  claims(request: RequestHead): boolean;
  respond(request: MockRequest): Promise<Answer>;
  /** Answers one request only. */
  readonly once: boolean;
  /**
   * A mock's (not a helper's): its answer to a request no handler claimed, where its endpoint is
   * the whole server's (serve) — undefined when it is not the service's to refuse either.
   */
  readonly orphan?: (request: MockRequest) => Promise<Answer | undefined>;
}

/** A {@link MockRequest} of a request's head and body bytes. */
export function mockRequest(method: string, url: string, headers: HeadersLike, body: Uint8Array): MockRequest {
  let request: Request | undefined;
  return {
    method,
    url,
    headers,
    body,
    toRequest() {
      if (request !== undefined) return request.clone();
      const init: RequestInit = { method, headers: entriesOf(headers) };
      if (body.byteLength > 0 && method !== "GET" && method !== "HEAD") init.body = body as NonNullable<RequestInit["body"]>;
      request = new Request(url, init);
      return request.clone();
    },
  };
}

/** A fetch `Request` (msw's) as a {@link MockRequest}: its body read once. */
export async function mockRequestOf(request: Request): Promise<MockRequest> {
  return mockRequest(request.method, request.url, request.headers, new Uint8Array(await request.arrayBuffer()));
}

function entriesOf(headers: HeadersLike): [string, string][] {
  const out: [string, string][] = [];
  headers.forEach((value, name) => out.push([name, value]));
  return out;
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
