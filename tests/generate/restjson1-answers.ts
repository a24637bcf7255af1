/**
 * For corpus-all.test.ts: a restJson1 service's generated mock, served by msw, answers every
 * operation it serves when the real `@aws-sdk/client-*` calls it with a realistic input; and each
 * answer as it came over HTTP — status, headers (lower-cased, as Node and fetch report them), body —
 * passes the operation's per-part schemas (`<Op>.output.headers` / `.output.body`), with no header
 * the schema does not name besides the transport's. Then each modeled error, answered through the
 * first operation that has it: the client reads it as that error, and its status, headers and body
 * pass `<Error>.error.headers` / `.error.body`.
 *
 * Not a test file itself: vitest runs only `*.test.ts`.
 */
import { Readable } from "node:stream";
import { join } from "node:path";
import { setupServer } from "msw/node";
import { onUnhandled } from "smithy-contract/msw";
import type { Arbitrary } from "fast-check";
import type { GeneratedService } from "../../codegen/generate.ts";
import type { ServiceContract } from "../../runtime/contract.ts";
import { ERROR_TYPE_HEADER, errorStatus } from "../../runtime/protocol/awsjson.ts";
import { createAjv } from "../../runtime/validation/ajv.ts";

/** The current client of each restJson1 model (round trips use the current clients). */
const CLIENTS: Readonly<Record<string, string>> = {
  DataExchange: "@aws-sdk/client-dataexchange",
  GreengrassV2: "@aws-sdk/client-greengrassv2",
  Lambda: "@aws-sdk/client-lambda",
  "Personalize Events": "@aws-sdk/client-personalize-events",
  "Personalize Runtime": "@aws-sdk/client-personalize-runtime",
};

/** Headers of an answer that are the transport's, not a member's. */
const TRANSPORT_HEADERS = new Set(["content-type", "content-length", "x-amzn-requestid", "date", "connection", "keep-alive", "transfer-encoding"]);

export interface AnswersReport {
  /** Operations the mock serves (the closure's, less the unsupported). */
  readonly served: number;
  /** Of those, how many the client got an answer for. */
  readonly answered: number;
  /** Answers whose parts were checked. */
  readonly checked: number;
  /** Modeled errors answered (each through the first operation that has it) whose parts were checked. */
  readonly errors: number;
  readonly problems: string[];
}

interface RawResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

