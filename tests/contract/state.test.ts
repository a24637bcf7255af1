/**
 * State across calls, model-based (fast-check's `fc.commands` and `fc.asyncModelRun`): random
 * sequences of create, describe, update, delete and list against a mock, each checked against a
 * small model of the state the mock should hold.
 *
 * - Personalize's dataset import jobs (the overlay's resource) through the real `PersonalizeClient`
 *   and msw, in the open world (a job never created is answered with seeded data, and listings hold
 *   seeded jobs besides the created ones) and the closed one (`ResourceNotFoundException`; listings
 *   hold exactly the created jobs).
 * - A model of our own that states its resource with Smithy `resource` shapes
 *   (tests/fixtures/models/widgets.smithy, read as IDL), through raw awsJson 1.0 requests.
 *
 * fast-check prints the seed and path of a failing run; `STATE_RUNS` sets the run count.
 */
import {
  CreateDatasetImportJobCommand,
  DescribeDatasetImportJobCommand,
  paginateListDatasetImportJobs,
  PersonalizeClient,
  ResourceNotFoundException,
} from "@aws-sdk/client-personalize";
import { fc, test } from "@fast-check/vitest";
import { getResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect } from "vitest";
import { buildServiceContract } from "../../codegen/contract/service-contract.ts";
import { loadClosure } from "../../codegen/load-closure.ts";
import { createPersonalizeMock } from "../../generated/personalize/msw.ts";
import { createServiceMock, onUnhandled, type MockInstance } from "../../runtime/msw/index.ts";

const RUNS = Number(process.env.STATE_RUNS ?? 15);
const ACCOUNT = "123456789012";
const DATASETS = ["clicks", "users", "items"].map((d) => `arn:aws:personalize:eu-west-1:${ACCOUNT}:dataset/shop/${d}`);
const STATES = ["CREATE PENDING", "CREATE IN_PROGRESS", "ACTIVE"];

// ---------------------------------------------------------------------------------------------
// Personalize, through the real client

interface JobModel {
  readonly world: "open" | "closed";
  readonly jobs: { readonly arn: string; readonly name: string; readonly datasetArn: string; polls: number }[];
}
interface JobReal {
  readonly client: PersonalizeClient;
}

class CreateJob implements fc.AsyncCommand<JobModel, JobReal> {
  constructor(
    readonly name: string,
    readonly dataset: number,
  ) {}
  check = () => true;
  async run(m: JobModel, r: JobReal): Promise<void> {
    const name = `${this.name}-${m.jobs.length}`; // unique: AWS refuses a name twice
    const datasetArn = DATASETS[this.dataset]!;
    const out = await r.client.send(
      new CreateDatasetImportJobCommand({ jobName: name, datasetArn, dataSource: { dataLocation: "s3://bucket/data.csv" }, roleArn: `arn:aws:iam::${ACCOUNT}:role/personalize` }),
    );
    // The new job's ARN ends with the name the request gave it.
    expect(out.datasetImportJobArn).toMatch(new RegExp(`^arn:aws:personalize:eu-west-1:${ACCOUNT}:dataset-import-job/${name}$`));
    m.jobs.push({ arn: out.datasetImportJobArn!, name, datasetArn, polls: 0 });
  }
  toString = () => `create(${this.name}, ${this.dataset})`;
}

class DescribeJob implements fc.AsyncCommand<JobModel, JobReal> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<JobModel>) => m.jobs.length > 0;
  async run(m: JobModel, r: JobReal): Promise<void> {
    const job = m.jobs[this.pick % m.jobs.length]!;
    const { datasetImportJob } = await r.client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: job.arn }));
    expect(datasetImportJob).toMatchObject({ datasetImportJobArn: job.arn, jobName: job.name, datasetArn: job.datasetArn, roleArn: `arn:aws:iam::${ACCOUNT}:role/personalize` });
    // The lifecycle moves one state a poll, from CREATE PENDING.
    expect(datasetImportJob?.status).toBe(STATES[Math.min(job.polls, STATES.length - 1)]);
    job.polls++;
  }
  toString = () => `describe(#${this.pick})`;
}

class DescribeUnknown implements fc.AsyncCommand<JobModel, JobReal> {
  constructor(readonly suffix: string) {}
  check = () => true;
  async run(m: JobModel, r: JobReal): Promise<void> {
    const arn = `arn:aws:personalize:eu-west-1:${ACCOUNT}:dataset-import-job/never-${this.suffix}`;
    const call = r.client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn }));
    if (m.world === "closed") await expect(call).rejects.toBeInstanceOf(ResourceNotFoundException);
    else expect((await call).datasetImportJob?.datasetImportJobArn).toBe(arn);
  }
  toString = () => `describeUnknown(${this.suffix})`;
}

