/**
 * The messages between a transport and a protocol: a request already read off the wire (head and
 * body bytes), and an answer as plain data. A fetch `Request` or `Response` costs tens of
 * microseconds to make and read (its body is a stream), which is most of what a mock spends on a
 * call; so the mock core works on these, and each transport converts at its edge once: msw's door
 * reads the `Request` msw hands it and returns a `Response` made from the answer; the in-process
 * transport builds them straight from the SDK's `HttpRequest` and hands the answer back as the
 * SDK's `HttpResponse`, with no fetch objects at all.
 *
 * @see https://fetch.spec.whatwg.org/#request-class (what a fetch Request holds)
 */

/** The part of fetch's `Headers` a protocol reads: names are matched without regard to case. */
export interface HeadersLike {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

/** What routing reads: method, URL and headers (a fetch `Request` is one). */
export interface RequestHead {
  /** Upper case (`POST`). */
  readonly method: string;
  readonly url: string;
  readonly headers: HeadersLike;
}

/** A request read off the wire: its head and its body's bytes exactly as received (content codings not undone). */
export interface IncomingRequest extends RequestHead {
  readonly body: Uint8Array;
}

/** An answer as data: status, headers (names lower case) and body. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Text (sent as UTF-8), bytes, or none. */
  readonly body: string | Uint8Array | null;
}

/** Headers over a plain record, its names matched without regard to case (the SDK's `HttpRequest.headers`). */
export class RecordHeaders implements HeadersLike {
  readonly #byName = new Map<string, string>();

  constructor(record: Readonly<Record<string, string | undefined>>) {
    for (const [name, value] of Object.entries(record)) {
      if (value === undefined) continue;
      const key = name.toLowerCase();
      const known = this.#byName.get(key);
      // Two spellings of one name are one header with both values, as fetch's Headers joins them.
      this.#byName.set(key, known === undefined ? String(value) : `${known}, ${String(value)}`);
    }
  }

  get(name: string): string | null {
    return this.#byName.get(name.toLowerCase()) ?? null;
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const name of [...this.#byName.keys()].sort()) callback(this.#byName.get(name)!, name);
  }
}

/** A fetch `Request` read into an {@link IncomingRequest} (it reads the body: give a clone when it is needed again). */
export async function incomingOf(request: Request): Promise<IncomingRequest> {
  return { method: request.method, url: request.url, headers: request.headers, body: new Uint8Array(await request.arrayBuffer()) };
}

/** The fetch `Response` of an answer (for msw, and for tests reading an answer as a client would). */
export function toResponse(answer: Answer): Response {
  return new Response(answer.body === null ? null : (answer.body as NonNullable<ConstructorParameters<typeof Response>[0]>), { status: answer.status, headers: answer.headers });
}

/** Headers as a record with lower-case names (an answer's, from the `Headers` a writer built; a request's, for the log). */
export function headerRecord(headers: HeadersLike): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    const key = name.toLowerCase();
    // A header named `__proto__` is a header like any other, not the record's prototype.
    if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  });
  return out;
}
