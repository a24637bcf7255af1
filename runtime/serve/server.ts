/**
 * A mock over real HTTP: a `node:http` server that hands each request to msw's own request
 * resolution (`getResponse`, a stable export of msw 2.x) over the given handlers and writes their
 * answer back. The handlers decide everything (routing, validation, answers); the server only
 * converts, times and logs. A request no handler answers gets a 404 JSON body saying so.
 *
 * Made for processes other than the test's own: a client in another language, a container, a
 * browser, or `smithy-contract serve` from a shell. Inside a Node test, msw's `setupServer` needs
 * no port.
 *
 * @see https://mswjs.io/docs/api/get-response
 * @see https://nodejs.org/api/http.html#class-httpserver
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as msw from "msw";
import type { RequestHandler } from "msw";
import { mockRequest, routeOf } from "../mock/route.ts";
import { REQUEST_HEADER_FIELDS_TOO_LARGE } from "../protocol/framework-errors.ts";
import { toResponse } from "../protocol/message.ts";
import { MAX_REQUEST_BODY_BYTES, MAX_REQUEST_HEADER_BYTES } from "../protocol/request-limits.ts";
import { readBody, toFetchRequest, writeFetchResponse } from "./fetch.ts";

export interface MockServerOptions {
  /**
   * The handlers to serve, made once the server listens and its origin (`http://127.0.0.1:4010`,
   * with the real port when `port` is 0) is known: mocks answer only the endpoints they are told,
   * so pass the origin as their `endpoint` option.
   */
  readonly handlers: (origin: string) => readonly RequestHandler[];
  /** The TCP port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The address to listen on (default `127.0.0.1`: only this machine). */
  readonly host?: string;
  /** Called once per request, after its answer is written. */
  readonly onRequest?: (served: ServedRequest) => void;
}

/** One request the server answered, for a log line. */
export interface ServedRequest {
  readonly method: string;
  /** The request target's path and query (`/`). */
  readonly path: string;
  /** The `X-Amz-Target` header, when the request had one. */
  readonly target: string | undefined;
  readonly status: number;
  /** Milliseconds from the request's arrival to the end of its answer. */
  readonly ms: number;
  /** What a handler threw (answered 500 `InternalFailure`). */
  readonly error?: unknown;
}

export interface MockServer {
  /** `http://<host>:<port>`, with the port the server really listens on. */
  readonly origin: string;
  readonly host: string;
  readonly port: number;
  /** Stops listening and closes open connections (keep-alive ones included). */
  close(): Promise<void>;
}

/** The server could not listen: `code` is Node's (`EADDRINUSE`, `EACCES`, `EADDRNOTAVAIL`, ...). */
export class ListenError extends Error {
  override readonly name = "ListenError";
  constructor(
    readonly code: string,
    readonly host: string,
    readonly port: number,
  ) {
    super(`cannot listen on ${host}:${port}: ${LISTEN_PROBLEMS[code] ?? "the system refused"} (${code})`);
  }
}

const LISTEN_PROBLEMS: Readonly<Record<string, string>> = {
  EADDRINUSE: "the port is already in use",
  EACCES: "permission denied (ports below 1024 need privileges)",
  EADDRNOTAVAIL: "no such address on this machine",
};

type GetResponse = (handlers: RequestHandler[], request: Request) => Promise<Response | undefined>;

