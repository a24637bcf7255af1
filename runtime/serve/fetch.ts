/**
 * Node's HTTP messages as Fetch API ones and back, so that msw's handlers — which take a Fetch
 * `Request` and give a Fetch `Response` — can answer a real socket.
 *
 * @see https://nodejs.org/api/http.html#class-httpincomingmessage
 * @see https://fetch.spec.whatwg.org/#request-class
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The Fetch `Request` of an incoming message, addressed to `origin` (the server's own
 * `http://host:port`) whatever its Host header says, so that a mock whose endpoint is that origin
 * matches it. The body is `read` (by {@link readBody}, bounded), else read in full.
 *
 * @example await toFetchRequest(req, "http://127.0.0.1:4010") // Request { method: "POST", url: "http://127.0.0.1:4010/" }
 */
export async function toFetchRequest(req: IncomingMessage, origin: string, read?: ReadBody): Promise<Request> {
  // An absolute-form target (`POST http://host/ HTTP/1.1`, as proxies are sent) keeps only its path.
  const target = new URL(req.url ?? "/", "http://target.invalid");
  const headers = new Headers();
  // Every value of a repeated header, joined as Fetch joins them (`req.headers` keeps only the
  // first Content-Type, Authorization, …): a mock sees the request as it was sent, as under msw.
  for (const [name, values] of Object.entries(req.headersDistinct)) {
    if (values === undefined || name.startsWith(":")) continue;
    for (const v of values) headers.append(name, v);
  }
  const method = (req.method ?? "GET").toUpperCase();
  const bytes = (read ?? (await readBody(req, Infinity))).bytes;
  const body = method === "GET" || method === "HEAD" ? undefined : bytes;
  return new Request(`${origin}${target.pathname}${target.search}`, { method, headers, ...(body !== undefined && { body }) });
}

/** A request's body as read: its bytes, and whether reading stopped at the limit (`truncated`). */
export interface ReadBody {
  readonly bytes: Buffer;
  readonly truncated: boolean;
}

/**
 * The body of an incoming message, read until its end or until `maxBytes` + 1 bytes (then
 * `truncated`: the request is paused with the rest unread, for the caller to answer and close).
 * One byte past the limit is enough for a mock to see the body is over it.
 *
 * @example const { bytes, truncated } = await readBody(req, 10 * 2 ** 20)
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (truncated: boolean) => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", reject);
      resolve({ bytes: Buffer.concat(chunks), truncated });
    };
    const onData = (chunk: Buffer) => {
      const room = maxBytes + 1 - size;
      if (chunk.length < room) {
        chunks.push(chunk);
        size += chunk.length;
        return;
      }
      chunks.push(chunk.subarray(0, room));
      size += room;
      req.pause();
      done(true);
    };
    const onEnd = () => done(false);
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", reject);
  });
}

/**
 * Writes a Fetch `Response` to Node's response: status, headers (each `Set-Cookie` on its own),
 * and the body in one piece with its `Content-Length`.
 */
export async function writeFetchResponse(res: ServerResponse, response: Response, method: string): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie" && name !== "content-length" && name !== "transfer-encoding") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  const bodiless = method === "HEAD" || response.status === 204 || response.status === 304;
  if (!bodiless) headers["content-length"] = String(body.length);
  res.writeHead(response.status, response.statusText || undefined, headers);
  res.end(bodiless ? undefined : body);
}
