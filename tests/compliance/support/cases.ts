/**
 * The compliance cases as Smithy's `smithy.test` traits define them (`traits/smithy.test.smithy`),
 * each tagged with the trait it came from.
 *
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html
 */

export type TestKind = "httpRequestTests" | "httpResponseTests" | "httpMalformedRequestTests";

interface CaseBase {
  readonly id: string;
  /** The protocol trait's shape id, `aws.protocols#awsJson1_1`. */
  readonly protocol: string;
  readonly documentation?: string;
  readonly tags?: readonly string[];
}

/** What `@httpRequestTests` and `@httpResponseTests` share (`appliesTo`, `params`, vendor parameters). */
interface ParamsCase extends CaseBase {
  /** The input (request) or output/error (response), as a Smithy node value of its shape. */
  readonly params?: Readonly<Record<string, unknown>>;
  readonly vendorParams?: unknown;
  readonly vendorParamsShape?: string;
  readonly appliesTo?: "client" | "server";
  readonly headers?: Readonly<Record<string, string>>;
  readonly forbidHeaders?: readonly string[];
  readonly requireHeaders?: readonly string[];
  readonly body?: string;
  readonly bodyMediaType?: string;
}

/** One `@httpRequestTests` case: the request a client sends for `params`, and a server reads into them. */
export interface HttpRequestTestCase extends ParamsCase {
  readonly kind: "httpRequestTests";
  readonly method: string;
  readonly uri: string;
  /** The host the client was given (no scheme, no path). */
  readonly host?: string;
  /** The host the request reaches (`host` with the operation's `@endpoint` prefix, say). */
  readonly resolvedHost?: string;
  /** `name=value` strings. */
  readonly queryParams?: readonly string[];
  readonly forbidQueryParams?: readonly string[];
  readonly requireQueryParams?: readonly string[];
}

/** One `@httpResponseTests` case: the response a server sends for `params`, and a client reads into them. */
export interface HttpResponseTestCase extends ParamsCase {
  readonly kind: "httpResponseTests";
  readonly code: number;
}

/** One `@httpMalformedRequestTests` case (server-only): a bad request and the error answer it gets. */
export interface HttpMalformedRequestTestCase extends CaseBase {
  readonly kind: "httpMalformedRequestTests";
  readonly appliesTo?: undefined;
  readonly request: {
    readonly method: string;
    readonly uri: string;
    readonly host?: string;
    readonly queryParams?: readonly string[];
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: string;
    readonly bodyMediaType?: string;
  };
  readonly response: {
    readonly code: number;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: { readonly mediaType: string; readonly assertion: { readonly contents?: string; readonly messageRegex?: string } };
  };
  readonly testParameters?: Readonly<Record<string, readonly string[]>>;
}

export type ComplianceCase = HttpRequestTestCase | HttpResponseTestCase | HttpMalformedRequestTestCase;