/**
 * Starts a server answering with `options.handlers`; resolves once it listens. Rejects with a
 * {@link ListenError} when it cannot listen.
 *
 * @example
 * const server = await startMockServer({ handlers: (origin) => createPersonalizeMock({ endpoint: origin }).handlers });
 * const client = new PersonalizeClient({ endpoint: server.origin, region: "us-east-1" });
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const getResponse = (msw as { readonly getResponse?: GetResponse }).getResponse;
  if (typeof getResponse !== "function") throw new Error("serving mocks over HTTP needs msw >= 2.4 (its getResponse export)");
  const host = options.host ?? "127.0.0.1";
  const requested = options.port ?? 0;
  let handlers: RequestHandler[] = [];
  let origin = "";

  // Keep-alive connections stay open until the client closes them (keepAliveTimeout 0). Node's
  // default closes one idle for 5 s (+1 s), and a client that reuses it at that moment — the SDK's
  // agent sets no idle timeout of its own — gets ECONNRESET, which a test with maxAttempts: 1 sees
  // as a failed call. TCP keep-alive probes still find peers that went away without closing.
  const server = createServer({ keepAlive: true, keepAliveTimeout: 0 }, (req, res) => {
    void answer(req, res);
  });
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const method = (req.method ?? "GET").toUpperCase();
    const path = req.url ?? "/";
    const targetHeader = req.headers["x-amz-target"];
    const target = Array.isArray(targetHeader) ? targetHeader.join(", ") : targetHeader;
    let response: Response;
    let error: unknown;
    let truncated = false;
    try {
      // Never more of a body than a mock reads (request-limits.ts): one byte past it says it is over.
      const body = await readBody(req, MAX_REQUEST_BODY_BYTES);
      truncated = body.truncated;
      const request = await toFetchRequest(req, origin, body);
      response = (await getResponse(handlers, request)) ?? (await orphanAnswer(handlers, request, body.bytes)) ?? unmatched(method, path, target);
    } catch (e) {
      error = e;
      response = Response.json({ __type: "InternalFailure", message: `the mock failed: ${e instanceof Error ? e.message : String(e)}` }, { status: 500 });
    }
    try {
      await writeFetchResponse(res, response, method);
    } catch (e) {
      error ??= e;
      res.destroy();
    }
    // The rest of a body over the limit is read and dropped, for LINGER_MS at most, so that the
    // client gets the answer rather than a reset while it is still sending.
    if (truncated && !req.destroyed) {
      const timer = setTimeout(() => req.destroy(), LINGER_MS);
      timer.unref();
      req.once("close", () => clearTimeout(timer));
      req.resume();
    }
    options.onRequest?.({ method, path, target, status: response.status, ms: Math.round(performance.now() - started), ...(error !== undefined && { error }) });
  };

  // Headers over Node's limit never reach a mock: the parser refuses them. Answered as a mock
  // answers headers over its own limit (request-limits.ts), in a body both JSON protocols read;
  // other parse errors as Node answers them.
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    if (err.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
    if (err.code === "HPE_HEADER_OVERFLOW") return void socket.end(headersTooLarge());
    const [status, reason] = err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? [408, "Request Timeout"] : err.code === "HPE_CHUNK_EXTENSIONS_OVERFLOW" ? [413, "Content Too Large"] : [400, "Bad Request"];
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\n\r\n`);
  });

  await new Promise<void>((resolve, reject) => {
    const failed = (e: NodeJS.ErrnoException) => reject(e.code !== undefined ? new ListenError(e.code, host, requested) : e);
    server.once("error", failed);
    server.listen(requested, host, () => {
      server.off("error", failed);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  try {
    handlers = [...options.handlers(origin)];
  } catch (e) {
    server.close();
    throw e;
  }

  let closing: Promise<void> | undefined;
  return {
    origin,
    host,
    port,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      })),
  };
}

/** How long the rest of a body over the limit is read and dropped before the connection is closed. */
const LINGER_MS = 5_000;

/**
 * The answer of a mock among `handlers` to a request none of them claimed, where the server's
 * origin is the mock's whole endpoint: the service's refusal (an unknown or missing
 * `X-Amz-Target`, a path no operation has), as at its own AWS endpoint. The first mock that
 * refuses it answers.
 */
async function orphanAnswer(handlers: readonly RequestHandler[], request: Request, body: Uint8Array): Promise<Response | undefined> {
  for (const handler of handlers) {
    const orphan = routeOf(handler)?.orphan;
    if (orphan === undefined) continue;
    const answer = await orphan(mockRequest(request.method, request.url, request.headers, body));
    if (answer !== undefined) return toResponse(answer);
  }
  return undefined;
}

/** The raw answer to headers over Node's limit: 431 with the framework error's JSON body. */
function headersTooLarge(): string {
  const { name, status } = REQUEST_HEADER_FIELDS_TOO_LARGE;
  const body = JSON.stringify({ __type: name, message: `Request header fields must be smaller than ${MAX_REQUEST_HEADER_BYTES} bytes` });
  return `HTTP/1.1 ${status} Request Header Fields Too Large\r\nContent-Type: application/json\r\nX-Amzn-Errortype: ${name}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/** The answer to a request no handler takes: 404 with a JSON body saying what was asked. */
function unmatched(method: string, path: string, target: string | undefined): Response {
  const asked = `${method} ${path}${target === undefined ? "" : ` (X-Amz-Target: ${target})`}`;
  return Response.json({ message: `no mock answers ${asked}` }, { status: 404 });
}
