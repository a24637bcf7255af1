/**
 * Whole HTTP messages of a contract's operations, as fast-check arbitraries: requests (method, URL
 * on an endpoint, headers, body) and answers (status, headers, body), each made by the contract's
 * protocol from a drawn document — `writeRequest` from an input, `writeOutput` from an output,
 * `writeError` from a modeled error's members — in either flavour of data: exhaustive (the whole
 * space the contract allows, exhaustive.ts) or realistic (what the service would plausibly send,
 * realistic/).
 *
 * Each draw carries its document as the other side reads it back: the drawn document goes through
 * the protocol's `carried` first (a header holds no line break, an http-date no milliseconds, a
 * response code is a success status…), and only documents that still keep the contract are kept
 * (a value a message could not carry is replaced character for character, which can break a
 * `@pattern`: such draws, rare, are left out). So for every draw, the protocol routes the request
 * back to its operation and reads it into `document`; a client reads the answer into `document`.
 *
 * Nothing here knows a protocol by name: awsJson operations get the same arbitraries.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html
 * @see https://fast-check.dev/docs/core-blocks/arbitraries/combiners/any/#map
 */
import * as fc from "fast-check";
import type { PairBuilderOptions } from "../arbitraries/builder.ts";
import type { OperationContract, ServiceContract } from "../contract.ts";
import { protocolOf } from "../protocol/index.ts";
import { headerRecord, toResponse, type Answer } from "../protocol/message.ts";
import type { CarriedMessage, Protocol } from "../protocol/protocol.ts";
import { checkerOf, type CheckTarget } from "../validation/checker.ts";
import { exhaustiveArbitraries, type ExhaustiveArbitraries } from "./exhaustive.ts";
import type { ArbitraryPlan } from "./plan.ts";
import { realisticDraws, RealisticGenerator } from "./realistic/index.ts";
import { realisticSettings, type RealisticDefaults } from "./realistic-sides.ts";
import { sdkForm } from "./sdk-form.ts";

/** The two kinds of data (as the mocks' `data` option names them). */
export type DataFlavour = "exhaustive" | "realistic";

export interface HttpArbitrariesOptions {
  /** `"exhaustive"` (the default) or `"realistic"`. */
  readonly data?: DataFlavour;
  /** Where requests go: the service's AWS endpoint in us-east-1 unless given (`http://localhost:4566`). */
  readonly endpoint?: string;
  /** The `x-amzn-RequestId` answers carry. */
  readonly requestId?: string;
  /** Settings of exhaustive data (depth, sizes, timestamps). */
  readonly exhaustive?: PairBuilderOptions;
  /** Settings of realistic data (clock, region, account). */
  readonly realistic?: RealisticDefaults;
}

/** A drawn request and the input it carries. */
export interface DrawnRequest {
  readonly operation: string;
  /** The input document the request carries (wire form): what the protocol reads back from it. */
  readonly document: Readonly<Record<string, unknown>>;
  /** The same input in SDK form (Dates, Uint8Arrays): what a caller hands an `@aws-sdk/client-*` client. */
  readonly sdk: unknown;
  readonly method: string;
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** A new fetch `Request` of it (each call another: a body is read once). */
  request(): Request;
}

/** A drawn answer and the document it carries. */
export type DrawnAnswer = DrawnOutput | DrawnError;

interface DrawnAnswerBase {
  readonly operation: string;
  /** The answer as data (status, headers in lower case, body). */
  readonly answer: Answer;
  /** A new fetch `Response` of it. */
  response(): Response;
}

export interface DrawnOutput extends DrawnAnswerBase {
  readonly kind: "output";
  /** The output document the answer carries: what a client reads back from it. */
  readonly document: Readonly<Record<string, unknown>>;
  /** The same output in SDK form: what the client returns (less `$metadata`). */
  readonly sdk: unknown;
}

