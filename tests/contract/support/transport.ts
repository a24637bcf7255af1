/**
 * The two ways a test's client reaches the mocks, for the contract properties that run through both
 * (P2–P6): msw (the client's own HTTP stack, intercepted) and the in-process transport (the client's
 * `requestHandler`, no interception). State, violations and the request log must behave the same.
 *
 * A transport answers with handlers (`answerWith(...)`, as `server.resetHandlers(...)`), makes the
 * real PersonalizeClient that reaches them, and posts raw bodies the SDK would never send — over
 * `fetch` for msw, through `requestHandler.handle(...)` (the SDK's HttpHandler interface) in process.
 */
import { PersonalizeClient } from "@aws-sdk/client-personalize";
import type { setupServer } from "msw/node";
import { mockRequestHandler, type MockRequestHandler } from "smithy-contract/msw";
import { AWS_URL, JSON_11, post as postOverFetch, TARGET, type RawAnswer } from "./setup.ts";

export type TransportName = "msw" | "in-process";

export interface Transport {
  readonly name: TransportName;
  /** The real client, fake credentials, no retries; on AWS's default endpoint unless `endpoint` is given. */
  client(endpoint?: string): PersonalizeClient;
  /** Only `handlers` answer from now on (until the next call, or the end of the test). */
  answerWith(...handlers: readonly object[]): void;
  /** POSTs `body` as DescribeDatasetImportJob, exactly as given. */
  post(body: string, url?: string): Promise<RawAnswer>;
}

/** Both transports; msw's answers through `server` (one per test file, from `useServer()`). */
export function transports(server: ReturnType<typeof setupServer>): readonly Transport[] {
  return [overMsw(server), inProcess()];
}

function clientOptions(endpoint: string | undefined) {
  return { region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1, ...(endpoint !== undefined && { endpoint }) };
}

function overMsw(server: ReturnType<typeof setupServer>): Transport {
  return {
    name: "msw",
    client: (endpoint) => new PersonalizeClient(clientOptions(endpoint)),
    answerWith: (...handlers) => server.resetHandlers(...(handlers as Parameters<typeof server.resetHandlers>)),
    post: (body, url) => postOverFetch(body, url),
  };
}

function inProcess(): Transport {
  const handler: MockRequestHandler = mockRequestHandler();
  return {
    name: "in-process",
    client: (endpoint) => new PersonalizeClient({ ...clientOptions(endpoint), requestHandler: handler }),
    answerWith: (...handlers) => handler.resetHandlers(...handlers),
    post: async (body, url = AWS_URL) => {
      const at = new URL(url);
      const { response } = await handler.handle({
        method: "POST",
        protocol: at.protocol,
        hostname: at.hostname,
        ...(at.port !== "" && { port: Number(at.port) }),
        path: at.pathname,
        headers: { "content-type": JSON_11, "x-amz-target": TARGET, host: at.host },
        body: new TextEncoder().encode(body),
      });
      const text = new TextDecoder().decode(response.body);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: response.statusCode, headers: new Headers(response.headers), text, json };
    },
  };
}
