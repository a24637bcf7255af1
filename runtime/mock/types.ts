/**
 * The public types of the msw mock. Generated `msw.ts` files bind them to the service's own types
 * (from its `types.ts`), so that a test's outputs, resolvers and error bodies are checked by the
 * compiler against the contract.
 */
import type { HttpHandler } from "msw";
import type { LifecycleSpec, ServiceContract } from "../contract.ts";
import type { LifecycleOptions } from "../lifecycle/lifecycle.ts";
import type { EndpointOption } from "./endpoint.ts";
import type { ContractViolation } from "../validation/contract-violation.ts";
import type { ErrorAnswer } from "./answers.ts";
import type { MockRequestHandler } from "./request-handler.ts";

/**
 * A value in SDK form, wire form, or any mix of the two: a `Date` or its epoch seconds / date-time
 * string, a `Uint8Array` or its base64 string, a `bigint` or a number.
 */
export type SdkOrWire<T> = T extends Date
  ? Date | number | string
  : T extends Uint8Array
    ? Uint8Array | string
    : T extends bigint
      ? bigint | number
      : T extends readonly (infer U)[]
        ? readonly SdkOrWire<U>[]
        : T extends object
          ? { [K in keyof T]: SdkOrWire<T[K]> }
          : T;

/** A value in wire form: timestamps as numbers or strings, blobs as base64 strings, big numbers as numbers. */
export type WireForm<T> = T extends Date
  ? number | string
  : T extends Uint8Array
    ? string
    : T extends bigint
      ? number
      : T extends readonly (infer U)[]
        ? WireForm<U>[]
        : T extends object
          ? { [K in keyof T]: WireForm<T[K]> }
          : T;

/** The types of one operation: its input, its output and its modeled errors by name. */
export interface OperationTypes {
  readonly input: unknown;
  readonly output: unknown;
  /** `{ ResourceNotFoundException: ResourceNotFoundException, ... }`: error types by name (SDK classes or interfaces). */
  readonly errors: object;
}

/** A service's operations by name (an interface the generated file declares). */
export type OperationMap<Ops> = { readonly [K in keyof Ops]: OperationTypes };

/** What the untyped mock accepts. */
export type AnyOperations = Record<string, { input: any; output: any; errors: Record<string, any> }>;

/** Members of the SDK's exception classes that are not part of an error's wire body. */
type ExceptionKeys = "name" | "message" | "stack" | "cause" | "$fault" | "$metadata" | "$response" | "$retryable" | "$service";

/** The body a test gives for a modeled error: its message and members (SDK or wire form). */
export type ErrorBody<E> = { readonly message?: string } & { readonly [K in Exclude<keyof E, ExceptionKeys>]?: SdkOrWire<E[K]> };

/** What a resolver receives besides the input. */
export interface ResolverContext<Errors extends object> {
  /** The intercepted request (a clone; its body may be read). */
  readonly request: Request;
  readonly operation: string;
  /** The `x-amzn-requestid` the answer will carry. */
  readonly requestId: string;
  /** This mock's count of answered requests, this one included (1 for the first). */
  readonly call: number;
  /** A modeled error to answer with instead of an output: `return ctx.error("ResourceNotFoundException", { message })`. */
  error<N extends keyof Errors & string>(name: N, body?: ErrorBody<Errors[N]>): ErrorAnswer;
}

/**
 * Computes an answer from the request. The input arrives in wire form as the service read it (null
 * members dropped, defaults filled, unknown members removed) and already valid.
 */
export type Resolver<I, O, Errors extends object> = (
  input: WireForm<I>,
  ctx: ResolverContext<Errors>,
) => SdkOrWire<O> | ErrorAnswer | Promise<SdkOrWire<O> | ErrorAnswer>;

/** Options of a mock instance. */
export interface MockOptions {
  /** Seeds every generated answer and request id; same seed and request ⇒ byte-identical answer. Default 0. */
  readonly seed?: number;
  /** Delay of every answer in milliseconds, or a range `[min, max]` drawn from per request (deterministically). */
  readonly latency?: number | readonly [min: number, max: number];
  /**
   * Answer constraint violations with this modeled error (e.g. `"InvalidInputException"`) instead of
   * AWS's framework `ValidationException`, for operations that model it; others keep `ValidationException`.
   */
  readonly validationError?: string;
  /** Custom endpoints (besides the default AWS ones): a URL such as `http://localhost:4566`, or a RegExp on the URL. */
  readonly endpoint?: EndpointOption | readonly EndpointOption[];
  /**
   * How the lifecycle overlays play on generated answers (a test's own output is sent as given);
   * `false` turns them off. `specs` add or replace (by operation) the contract's.
   */
  readonly lifecycle?: false | (LifecycleOptions & { readonly specs?: readonly LifecycleSpec[] });
  /** Called with every contract violation as it is recorded (besides the 500 answer and `assertNoViolations`). */
  readonly onViolation?: (violation: ContractViolation) => void;
  /**
   * What default answers hold. `"realistic"` (the default): what the service would plausibly send —
   * readable names and ARNs in the client's region, the request's identifiers echoed, recent and
   * ordered timestamps, pages of a stable collection, the model's `@examples`. `"exhaustive"`: draws
   * from the whole space the contract allows, as the property tests use it. Both keep the contract.
   */
  readonly data?: DataKind;
  /**
   * Resources the mock keeps (Smithy `resource` shapes, overlay `resources`): `"open"` (the default)
   * answers a read of an identifier never created with seeded data; `"closed"` with the resource's
   * not-found error. Deleted resources are not found either way.
   */
  readonly state?: "open" | "closed";
  /**
   * The mock's clock for realistic timestamps (recent past of it), in milliseconds or as a Date, or a
   * function read per answer. Default {@link DEFAULT_NOW}, a fixed instant, so answers stay
   * byte-identical across runs; pass `Date.now` for the real clock.
   */
  readonly now?: number | Date | (() => number);
  /** The region of realistic ARNs when a request does not say (its signature's scope or its host does). Default `us-east-1`. */
  readonly region?: string;
  /** The account id of realistic ARNs. Default `123456789012`. */
  readonly account?: string;
}