export interface DrawnError extends DrawnAnswerBase {
  readonly kind: "error";
  readonly error: string;
  /** The error's document (`errorDocument` of its members): what a client reads back from it. */
  readonly document: Readonly<Record<string, unknown>>;
  /** The error's members as the answer carries them (wire form), which a test may give a mock. */
  readonly members: Readonly<Record<string, unknown>>;
  /** The members in SDK form: the modeled fields of the exception the client throws. */
  readonly sdk: Readonly<Record<string, unknown>>;
}

/** The whole-message arbitraries of a contract's operations (those with plans). */
export interface HttpArbitraries {
  /** The operations drawn for: every operation of the contract with plans, sorted. */
  readonly operations: readonly string[];
  /** Requests of `operation`. */
  request(operation: string): fc.Arbitrary<DrawnRequest>;
  /** Its successful answers. */
  output(operation: string): fc.Arbitrary<DrawnOutput>;
  /** Its answers with the modeled error `error`. */
  error(operation: string, error: string): fc.Arbitrary<DrawnError>;
  /** Any of its answers: an output, or (as often) one of its modeled errors. */
  answer(operation: string): fc.Arbitrary<DrawnAnswer>;
}

const DEFAULT_REQUEST_ID = "00000000-0000-4000-8000-000000000000";

/**
 * The whole-message arbitraries of `contract`.
 *
 * @example
 * const http = httpArbitraries(contract, { data: "realistic", endpoint: "http://localhost:4566" });
 * await fc.assert(fc.asyncProperty(http.request("GetFunction"), async (drawn) => {
 *   const response = await fetch(drawn.request()); // a mock answers it
 *   expect(response.status).toBe(200);
 * }));
 */
export function httpArbitraries(contract: ServiceContract, options: HttpArbitrariesOptions = {}): HttpArbitraries {
  return new MessageArbitraries(contract, options);
}

class MessageArbitraries implements HttpArbitraries {
  readonly operations: readonly string[];
  readonly #contract: ServiceContract;
  readonly #protocol: Protocol;
  readonly #options: HttpArbitrariesOptions;
  readonly #endpoint: string;
  readonly #requestId: string;
  #exhaustive: ExhaustiveArbitraries | undefined;
  #realistic: RealisticGenerator | undefined;

  constructor(contract: ServiceContract, options: HttpArbitrariesOptions) {
    this.#contract = contract;
    this.#protocol = protocolOf(contract);
    this.#options = options;
    this.#endpoint = options.endpoint ?? `https://${contract.endpointPrefix}.us-east-1.amazonaws.com`;
    this.#requestId = options.requestId ?? DEFAULT_REQUEST_ID;
    this.operations = Object.keys(contract.operations)
      .filter((name) => contract.operations[name]!.plans !== undefined)
      .sort();
  }

