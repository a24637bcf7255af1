/**
 * The contract properties P1–P5 of one restJson1 service through its real `@aws-sdk/client-*`
 * client, over every operation the mock serves: each run draws one value per operation (whole-HTTP-
 * message arbitraries, runtime/data/http-arbitraries.ts) and checks them all, so a run count of n
 * covers every operation n times. P1 documents and P2–P5 run through both transports (msw, and the in-process
 * `requestHandler`), one msw server per test file.
 *
 * - P1 parts: drawn input, output and error documents (exhaustive and realistic) keep the contract,
 *   and the parts of the drawn requests (labels, query, headers, body: as our client side writes
 *   them) and answers (headers, body) satisfy the per-part schemas (codegen/schema/http-parts.ts).
 *   What the real clients send is held to the per-part schemas by
 *   tests/emit/json-schema/sdk-requests.test.ts; not repeated here.
 * - P1 documents: whatever exhaustive output the mock serves (given in wire or SDK form), the client
 *   returns exactly its SDK side: header members, the status of `@httpResponseCode`, payloads,
 *   prefix headers, timestamps, blobs, the model's `@default`s filled as a server fills them;
 *   `$metadata` carries the status and the mock's request id.
 * - P2: a request with one broken constraint, sent raw (the SDK would refuse some): 400,
 *   `X-Amzn-Errortype: ValidationException`, a JSON body with AWS's message (support/mutations.ts).
 *   None of the five models has `smithy.framework#ValidationException` (checked), whose answers the
 *   restJson1 validation compliance cases pin.
 * - P3: the realistic mock's own answer to a realistic request (an output, or a modeled error) has
 *   parts that satisfy the per-part schemas, the mock records no violation, and the client takes it
 *   (returns, or throws the error's own class).
 * - P4: whatever valid input a caller gives the client, the mock receives its method, a path with
 *   each label percent-encoded as the specification says (computed here, apart from the runtime),
 *   the query our own client side writes, and headers and body that read back into the drawn
 *   document (with the model's `@default`s).
 * - P5: a modeled error reaches the caller as the SDK's own exception class, under the service's
 *   base exception, with the error's name, `$fault`, status, message and modeled members (header
 *   members too, `@default`s filled).
 *
 * Known failures (other engineers' code, the installed clients) are named in
 * support/known-failures.ts, each required to fail as described still.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { StructureShape } from "../../../../codegen/model/shapes.ts";
import type { OperationContract } from "../../../../runtime/contract.ts";
import type { DrawnAnswer, DrawnError, DrawnOutput, DrawnRequest, HttpArbitraries } from "../../../../runtime/data/http-arbitraries.ts";
import { sdkForm } from "../../../../runtime/data/sdk-form.ts";
import { protocolOf } from "../../../../runtime/protocol/index.ts";
import { parseQuery } from "../../../../runtime/protocol/restjson1/query.ts";
import { matchPath, parseUriPattern, splitPath } from "../../../../runtime/protocol/restjson1/uri-pattern.ts";
import { checkerOf } from "../../../../runtime/validation/checker.ts";
import type { RestJson1ServiceName } from "../../regressions.ts";
import { restJson1Property as property } from "./property.ts";
import { rejectionOf, useServer } from "../../support/setup.ts";
import { plain, withModelDefaults } from "./compare.ts";
import { CLIENT_NEWER_THAN_MODEL, defaultsOutsideRange, hasProtoKey } from "./known-failures.ts";
import { brokenInputs, type BrokenInput } from "./mutations.ts";
import { loadRestJson1Service, transports, type ClientModule, type RawAnswer, type RestJson1Service, type Transport } from "./service.ts";

export interface ServiceProperties {
  readonly name: RestJson1ServiceName;
  /** The model file in `../shared/models/aws-restjson1/`. */
  readonly file: string;
  /** The client package (`import * as lambda from "@aws-sdk/client-lambda"`). */
  readonly client: ClientModule;
  /** Runs of each property; each run checks one draw of every operation. */
  readonly runs: { readonly p1: number; readonly p2: number; readonly p3: number; readonly p4: number; readonly p5: number };
  /** Tests of the service's own (its special bindings), given the service and the transports. */
  readonly extra?: (service: RestJson1Service, transports: readonly Transport[]) => void;
}