/** The two kinds of data a mock answers with (see {@link MockOptions.data}). */
export type DataKind = "realistic" | "exhaustive";

export { DEFAULT_NOW } from "../data/clock.ts";

/** One request the mock answered, for assertions on what the client really sent. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The raw `X-Amz-Target`. */
  readonly target: string | undefined;
  /** The operation, when the target names one of the service's. */
  readonly operation: string | undefined;
  /** The parsed JSON body as sent (`{}` for an empty body; undefined when it is not JSON). */
  readonly body: unknown;
  /** The body text as sent. */
  readonly text: string;
  readonly requestId: string;
  /** The status answered (0 until the answer is ready). */
  readonly status: number;
}

/** One mock of a service with its own state: request log, violations, lifecycle progress. */
export interface MockInstanceBase<Ops extends OperationMap<Ops> = AnyOperations> {
  readonly contract: ServiceContract;
  readonly options: MockOptions;
  /**
   * The msw handler answering every operation of the service on this mock's endpoints, for
   * `setupServer(...)` / `setupWorker(...)` or `server.use(...)`. A request it does not serve (another
   * service's target on a shared endpoint, another URL) is not matched at all, so msw's
   * `onUnhandledRequest` sees it and nothing goes to the network.
   */
  readonly handlers: HttpHandler[];
  /**
   * The in-process transport: give it to any `@aws-sdk/client-*` as `requestHandler` and the client
   * is answered by this mock directly — same routing, validation, answers, state, request log and
   * violations as through msw, without interception or sockets. `requestHandler.use(helper)` adds
   * a helper's answer, as `server.use(helper)` does.
   */
  readonly requestHandler: MockRequestHandler;
  /** Requests answered so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Contract violations recorded so far (answers that were replaced by a 500 `ContractViolation`). */
  readonly violations: readonly ContractViolation[];
  /** The requests of one operation. */
  requestsOf(operation: keyof Ops & string): readonly RecordedRequest[];
  /** Forgets the recorded requests. */
  clearRequests(): void;
  /** Forgets requests, violations and lifecycle progress, and restarts the request ids. */
  reset(): void;
  /** Throws a {@link ContractViolations} listing every recorded violation, if any (use it in `afterEach`). */
  assertNoViolations(): void;
  /**
   * The helper of one operation, bound to this mock: its answers are served on this mock's
   * endpoints, logged in its `requests` and checked into its `violations`. The same helpers are
   * this mock's methods (`mock.describeDatasetImportJob(...)`), except where an operation's name
   * would hide one of the members above.
   */
  operation<K extends keyof Ops & string>(name: K): HelperOf<Ops, K>;
}

/** The names of the members of {@link MockInstanceBase}, which operation helpers never hide. */
export type MockInstanceMember = keyof MockInstanceBase;

/** The bound helpers of a mock, one per operation, named in lowerCamelCase (`describeDatasetImportJob`). */
export type OperationHelpers<Ops extends OperationMap<Ops>> = {
  readonly [K in keyof Ops & string as Uncapitalize<K> extends MockInstanceMember ? never : Uncapitalize<K>]: HelperOf<Ops, K>;
};

/** A mock: its state and controls, plus one bound helper per operation. */
export type MockInstance<Ops extends OperationMap<Ops> = AnyOperations> = MockInstanceBase<Ops> & OperationHelpers<Ops>;

/** Options of one answer handler. */
export interface AnswerOptions extends MockOptions {
  /** Answer one request only (msw's own `once`), then let later ones through to the next handler. */
  readonly once?: boolean;
  /**
   * The mock whose endpoints, request log, violations and options the answer uses. Without it, a
   * helper answers in the newest live mock of the service that serves the request's URL, and only
   * when none does, in a private mock made from the other options.
   */
  readonly mock?: MockInstanceBase<any>;
}

/**
 * The helper of one operation: `describeDatasetImportJob(output)` answers it with the test's own
 * output (SDK or wire form, checked against the contract) or a resolver's;
 * `describeDatasetImportJob.error(name, body)` with a modeled error.
 */
export interface OperationHelper<I, O, Errors extends object> {
  (answer: SdkOrWire<O> | Resolver<I, O, Errors>, options?: AnswerOptions): HttpHandler;
  error<N extends keyof Errors & string>(name: N, body?: ErrorBody<Errors[N]>, options?: AnswerOptions): HttpHandler;
  readonly operationName: string;
}

/** The helper type of operation `K` of `Ops`. */
export type HelperOf<Ops extends OperationMap<Ops>, K extends keyof Ops> = OperationHelper<Ops[K]["input"], Ops[K]["output"], Ops[K]["errors"]>;

/** What `createServiceMock` returns: a description from which mocks and helpers are made. */
export interface ServiceMock<Ops extends OperationMap<Ops> = AnyOperations> {
  readonly contract: ServiceContract;
  /** A new mock with its own state. */
  create(options?: MockOptions): MockInstance<Ops>;
  /** The handlers of a new mock (`create(options).handlers`), when its state is not needed. */
  handlers(options?: MockOptions): HttpHandler[];
  /**
   * The typed helper of one operation, not bound to a mock: it answers in the newest live mock of
   * the service that serves the request's URL (logged there, checked there), else on the default
   * AWS endpoints and `options.endpoint` in a private mock.
   */
  operation<K extends keyof Ops & string>(name: K): HelperOf<Ops, K>;
}
