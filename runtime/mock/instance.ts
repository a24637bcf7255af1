/**
 * One mock of a service: it decides which requests are its own (endpoint, then the protocol's
 * route: `X-Amz-Target`, or method and URI — before anything is read, so a request it does not
 * serve is never claimed), reads a claimed request as the service does (lenient, with its error
 * answers), and answers with a seeded draw (realistic or exhaustive, then state and lifecycle) or
 * with a test's own answer — never with anything the contract rejects. All state (request log,
 * violations, lifecycle progress, resources, page tokens, request counter) lives here.
 *
 * The mock speaks Fetch (`Request` in, `Response` out) and knows nothing of msw (a door, see
 * {@link Door}, turns it into msw handlers) nor of any protocol: it asks its contract's protocol
 * (runtime/protocol/) to route, read and write, and works on documents.
 */
import { sample, type Arbitrary } from "fast-check";
import type { HttpHandler } from "msw";
import type { LifecycleSpec, OperationContract, ServiceContract } from "../contract.ts";
import { checkLifecycleOptions, Lifecycles } from "../lifecycle/lifecycle.ts";
import type { ErrorContract } from "../contract.ts";
import { TARGET_HEADER } from "../protocol/awsjson.ts";
import { bodyBytes, utf8 } from "../protocol/body.ts";
import { CONTRACT_VIOLATION, SERIALIZATION_EXCEPTION, VALIDATION_EXCEPTION } from "../protocol/framework-errors.ts";
import { protocolOf, type Protocol, type RequestRead, type Route } from "../protocol/index.ts";
import { headerRecord, type Answer, type IncomingRequest, type RequestHead } from "../protocol/message.ts";
import { overLimits } from "../protocol/request-limits.ts";
import { regionOf } from "../data/request-context.ts";
import { RealisticGenerator } from "../data/realistic/index.ts";
import { DEFAULT_NOW } from "../data/clock.ts";
import { canonicalJson } from "../serde/canonical.ts";
import { readLeniently } from "../serde/lenient.ts";
import { toWire } from "../serde/toWire.ts";
import type { ContractChecker } from "../validation/checker.ts";
import { ContractViolation, ContractViolations } from "../validation/contract-violation.ts";
import type { Rejection } from "../validation/rejection.ts";
import { SMITHY_VALIDATION_EXCEPTION, smithyValidationException } from "../validation/smithy-validation.ts";
import { ErrorAnswer, modeledError } from "./answers.ts";
import { endpointSites, hostPrefixAllows, type EndpointSite } from "./endpoint.ts";
import { checkOptions, endpointsOf } from "./options.ts";
import { RealisticAnswers, type ValueSource } from "./realistic.ts";
import { MockRequestHandler } from "./request-handler.ts";
import type { MockRequest, MockRoute } from "./route.ts";
import { hash32, latencyOf, requestIdOf } from "./seed.ts";
import { type AnyOperations, type HelperOf, type MockInstanceBase, type MockOptions, type RecordedRequest, type ResolverContext } from "./types.ts";

/** What `createServiceMock` may be given besides the contract. */
export interface ServiceData {
  /**
   * Wire-form output arbitraries by operation name. Default: built from the contract's plans
   * (runtime/data/exhaustive.ts), which draw what the generated `arbitraries.ts` draws.
   */
  readonly outputs?: Readonly<Record<string, Arbitrary<unknown>>>;
}

/** What an answer helper answers with, already checked where it can be. */
export type FixedAnswer =
  | { readonly kind: "output"; readonly body: unknown }
  | { readonly kind: "resolver"; readonly resolve: (input: any, ctx: ResolverContext<any>) => unknown }
  | { readonly kind: "error"; readonly error: ErrorContract; readonly document: Readonly<Record<string, unknown>> };

/** A helper's answer to one operation. */
export interface Scoped {
  readonly operation: string;
  readonly answer: FixedAnswer;
}

/**
 * How a mock becomes request handlers of an interception library: a handler that matches exactly
 * the requests `claims` accepts (in the library's own predicate) and answers them with `respond`.
 */
export interface Door {
  handler(claims: MockRoute["claims"], respond: MockRoute["respond"], options: { readonly once: boolean; readonly orphan?: MockRoute["orphan"] }): HttpHandler;
}

type MutableRecord = { -readonly [K in keyof RecordedRequest]: RecordedRequest[K] };

