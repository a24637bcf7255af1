/**
 * HAR recordings of what the real `@aws-sdk/client-*` clients send and read: each call goes through
 * a mock's in-process transport, wrapped to keep the request the client sent and the answer it
 * got, written as HAR 1.2 entries. The headers that change on every run (signature, date,
 * invocation id, user agent) are left out, so a recording is the same each time.
 *
 * @see http://www.softwareishard.com/blog/har-12-spec/
 */
import type { MockRequestHandler, SdkHttpRequest, SdkHttpResponse } from "../../../runtime/mock/request-handler.ts";

/** Headers that differ from run to run. */
const VOLATILE = new Set(["authorization", "x-amz-date", "amz-sdk-invocation-id", "amz-sdk-request", "user-agent", "x-amz-user-agent", "x-amz-content-sha256"]);

export interface HarEntry {
  request: { method: string; url: string; httpVersion: string; headers: { name: string; value: string }[]; queryString: { name: string; value: string }[]; postData?: { mimeType: string; text: string; encoding?: string } };
  response: { status: number; statusText: string; httpVersion: string; headers: { name: string; value: string }[]; content: { size: number; mimeType: string; text?: string; encoding?: string } };
}

export interface Har {
  log: { version: "1.2"; creator: { name: string; version: string }; entries: HarEntry[] };
}

/** A request handler for an SDK client that answers through `inner` and records every exchange as a HAR entry. */
export class RecordingHandler {
  readonly metadata = { handlerProtocol: "http/1.1" };
  readonly entries: HarEntry[] = [];

  constructor(private readonly inner: MockRequestHandler) {}

  async handle(request: SdkHttpRequest, options?: { readonly abortSignal?: { readonly aborted: boolean } }): Promise<{ response: SdkHttpResponse }> {
    const { response } = await this.inner.handle(request, options);
    this.entries.push({ request: await harRequest(request), response: harResponse(response) });
    return { response };
  }

  updateHttpClientConfig(): void {}
  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
  destroy(): void {}

  /** The recording as a HAR document. */
  har(): Har {
    return { log: { version: "1.2", creator: { name: "smithy-contract tests", version: "1" }, entries: this.entries } };
  }
}

async function bodyBytes(body: unknown): Promise<Uint8Array | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  throw new TypeError(`cannot record a request body of type ${typeof body}`);
}

function content(bytes: Uint8Array): { text: string; encoding?: string } {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  // Text that is not UTF-8 is kept as base64, as HAR writers do.
  return new TextEncoder().encode(text).length === bytes.length && !text.includes("\uFFFD") ? { text } : { text: Buffer.from(bytes).toString("base64"), encoding: "base64" };
}

async function harRequest(request: SdkHttpRequest): Promise<HarEntry["request"]> {
  const queryString: { name: string; value: string }[] = [];
  for (const [name, value] of Object.entries(request.query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) if (v !== null) queryString.push({ name, value: v as string });
  }
  const search = queryString.map((q) => `${encodeURIComponent(q.name)}=${encodeURIComponent(q.value)}`).join("&");
  const port = request.port === undefined ? "" : `:${request.port}`;
  const url = `${request.protocol}//${request.hostname}${port}${request.path}${search === "" ? "" : `?${search}`}`;
  const headers = Object.entries(request.headers)
    .filter(([name]) => !VOLATILE.has(name.toLowerCase()))
    .map(([name, value]) => ({ name, value }));
  const bytes = await bodyBytes(request.body);
  const type = Object.entries(request.headers).find(([n]) => n.toLowerCase() === "content-type")?.[1] ?? "";
  return { method: request.method, url, httpVersion: "HTTP/1.1", headers, queryString, ...(bytes !== undefined && bytes.length > 0 && { postData: { mimeType: type, ...content(bytes) } }) };
}

function harResponse(response: SdkHttpResponse): HarEntry["response"] {
  const headers = Object.entries(response.headers).map(([name, value]) => ({ name, value }));
  const type = response.headers["content-type"] ?? "";
  return { status: response.statusCode, statusText: "", httpVersion: "HTTP/1.1", headers, content: { size: response.body.length, mimeType: type, ...(response.body.length > 0 && content(response.body)) } };
}
