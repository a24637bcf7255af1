/**
 * What the real SDK clients send passes our per-part schemas. For every operation of the five
 * restJson1 reference models, inputs drawn from the generated arbitraries (SDK form, valid by
 * construction) go through the real `@aws-sdk/client-*` client — its serializer, its middleware —
 * to a request handler that keeps the HTTP request it is given instead of sending it. The request
 * is split into its parts as a server sees them (the path's labels, decoded; the query, an array
 * for a repeated parameter; the headers, lower-cased; the JSON body, parsed) and each part is
 * validated, strictly, against its `schemas/<Op>.input.<part>.schema.json`. A part the request
 * carries that has no schema file fails too, and so does a header the schema does not name (other
 * than the client's transport headers: signing, retries, user agent, framing).
 *
 * Seeds are printed; one that once failed becomes a pinned case below.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateService, type GeneratedService } from "../../../codegen/generate.ts";
import { matchPath, parseUriPattern, splitPath } from "../../../runtime/protocol/restjson1/uri-pattern.ts";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { errataOverlay, restJson1Models } from "../../support/corpus.ts";

const ROOT = new URL("../../../", import.meta.url).pathname;
const scratch = join(ROOT, ".tmp", `sdk-requests-${process.pid}`);
const SEED = Number(process.env.SDK_REQUESTS_SEED ?? Date.now() % 2 ** 31);
/** Inputs drawn per operation. */
const RUNS = 6;
/** The client package of each model (the current clients: they know every member of the models). */
const CLIENTS: Readonly<Record<string, string>> = {
  "dataexchange-2017-07-25.json": "@aws-sdk/client-dataexchange",
  "greengrassv2-2020-11-30.json": "@aws-sdk/client-greengrassv2",
  "lambda-2015-03-31.json": "@aws-sdk/client-lambda",
  "personalize-events-2018-03-22.json": "@aws-sdk/client-personalize-events",
  "personalize-runtime-2018-05-22.json": "@aws-sdk/client-personalize-runtime",
};

/** The HTTP request an SDK client hands its request handler (`@smithy/protocol-http`'s HttpRequest). */
interface SdkRequest {
  readonly method: string;
  readonly path: string;
  readonly query?: Record<string, string | (string | null)[] | null>;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

/** Headers the client's middleware adds to every request (signing, retries, user agent, the body's framing). */
const TRANSPORT_HEADERS = new Set([
  "amz-sdk-invocation-id",
  "amz-sdk-request",
  "authorization",
  "content-length",
  "content-type",
  "host",
  "user-agent",
  "x-amz-content-sha256",
  "x-amz-date",
  "x-amz-security-token",
  "x-amz-user-agent",
]);

class Captured extends Error {
  constructor(readonly request: SdkRequest) {
    super("captured");
  }
}

let absent: Error | undefined;
const generated = new Map<string, GeneratedService>();

beforeAll(() => {
  let models: string[];
  try {
    models = restJson1Models();
  } catch (e) {
    absent = e as Error;
    return;
  }
  for (const model of models) {
    // Values are drawn: a model whose pattern matches nothing takes its erratum (CORPUS_ERRATA).
    const overlay = errataOverlay(model, scratch);
    const result = generateService({ model, ...(overlay !== undefined && { overlay }) });
    generated.set(basename(model), result);
    for (const f of result.files) {
      const path = join(scratch, basename(model, ".json"), f.path);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, f.contents);
    }
  }
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  throw new Error(`a request body of type ${Object.prototype.toString.call(body)}`);
}

/** The parts of a request as a server reads them, by part name (absent parts left out). */
function partsOf(request: SdkRequest, uri: string, payload: "json" | "text" | undefined): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  const pattern = parseUriPattern(uri);
  if (pattern.segments.some((s) => s.kind !== "literal")) parts.labels = matchPath(pattern, splitPath(request.path)) ?? { "(path does not match)": request.path };
  const query = Object.entries(request.query ?? {});
  if (query.length > 0) parts.query = Object.fromEntries(query.map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => x ?? "") : (v ?? "")]));
  parts.headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const text = bodyText(request.body);
  if (text !== undefined && text !== "") parts.body = payload === "text" ? text : JSON.parse(text);
  return parts;
}