/**
 * The mock behind `create()`. Its `$`-named methods are the doors' and helpers' (an operation's
 * lowerCamelCase helper name can never start with `$`, so they never collide with the helpers that
 * `createServiceMock` attaches to each instance).
 */
export class ServiceMockInstance implements MockInstanceBase<AnyOperations> {
  readonly #checker: ContractChecker;
  readonly #outputs: () => Readonly<Record<string, Arbitrary<unknown>>>;
  readonly #door: Door;
  readonly #helper: (name: string, mock: ServiceMockInstance) => HelperOf<AnyOperations, string>;
  /** Where a URL falls among this mock's endpoints (hosts under the operations' host prefixes too). */
  readonly #sites: (url: URL) => EndpointSite | undefined;
  /** {@link #sites} by URL string: a test calls the same few URLs over and over (bounded: cleared when full). */
  readonly #siteCache = new Map<string, EndpointSite | undefined>();
  readonly #specs = new Map<string, LifecycleSpec>();
  readonly #lifecycles = new Lifecycles();
  readonly #answers: RealisticAnswers;
  readonly #protocol: Protocol;
  readonly #requests: MutableRecord[] = [];
  readonly #violations: ContractViolation[] = [];
  #handlers: HttpHandler[] | undefined;
  #requestHandler: MockRequestHandler | undefined;
  /** The realistic generator (it keeps compiled patterns); one per mock, re-set per request's region and clock. */
  #generator: RealisticGenerator | undefined;
  /** {@link #generator} with the settings of each clock and region seen. */
  readonly #generators = new Map<string, RealisticGenerator>();
  #calls = 0;

