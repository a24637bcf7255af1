/**
 * One restJson1 reference model as the contract properties use it, built in memory as
 * `smithy-contract serve` builds it (the contract and the mock from the model, the DataExchange
 * erratum applied: values are drawn): its closure, contract and untyped service mock, the
 * whole-message arbitraries of both flavours, the per-part schemas, and the real
 * `@aws-sdk/client-*` client reaching the mock through each transport (msw, and the in-process
 * `requestHandler`), with a raw door for requests the SDK would refuse to send.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { setupServer } from "msw/node";
import type { ValidateFunction } from "ajv";
import { buildMockData } from "../../../../codegen/contract/mock-data.ts";
import { loadClosure } from "../../../../codegen/load-closure.ts";
import type { Closure } from "../../../../codegen/model/closure.ts";
import { buildPartSchemas, type HttpPart } from "../../../../codegen/schema/http-parts.ts";
import type { SchemaKind } from "../../../../codegen/naming.ts";
import type { ServiceContract } from "../../../../runtime/contract.ts";
import { httpArbitraries, type HttpArbitraries } from "../../../../runtime/data/http-arbitraries.ts";
import { createServiceMock, mockRequestHandler, type MockRequestHandler, type ServiceMock } from "../../../../runtime/msw/index.ts";
import { parseQuery } from "../../../../runtime/protocol/restjson1/query.ts";
import { createAjv } from "../../../../runtime/validation/ajv.ts";
import { errataOverlay, RESTJSON1_CORPUS_DIR } from "../../../support/corpus.ts";

/** The constructor of an `@aws-sdk/client-*` client, and what it sends. */
export interface SdkClient {
  send(command: unknown): Promise<Record<string, unknown>>;
  destroy(): void;
}
type ClientClass = new (config: Record<string, unknown>) => SdkClient;
type CommandClass = new (input: unknown) => unknown;

/** A client package's module namespace (`import * as lambda from "@aws-sdk/client-lambda"`). */
export type ClientModule = Readonly<Record<string, unknown>>;

export interface RestJson1Service {
  /** The model's file name (`lambda-2015-03-31.json`). */
  readonly file: string;
  readonly closure: Closure;
  readonly contract: ServiceContract;
  /** The untyped service mock (what a generated msw.ts makes, without its types). */
  readonly service: ServiceMock;
  /** Whole-message arbitraries of exhaustive and realistic data (requests to the default AWS endpoint). */
  readonly http: { readonly exhaustive: HttpArbitraries; readonly realistic: HttpArbitraries };
  /** The operations the mock serves (the closure's, less event streams and streaming uploads), sorted. */
  readonly operations: readonly string[];
  readonly sdk: {
    readonly Client: ClientClass;
    /** The service's base exception class (`LambdaServiceException`). */
    readonly ServiceException: new (...args: never[]) => Error;
    command(operation: string, input: unknown): unknown;
    /** The SDK's exception class of a modeled error, by name. */
    errorClass(name: string): (new (...args: never[]) => Error) | undefined;
  };
  /** The strict validator of a per-part schema (`Invoke`, `input`, `headers`), or undefined when the message has no such part. */
  partValidator(name: string, kind: SchemaKind, part: HttpPart): ValidateFunction | undefined;
}

/**
 * The service of model `file` (in `../shared/models/aws-restjson1/`) with the client package
 * `client`, or undefined (after printing one line) when the models are absent: the test file then
 * registers one failing test instead of its properties.
 */