describe.each(Object.keys(CLIENTS))("%s: the real client's requests pass the per-part schemas", (modelFile) => {
  it(`every operation, ${RUNS} inputs each (seed ${SEED})`, async () => {
    if (absent) throw absent;
    const service = generated.get(modelFile);
    if (service === undefined) return expect.fail(`${modelFile} was not generated`);
    console.log(`sdk requests: ${modelFile} with seed ${SEED} (SDK_REQUESTS_SEED=${SEED} replays it)`);
    const dir = join(scratch, basename(modelFile, ".json"));
    const { operations } = (await import(join(dir, "arbitraries.ts"))) as { operations: Record<string, { input: { sdk: import("fast-check").Arbitrary<unknown> } }> };
    const fastCheck = await import("fast-check");
    const sdk = (await import(CLIENTS[modelFile]!)) as Record<string, new (...args: unknown[]) => unknown>;
    const clientName = Object.keys(sdk).find((k) => k.endsWith("Client") && k !== "__Client" && typeof sdk[k] === "function")!;
    const client = new sdk[clientName]!({
      region: "us-east-1",
      credentials: { accessKeyId: "x", secretAccessKey: "x" },
      maxAttempts: 1,
      requestHandler: {
        handle: (request: SdkRequest) => Promise.reject(new Captured(request)),
      },
    }) as { send(command: unknown): Promise<unknown>; destroy(): void };

    const ajv = createAjv();
    const schemas = new Map(service.files.filter((f) => f.path.startsWith("schemas/")).map((f) => [f.path, JSON.parse(f.contents) as object]));
    const unsupported = new Set(service.closure.unsupported.map((u) => u.operation));
    const problems: string[] = [];
    let sent = 0;
    let emptyLabels = 0;
    for (const op of service.closure.operations) {
      if (unsupported.has(op.name)) continue;
      const http = op.traits.http!;
      const payload = op.input.kind === "structure" ? op.input.members.find((m) => m.traits.httpPayload) : undefined;
      const payloadKind = payload === undefined ? undefined : payload.target.kind === "structure" || payload.target.kind === "union" || payload.target.kind === "document" ? "json" : "text";
      const Command = sdk[`${op.name}Command`]!;
      const labelMembers = op.input.kind === "structure" ? op.input.members.filter((m) => m.traits.httpLabel).map((m) => m.name) : [];
      const inputs = fastCheck.sample(operations[op.name]!.input.sdk, { seed: SEED + op.name.length, numRuns: RUNS });
      for (const [i, input] of inputs.entries()) {
        // The arbitraries may draw an empty string for a label whose model sets no @length; a label
        // is never empty on the wire (the labels schema says so), so such an input is no request.
        if (labelMembers.some((m) => (input as Record<string, unknown>)[m] === "")) {
          emptyLabels++;
          continue;
        }
        let request: SdkRequest | undefined;
        try {
          await client.send(new Command(input));
        } catch (e) {
          if (e instanceof Captured) request = e.request;
          else problems.push(`${op.name} #${i}: the client refused the input: ${(e as Error).message}`);
        }
        if (request === undefined) continue;
        sent++;

        for (const [part, value] of Object.entries(partsOf(request, http.uri, payloadKind))) {
          const path = `schemas/${op.name}.input.${part}.schema.json`;
          const schema = schemas.get(path);
          if (schema === undefined) {
            // Every request has headers; a headers part with no schema means the input binds none.
            if (part !== "headers") problems.push(`${op.name} #${i}: the request has a ${part} but there is no ${path}`);
            continue;
          }
          const id = (schema as { $id: string }).$id;
          const validate = ajv.getSchema(id) ?? ajv.compile(schema);
          if (!validate(value)) problems.push(`${op.name} #${i} ${part}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(value).slice(0, 300)}`);
          if (part !== "headers") continue;
          // The headers part is open (transport headers); every other header the client sends must be one it names.
          const closed = ajv.getSchema(`${id}.closed`) ?? ajv.compile({ ...schema, $id: `${id}.closed`, additionalProperties: false });
          const bound = Object.fromEntries(Object.entries(value as Record<string, string>).filter(([h]) => !TRANSPORT_HEADERS.has(h)));
          if (!closed(bound)) problems.push(`${op.name} #${i} headers: sent but not in the schema: ${ajv.errorsText(closed.errors)}`);
        }
      }
    }
    client.destroy();

    console.log(
      `sdk requests: ${modelFile}: ${sent} requests of ${service.closure.operations.length - unsupported.size} operations checked, ${problems.length} problems` +
        `${emptyLabels > 0 ? `; ${emptyLabels} drawn inputs with an empty label left out` : ""}`,
    );
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(0);
  }, 120_000);
});