  constructor(
    readonly contract: ServiceContract,
    readonly options: MockOptions,
    parts: {
      readonly checker: ContractChecker;
      readonly outputs: () => Readonly<Record<string, Arbitrary<unknown>>>;
      readonly door: Door;
      readonly helper: (name: string, mock: ServiceMockInstance) => HelperOf<AnyOperations, string>;
    },
  ) {
    this.#checker = parts.checker;
    this.#outputs = parts.outputs;
    this.#door = parts.door;
    this.#helper = parts.helper;
    checkOptions(contract, options);
    this.#answers = new RealisticAnswers(contract, parts.checker);
    this.#protocol = protocolOf(contract);
    const hostPrefixes = Object.values(contract.operations).flatMap((op) => (op.hostPrefix === undefined ? [] : [op.hostPrefix]));
    this.#sites = endpointSites(contract.endpointPrefix, endpointsOf(options), hostPrefixes);
    for (const spec of Object.values(contract.lifecycles ?? {})) this.#specs.set(spec.operation, spec);
    if (options.lifecycle !== false && options.lifecycle !== undefined) {
      for (const spec of options.lifecycle.specs ?? []) this.#specs.set(spec.operation, spec);
      checkLifecycleOptions(options.lifecycle, [...this.#specs.values()]);
    }
  }

  /** The in-process transport over this mock's handlers (one per mock, so `use` overrides stay). */
  get requestHandler(): MockRequestHandler {
    this.#requestHandler ??= new MockRequestHandler(this.handlers);
    return this.#requestHandler;
  }

  get handlers(): HttpHandler[] {
    this.#handlers ??= [this.#door.handler((request) => this.$claims(request), (request) => this.$respond(request), { once: false, orphan: (request) => this.$orphan(request) })];
    return this.#handlers;
  }

  get requests(): readonly RecordedRequest[] {
    return this.#requests.slice();
  }

  get violations(): readonly ContractViolation[] {
    return this.#violations.slice();
  }

  requestsOf(operation: string): readonly RecordedRequest[] {
    return this.#requests.filter((r) => r.operation === operation);
  }

  clearRequests(): void {
    this.#requests.length = 0;
  }

  reset(): void {
    this.#requests.length = 0;
    this.#violations.length = 0;
    this.#lifecycles.reset();
    this.#answers.reset();
    this.#calls = 0;
  }

  assertNoViolations(): void {
    if (this.#violations.length > 0) throw new ContractViolations(this.#violations.slice());
  }

  operation(name: string): HelperOf<AnyOperations, string> {
    return this.#helper(name, this);
  }

  /** True when the request's URL (origin and path, no query) is at or below one of this mock's endpoints. */
  $serves(url: string): boolean {
    return this.#siteOf(url) !== undefined;
  }

  #siteOf(url: string): EndpointSite | undefined {
    if (this.#siteCache.has(url)) return this.#siteCache.get(url);
    const site = this.#sites(new URL(url));
    if (this.#siteCache.size >= 1024) this.#siteCache.clear();
    this.#siteCache.set(url, site);
    return site;
  }

  /**
   * Whether this mock answers `request`: one to its endpoints that its protocol routes to this
   * service (to `operation`, when given). Without `operation`, a request to the service's own AWS
   * endpoint that names none of its operations is claimed too: it is this service's to refuse, as
   * AWS does (`UnknownOperationException`). Another service's request on a shared custom endpoint
   * is not claimed: it goes on to the next handler, or is unhandled.
   */
  $claims(request: RequestHead, operation?: string): boolean {
    if (!this.$serves(request.url)) return false;
    const route = this.#route(request);
    if (operation !== undefined) return route.kind === "operation" && route.operation.name === operation;
    return route.kind !== "foreign";
  }

  /** `own`: take the endpoint for the service's own, whatever it is (see {@link $orphan}). */
  #route(request: RequestHead, own = false): Route {
    const site = this.#siteOf(request.url);
    if (site === undefined) return { kind: "foreign" };
    const route = this.#protocol.route(request, this.contract, { ownEndpoint: own || site.own, path: site.path });
    // A host prefix names the operation it is for: another operation's request there is not ours.
    if (route.kind === "operation" && !hostPrefixAllows(route.operation.hostPrefix, site.hostPrefix)) return { kind: "foreign" };
    return route;
  }

  /**
   * Answers a request this mock claimed: with `scoped`'s answer when given (a helper's), else with
   * the default answer. Records it in `requests`, whatever the answer.
   */
  async $respond(request: MockRequest, scoped?: Scoped, own = false): Promise<Answer> {
    const route = this.#route(request, own);
    // Over a size limit, nothing of it is read (runtime/protocol/request-limits.ts).
    const over = overLimits(request);
    const read: RequestRead =
      over !== undefined
        ? { ok: false, ...over, text: "", body: undefined }
        : route.kind === "operation"
          ? await this.#protocol.readRequest(request, route.operation, this.contract, route.labels)
          : await unread(request);
    const call = ++this.#calls;
    const seed = String(this.options.seed ?? 0);
    const requestId = requestIdOf([seed, String(call)]);
    const record: MutableRecord = {
      method: request.method,
      url: request.url,
      headers: headerRecord(request.headers),
      target: request.headers.get(TARGET_HEADER) ?? undefined,
      operation: route.kind === "operation" ? route.operation.name : undefined,
      body: read.body,
      text: read.text,
      requestId,
      status: 0,
    };
    this.#requests.push(record);

    const response = over !== undefined ? this.#protocol.writeFrameworkError(this.contract, over.error, over.message, requestId) : await this.#answer({ request, route, read, scoped, call, requestId });
    record.status = response.status;
    const delay = latencyOf(this.options.latency, hash32([seed, "latency", String(call)]));
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return response;
  }

  /**
   * The answer to a request that no handler claimed, where this mock's endpoint is the whole
   * server's (`smithy-contract serve`: its origin is the served service's alone): refused as the
   * service refuses it at its own AWS endpoint — an unknown or missing `X-Amz-Target`, a path no
   * operation has — and recorded like any answer. Undefined when even there the request is not the
   * service's (another URL, another method or path of awsJson), or when it is one this mock claims.
   */
  async $orphan(request: MockRequest): Promise<Answer | undefined> {
    if (!this.$serves(request.url) || this.#route(request).kind !== "foreign" || this.#route(request, true).kind !== "refused") return undefined;
    return this.$respond(request, undefined, true);
  }

  /**
   * A test's output in wire form, checked strictly against the operation's output schema; throws
   * the {@link ContractViolation} when it breaks the contract (so the test fails where it gave it).
   */
  $checkedOutput(operation: OperationContract, output: unknown): unknown {
    const body = outputOf(output, operation);
    const violation = this.#checker.violation(operation, { kind: "output" }, body);
    if (violation !== undefined) throw violation;
    return body;
  }

  /** A modeled error answer, checked strictly against the error's schema; throws like `$checkedOutput`. */
  $checkedError(operation: OperationContract, name: string, body: object): FixedAnswer & { kind: "error" } {
    const answer = this.#errorAnswer(operation, name, body);
    if (answer instanceof ContractViolation) throw answer;
    return answer;
  }

  async #answer(req: { request: MockRequest; route: Route; read: RequestRead; scoped: Scoped | undefined; call: number; requestId: string }): Promise<Answer> {
    const { contract } = this;
    const protocol = this.#protocol;
    const { route, read, requestId } = req;
    if (route.kind !== "operation") return protocol.writeFrameworkError(contract, route.kind === "refused" ? route.error : SERIALIZATION_EXCEPTION, route.kind === "refused" ? route.message : "", requestId);
    const { operation } = route;
    if (!read.ok) return protocol.writeFrameworkError(contract, read.error, read.message, requestId);

    const checked = this.#checker.read(operation, read.document);
    if (!checked.ok) return this.#reject(operation, checked.rejection, requestId);
    const { input } = checked;

    const answer = req.scoped?.operation === operation.name ? req.scoped.answer : undefined;
    if (answer === undefined) return this.#generated(operation, input, req.request, requestId);
    switch (answer.kind) {
      case "output":
        return protocol.writeOutput(contract, operation, answer.body, requestId);
      case "error":
        return protocol.writeError(contract, answer.error, answer.document, requestId);
      case "resolver": {
        const ctx: ResolverContext<Record<string, object>> = {
          request: req.request.toRequest(),
          operation: operation.name,
          requestId,
          call: req.call,
          error: (name, body) => new ErrorAnswer(name, body ?? {}),
        };
        const result = await answer.resolve(structuredClone(input), ctx);
        if (result instanceof ErrorAnswer) return this.#errorResponse(operation, result.name, result.body, requestId);
        const body = outputOf(result, operation);
        const violation = this.#checker.violation(operation, { kind: "output" }, body);
        return violation !== undefined ? this.#violated(violation, requestId) : protocol.writeOutput(contract, operation, body, requestId);
      }
    }
  }

  /**
   * The default answer: a draw for this request (realistic, or from the output arbitrary), seeded by
   * seed, operation and request; then what the mock keeps and knows (runtime/mock/realistic.ts),
   * then the lifecycle; checked like any answer.
   */
  #generated(operation: OperationContract, input: unknown, request: RequestHead, requestId: string): Answer {
    const seed = String(this.options.seed ?? 0);
    const drawSeed = hash32([seed, operation.name, canonicalJson(input)]);
    const realistic = (this.options.data ?? "realistic") === "realistic" && operation.plans !== undefined;
    const generator = this.#generatorFor(request);
    const value: ValueSource = (plan, s, opts) => generator.value(plan, s, opts);
    let draw: unknown;
    if (realistic) {
      // Shared with later answers to the same request: RealisticAnswers copies it before changing it.
      draw = generator.shared(operation.plans!.output, drawSeed, { topLevel: true });
    } else {
      const outputs = this.#outputs();
      const arbitrary = Object.prototype.hasOwnProperty.call(outputs, operation.name) ? outputs[operation.name] : undefined;
      draw = arbitrary === undefined ? {} : toWire(sample(arbitrary, { seed: drawSeed | 0, numRuns: 1 })[0], operation.output);
    }
    const base = typeof draw === "object" && draw !== null && !Array.isArray(draw) ? (draw as Record<string, unknown>) : {};
    const answer = this.#answers.answer(operation, input, base, { seed, value, world: this.options.state ?? "open", realistic });
    if (answer.kind === "error") return this.#errorResponse(operation, answer.name, answer.body, requestId);
    // Drawn, stored and example answers are in wire form already: only the @defaults to fill in.
    const body = readLeniently(answer.body, operation.output) as Record<string, unknown>;
    const spec = this.#specs.get(operation.name);
    const lifecycle = this.options.lifecycle;
    const advances = spec !== undefined && lifecycle !== false;
    if (advances) this.#lifecycles.advance(spec, lifecycle ?? {}, input, body, operation.output);
    this.#answers.remember(operation, input, body);
    // The answer was checked where it was made (RealisticAnswers keeps only what holds the
    // contract; the @defaults filled since are valid by Smithy's rules): checked again only when
    // a lifecycle has changed it since.
    const violation = advances ? this.#checker.violation(operation, { kind: "output" }, body) : undefined;
    return violation !== undefined ? this.#violated(violation, requestId) : this.#protocol.writeOutput(this.contract, operation, body, requestId);
  }

  /** The realistic generator for one request: the client's region (else the option's), the mock's clock and account. */
  #generatorFor(request: RequestHead): RealisticGenerator {
    const { contract, options } = this;
    const now = typeof options.now === "function" ? options.now() : options.now instanceof Date ? options.now.getTime() : (options.now ?? DEFAULT_NOW);
    const settings = {
      now,
      region: regionOf(request.headers.get("authorization"), request.url) ?? options.region ?? "us-east-1",
      account: options.account ?? "123456789012",
      arnNamespace: contract.arnNamespace ?? contract.endpointPrefix,
      endpointPrefix: contract.endpointPrefix,
    };
    this.#generator ??= new RealisticGenerator(contract.shapes ?? {}, settings);
    // One generator per clock and region (a test's requests mostly share both): made once, not per request.
    const key = `${settings.now} ${settings.region}`;
    let g = this.#generators.get(key);
    if (g === undefined) {
      g = this.#generator.withSettings(settings);
      if (this.#generators.size >= 64) this.#generators.clear();
      this.#generators.set(key, g);
    }
    return g;
  }

  /**
   * The answer to a request the checker rejected: a serialization error as the protocol writes it;
   * a validation error as the test's `validationError` option names it, else as Smithy's framework
   * `ValidationException` when the operation models it (its members in Smithy's words, whatever
   * the protocol), else as AWS's framework `ValidationException`.
   */
  #reject(operation: OperationContract, rejection: Rejection, requestId: string): Answer {
    const { contract } = this;
    if (rejection.kind === "serialization") return this.#protocol.writeFrameworkError(contract, SERIALIZATION_EXCEPTION, rejection.message, requestId);
    const modeledName = this.options.validationError;
    if (modeledName !== undefined && Object.prototype.hasOwnProperty.call(operation.errors, modeledName)) {
      // Checked like any other answer: a modeled error with required members besides `message`
      // cannot be built from a message alone, and the mock never sends a body that breaks the contract.
      return this.#errorResponse(operation, modeledName, { message: rejection.message }, requestId);
    }
    const smithy = Object.values(operation.errors).find((e) => e.shapeId === SMITHY_VALIDATION_EXCEPTION);
    if (smithy !== undefined) return this.#errorResponse(operation, smithy.name, smithyValidationException(rejection, operation, contract), requestId);
    return this.#protocol.writeFrameworkError(contract, VALIDATION_EXCEPTION, rejection.message, requestId);
  }

  /** A modeled error answer, or the violation of the contract it would be. */
  #errorAnswer(operation: OperationContract, name: string, members: object): (FixedAnswer & { kind: "error" }) | ContractViolation {
    const error = modeledError(operation, name);
    const document = this.#protocol.errorDocument(this.contract, error, members as Record<string, unknown>);
    const violation = this.#checker.violation(operation, { kind: "error", error: error.name }, document);
    return violation ?? { kind: "error", error, document };
  }

