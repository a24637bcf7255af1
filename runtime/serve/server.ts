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
import { toFetchRequest, writeFetchResponse } from "./fetch.ts";

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
    try {
      const request = await toFetchRequest(req, origin);
      response = (await getResponse(handlers, request)) ?? unmatched(method, path, target);
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
    options.onRequest?.({ method, path, target, status: response.status, ms: Math.round(performance.now() - started), ...(error !== undefined && { error }) });
  };

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

/** The answer to a request no handler takes: 404 with a JSON body saying what was asked. */
function unmatched(method: string, path: string, target: string | undefined): Response {
  const asked = `${method} ${path}${target === undefined ? "" : ` (X-Amz-Target: ${target})`}`;
  return Response.json({ message: `no mock answers ${asked}` }, { status: 404 });
}