/** Headers an answer carries that are the transport's, not a member's. */
const TRANSPORT_HEADERS = new Set(["content-type", "content-length", "x-amzn-requestid", "x-amzn-errortype"]);

/** Registers P1–P5 (and the service's own tests) for a restJson1 service; one failing test when its model is absent. */
export function restJson1Properties(config: ServiceProperties): void {
  const server = useServer();
  const service = loadRestJson1Service(config.file, config.client);
  if (service === undefined) {
    it(`${config.name} contract properties: the reference model is absent`, () => {
      throw new Error(`../shared/models/aws-restjson1/${config.file} is absent; these properties did not run`);
    });
    return;
  }
  const { contract, operations, http } = service;
  const protocol = protocolOf(contract);
  const shapes = contract.shapes ?? {};
  const shapeOf = (operation: string) => service.closure.operations.find((o) => o.name === operation)!;
  const opOf = (operation: string): OperationContract => contract.operations[operation]!;
  /** One draw of `arbitrary` for each of `names`, as a record by operation. */
  const each = <T>(names: readonly string[], arbitrary: (operation: string) => fc.Arbitrary<T>) => fc.record(Object.fromEntries(names.map((n) => [n, arbitrary(n)])) as Record<string, fc.Arbitrary<T>>);
  const either = <T>(of: (h: HttpArbitraries) => fc.Arbitrary<T>) => fc.oneof(of(http.exhaustive), of(http.realistic));
  const withErrors = operations.filter((o) => Object.keys(opOf(o).errors).length > 0);
  const broken = operations.map((o) => [o, brokenInputs(service, o)] as const).filter((e): e is readonly [string, fc.Arbitrary<BrokenInput>] => e[1] !== undefined);

  console.log(
    `contract (restJson1): ${config.name}: ${operations.length} operations (${service.closure.unsupported.map((u) => u.operation).join(", ") || "none"} not served); ` +
      `P1 ×${config.runs.p1}, P2 over ${broken.length} operations with a breakable member ×${config.runs.p2}, P3 ×${config.runs.p3}, P4 ×${config.runs.p4}, P5 over ${withErrors.length} operations with modeled errors ×${config.runs.p5}, each run one draw per operation, through msw and in process${process.env.CONTRACT_RUNS_FACTOR === undefined ? "" : `; runs times CONTRACT_RUNS_FACTOR=${process.env.CONTRACT_RUNS_FACTOR}`}`,
  );

  const defaultsOutside = defaultsOutsideRange(service.closure);
  const newer = CLIENT_NEWER_THAN_MODEL[config.name] ?? {};

  describe("P1: drawn messages keep the contract, document and parts", () => {
    const drawn = (operation: string) => fc.record({ request: either((h) => h.request(operation)), answer: either((h) => h.answer(operation)) });

    property(`${config.name} P1 parts`, "drawn inputs, outputs and modeled errors (exhaustive and realistic) pass their document schemas, and their HTTP parts the per-part schemas", each(operations, drawn), config.runs.p1, async (draws) => {
      const checker = checkerOf(contract);
      await everyOperation(draws, async (operation, { request, answer }) => {
        expect(checker.check({ operation, kind: "input" }, request.document).violations, `${operation} input`).toEqual([]);
        const target = answer.kind === "output" ? { operation, kind: "output" as const } : { operation, kind: "error" as const, error: answer.error };
        expect(checker.check(target, answer.document).violations, `${operation} ${answer.kind}`).toEqual([]);
        expect(await requestPartProblems(service, request), `${operation} request ${request.url}`).toEqual([]);
        expect(answerPartProblems(service, answer), `${operation} ${answer.kind}`).toEqual([]);
      });
    });

    it("no operation models smithy.framework#ValidationException (P2 expects AWS's framework error)", () => {
      const smithy = Object.values(contract.operations).flatMap((o) => Object.values(o.errors).filter((e) => e.shapeId === "smithy.framework#ValidationException").map(() => o.name));
      expect(smithy).toEqual([]);
    });
  });

  const both = transports(service, server);
  describe.each(both)("through $name", (transport) => {
    const { client } = transport;
    const send = (operation: string, input: unknown) => client.send(service.sdk.command(operation, input));

    describe("P1: the client reads back every drawn output the mock sends", () => {
      // Outputs with a `__proto__` map key are left out while the client loses it (support/known-failures.ts).
      const served = (operation: string) => fc.record({ drawn: http.exhaustive.output(operation).filter((d) => !hasProtoKey(d.document)), form: fc.constantFrom("wire" as const, "sdk" as const), input: http.realistic.request(operation) });

      property(`${config.name} P1 documents`, "exhaustive outputs (given in wire or SDK form): the client returns exactly their SDK side — header, status, payload and body members, timestamps, blobs — with the mock's status and request id", each(operations, served), config.runs.p1, async (draws) => {
        await everyOperation(draws, async (operation, { drawn, form, input }) => {
          const mock = service.service.create({ data: "exhaustive" });
          transport.answerWith(service.service.operation(operation)(form === "wire" ? drawn.document : drawn.sdk, { mock }));
          const { $metadata, ...got } = await send(operation, input.sdk);
          const requestId = mock.requests[0]?.requestId;
          const payload = opOf(operation).http!.output.payload?.member;
          // An absent payload and an empty one are one message (an empty body): a client may read it
          // as null (Lambda's Invoke `Payload`), which to a caller is no payload.
          if (payload !== undefined && (drawn.document as Record<string, unknown>)[payload] === undefined && isEmptyPayload(got[payload])) delete got[payload];
          const want = { ...(expectedOutput(service, operation, drawn, requestId ?? "") as Record<string, unknown>), ...newer[operation]?.(drawn.answer.status) };
          const [gotPlain, wantPlain] = [plain(got), plain(want)];
          expect(gotPlain, `${operation} (${form} form): got ${brief(gotPlain)}, want ${brief(wantPlain)}`).toStrictEqual(wantPlain);
          expect($metadata, operation).toMatchObject({ httpStatusCode: drawn.answer.status, requestId });
          mock.assertNoViolations();
        });
      });
    });

    describe("P2: a request with one broken constraint gets AWS's ValidationException", () => {
      property(`${config.name} P2 broken input`, "400, X-Amzn-Errortype ValidationException, AWS's message", fc.record(Object.fromEntries(broken)), config.runs.p2, async (cases) => {
        await everyOperation(cases, async (_, c) => {
          const mock = service.service.create({ data: "exhaustive" });
          transport.answerWith(...mock.handlers);
          const request = protocol.writeRequest(contract, opOf(c.operation), c.document, `https://${contract.endpointPrefix}.us-east-1.amazonaws.com`);
          const raw = await transport.send(request);
          expect({ status: raw.status, errorType: raw.headers.get("x-amzn-errortype"), contentType: raw.headers.get("content-type"), body: JSON.parse(raw.text) as unknown }, `${c.operation}, ${c.kind}`).toEqual({
            status: 400,
            errorType: "ValidationException",
            contentType: "application/json",
            body: { message: c.message },
          });
          expect(mock.requests.map((r) => r.operation)).toEqual([c.operation]);
          mock.assertNoViolations();
        });
      });
    });

    describe("P3: the mock's own realistic answers keep the contract", () => {
      property(`${config.name} P3 served`, "to a realistic request, the realistic mock's answer (an output or a modeled error) has parts that pass the per-part schemas, and the client takes it", each(operations, (o) => http.realistic.request(o)), config.runs.p3, async (draws) => {
        await everyOperation(draws, async (operation, drawn) => {
          const mock = service.service.create({ data: "realistic" });
          transport.answerWith(...mock.handlers);
          const raw = await transport.send(drawn.request());
          const errorType = raw.headers.get("x-amzn-errortype");
          const error = errorType === null ? undefined : opOf(operation).errors[errorType];
          expect(errorType === null || error !== undefined, `${operation}: ${raw.status} ${errorType} ${raw.text.slice(0, 300)}`).toBe(true);
          expect(rawAnswerProblems(service, operation, error?.name, raw), `${operation} ${raw.status} ${errorType ?? "output"}`).toEqual([]);
          const answered = await send(operation, drawn.sdk).then(
            () => undefined,
            (e: unknown) => e,
          );
          if (error === undefined) expect(answered, operation).toBeUndefined();
          else expect(answered, operation).toBeInstanceOf(service.sdk.errorClass(error.name)!);
          mock.assertNoViolations();
        });
      });
    });

    describe("P4: the mock receives what the client sends", () => {
      const outputs = new Map<string, unknown>();
      /** A valid output to answer with (the request is what P4 looks at). */
      const outputOf = (operation: string) => {
        if (!outputs.has(operation)) outputs.set(operation, fc.sample(http.realistic.output(operation), { seed: 1, numRuns: 1 })[0]!.document);
        return outputs.get(operation);
      };

      // Inputs with a `__proto__` map key are left out while the client loses it (support/known-failures.ts).
      property(`${config.name} P4 request`, "method, the path with labels encoded as the specification says, the query, and headers and body that read back into the drawn input", each(operations, (o) => either((h) => h.request(o)).filter((d) => !hasProtoKey(d.document))), config.runs.p4, async (draws) => {
        await everyOperation(draws, async (operation, drawn) => {
          const mock = service.service.create({ data: "exhaustive" });
          let seen: { input: unknown; method: string; url: string } | undefined;
          transport.answerWith(
            service.service.operation(operation)((input: unknown, ctx: { request: Request }) => {
              seen = { input, method: ctx.request.method, url: ctx.request.url };
              return outputOf(operation);
            }, { mock }),
          );
          await send(operation, drawn.sdk);
          if (seen === undefined) throw new Error("the mock saw no request");
          const op = opOf(operation);
          const url = new URL(seen.url);
          const [sent, meant] = [{ method: seen.method, path: url.pathname, query: queryOf(url.search) }, { method: op.http!.method, path: specPath(op, drawn.document), query: queryOf(new URL(drawn.url).search) }];
          expect(sent, `${operation}: sent ${brief(sent)}, meant ${brief(meant)}`).toEqual(meant);
          expect(url.hostname, operation).toBe(new URL(drawn.url).hostname);
          const want = withModelDefaults(drawn.document, shapeOf(operation).input);
          expect(plain(seen.input), operation).toStrictEqual(plain(want));
          mock.assertNoViolations();
        });
      });

      for (const d of defaultsOutside) {
        // Once refused by the mock (the default filled in, then checked): support/known-failures.ts.
        it(`${d.operation} without ${d.member} (@default(${d.value}) outside its @range) is answered, as AWS answers it: the default stands for "not given"`, async () => {
          const mock = service.service.create({ data: "exhaustive" });
          transport.answerWith(...mock.handlers);
          const drawn = fc.sample(http.realistic.request(d.operation), { seed: 1, numRuns: 1 })[0]!;
          const input = { ...(drawn.sdk as Record<string, unknown>), [d.member]: undefined };
          await expect(send(d.operation, input)).resolves.toBeDefined();
          expect(mock.requests.map((r) => r.status)).toEqual([200]);
          mock.assertNoViolations();
        });
      }
    });

    describe("P5: modeled errors reach the caller as the SDK's exceptions", () => {
      const errorOf = (operation: string) => fc.record({ drawn: either((h) => fc.oneof(...Object.keys(opOf(operation).errors).sort().map((e) => h.error(operation, e)))), input: http.realistic.request(operation) });

      property(`${config.name} P5 modeled`, "the SDK's class under the service's base exception, with name, $fault, status, message and modeled members", each(withErrors, errorOf), config.runs.p5, async (draws) => {
        await everyOperation(draws, async (operation, { drawn, input }) => {
          const mock = service.service.create({ data: "exhaustive" });
          transport.answerWith(service.service.operation(operation).error(drawn.error, drawn.members, { mock }));
          const thrown = (await rejectionOf(send(operation, input.sdk))) as Error & { $fault: string; $metadata: { httpStatusCode?: number; requestId?: string } } & Record<string, unknown>;
          const error = opOf(operation).errors[drawn.error]!;
          const Class = service.sdk.errorClass(drawn.error);
          expect(Class, `${service.file}: the client exports no ${drawn.error}`).toBeDefined();
          expect(thrown, `${operation} ${drawn.error}: ${String(thrown)}`).toBeInstanceOf(Class!);
          expect(thrown).toBeInstanceOf(service.sdk.ServiceException);
          const message = (drawn.members.message ?? drawn.members.Message) as string | undefined;
          expect({ name: thrown.name, message: thrown.message, $fault: thrown.$fault, status: thrown.$metadata.httpStatusCode, requestId: thrown.$metadata.requestId }, `${operation} ${drawn.error}`).toEqual({
            name: drawn.error,
            message: message === undefined || message === "" ? "UnknownError" : message,
            $fault: error.fault,
            status: error.status,
            requestId: mock.requests[0]?.requestId,
          });
          expect(plain(modeledMembers(thrown, drawn)), `${operation} ${drawn.error}`).toStrictEqual(plain(modeledMembers(expectedError(service, drawn), drawn)));
          mock.assertNoViolations();
        });
      });
    });
  });

  config.extra?.(service, both);

  /** The output a client reads from the answer the mock writes for `drawn` (`@default`s filled, the mock's request id in headers that hold it). */
  function expectedOutput(s: RestJson1Service, operation: string, drawn: DrawnOutput, requestId: string): unknown {
    const op = opOf(operation);
    const filled = withModelDefaults(drawn.document, shapeOf(operation).output);
    return sdkForm(op.plans!.output, shapes, protocol.carried(s.contract, op, { kind: "output", requestId }, filled));
  }

  /** The SDK side of a drawn error's members, `@default`s filled. */
  function expectedError(s: RestJson1Service, drawn: DrawnError): Record<string, unknown> {
    const shape = s.closure.errors.find((e) => e.name === drawn.error) as StructureShape;
    return sdkForm(opOf(drawn.operation).plans!.errors[drawn.error]!, shapes, withModelDefaults(drawn.members, shape)) as Record<string, unknown>;
  }

  /** The modeled members of an error other than its message (the SDK moves `Message` into `message`). */
  function modeledMembers(value: Record<string, unknown>, drawn: DrawnError): Record<string, unknown> {
    const shape = service!.closure.errors.find((e) => e.name === drawn.error) as StructureShape;
    return Object.fromEntries(shape.members.filter((m) => m.name !== "message" && m.name !== "Message" && value[m.name] !== undefined).map((m) => [m.name, value[m.name]]));
  }
}

