/**
 * The in-process transport: a `requestHandler` any `@aws-sdk/client-*` accepts, answering from
 * mocks directly — no interception, no sockets, no msw. The SDK still signs, runs its middleware
 * and (de)serializes; the request reaches the same mock core as the msw path (routing, validation,
 * errors, realistic data, state, lifecycle, the request log and violations), so the two behave
 * alike, only faster.
 *
 * Its handlers are tried in order, overrides first (`use`), as msw tries a server's: the handlers of
 * mocks (`mock.handlers`) and of helpers (`mock.describeDatasetImportJob(...)`), made with msw or
 * without it (`smithy-contract/mock`). A request no handler claims fails the call with an error
 * naming it — the in-process `onUnhandled("error")`: nothing is passed to the network.
 *
 * @example
 * const mock = createPersonalizeMock({ seed: 7 });
 * const client = new PersonalizeClient({ region: "eu-west-1", requestHandler: mock.requestHandler });
 * mock.requestHandler.use(mock.describeDatasetImportJob({ datasetImportJob: { status: "ACTIVE" } }));
 * @see https://github.com/smithy-lang/smithy-typescript (the HttpHandler interface of @smithy/protocol-http)
 */
import { RecordHeaders, type Answer } from "../protocol/message.ts";
import { mockRequest, routeOf, type MockRequest, type MockRoute } from "./route.ts";

/** The parts of the SDK's `HttpRequest` (@smithy/protocol-http) the handler reads. */
export interface SdkHttpRequest {
  readonly method: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly port?: number | undefined;
  readonly path: string;
  readonly query?: Readonly<Record<string, string | readonly string[] | null>> | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly fragment?: string | undefined;
}

/** What the handler answers: the SDK's `HttpResponse` shape, with the whole body in memory. */
export interface SdkHttpResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** A request no handler claimed. The SDK surfaces it as the call's error. */
export class UnhandledRequestError extends Error {
  override readonly name = "UnhandledRequestError";
  constructor(readonly request: Request) {
    const target = request.headers.get("x-amz-target");
    super(`[smithy-contract] no mock answers ${request.method} ${request.url}${target === null ? "" : ` (X-Amz-Target: ${target})`}: nothing was sent anywhere`);
  }
}

interface Entry {
  readonly route: MockRoute;
  used: boolean;
}

export class MockRequestHandler {
  /** As the SDK's own handlers say what they speak. */
  readonly metadata = { handlerProtocol: "http/1.1" };
  readonly #base: readonly Entry[];
  #overrides: Entry[] = [];

  constructor(handlers: readonly object[]) {
    this.#base = handlers.map(entryOf);
  }

  /** Prepends handlers (helpers' answers), as `server.use(...)` does: they are tried first, newest first. */
  use(...handlers: readonly object[]): void {
    this.#overrides = [...handlers.map(entryOf), ...this.#overrides];
  }

  /** Drops the handlers added with `use`, or replaces them with `handlers` (as `server.resetHandlers`). */
  resetHandlers(...handlers: readonly object[]): void {
    this.#overrides = handlers.map(entryOf);
    for (const e of this.#base) e.used = false;
  }

  /**
   * Answers one request. An `abortSignal` already aborted (or aborted while the mock answers) fails
   * the call with an `AbortError`, as the SDK's own handlers do.
   */
  async handle(request: SdkHttpRequest, options?: { readonly abortSignal?: AbortSignalLike | undefined }): Promise<{ response: SdkHttpResponse }> {
    const signal = options?.abortSignal;
    abortIf(signal);
    const incoming = await toMockRequest(request);
    for (const entries of [this.#overrides, this.#base]) {
      for (const entry of entries) {
        if (entry.route.once && entry.used) continue;
        if (!entry.route.claims(incoming)) continue;
        if (entry.route.once) entry.used = true;
        const response = toSdkResponse(await entry.route.respond(incoming));
        abortIf(signal);
        return { response };
      }
    }
    throw new UnhandledRequestError(incoming.toRequest());
  }

  /** The SDK's HttpHandler interface: nothing to configure. */
  updateHttpClientConfig(_key: never, _value: never): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {}
}

/**
 * An in-process request handler over the handlers of one or more mocks (of several services, say)
 * and helpers, tried in order.
 *
 * @example new DynamoDBClient({ requestHandler: mockRequestHandler(...personalize.handlers, ...dynamo.handlers) })
 */
export function mockRequestHandler(...handlers: readonly object[]): MockRequestHandler {
  return new MockRequestHandler(handlers);
}

/** The part of an AbortSignal (DOM's, or the SDK's own) the handler reads. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** Throws the AbortError the SDK's NodeHttpHandler throws: its reason as cause, or as message when not an Error. */
function abortIf(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted !== true) return;
  const { reason } = signal;
  const error = new Error(reason !== undefined && reason !== null && !(reason instanceof Error) ? String(reason) : "Request aborted", reason instanceof Error ? { cause: reason } : undefined);
  error.name = "AbortError";
  throw error;
}

function entryOf(handler: object): Entry {
  const route = routeOf(handler);
  if (route === undefined) throw new TypeError("an in-process request handler takes the handlers of smithy-contract mocks and helpers (mock.handlers, mock.describeX(...)), not other msw handlers");
  return { route, used: false };
}

/** The SDK's request as the mock core reads it: no fetch objects, header names matched without regard to case. */
async function toMockRequest(request: SdkHttpRequest): Promise<MockRequest> {
  const port = request.port === undefined ? "" : `:${request.port}`;
  const query = queryString(request.query);
  const url = `${request.protocol.endsWith(":") ? request.protocol : `${request.protocol}:`}//${request.hostname}${port}${request.path}${query === "" ? "" : `?${query}`}`;
  const body = await bodyOf(request.body);
  const bytes = body === undefined ? EMPTY : typeof body === "string" ? UTF8.encode(body) : body;
  return mockRequest(request.method.toUpperCase(), url, new RecordHeaders(request.headers), bytes);
}

const EMPTY = new Uint8Array(0);
const UTF8 = new TextEncoder();

function queryString(query: SdkHttpRequest["query"]): string {
  if (query === undefined) return "";
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    const k = encodeURIComponent(key);
    if (value === null) parts.push(k);
    else for (const v of typeof value === "string" ? [value] : value) parts.push(`${k}=${encodeURIComponent(v)}`);
  }
  return parts.join("&");
}

/** The body as bytes or text: strings and byte arrays as they are, streams read whole. */
async function bodyOf(body: unknown): Promise<string | Uint8Array | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (typeof (body as ReadableStream).getReader === "function") return new Uint8Array(await new Response(body as ReadableStream).arrayBuffer());
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body as AsyncIterable<unknown>) chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
  throw new TypeError(`the request body is a ${Object.prototype.toString.call(body)}: the in-process handler reads strings, byte arrays and streams`);
}

/** An answer as the SDK's `HttpResponse`: header names lower case, the whole body as bytes. */
function toSdkResponse(answer: Answer): SdkHttpResponse {
  const body = answer.body === null ? EMPTY : typeof answer.body === "string" ? UTF8.encode(answer.body) : answer.body;
  return { statusCode: answer.status, headers: { ...answer.headers }, body };
}