export function loadRestJson1Service(file: string, client: ClientModule): RestJson1Service | undefined {
  const model = join(RESTJSON1_CORPUS_DIR, file);
  if (!existsSync(model)) {
    console.log(`contract (restJson1): ${model} is absent; its contract properties cannot run and do not count as passed`);
    return undefined;
  }
  const scratch = join(new URL("../../../../", import.meta.url).pathname, ".tmp", `contract-restjson1-${process.pid}-${file}`);
  const overlay = errataOverlay(model, scratch);
  const loaded = loadClosure({ model, ...(overlay !== undefined && { overlay }) });
  rmSync(scratch, { recursive: true, force: true });
  const { contract, outputs } = buildMockData(loaded.closure, loaded.overlay);
  const unsupported = new Set(loaded.closure.unsupported.map((u) => u.operation));
  const operations = loaded.closure.operations.map((o) => o.name).filter((name) => !unsupported.has(name) && contract.operations[name] !== undefined).sort();

  const ajv = createAjv();
  const parts = new Map(buildPartSchemas(loaded.closure).map((e) => [`${e.name} ${e.kind} ${e.part}`, e.schema]));
  const compiled = new Map<string, ValidateFunction>();
  const partValidator = (name: string, kind: SchemaKind, part: HttpPart): ValidateFunction | undefined => {
    const key = `${name} ${kind} ${part}`;
    const schema = parts.get(key);
    if (schema === undefined) return undefined;
    let validate = compiled.get(key);
    if (validate === undefined) compiled.set(key, (validate = ajv.compile(schema)));
    return validate;
  };

  const Client = Object.entries(client).find(([k, v]) => k.endsWith("Client") && k !== "__Client" && typeof v === "function")?.[1] as ClientClass | undefined;
  const ServiceException = Object.entries(client).find(([k, v]) => k.endsWith("ServiceException") && typeof v === "function")?.[1] as RestJson1Service["sdk"]["ServiceException"] | undefined;
  if (Client === undefined || ServiceException === undefined) throw new Error(`${file}: the client package exports no client or service exception class`);
  return {
    file,
    closure: loaded.closure,
    contract,
    service: createServiceMock(contract, { outputs }),
    http: { exhaustive: httpArbitraries(contract), realistic: httpArbitraries(contract, { data: "realistic" }) },
    operations,
    sdk: {
      Client,
      ServiceException,
      command: (operation, input) => {
        const Command = client[`${operation}Command`] as CommandClass | undefined;
        if (Command === undefined) throw new Error(`${file}: the client has no ${operation}Command`);
        return new Command(input);
      },
      errorClass: (name) => {
        const value = client[name];
        return typeof value === "function" ? (value as new (...args: never[]) => Error) : undefined;
      },
    },
    partValidator,
  };
}

export type TransportName = "msw" | "in-process";

/** An answer as a raw client reads it. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** How a test's client reaches the mocks (see tests/contract/support/transport.ts for awsJson). */
export interface Transport {
  readonly name: TransportName;
  /** The real client: default AWS endpoint in us-east-1, fake credentials, no retries. */
  readonly client: SdkClient;
  /** Only `handlers` answer from now on (until the next call, or the end of the test). */
  answerWith(...handlers: readonly object[]): void;
  /** Sends `request` exactly as it is: over `fetch` for msw, through `requestHandler.handle(...)` in process. */
  send(request: Request): Promise<RawAnswer>;
}

const CLIENT_OPTIONS = { region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 };

/** Both transports of `service`'s client; msw's answers through `server` (one per test file). */
export function transports(service: RestJson1Service, server: ReturnType<typeof setupServer>): readonly Transport[] {
  const handler: MockRequestHandler = mockRequestHandler();
  return [
    {
      name: "msw",
      client: new service.sdk.Client(CLIENT_OPTIONS),
      answerWith: (...handlers) => server.resetHandlers(...(handlers as Parameters<typeof server.resetHandlers>)),
      send: async (request) => {
        const response = await fetch(request);
        return { status: response.status, headers: response.headers, text: await response.text() };
      },
    },
    {
      name: "in-process",
      client: new service.sdk.Client({ ...CLIENT_OPTIONS, requestHandler: handler }),
      answerWith: (...handlers) => handler.resetHandlers(...handlers),
      send: async (request) => {
        const url = new URL(request.url);
        const query: Record<string, string[]> = {};
        for (const [name, values] of parseQuery(url.search) ?? []) query[name] = [...values];
        const headers: Record<string, string> = {};
        request.headers.forEach((value, name) => (headers[name] = value));
        const { response } = await handler.handle({
          method: request.method,
          protocol: url.protocol,
          hostname: url.hostname,
          ...(url.port !== "" && { port: Number(url.port) }),
          path: url.pathname,
          query,
          headers,
          body: new Uint8Array(await request.arrayBuffer()),
        });
        return { status: response.statusCode, headers: new Headers(response.headers), text: new TextDecoder().decode(response.body) };
      },
    },
  ];
}