class ListJobs implements fc.AsyncCommand<JobModel, JobReal> {
  constructor(
    readonly dataset: number | undefined,
    readonly pageSize: number,
  ) {}
  check = () => true;
  async run(m: JobModel, r: JobReal): Promise<void> {
    const datasetArn = this.dataset === undefined ? undefined : DATASETS[this.dataset]!;
    const listed: string[] = [];
    for await (const page of paginateListDatasetImportJobs({ client: r.client, pageSize: this.pageSize }, datasetArn === undefined ? {} : { datasetArn })) {
      expect((page.datasetImportJobs ?? []).length).toBeLessThanOrEqual(this.pageSize);
      listed.push(...(page.datasetImportJobs ?? []).map((j) => j.datasetImportJobArn!));
    }
    expect(new Set(listed).size).toBe(listed.length); // no job twice
    const created = m.jobs.filter((j) => datasetArn === undefined || j.datasetArn === datasetArn).map((j) => j.arn);
    if (m.world === "closed") expect(listed.sort()).toEqual([...created].sort());
    else expect(listed).toEqual(expect.arrayContaining(created));
  }
  toString = () => `list(${String(this.dataset)}, ${this.pageSize})`;
}

const jobCommands = fc.commands(
  [
    fc.tuple(fc.constantFrom("nightly", "daily", "backfill"), fc.integer({ min: 0, max: 2 })).map(([n, d]) => new CreateJob(n, d)),
    fc.nat().map((i) => new DescribeJob(i)),
    fc.stringMatching(/^[a-z]{3,8}$/).map((s) => new DescribeUnknown(s)),
    fc.tuple(fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), fc.integer({ min: 1, max: 4 })).map(([d, size]) => new ListJobs(d, size)),
  ],
  { maxCommands: 12 },
);