/**
 * The path of `op`'s request for `document` as the specification writes it (RFC 3986: every octet
 * of a label's UTF-8 outside the unreserved set percent-encoded; a greedy label keeps its `/`),
 * computed here apart from the runtime's writer: `encodeURIComponent` leaves `!'()*` as they are,
 * which the unreserved set does not hold.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#httplabel-serialization-rules
 */
function specPath(op: OperationContract, document: Readonly<Record<string, unknown>>): string {
  const encode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const labels = new Map((op.http!.input.labels ?? []).map((b) => [b.name, b]));
  const path = op.http!.uri.split("?")[0]!;
  return path.replace(/\{([^}+]+)(\+?)\}/g, (_, name: string, greedy: string) => {
    const b = labels.get(name)!;
    const value = document[b.member];
    const text = b.kind === "timestamp" ? new Date((value as number) * 1000).toISOString().replace(".000Z", "Z") : String(value);
    return greedy === "+" ? text.split("/").map(encode).join("/") : encode(text);
  });
}

/** A query's parameters as sorted `[name, value]` pairs (decoded): the same parameters, whatever their order. */
function queryOf(search: string): [string, string][] {
  return [...(parseQuery(search) ?? new Map<string, readonly string[]>())].flatMap(([name, values]) => values.map((v): [string, string] => [name, v])).sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
}

