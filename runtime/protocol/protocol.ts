/**
 * A protocol is one module behind this one interface: how a request is routed to an operation, how
 * its parts are read (leniently, as the service reads them), and how an answer and an error are
 * written. The mock runtime, `serve`, `validate` and the matchers ask the protocol of their
 * contract ({@link protocolOf}); none of them branches on a protocol's name.
 *
 * Requests come in read off the wire and answers go out as data (message.ts): the transports
 * (msw, the in-process request handler, `serve`) convert at their edges.
 *
 * Between a protocol and the rest lies the *document*: an operation's input, output or error as a
 * JSON object keyed by member name, each value in the form the protocol's JSON body carries it
 * (epoch-second timestamps unless `@timestampFormat` says otherwise, base64 blobs). For awsJson the
 * document is the body itself; restJson1 gathers it from the URI, query, headers and body.
 * Contracts validate documents, realistic and exhaustive data produce documents, and the protocol
 * moves them on and off the wire.
 *
 * @see https://smithy.io/2.0/aws/protocols/index.html
 */
import type { ErrorContract, OperationContract, ProtocolName, ServiceContract } from "../contract.ts";
import type { FrameworkError } from "./framework-errors.ts";
import type { Answer, IncomingRequest, RequestHead } from "./message.ts";

/** Where a request arrived, as the mock's endpoint matching saw it. */
export interface RouteSite {
  /**
   * The URL is the service's own AWS endpoint, where a request that names none of its operations
   * is still the service's to refuse.
   */
  readonly ownEndpoint: boolean;
  /**
   * The request's path below the endpoint's own path (`/` at the endpoint itself), still
   * percent-encoded: awsJson serves `/` alone, restJson1 routes on it.
   */
  readonly path: string;
}

/** Where a request goes. */
export type Route =
  /** One of the contract's operations; `labels`: the values of its URI pattern's labels, decoded (restJson1). */
  | { readonly kind: "operation"; readonly operation: OperationContract; readonly labels?: Readonly<Record<string, string>> }
  /** The service's, but no operation of it (an unknown target, path or media type): refused with `error`. */
  | { readonly kind: "refused"; readonly error: FrameworkError; readonly message: string }
  /** Not this service's at all (another service's target on a shared endpoint): not claimed. */
  | { readonly kind: "foreign" };

/** A request as the service read it: the input document, or the framework error it answers instead. */
export type RequestRead =
  | {
      readonly ok: true;
      /** The input document (not yet checked against the contract). */
      readonly document: unknown;
      /** The body as text (decoded from its Content-Encoding), for the request log. */
      readonly text: string;
      /** The body as parsed JSON, for the request log; undefined when it is not JSON. */
      readonly body: unknown;
    }
  | { readonly ok: false; readonly error: FrameworkError; readonly message: string; readonly text: string; readonly body: unknown };

/** An answer as a client reads it: an output document, a modeled or framework error, or an answer it cannot read. */
export type ResponseRead =
  | { readonly kind: "output"; readonly document: unknown }
  | { readonly kind: "error"; readonly name: string; readonly document: unknown }
  | { readonly kind: "unreadable"; readonly message: string };

/**
 * Which message of an operation a document is for (see {@link Protocol.carried}); an answer's
 * `requestId` is the one it will carry (a header a document can read back: restJson1's
 * `@httpPrefixHeaders("")` takes every header).
 */
export type CarriedMessage =
  | { readonly kind: "input" }
  | { readonly kind: "output"; readonly requestId: string }
  | { readonly kind: "error"; readonly error: ErrorContract; readonly requestId: string };

export interface Protocol {
  readonly name: ProtocolName;
  /**
   * Whether its messages carry members where the HTTP binding traits put them (`@http`, labels,
   * query, headers, payload; body members under `@jsonName`): what the contract builder records and
   * the schema builder writes per-part schemas for. awsJson ignores the binding traits.
   */
  readonly bindsHttp: boolean;
  /**
   * The route of a request — synchronous, from the method, URL and headers alone, as msw evaluates
   * its predicates before any body is read. `site`: where it arrived (see {@link RouteSite}).
   */
  route(request: RequestHead, contract: ServiceContract, site: RouteSite): Route;
  /**
   * Reads a routed request's parts into its input document, leniently as the service does;
   * `labels`: the route's (restJson1).
   */
  readRequest(request: IncomingRequest, operation: OperationContract, contract: ServiceContract, labels?: Readonly<Record<string, string>>): Promise<RequestRead>;
  /** The answer carrying an output document. */
  writeOutput(contract: ServiceContract, operation: OperationContract, document: unknown, requestId: string): Answer;
  /**
   * The document of a modeled error as the contract checks it (`error.schema`): its members, and
   * whatever the protocol adds to the body (awsJson's `__type`).
   */
  errorDocument(contract: ServiceContract, error: ErrorContract, members: Readonly<Record<string, unknown>>): Record<string, unknown>;
  /** The answer carrying a modeled error's document (as {@link errorDocument} made it). */
  writeError(contract: ServiceContract, error: ErrorContract, document: Readonly<Record<string, unknown>>, requestId: string): Answer;
  /** The answer of a framework error (`ValidationException`, `SerializationException`, …, our `ContractViolation`). */
  writeFrameworkError(contract: ServiceContract, error: FrameworkError, message: string, requestId: string): Answer;

  // The client's side: what an SDK client sends and reads (request arbitraries, `validate` of
  // recorded traffic, the compliance cases).

  /** The request a client sends for an input document, to `endpoint` (`https://personalize.us-east-1.amazonaws.com`). */
  writeRequest(contract: ServiceContract, operation: OperationContract, document: unknown, endpoint: string): Request;
  /** An answer as a client reads it: the output document, or the error it names (sanitized, as clients read `__type`/`X-Amzn-Errortype`) with its document. */
  readResponse(contract: ServiceContract, operation: OperationContract, response: Response): Promise<ResponseRead>;
  /**
   * What a message carries of `document` (an input or output document, or an error's members
   * before {@link errorDocument}): the document the other side reads back from the message written
   * for it, each value that no message can carry replaced by one that can. Whole-message
   * arbitraries draw through it (runtime/data/http-arbitraries.ts), so their messages read back
   * exactly; the caller checks the result against the contract.
   */
  carried(contract: ServiceContract, operation: OperationContract, message: CarriedMessage, document: unknown): Record<string, unknown>;
}
