/**
 * One mock of a service: the msw handler that routes on `X-Amz-Target`, reads the request as AWS
 * does (lenient, with AWS's error answers), and answers with a seeded draw from the output's
 * arbitrary (through the lifecycle overlay) or with a test's own answer — never with anything the
 * contract rejects. All state (request log, violations, lifecycle progress, request counter) lives
 * here and nowhere else.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
import { sample, type Arbitrary } from "fast-check";
import { http, type HttpHandler } from "msw";
import type { LifecycleSpec, OperationContract, ServiceContract } from "../contract.ts";
import { checkLifecycleOptions, Lifecycles } from "../lifecycle/lifecycle.ts";
import { contentType, isAwsJsonContentType, parseTarget, TARGET_HEADER } from "../protocol/awsjson.ts";
import { canonicalJson } from "../serde/canonical.ts";
import { readLeniently } from "../serde/lenient.ts";
import { toWire } from "../serde/toWire.ts";
import { ErrorAnswer, errorResponse, frameworkErrorBody, modeledError, modeledErrorBody, outputResponse } from "./answers.ts";
import { defaultEndpointSource, endpointPattern } from "./endpoint.ts";
import { CONTRACT_VIOLATION, SERIALIZATION_EXCEPTION, UNKNOWN_OPERATION_EXCEPTION, VALIDATION_EXCEPTION } from "./frameworkErrors.ts";
import { checkOptions, endpointsOf } from "./options.ts";
import { rejectionOf, type Rejection } from "./rejection.ts";
import { hash32, latencyOf, requestIdOf } from "./seed.ts";
import type { AnyOperations, MockInstance, MockOptions, RecordedRequest, ResolverContext } from "./types.ts";
import type { Validators } from "./validators.ts";
import { ContractViolation, ContractViolations } from "./violation.ts";

/** What `createServiceMock` is given besides the contract. */
export interface ServiceData {
  /** Wire-form output arbitraries by operation name (from the generated `arbitraries.ts`). */
  readonly outputs: Readonly<Record<string, Arbitrary<unknown>>>;
}

/** What an answer handler answers with, already checked where it can be. */
export type FixedAnswer =
  | { readonly kind: "output"; readonly body: unknown }
  | { readonly kind: "resolver"; readonly resolve: (input: any, ctx: ResolverContext<any>) => unknown }
  | { readonly kind: "error"; readonly status: number; readonly body: Readonly<Record<string, unknown>> };

/** An answer handler's scope: the one operation it answers, how, and whether it is used up. */
export interface AnswerScope {
  readonly operation: string;
  readonly answer: FixedAnswer;
  readonly once: boolean;
  used: boolean;
}

type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

type MutableRecord = { -readonly [K in keyof RecordedRequest]: RecordedRequest[K] };

export class ServiceMockInstance implements MockInstance<AnyOperations> {
  readonly handlers: HttpHandler[];
  readonly #validators: Validators;
  readonly #data: ServiceData;
  readonly #pattern: RegExp;
  readonly #defaultEndpoint: RegExp;
  readonly #specs = new Map<string, LifecycleSpec>();
  readonly #lifecycles = new Lifecycles();
  readonly #requests: MutableRecord[] = [];
  readonly #violations: ContractViolation[] = [];
  #calls = 0;