/** What a drawn request's parts break of the per-part input schemas (closed over the bound headers). */
async function requestPartProblems(service: RestJson1Service, drawn: DrawnRequest): Promise<string[]> {
  const op = service.contract.operations[drawn.operation]!;
  const bindings = op.http!.input;
  const request = drawn.request();
  const url = new URL(request.url);
  const parts: Record<string, unknown> = {};
  const pattern = parseUriPattern(op.http!.uri);
  if ((bindings.labels ?? []).length > 0) parts.labels = matchPath(pattern, splitPath(url.pathname));
  const query = parseQuery(url.search) ?? new Map<string, readonly string[]>();
  if (query.size > 0) {
    const lists = new Set((bindings.query ?? []).filter((b) => b.kind === "list").map((b) => b.name));
    const mapOfLists = bindings.queryParams?.item === "list";
    parts.query = Object.fromEntries([...query].map(([name, values]) => [name, lists.has(name) || (mapOfLists && !(bindings.query ?? []).some((b) => b.name === name) && !pattern.query.some((l) => l.name === name)) ? [...values] : values[0]]));
  }
  parts.headers = Object.fromEntries([...request.headers].map(([k, v]) => [k.toLowerCase(), v]));
  const text = await request.text();
  if (text !== "") parts.body = bindings.payload !== undefined && ["blob", "string", "enum"].includes(bindings.payload.kind) ? text : (JSON.parse(text) as unknown);
  return partProblems(service, drawn.operation, "input", parts);
}

