/**
 * What the contract properties share: the real `PersonalizeClient` pointed at msw as the protocol
 * note configures it, a raw `fetch` poster for bodies the SDK would never send, one msw server per
 * test file, and the wire constants of DescribeDatasetImportJob.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
import { PersonalizeClient } from "@aws-sdk/client-personalize";
import { post as postRaw, useServer } from "../../runtime/msw/fixtures/setup.ts";

/** The default AWS endpoint the client calls in us-east-1 (the mock answers it without options). */
export const AWS_URL = "https://personalize.us-east-1.amazonaws.com/";
export const TARGET = "AmazonPersonalize.DescribeDatasetImportJob";
export const JSON_11 = "application/x-amz-json-1.1";

/** The real SDK client: fake credentials, no retries (a 500 ContractViolation must not be retried). */
export function client(): PersonalizeClient {
  return new PersonalizeClient({ region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 });
}

export interface RawAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: unknown;
}

/** POSTs `body` as DescribeDatasetImportJob, exactly as given (bytes, so fetch adds no Content-Type). */
export async function post(body: string, url: string = AWS_URL): Promise<RawAnswer> {
  return postRaw(body, { url, target: TARGET, contentType: JSON_11 });
}

/** One msw server per test file, erroring on unhandled requests on msw 2 and 3 alike (shared with the runtime tests). */
export { useServer };

/** An exception as the SDK throws it, for exact assertions. */
export interface ThrownByClient {
  readonly name: string;
  readonly message: string;
  readonly $fault: string;
  readonly $metadata: { readonly httpStatusCode?: number; readonly requestId?: string };
}

/** The rejection of `promise` (fails when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected the call to fail, it returned ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

/** What `f` throws (fails when it returns). */
export function thrownBy(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}