  constructor(
    readonly contract: ServiceContract,
    readonly options: MockOptions,
    validators: Validators,
    data: ServiceData,
  ) {
    this.#validators = validators;
    this.#data = data;
    checkOptions(contract, options);
    this.#pattern = endpointPattern(contract.endpointPrefix, endpointsOf(options));
    this.#defaultEndpoint = new RegExp(defaultEndpointSource(contract.endpointPrefix));
    for (const spec of Object.values(contract.lifecycles ?? {})) this.#specs.set(spec.operation, spec);
    if (options.lifecycle !== false && options.lifecycle !== undefined) {
      for (const spec of options.lifecycle.specs ?? []) this.#specs.set(spec.operation, spec);
      checkLifecycleOptions(options.lifecycle, [...this.#specs.values()]);
    }
    this.handlers = [this.handler()];
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
    this.#calls = 0;
  }

  assertNoViolations(): void {
    if (this.#violations.length > 0) throw new ContractViolations(this.#violations.slice());
  }

  /** An msw handler on this mock's endpoints: all operations, or only `scope`'s. */
  handler(scope?: AnswerScope): HttpHandler {
    return http.post(this.#pattern, ({ request }) => this.#handle(request, scope));
  }

  /**
   * A test's output in wire form, checked strictly against the operation's output schema; throws
   * the {@link ContractViolation} when it breaks the contract (so the test fails where it gave it).
   */
  checkedOutput(operation: OperationContract, output: unknown): unknown {
    const body = toWire(output, operation.output);
    const violation = this.#checkOutput(operation, body);
    if (violation !== undefined) throw violation;
    return body;
  }

  /** A modeled error answer, checked strictly against the error's schema; throws like {@link checkedOutput}. */
  checkedError(operation: OperationContract, name: string, body: object): FixedAnswer & { kind: "error" } {
    const answer = this.#errorAnswer(operation, name, body);
    if (answer instanceof ContractViolation) throw answer;
    return answer;
  }

  async #handle(request: Request, scope: AnswerScope | undefined): Promise<Response | undefined> {
    const targetHeader = request.headers.get(TARGET_HEADER) ?? undefined;
    const target = parseTarget(targetHeader);
    const ours = target !== undefined && target.service === this.contract.serviceName;
    if (scope !== undefined) {
      if (!ours || target.operation !== scope.operation || (scope.once && scope.used)) return undefined;
      scope.used = true;
    } else if (!ours) {
      // Another service's request on a shared custom endpoint goes on to the next handler; on this
      // service's own AWS endpoint it is this service's to refuse.
      const url = new URL(request.url);
      if (!this.#defaultEndpoint.test(url.origin + url.pathname)) return undefined;
    }

    const resolverRequest = request.clone();
    const text = await request.clone().text();
    const call = ++this.#calls;
    const seed = String(this.options.seed ?? 0);
    const requestId = requestIdOf([seed, String(call)]);
    const operation = ours && Object.prototype.hasOwnProperty.call(this.contract.operations, target.operation) ? this.contract.operations[target.operation] : undefined;
    const parsed = parseBody(text);
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

    const response = await this.#answer({ request: resolverRequest, targetHeader, operation, parsed, scope, call, requestId });
    record.status = response.status;
    const delay = latencyOf(this.options.latency, hash32([seed, "latency", String(call)]));
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return response;
  }

  async #answer(req: {
    request: Request;
    targetHeader: string | undefined;
    operation: OperationContract | undefined;
    parsed: Parsed;
    scope: AnswerScope | undefined;
    call: number;
    requestId: string;
  }): Promise<Response> {
    const { protocol } = this.contract;
    const { operation, parsed, scope, requestId } = req;
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
      return fail(SERIALIZATION_EXCEPTION.status, frameworkErrorBody(protocol, SERIALIZATION_EXCEPTION, "Unable to parse the request body as JSON"));
    }

    const input = readLeniently(parsed.value, operation.input);
    const validate = this.#validators.lenient(operation.input);
    if (!validate(input)) {
      const rejection = rejectionOf(validate.errors ?? [], input);
      if (rejection !== undefined) return this.#reject(operation, rejection, requestId);
    }

    const answer = scope?.answer;
    if (answer === undefined) return this.#generated(operation, input, requestId);
    switch (answer.kind) {
      case "output":
        return outputResponse(protocol, requestId, answer.body);
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
        const body = toWire(result, operation.output);
        const violation = this.#checkOutput(operation, body);
        return violation !== undefined ? this.#violated(violation, requestId) : outputResponse(protocol, requestId, body);
      }
    }
  }

  /** The default answer: a draw from the output arbitrary seeded by seed, operation and request, then the lifecycle. */
  #generated(operation: OperationContract, input: unknown, requestId: string): Response {
    const arbitrary = Object.prototype.hasOwnProperty.call(this.#data.outputs, operation.name) ? this.#data.outputs[operation.name] : undefined;
    const seed = hash32([String(this.options.seed ?? 0), operation.name, canonicalJson(input)]) | 0;
    const body = arbitrary === undefined ? {} : toWire(sample(arbitrary, { seed, numRuns: 1 })[0], operation.output);
    const spec = this.#specs.get(operation.name);
    const lifecycle = this.options.lifecycle;
    if (spec !== undefined && lifecycle !== false && typeof body === "object" && body !== null && !Array.isArray(body)) {
      this.#lifecycles.advance(spec, lifecycle ?? {}, input, body as Record<string, unknown>, operation.output);
    }
    const violation = this.#checkOutput(operation, body);
    return violation !== undefined ? this.#violated(violation, requestId) : outputResponse(this.contract.protocol, requestId, body);
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

  #checkOutput(operation: OperationContract, body: unknown): ContractViolation | undefined {
    const validate = this.#validators.strict(operation.output);
    if (validate(body)) return undefined;
    return new ContractViolation(operation.name, { kind: "output" }, validate.errors ?? [], body, operation.output);
  }

  #errorAnswer(operation: OperationContract, name: string, members: object): (FixedAnswer & { kind: "error" }) | ContractViolation {
    const error = modeledError(operation, name);
    const body = modeledErrorBody(this.contract.protocol, error, members);
    const validate = this.#validators.strict(error.schema);
    if (!validate(body)) return new ContractViolation(operation.name, { kind: "error", error: name }, validate.errors ?? [], body, error.schema);
    return { kind: "error", status: error.status, body };
  }

  /** Records a violation and answers with it, so the client call in the test fails with its message. */
  #violated(violation: ContractViolation, requestId: string): Response {
    this.#violations.push(violation);
    this.options.onViolation?.(violation);
    const { protocol } = this.contract;
    return errorResponse(protocol, requestId, CONTRACT_VIOLATION.status, frameworkErrorBody(protocol, CONTRACT_VIOLATION, violation.message));
  }
}

/** An empty body reads as `{}` (the SDK sends `{}`, but a server must accept nothing too). */
function parseBody(text: string): Parsed {
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