/** What a drawn answer's parts break of the per-part output or error schemas. */
function answerPartProblems(service: RestJson1Service, drawn: DrawnAnswer): string[] {
  const { answer } = drawn;
  const text = answer.body === null ? "" : typeof answer.body === "string" ? answer.body : new TextDecoder().decode(answer.body);
  return messagePartProblems(service, drawn.operation, drawn.kind === "output" ? undefined : drawn.error, { ...answer.headers }, text);
}

/** What an answer as a raw client read it breaks of the per-part output schemas, or those of modeled error `error`. */
function rawAnswerProblems(service: RestJson1Service, operation: string, error: string | undefined, raw: RawAnswer): string[] {
  const headers: Record<string, string> = {};
  raw.headers.forEach((value, name) => (headers[name] = value));
  return messagePartProblems(service, operation, error, headers, raw.text);
}

function messagePartProblems(service: RestJson1Service, operation: string, error: string | undefined, headers: Record<string, string>, text: string): string[] {
  const op = service.contract.operations[operation]!;
  const bindings = error === undefined ? op.http!.output : (op.errors[error]!.bindings ?? {});
  const payloadText = bindings.payload !== undefined && ["blob", "string", "enum"].includes(bindings.payload.kind);
  const parts = { headers, body: payloadText ? text : text === "" ? {} : (JSON.parse(text) as unknown) };
  return error === undefined ? partProblems(service, operation, "output", parts) : partProblems(service, error, "error", parts);
}

