/**
 * One mock of a service: it decides which requests are its own (endpoint, then `X-Amz-Target`,
 * then operation — before anything is read, so a request it does not serve is never claimed),
 * reads a claimed request as AWS does (lenient, with AWS's error answers), and answers with a
 * seeded draw from the output's arbitrary (through the lifecycle overlay) or with a test's own
 * answer — never with anything the contract rejects. All state (request log, violations, lifecycle
 * progress, request counter) lives here and nowhere else.
 *
 * The mock speaks Fetch (`Request` in, `Response` out) and knows nothing of msw: a door (see
 * {@link Door}) turns it into msw handlers.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
import { sample, type Arbitrary } from "fast-check";
import type { HttpHandler } from "msw";
import type { LifecycleSpec, OperationContract, ServiceContract } from "../contract.ts";
import { checkLifecycleOptions, Lifecycles } from "../lifecycle/lifecycle.ts";
import {
  CONTRACT_VIOLATION,
  contentType,
  isAwsJsonContentType,
  parseTarget,
  SERIALIZATION_EXCEPTION,
  TARGET_HEADER,
  UNKNOWN_OPERATION_EXCEPTION,
  VALIDATION_EXCEPTION,
} from "../protocol/awsjson.ts";
import { regionOf } from "../data/request-context.ts";
import { RealisticGenerator } from "../data/realistic/index.ts";
import { DEFAULT_NOW } from "../data/clock.ts";
import { canonicalJson } from "../serde/canonical.ts";
import { readLeniently } from "../serde/lenient.ts";
import { toWire } from "../serde/toWire.ts";
import type { ContractChecker } from "../validation/checker.ts";
import { ContractViolation, ContractViolations } from "../validation/contract-violation.ts";
import type { Rejection } from "../validation/rejection.ts";
import { ErrorAnswer, errorResponse, frameworkErrorBody, modeledError, modeledErrorBody, outputResponse } from "./answers.ts";
import { defaultEndpointSource, endpointPattern } from "./endpoint.ts";
import { checkOptions, endpointsOf } from "./options.ts";
import { RealisticAnswers, type ValueSource } from "./realistic.ts";
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
  | { readonly kind: "error"; readonly status: number; readonly body: Readonly<Record<string, unknown>> };

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
  handler(claims: (request: Request) => boolean, respond: (request: Request) => Promise<Response>, options: { readonly once: boolean }): HttpHandler;
}

type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

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
  readonly #pattern: RegExp;
  readonly #defaultEndpoint: RegExp;
  readonly #specs = new Map<string, LifecycleSpec>();
  readonly #lifecycles = new Lifecycles();
  readonly #answers: RealisticAnswers;
  readonly #requests: MutableRecord[] = [];
  readonly #violations: ContractViolation[] = [];
  #handlers: HttpHandler[] | undefined;
  /** The realistic generator (it keeps compiled patterns); one per mock, re-set per request's region and clock. */
  #generator: RealisticGenerator | undefined;
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
    this.#pattern = endpointPattern(contract.endpointPrefix, endpointsOf(options));
    this.#defaultEndpoint = new RegExp(defaultEndpointSource(contract.endpointPrefix));
    for (const spec of Object.values(contract.lifecycles ?? {})) this.#specs.set(spec.operation, spec);
    if (options.lifecycle !== false && options.lifecycle !== undefined) {
      for (const spec of options.lifecycle.specs ?? []) this.#specs.set(spec.operation, spec);
      checkLifecycleOptions(options.lifecycle, [...this.#specs.values()]);
    }
  }

  get handlers(): HttpHandler[] {
    this.#handlers ??= [this.#door.handler((request) => this.$claims(request), (request) => this.$respond(request), { once: false })];
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

  /** True when the request's URL (origin and path, no query) is one of this mock's endpoints. */
  $serves(url: string): boolean {
    const u = new URL(url);
    return this.#pattern.test(u.origin + u.pathname);
  }

  /**
   * Whether this mock answers `request`: a POST to one of its endpoints whose `X-Amz-Target` names
   * this service (and `operation`, when given). Without `operation`, a request to the service's
   * own AWS endpoint is claimed whatever its target: there it is this service's to refuse, as AWS
   * does (`UnknownOperationException`). Another service's request on a shared custom endpoint is
   * not claimed: it goes on to the next handler, or is unhandled.
   */
  $claims(request: Request, operation?: string): boolean {
    if (request.method !== "POST" || !this.$serves(request.url)) return false;
    const target = parseTarget(request.headers.get(TARGET_HEADER));
    const ours = target !== undefined && target.service === this.contract.serviceName;
    if (operation !== undefined) return ours && target.operation === operation;
    if (ours) return true;
    const url = new URL(request.url);
    return this.#defaultEndpoint.test(url.origin + url.pathname);
  }

  /**
   * Answers a request this mock claimed: with `scoped`'s answer when given (a helper's), else with
   * the default answer. Records it in `requests`, whatever the answer.
   */
  async $respond(request: Request, scoped?: Scoped): Promise<Response> {
    const targetHeader = request.headers.get(TARGET_HEADER) ?? undefined;
    const target = parseTarget(targetHeader);
    const resolverRequest = request.clone();
    const decoded = await bodyText(request.clone());
    const text = decoded.ok ? decoded.text : "";
    const call = ++this.#calls;
    const seed = String(this.options.seed ?? 0);
    const requestId = requestIdOf([seed, String(call)]);
    const ops = this.contract.operations;
    const operation =
      target !== undefined && target.service === this.contract.serviceName && Object.prototype.hasOwnProperty.call(ops, target.operation) ? ops[target.operation] : undefined;
    const parsed: Parsed = decoded.ok ? parseBody(text) : decoded;
    const record: MutableRecord = {
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      target: targetHeader,
      operation: operation?.name,
      body: parsed.ok ? parsed.value : undefined,
      text,
      requestId,
      status: 0,
    };
    this.#requests.push(record);

    const response = await this.#answer({ request: resolverRequest, targetHeader, operation, parsed, scoped, call, requestId });
    record.status = response.status;
    const delay = latencyOf(this.options.latency, hash32([seed, "latency", String(call)]));
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return response;
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

  async #answer(req: {
    request: Request;
    targetHeader: string | undefined;
    operation: OperationContract | undefined;
    parsed: Parsed;
    scoped: Scoped | undefined;
    call: number;
    requestId: string;
  }): Promise<Response> {
    const { protocol } = this.contract;
    const { operation, parsed, requestId } = req;
    const fail = (status: number, body: Readonly<Record<string, unknown>>) => errorResponse(protocol, requestId, status, body);

    const type = req.request.headers.get("content-type");
    if (!isAwsJsonContentType(type, protocol)) {
      const message = `${this.contract.serviceName} accepts Content-Type ${JSON.stringify(contentType(protocol))}, not ${type === null ? "none" : JSON.stringify(type)}`;
      return fail(UNKNOWN_OPERATION_EXCEPTION.status, frameworkErrorBody(protocol, UNKNOWN_OPERATION_EXCEPTION, message));
    }
    if (operation === undefined) {
      const message = `Unknown operation ${req.targetHeader === undefined ? "(no X-Amz-Target header)" : JSON.stringify(req.targetHeader)}`;
      return fail(UNKNOWN_OPERATION_EXCEPTION.status, frameworkErrorBody(protocol, UNKNOWN_OPERATION_EXCEPTION, message));
    }
    if (!parsed.ok) {
      return fail(SERIALIZATION_EXCEPTION.status, frameworkErrorBody(protocol, SERIALIZATION_EXCEPTION, parsed.message));
    }

    const read = this.#checker.read(operation, parsed.value);
    if (!read.ok) return this.#reject(operation, read.rejection, requestId);
    const { input } = read;

    const answer = req.scoped?.operation === operation.name ? req.scoped.answer : undefined;
    if (answer === undefined) return this.#generated(operation, input, req.request, requestId);
    switch (answer.kind) {
      case "output":
        return outputResponse(protocol, requestId, answer.body, operation);
      case "error":
        return fail(answer.status, answer.body);
      case "resolver": {
        const ctx: ResolverContext<Record<string, object>> = {
          request: req.request,
          operation: operation.name,
          requestId,
          call: req.call,
          error: (name, body) => new ErrorAnswer(name, body ?? {}),
        };
        const result = await answer.resolve(structuredClone(input), ctx);
        if (result instanceof ErrorAnswer) {
          const error = this.#errorAnswer(operation, result.name, result.body);
          return error instanceof ContractViolation ? this.#violated(error, requestId) : fail(error.status, error.body);
        }
        const body = outputOf(result, operation);
        const violation = this.#checker.violation(operation, { kind: "output" }, body);
        return violation !== undefined ? this.#violated(violation, requestId) : outputResponse(protocol, requestId, body, operation);
      }
    }
  }

  /**
   * The default answer: a draw for this request (realistic, or from the output arbitrary), seeded by
   * seed, operation and request; then what the mock keeps and knows (runtime/mock/realistic.ts),
   * then the lifecycle; checked like any answer.
   */
  #generated(operation: OperationContract, input: unknown, request: Request, requestId: string): Response {
    const seed = String(this.options.seed ?? 0);
    const drawSeed = hash32([seed, operation.name, canonicalJson(input)]);
    const realistic = (this.options.data ?? "realistic") === "realistic" && operation.plans !== undefined;
    const value = this.#valueSource(request);
    let draw: unknown;
    if (realistic) {
      draw = value(operation.plans!.output, drawSeed, { topLevel: true });
    } else {
      const outputs = this.#outputs();
      const arbitrary = Object.prototype.hasOwnProperty.call(outputs, operation.name) ? outputs[operation.name] : undefined;
      draw = arbitrary === undefined ? {} : toWire(sample(arbitrary, { seed: drawSeed | 0, numRuns: 1 })[0], operation.output);
    }
    const base = typeof draw === "object" && draw !== null && !Array.isArray(draw) ? (draw as Record<string, unknown>) : {};
    const answer = this.#answers.answer(operation, input, base, { seed, value, world: this.options.state ?? "open", realistic });
    if (answer.kind === "error") {
      const error = this.#errorAnswer(operation, answer.name, answer.body);
      return error instanceof ContractViolation ? this.#violated(error, requestId) : errorResponse(this.contract.protocol, requestId, error.status, error.body);
    }
    const body = outputOf(answer.body, operation) as Record<string, unknown>;
    const spec = this.#specs.get(operation.name);
    const lifecycle = this.options.lifecycle;
    if (spec !== undefined && lifecycle !== false) this.#lifecycles.advance(spec, lifecycle ?? {}, input, body, operation.output);
    this.#answers.remember(operation, input, body);
    const violation = this.#checker.violation(operation, { kind: "output" }, body);
    return violation !== undefined ? this.#violated(violation, requestId) : outputResponse(this.contract.protocol, requestId, body, operation);
  }

  /** Realistic values for one request: the client's region (else the option's), the mock's clock and account. */
  #valueSource(request: Request): ValueSource {
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
    const g = this.#generator.withSettings(settings);
    return (plan, seed, opts) => g.value(plan, seed, opts);
  }

  #reject(operation: OperationContract, rejection: Rejection, requestId: string): Response {
    const { protocol } = this.contract;
    if (rejection.kind === "serialization") {
      return errorResponse(protocol, requestId, SERIALIZATION_EXCEPTION.status, frameworkErrorBody(protocol, SERIALIZATION_EXCEPTION, rejection.message));
    }
    const modeledName = this.options.validationError;
    if (modeledName !== undefined && Object.prototype.hasOwnProperty.call(operation.errors, modeledName)) {
      // Checked like any other answer: a modeled error with required members besides `message`
      // cannot be built from a message alone, and the mock never sends a body that breaks the contract.
      const answer = this.#errorAnswer(operation, modeledName, { message: rejection.message });
      if (answer instanceof ContractViolation) return this.#violated(answer, requestId);
      return errorResponse(protocol, requestId, answer.status, answer.body);
    }
    return errorResponse(protocol, requestId, VALIDATION_EXCEPTION.status, frameworkErrorBody(protocol, VALIDATION_EXCEPTION, rejection.message));
  }

  #errorAnswer(operation: OperationContract, name: string, members: object): (FixedAnswer & { kind: "error" }) | ContractViolation {
    const error = modeledError(operation, name);
    const body = modeledErrorBody(this.contract.protocol, error, members);
    const violation = this.#checker.violation(operation, { kind: "error", error: error.name }, body);
    return violation ?? { kind: "error", status: error.status, body };
  }

  /** Records a violation and answers with it, so the client call in the test fails with its message. */
  #violated(violation: ContractViolation, requestId: string): Response {
    this.#violations.push(violation);
    this.options.onViolation?.(violation);
    const { protocol } = this.contract;
    return errorResponse(protocol, requestId, CONTRACT_VIOLATION.status, frameworkErrorBody(protocol, CONTRACT_VIOLATION, violation.message));
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