const server = setupServer();
beforeAll(() => server.listen(onUnhandled("error")));
afterAll(() => server.close());
const options = { region: "eu-west-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 };
const overMsw = new PersonalizeClient(options);

// Through msw, and through the mock's in-process requestHandler: the same state either way.
for (const transport of ["msw", "in-process"] as const) {
  for (const world of ["open", "closed"] as const) {
    test.prop([jobCommands, fc.integer()], { numRuns: RUNS })(`Personalize dataset import jobs through ${transport}, ${world} world: create, describe, list as a model says`, async (commands, seed) => {
      const mock = createPersonalizeMock({ seed, state: world });
      server.resetHandlers(...(transport === "msw" ? mock.handlers : []));
      const client = transport === "msw" ? overMsw : new PersonalizeClient({ ...options, requestHandler: mock.requestHandler });
      await fc.asyncModelRun(() => ({ model: { world, jobs: [] }, real: { client } }), commands);
      mock.assertNoViolations();
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Our own model, with Smithy resource shapes

const widgets = buildServiceContract(loadClosure({ model: new URL("../fixtures/models/widgets.smithy", import.meta.url).pathname }).closure);

interface WidgetModel {
  readonly world: "open" | "closed";
  readonly live: Map<string, { name: string; color: string; size?: number }>;
  readonly deleted: string[];
}
interface WidgetReal {
  readonly mock: MockInstance;
}

async function call(r: WidgetReal, operation: string, input: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const request = new Request("https://widgets.eu-west-1.amazonaws.com/", {
    method: "POST",
    headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": `Widgets.${operation}` },
    body: JSON.stringify(input),
  });
  const response = (await getResponse(r.mock.handlers, request))!;
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const notFound = (body: Record<string, unknown>) => String(body.__type).endsWith("WidgetNotFound");

class CreateWidget implements fc.AsyncCommand<WidgetModel, WidgetReal> {
  constructor(readonly name: string, readonly color: string, readonly size: number | undefined) {}
  check = () => true;
  async run(m: WidgetModel, r: WidgetReal): Promise<void> {
    const { status, body } = await call(r, "CreateWidget", { name: this.name, color: this.color, ...(this.size !== undefined && { size: this.size }) });
    expect(status).toBe(200);
    const id = body.widgetId as string;
    expect(id).toMatch(/^w-[a-z0-9]{8}$/);
    m.live.set(id, { name: this.name, color: this.color, ...(this.size !== undefined && { size: this.size }) });
  }
  toString = () => `create(${this.name}, ${this.color}, ${String(this.size)})`;
}

class GetWidget implements fc.AsyncCommand<WidgetModel, WidgetReal> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<WidgetModel>) => m.live.size > 0;
  async run(m: WidgetModel, r: WidgetReal): Promise<void> {
    const [id, want] = [...m.live][this.pick % m.live.size]!;
    const { status, body } = await call(r, "GetWidget", { widgetId: id });
    expect(status).toBe(200);
    expect(body.widget).toMatchObject({ widgetId: id, ...want });
  }
  toString = () => `get(#${this.pick})`;
}

class GetMissing implements fc.AsyncCommand<WidgetModel, WidgetReal> {
  constructor(readonly pick: number, readonly suffix: string) {}
  check = () => true;
  async run(m: WidgetModel, r: WidgetReal): Promise<void> {
    // A deleted widget is gone in either world; one never created exists only in the open world.
    const deleted = m.deleted.length > 0 && this.pick % 2 === 0 ? m.deleted[this.pick % m.deleted.length] : undefined;
    const id = deleted ?? `w-${this.suffix}`;
    const { status, body } = await call(r, "GetWidget", { widgetId: id });
    if (deleted !== undefined || m.world === "closed") {
      expect([status, notFound(body)]).toEqual([404, true]);
    } else {
      expect(status).toBe(200);
      expect((body.widget as Record<string, unknown>).widgetId).toBe(id);
    }
  }
  toString = () => `getMissing(${this.pick}, ${this.suffix})`;
}

class UpdateWidget implements fc.AsyncCommand<WidgetModel, WidgetReal> {
  constructor(readonly pick: number, readonly color: string) {}
  check = (m: Readonly<WidgetModel>) => m.live.size > 0;
  async run(m: WidgetModel, r: WidgetReal): Promise<void> {
    const [id, widget] = [...m.live][this.pick % m.live.size]!;
    expect((await call(r, "UpdateWidget", { widgetId: id, color: this.color })).status).toBe(200);
    widget.color = this.color;
  }
  toString = () => `update(#${this.pick}, ${this.color})`;
}

class DeleteWidget implements fc.AsyncCommand<WidgetModel, WidgetReal> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<WidgetModel>) => m.live.size > 0;
  async run(m: WidgetModel, r: WidgetReal): Promise<void> {
    const [id] = [...m.live][this.pick % m.live.size]!;
    expect((await call(r, "DeleteWidget", { widgetId: id })).status).toBe(200);
    m.live.delete(id);
    m.deleted.push(id);
  }
  toString = () => `delete(#${this.pick})`;
}

class ListWidgets implements fc.AsyncCommand<WidgetModel, WidgetReal> {
  constructor(readonly color: string | undefined, readonly pageSize: number) {}
  check = () => true;
  async run(m: WidgetModel, r: WidgetReal): Promise<void> {
    const listed: Record<string, unknown>[] = [];
    const input: Record<string, unknown> = { maxResults: this.pageSize, ...(this.color !== undefined && { color: this.color }) };
    for (let page = 0; page < 100; page++) {
      const { status, body } = await call(r, "ListWidgets", input);
      expect(status).toBe(200);
      const items = body.widgets as Record<string, unknown>[];
      expect(items.length).toBeLessThanOrEqual(this.pageSize);
      listed.push(...items);
      if (body.nextToken === undefined) break;
      input.nextToken = body.nextToken;
    }
    const ids = listed.map((w) => w.widgetId as string);
    expect(new Set(ids).size).toBe(ids.length);
    const live = [...m.live].filter(([, w]) => this.color === undefined || w.color === this.color);
    for (const [id, w] of live) expect(listed.find((x) => x.widgetId === id)).toMatchObject(w);
    for (const id of m.deleted) expect(ids).not.toContain(id);
    if (m.world === "closed") expect(ids.sort()).toEqual(live.map(([id]) => id).sort());
  }
  toString = () => `list(${String(this.color)}, ${this.pageSize})`;
}

const COLORS = ["RED", "GREEN", "BLUE"];
const widgetCommands = fc.commands(
  [
    fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), fc.constantFrom(...COLORS), fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined })).map(([n, c, s]) => new CreateWidget(n, c, s)),
    fc.nat().map((i) => new GetWidget(i)),
    fc.tuple(fc.nat(), fc.stringMatching(/^[a-z0-9]{8}$/)).map(([i, s]) => new GetMissing(i, s)),
    fc.tuple(fc.nat(), fc.constantFrom(...COLORS)).map(([i, c]) => new UpdateWidget(i, c)),
    fc.nat().map((i) => new DeleteWidget(i)),
    fc.tuple(fc.option(fc.constantFrom(...COLORS), { nil: undefined }), fc.integer({ min: 1, max: 5 })).map(([c, n]) => new ListWidgets(c, n)),
  ],
  { maxCommands: 20 },
);

for (const world of ["open", "closed"] as const) {
  test.prop([widgetCommands, fc.integer()], { numRuns: RUNS * 2 })(`Smithy resource shapes (widgets.smithy), ${world} world: create, get, update, delete, list as a model says`, async (commands, seed) => {
    const mock = createServiceMock(widgets).create({ seed, state: world });
    await fc.asyncModelRun(() => ({ model: { world, live: new Map(), deleted: [] }, real: { mock } }), commands);
    mock.assertNoViolations();
  });
}