function partProblems(service: RestJson1Service, name: string, kind: "input" | "output" | "error", parts: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [part, value] of Object.entries(parts)) {
    const validate = service.partValidator(name, kind, part as "labels" | "query" | "headers" | "body");
    if (part === "headers") {
      // Open schemas (a message carries transport headers); every other header must be one the schema names.
      const bound = Object.fromEntries(Object.entries(value as Record<string, string>).filter(([h]) => !TRANSPORT_HEADERS.has(h)));
      if (validate === undefined) {
        if (Object.keys(bound).length > 0) problems.push(`headers ${Object.keys(bound).join(", ")} and no ${kind} headers schema`);
        continue;
      }
      const schema = validate.schema as { properties?: Record<string, unknown>; patternProperties?: Record<string, unknown> };
      const unnamed = Object.keys(bound).filter((h) => !(h in (schema.properties ?? {})) && !Object.keys(schema.patternProperties ?? {}).some((p) => new RegExp(p, "u").test(h)));
      if (unnamed.length > 0) problems.push(`headers the schema does not name: ${unnamed.join(", ")}`);
    }
    if (validate === undefined) {
      if (part !== "headers" && !(part === "body" && typeof value === "object" && value !== null && Object.keys(value).length === 0)) problems.push(`a ${part} part and no ${name}.${kind}.${part} schema`);
      continue;
    }
    if (!validate(value)) problems.push(`${part}: ${JSON.stringify(validate.errors?.slice(0, 3))} in ${JSON.stringify(value).slice(0, 300)}`);
  }
  return problems;
}

/**
 * Runs `check` on the draw of every operation, then fails once, naming every operation that failed
 * and why (a run covers a whole service: the first failure alone would hide the others).
 */
async function everyOperation<T>(draws: Readonly<Record<string, T>>, check: (operation: string, draw: T) => void | Promise<void>): Promise<void> {
  const failures: { operation: string; error: unknown }[] = [];
  for (const [operation, draw] of Object.entries(draws)) {
    try {
      await check(operation, draw);
    } catch (error) {
      failures.push({ operation, error });
    }
  }
  if (failures.length === 0) return;
  const lines = failures.map(({ operation, error }) => `- ${operation}: ${(error instanceof Error ? error.message : String(error)).slice(0, 1500)}`);
  throw new Error(`${failures.length} of ${Object.keys(draws).length} operations failed:\n${lines.join("\n")}`, { cause: failures[0]!.error });
}

/** A value's JSON for a failure message, cut to a readable length. */
function brief(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** Whether a payload member as a client read it is empty: null, "", or no bytes. */
function isEmptyPayload(value: unknown): boolean {
  return value === null || value === "" || (ArrayBuffer.isView(value) && value.byteLength === 0);
}