/** An empty body reads as `{}` (the SDK sends `{}`, but a server must accept nothing too). */
function parseBody(text: string): Parsed {
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: "Unable to parse the request body as JSON" };
  }
}

/**
 * The request body as text, decoded as its `Content-Encoding` says: SDK clients gzip the bodies of
 * operations with `@requestCompression` once they pass a size, and the service reads them (awsJson
 * compliance: `SDKAppliedContentEncoding_awsJson1_0`). A coding other than gzip is not readable.
 *
 * @see https://smithy.io/2.0/spec/behavior-traits.html#requestcompression-trait
 */
async function bodyText(request: Request): Promise<{ readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }> {
  const header = request.headers.get("content-encoding") ?? "";
  const codings = header.split(",").map((c) => c.trim().toLowerCase()).filter((c) => c !== "" && c !== "identity");
  if (codings.length === 0) return { ok: true, text: await request.text() };
  const unknown = codings.find((c) => c !== "gzip" && c !== "x-gzip");
  if (unknown !== undefined) return { ok: false, message: `Unsupported Content-Encoding ${JSON.stringify(unknown)}` };
  if (request.body === null) return { ok: true, text: "" };
  // Codings are listed in the order they were applied: undone last to first (all gzip here).
  let stream: ReadableStream<Uint8Array> = request.body;
  for (let i = 0; i < codings.length; i++) stream = stream.pipeThrough(new DecompressionStream("gzip"));
  try {
    return { ok: true, text: await new Response(stream).text() };
  } catch {
    return { ok: false, message: `Unable to decode the request body as ${header}` };
  }
}