  #errorResponse(operation: OperationContract, name: string, members: object, requestId: string): Answer {
    const answer = this.#errorAnswer(operation, name, members);
    return answer instanceof ContractViolation ? this.#violated(answer, requestId) : this.#protocol.writeError(this.contract, answer.error, answer.document, requestId);
  }

  /** Records a violation and answers with it, so the client call in the test fails with its message. */
  #violated(violation: ContractViolation, requestId: string): Answer {
    this.#violations.push(violation);
    this.options.onViolation?.(violation);
    return this.#protocol.writeFrameworkError(this.contract, CONTRACT_VIOLATION, violation.message, requestId);
  }
}

/**
 * An output as a server sends it: in wire form, with the `@default` of every member left out filled
 * in (a Smithy server serializes defaults; the awsJson1_0 compliance cases
 * `AwsJson10ServerPopulates…InResponse…` check it).
 *
 * @see https://smithy.io/2.0/spec/type-refinement-traits.html#default-value-serialization
 */
function outputOf(value: unknown, operation: OperationContract): unknown {
  return readLeniently(toWire(value, operation.output), operation.output);
}

/** The body of a request no operation reads, for the request log (its text, and its JSON when it is JSON). */
async function unread(request: IncomingRequest): Promise<RequestRead> {
  const bytes = await bodyBytes(request);
  const text = bytes.ok ? utf8(bytes.bytes) : "";
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : (JSON.parse(text) as unknown);
  } catch {
    body = undefined;
  }
  return { ok: false, error: SERIALIZATION_EXCEPTION, message: bytes.ok ? "" : bytes.message, text, body };
}
