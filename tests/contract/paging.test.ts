/**
 * Paging from `@paginated`, over every paginated operation of every awsJson model in
 * ../shared/models/aws/ (the mock answered through msw's own `getResponse`, no interception): a
 * page holds at most the page size; the answer's token leads to the next page and is absent on the
 * last; a walk ends and visits each item once; the same seed walks the same items. Then the real
 * SDK paginators (`paginateListSecrets`, `paginateListDatasetImportJobs`, `paginateListTables`)
 * against the mocks in msw's `setupServer`.
 */
import { DynamoDBClient, paginateListTables } from "@aws-sdk/client-dynamodb";
import { paginateListDatasetImportJobs, PersonalizeClient } from "@aws-sdk/client-personalize";
import { paginateListSecrets, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { getResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServiceContract } from "../../codegen/contract/service-contract.ts";
import { loadClosure } from "../../codegen/load-closure.ts";
import { createPersonalizeMock } from "../../generated/personalize/msw.ts";
import type { AwsJsonProtocol, OperationContract, ServiceContract } from "../../runtime/contract.ts";
import { createServiceMock, onUnhandled, type MockInstance } from "../../runtime/msw/index.ts";
import { contentType } from "../../runtime/protocol/awsjson.ts";
import { canonicalJson } from "../../runtime/serde/canonical.ts";
import { deleteAt, getAt, setAt } from "../../runtime/validation/pointer.ts";
import { realisticSides } from "../../runtime/data/realistic-sides.ts";
import { planAt } from "../../runtime/data/plan-walk.ts";
import * as fc from "fast-check";
import { corpusModels } from "../support/corpus.ts";

const SEED = Number(process.env.PAGING_SEED ?? 7);
console.log(`paging: seed ${SEED} (PAGING_SEED replays another)`);
const credentials = { accessKeyId: "x", secretAccessKey: "x" };

/** The contract of a reference model, by file name. */
function contractOf(file: string): ServiceContract {
  const model = corpusModels().find((m) => m.endsWith(file))!;
  return buildServiceContract(loadClosure({ model }).closure);
}

/** One awsJson call answered by `mock` through msw's getResponse. */
async function call(mock: MockInstance, contract: ServiceContract, operation: string, input: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const request = new Request(`https://${contract.endpointPrefix}.eu-west-1.amazonaws.com/`, {
    method: "POST",
    headers: { "Content-Type": contentType(contract.protocol as AwsJsonProtocol), "X-Amz-Target": `${contract.serviceName}.${operation}` },
    body: JSON.stringify(input),
  });
  const response = (await getResponse(mock.handlers, request))!;
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Walks every page of `operation` from the first with page size `size`; the items of each page. */
async function walk(mock: MockInstance, contract: ServiceContract, op: OperationContract, size: number | undefined): Promise<unknown[][]> {
  const paging = op.paging!;
  const pages: unknown[][] = [];
  // A request the service accepts: a realistic input (required members filled), from the first page.
  const input = fc.sample(realisticSides(contract, op.name, "input").wire, { seed: SEED, numRuns: 1 })[0] as Record<string, unknown>;
  deleteAt(input, paging.inputToken);
  if (paging.pageSize !== undefined) {
    if (size === undefined) deleteAt(input, paging.pageSize);
    else setAt(input, paging.pageSize, size);
  }
  for (let n = 0; n < 200; n++) {
    const { status, body } = await call(mock, contract, op.name, input);
    expect(status, `${op.name} page ${n}: ${JSON.stringify(body)}`).toBe(200);
    const items = getAt(body, paging.items!);
    pages.push(Array.isArray(items) ? items : []);
    const token = getAt(body, paging.outputToken);
    if (token === undefined) return pages;
    setAt(input, paging.inputToken, token);
  }
  throw new Error(`${op.name}: no last page after 200 pages`);
}

describe("every @paginated operation of the reference models", () => {
  const models = corpusModels();
  it.each(models.map((m) => [m.split("/").pop()!, m]))("%s: pages of at most the page size, each item once, the same for the same seed", async (name) => {
    const contract = contractOf(name);
    const paginated = Object.values(contract.operations).filter((op) => op.paging?.items !== undefined);
    const service = createServiceMock(contract);
    let walked = 0;
    for (const op of paginated) {
      // Two items a page, or the fewest the page-size member allows (Support's DescribeCases: 10).
      const sizePlan = op.paging!.pageSize === undefined ? undefined : planAt(op.plans!.input, contract.shapes!, op.paging!.pageSize);
      const size = sizePlan === undefined ? undefined : Math.max(2, sizePlan.method === "integer" ? (sizePlan.range.min ?? 1) : 1);
      const first = await walk(service.create({ seed: SEED }), contract, op, size);
      const again = await walk(service.create({ seed: SEED }), contract, op, size);
      expect(canonicalJson(again), `${op.name}: the same seed walks the same pages`).toBe(canonicalJson(first));
      const all = first.flat();
      expect(new Set(all.map((i) => canonicalJson(i))).size, `${op.name}: no item twice`).toBe(all.length);
      if (size !== undefined) for (const page of first) expect(page.length, `${op.name}: page size`).toBeLessThanOrEqual(size);
      if (size !== undefined && all.length > size) expect(first.length).toBeGreaterThan(1);
      walked++;
    }
    console.log(`paging: ${name}: ${walked} of ${paginated.length} paginated operations walked`);
    expect(walked).toBe(paginated.length);
  });
});

describe("the real SDK paginators against the mocks", () => {
  const server = setupServer();
  beforeAll(() => server.listen(onUnhandled("error")));
  afterAll(() => server.close());

  /** The items a paginator yields, page by page, with a page count. */
  async function collect<T>(pages: AsyncIterable<T>, items: (page: T) => unknown[] | undefined): Promise<{ pages: number; items: string[] }> {
    const out: string[] = [];
    let n = 0;
    for await (const page of pages) {
      n++;
      out.push(...(items(page) ?? []).map((i) => canonicalJson(i)));
    }
    return { pages: n, items: out };
  }

  it("Secrets Manager paginateListSecrets ends and visits each secret once, the same for the same seed", async () => {
    const contract = contractOf("secrets-manager-2017-10-17.json");
    const client = new SecretsManagerClient({ region: "eu-west-1", credentials, maxAttempts: 1 });
    const run = async () => {
      server.resetHandlers(...createServiceMock(contract).create({ seed: SEED }).handlers);
      return collect(paginateListSecrets({ client, pageSize: 3 }, {}), (p) => p.SecretList);
    };
    const first = await run();
    expect(new Set(first.items).size).toBe(first.items.length);
    expect(first.pages).toBe(Math.max(1, Math.ceil(first.items.length / 3)));
    expect(await run()).toEqual(first);
  });

  it("Personalize paginateListDatasetImportJobs (the generated mock) ends and visits each job once", async () => {
    const client = new PersonalizeClient({ region: "eu-west-1", credentials, maxAttempts: 1 });
    const run = async () => {
      server.resetHandlers(...createPersonalizeMock({ seed: SEED }).handlers);
      return collect(paginateListDatasetImportJobs({ client, pageSize: 2 }, {}), (p) => p.datasetImportJobs);
    };
    const first = await run();
    expect(first.items.length).toBeGreaterThan(0);
    expect(new Set(first.items).size).toBe(first.items.length);
    expect(first.pages).toBe(Math.max(1, Math.ceil(first.items.length / 2)));
    expect(await run()).toEqual(first);
  });

  it("DynamoDB paginateListTables (a table name as the token) ends and visits each table once", async () => {
    const contract = contractOf("dynamodb-2012-08-10.json");
    const client = new DynamoDBClient({ region: "eu-west-1", credentials, maxAttempts: 1 });
    const run = async () => {
      server.resetHandlers(...createServiceMock(contract).create({ seed: SEED }).handlers);
      return collect(paginateListTables({ client, pageSize: 2 }, {}), (p) => p.TableNames);
    };
    const first = await run();
    expect(new Set(first.items).size).toBe(first.items.length);
    expect(first.pages).toBe(Math.max(1, Math.ceil(first.items.length / 2)));
    expect(await run()).toEqual(first);
  });
});