  request(operation: string): fc.Arbitrary<DrawnRequest> {
    const op = this.#operation(operation);
    const plan = op.plans!.input;
    return this.#carried(op, plan, { kind: "input" }, { operation, kind: "input" }).map((document) => {
      const first = this.#protocol.writeRequest(this.#contract, op, document, this.#endpoint);
      const drawn: DrawnRequest = {
        operation,
        document,
        sdk: sdkForm(plan, this.#shapes(), document),
        method: first.method,
        url: first.url,
        headers: headerRecord(first.headers),
        request: () => this.#protocol.writeRequest(this.#contract, op, document, this.#endpoint),
      };
      return withText(drawn, () => `${operation} request ${drawn.method} ${drawn.url} ${JSON.stringify(document)}`);
    });
  }

  output(operation: string): fc.Arbitrary<DrawnOutput> {
    const op = this.#operation(operation);
    const plan = op.plans!.output;
    return this.#carried(op, plan, { kind: "output", requestId: this.#requestId }, { operation, kind: "output" }).map((document) => {
      const answer = this.#protocol.writeOutput(this.#contract, op, document, this.#requestId);
      const drawn: DrawnOutput = { kind: "output", operation, document, sdk: sdkForm(plan, this.#shapes(), document), answer, response: () => toResponse(answer) };
      return withText(drawn, () => `${operation} output ${answer.status} ${JSON.stringify(document)}`);
    });
  }

  error(operation: string, error: string): fc.Arbitrary<DrawnError> {
    const op = this.#operation(operation);
    const contractError = Object.prototype.hasOwnProperty.call(op.errors, error) ? op.errors[error] : undefined;
    const plan = op.plans!.errors[error];
    if (contractError === undefined || plan === undefined) throw new Error(`${this.#contract.serviceName} contract: ${operation} has no modeled error ${error}`);
    const target: CheckTarget = { operation, kind: "error", error };
    return this.#carried(op, plan, { kind: "error", error: contractError, requestId: this.#requestId }, target, (members) => this.#protocol.errorDocument(this.#contract, contractError, members)).map((members) => {
      const document = this.#protocol.errorDocument(this.#contract, contractError, members);
      const answer = this.#protocol.writeError(this.#contract, contractError, document, this.#requestId);
      const sdk = sdkForm(plan, this.#shapes(), members) as Record<string, unknown>;
      const drawn: DrawnError = { kind: "error", operation, error, document, members, sdk, answer, response: () => toResponse(answer) };
      return withText(drawn, () => `${operation} error ${error} ${answer.status} ${JSON.stringify(document)}`);
    });
  }

  answer(operation: string): fc.Arbitrary<DrawnAnswer> {
    const errors = Object.keys(this.#operation(operation).plans!.errors).sort();
    const output = this.output(operation);
    if (errors.length === 0) return output;
    return fc.oneof(output, fc.oneof(...errors.map((e) => this.error(operation, e))));
  }

  #operation(name: string): OperationContract {
    const op = Object.prototype.hasOwnProperty.call(this.#contract.operations, name) ? this.#contract.operations[name] : undefined;
    if (op?.plans === undefined) throw new Error(`${this.#contract.serviceName} contract: ${name} is no operation with plans to draw messages from`);
    return op;
  }

  #shapes(): Readonly<Record<string, ArbitraryPlan>> {
    return this.#contract.shapes ?? {};
  }

  /**
   * Documents of `plan` as the protocol carries them. A document the wire changed is kept when it
   * (seen through `checked`) still passes the contract's check of `target`; one it left alone is
   * valid as drawn.
   */
  #carried(
    op: OperationContract,
    plan: ArbitraryPlan,
    message: CarriedMessage,
    target: CheckTarget,
    checked: (document: Record<string, unknown>) => unknown = (d) => d,
  ): fc.Arbitrary<Record<string, unknown>> {
    const checker = checkerOf(this.#contract);
    return this.#documents(op, message, plan)
      .map((drawn) => ({ drawn, document: this.#protocol.carried(this.#contract, op, message, drawn) }))
      .filter(({ drawn, document }) => sameJson(drawn, document) || checker.check(target, checked(document)).violations.length === 0)
      .map(({ document }) => document);
  }

  /** Wire-form documents of `op`'s message (`plan` is its plan), of the chosen flavour. */
  #documents(op: OperationContract, message: CarriedMessage, plan: ArbitraryPlan): fc.Arbitrary<unknown> {
    if (this.#options.data === "realistic") {
      this.#realistic ??= new RealisticGenerator(this.#shapes(), realisticSettings(this.#contract, this.#options.realistic));
      return realisticDraws(this.#realistic, plan);
    }
    this.#exhaustive ??= exhaustiveArbitraries(this.#contract, this.#options.exhaustive);
    const sides = this.#exhaustive.operations[op.name]!;
    return message.kind === "error" ? sides.errors[message.error.name]!.wire : sides[message.kind].wire;
  }
}

/** Whether two JSON values are the same (numbers by `Object.is`: `-0` is not `0`). */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `value`, printed by fast-check (in a counterexample) as `text()` says. */
function withText<T extends object>(value: T, text: () => string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: text, enumerable: false });
  return value;
}