async function bytesOf(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Serves `service`'s generated mock (files under `dir`) with msw, calls every operation it serves
 * once with the real client, and checks each answer's parts.
 */
export async function answersOfEveryOperation(service: GeneratedService, dir: string): Promise<AnswersReport> {
  const { closure } = service;
  const msw = (await import(join(dir, "msw.ts"))) as Record<string, unknown>;
  // Realistic inputs from the contract (as arbitraries.ts's `realistic` sides draw them, without its exhaustive pairs).
  const { contract } = (await import(join(dir, "contract.ts"))) as { contract: ServiceContract };
  const { fc, realisticSides } = await import("smithy-contract/runtime");
  const createMock = msw[Object.keys(msw).find((k) => /^create\w+Mock$/.test(k))!] as (options: object) => { handlers: never[]; violations: readonly unknown[] } & Record<string, unknown>;
  const arbitraries = (await import(join(dir, "arbitraries.ts"))) as { operations: Record<string, { errors: Record<string, { sdk: Arbitrary<unknown> }> }> };
  const mock = createMock({ seed: 7 });
  const server = setupServer(...mock.handlers);
  // msw 2's onUnhandledRequest and msw 3's onUnhandledFrame, both (the .ci Node 22 stage runs this with msw 3).
  server.listen(onUnhandled("error"));

  const sdkModule = CLIENTS[closure.service.sdkId];
  if (sdkModule === undefined) throw new Error(`no client listed for ${closure.service.sdkId}`);
  const sdk = (await import(sdkModule)) as Record<string, new (...args: unknown[]) => unknown>;
  const clientName = Object.keys(sdk).find((k) => k.endsWith("Client") && k !== "__Client" && typeof sdk[k] === "function")!;
  const client = new sdk[clientName]!({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 }) as {
    config: { requestHandler: { handle(request: unknown, options?: unknown): Promise<{ response: RawResponse }> } };
    send(command: unknown): Promise<unknown>;
    destroy(): void;
  };
  // Keep each raw answer: read its body once, hand the client a copy.
  let last: { status: number; headers: Record<string, string>; bytes: Uint8Array } | undefined;
  const inner = client.config.requestHandler;
  client.config.requestHandler = Object.assign(Object.create(inner) as object, {
    async handle(request: unknown, options?: unknown) {
      const out = await inner.handle(request, options);
      const bytes = await bytesOf(out.response.body);
      last = { status: out.response.statusCode, headers: { ...out.response.headers }, bytes };
      out.response.body = Readable.from([Buffer.from(bytes)]);
      return out;
    },
  }) as typeof inner;

  const ajv = createAjv();
  const schemas = new Map(service.files.filter((f) => f.path.startsWith("schemas/")).map((f) => [f.path, JSON.parse(f.contents) as { $id: string }]));
  const validator = (path: string, closed = false) => {
    const schema = schemas.get(path);
    if (schema === undefined) return undefined;
    const id = closed ? `${schema.$id}.closed` : schema.$id;
    return ajv.getSchema(id) ?? ajv.compile(closed ? { ...schema, $id: id, additionalProperties: false } : schema);
  };
  const unsupported = new Set(closure.unsupported.map((u) => u.operation));
  const problems: string[] = [];
  let served = 0;
  let answered = 0;
  let checked = 0;
  let errorsChecked = 0;
  try {
    for (const op of closure.operations) {
      if (unsupported.has(op.name)) continue;
      served++;
      const [input] = fc.sample(realisticSides(contract, op.name, "input").sdk, { seed: 11, numRuns: 1 });
      last = undefined;
      try {
        await client.send(new sdk[`${op.name}Command`]!(input));
        answered++;
      } catch (e) {
        problems.push(`${op.name}: ${(e as Error).name}: ${(e as Error).message.slice(0, 300)}`);
        continue;
      }
      if (last === undefined) {
        problems.push(`${op.name}: no answer came over HTTP`);
        continue;
      }
      checked++;
      const answer: { status: number; headers: Record<string, string>; bytes: Uint8Array } = last;
      const http = op.traits.http!;
      const responseCode = op.output.kind === "structure" && op.output.members.some((m) => m.traits.httpResponseCode);
      if (!responseCode && answer.status !== http.code) problems.push(`${op.name}: status ${answer.status}, not ${http.code} (@http)`);
      const headersPath = `schemas/${op.name}.output.headers.schema.json`;
      const bound = Object.fromEntries(Object.entries(answer.headers).filter(([h]) => !TRANSPORT_HEADERS.has(h.toLowerCase())).map(([h, v]) => [h.toLowerCase(), v]));
      const headers = validator(headersPath, true);
      if (headers === undefined) {
        if (Object.keys(bound).length > 0) problems.push(`${op.name}: headers ${Object.keys(bound).join(", ")} answered, and no ${headersPath}`);
      } else if (!headers(bound)) {
        problems.push(`${op.name} headers: ${ajv.errorsText(headers.errors)} in ${JSON.stringify(bound).slice(0, 300)}`);
      }
      const bodyPath = `schemas/${op.name}.output.body.schema.json`;
      const body = validator(bodyPath)!;
      const text = new TextDecoder().decode(answer.bytes);
      // A payload that is not JSON (a blob, a string) is described as the body's text; anything else is JSON, empty meaning `{}`.
      const json = !("contentMediaType" in schemas.get(bodyPath)!);
      let value: unknown = text;
      if (json) {
        try {
          value = text === "" ? {} : JSON.parse(text);
        } catch {
          problems.push(`${op.name}: a JSON answer that does not parse: ${text.slice(0, 100)}`);
          continue;
        }
      }
      if (!body(value)) problems.push(`${op.name} body: ${ajv.errorsText(body.errors)} in ${text.slice(0, 300)}`);
    }
    // Each modeled error, through the first operation that answers with it.
    for (const error of closure.errors) {
      const op = closure.operations.find((o) => !unsupported.has(o.name) && closure.errorsOf(o).includes(error));
      if (op === undefined) continue;
      const camel = `${op.name.charAt(0).toLowerCase()}${op.name.slice(1)}`;
      const helper = (mock[camel] ?? mock[`_${camel}`]) as { error(name: string, body: unknown): never };
      const [members] = fc.sample(arbitraries.operations[op.name]!.errors[error.name]!.sdk, { seed: 5, numRuns: 1 });
      const { name: _name, $fault: _fault, $metadata: _metadata, ...body } = members as Record<string, unknown>;
      server.use(helper.error(error.name, body));
      const [input] = fc.sample(realisticSides(contract, op.name, "input").sdk, { seed: 11, numRuns: 1 });
      last = undefined;
      try {
        await client.send(new sdk[`${op.name}Command`]!(input));
        problems.push(`${error.name} (through ${op.name}): the client got no error`);
        continue;
      } catch (e) {
        if ((e as Error).name !== error.name) problems.push(`${error.name} (through ${op.name}): the client read ${(e as Error).name}: ${(e as Error).message.slice(0, 200)}`);
      } finally {
        server.resetHandlers();
      }
      if (last === undefined) {
        problems.push(`${error.name}: no answer came over HTTP`);
        continue;
      }
      errorsChecked++;
      const answer: { status: number; headers: Record<string, string>; bytes: Uint8Array } = last;
      const status = errorStatus(error.traits.error ?? "client", error.traits.httpError);
      if (answer.status !== status) problems.push(`${error.name}: status ${answer.status}, not ${status}`);
      const bound = Object.fromEntries(
        Object.entries(answer.headers)
          .map(([h, v]) => [h.toLowerCase(), v] as const)
          .filter(([h]) => !TRANSPORT_HEADERS.has(h) && h !== ERROR_TYPE_HEADER.toLowerCase()),
      );
      const headers = validator(`schemas/${error.name}.error.headers.schema.json`, true);
      if (headers === undefined ? Object.keys(bound).length > 0 : !headers(bound)) problems.push(`${error.name} headers: ${headers === undefined ? "none bound, yet" : ajv.errorsText(headers.errors)} ${JSON.stringify(bound)}`);
      const text = new TextDecoder().decode(answer.bytes);
      const errorBody = validator(`schemas/${error.name}.error.body.schema.json`)!;
      if (!errorBody(text === "" ? {} : JSON.parse(text))) problems.push(`${error.name} body: ${ajv.errorsText(errorBody.errors)} in ${text.slice(0, 300)}`);
    }
    if (mock.violations.length > 0) problems.push(`the mock recorded ${mock.violations.length} contract violations`);
  } finally {
    client.destroy();
    server.close();
  }
  return { served, answered, checked, errors: errorsChecked, problems };
}
