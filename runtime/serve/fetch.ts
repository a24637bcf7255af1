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
 * matches it. The body is read in full (awsJson bodies are small JSON documents).
 *
 * @example await toFetchRequest(req, "http://127.0.0.1:4010") // Request { method: "POST", url: "http://127.0.0.1:4010/" }
 */
export async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  // An absolute-form target (`POST http://host/ HTTP/1.1`, as proxies are sent) keeps only its path.
  const target = new URL(req.url ?? "/", "http://target.invalid");
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(":")) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = (req.method ?? "GET").toUpperCase();
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks);
  return new Request(`${origin}${target.pathname}${target.search}`, { method, headers, ...(body !== undefined && { body }) });
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
