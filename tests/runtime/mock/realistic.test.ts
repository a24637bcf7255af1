/**
 * runtime/mock/realistic.ts (`RealisticAnswers`) on a tiny contract of our own
 * (tests/fixtures/models/jobs.smithy), called as the mock calls it — the request read as the
 * service reads it, a realistic draw for it, then the answer, then `remember` — without msw or a
 * client: examples matched canonically, the closed world's not-found error, deleted and fresh ids,
 * names after the request, exclusive members, request-set sizes, adjustments that would break the
 * contract undone, and paging (a token it never handed out starts over). Every output answer is
 * checked against the contract.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildServiceContract } from "../../../codegen/contract/service-contract.ts";
import { closure, selectService } from "../../../codegen/model/closure.ts";
import { loadModelAst } from "../../../codegen/model/load.ts";
import { readOverlay } from "../../../codegen/model/overlay.ts";
import { modelFromTexts } from "../../../codegen/model/sources/read-model-sources.ts";
import { DEFAULT_NOW } from "../../../runtime/data/clock.ts";
import { RealisticGenerator } from "../../../runtime/data/realistic/index.ts";
import { RealisticAnswers, type DefaultAnswer, type ValueSource } from "../../../runtime/mock/realistic.ts";
import { hash32 } from "../../../runtime/mock/seed.ts";
import { canonicalJson } from "../../../runtime/serde/canonical.ts";
import { ContractChecker } from "../../../runtime/validation/checker.ts";

const FILE = new URL("../../fixtures/models/jobs.smithy", import.meta.url);
const model = loadModelAst(modelFromTexts([{ path: "jobs.smithy", text: readFileSync(FILE, "utf8") }]), "jobs.smithy", "0");
const service = selectService(model);
// Only the answer's top level holds one of the secret's two forms; the nested pair is not named.
const overlay = readOverlay({ exclusive: [{ members: ["SecretString", "SecretBinary"], shapes: ["GetSecretOutput"] }] }, "jobs.overlay.json", service);
const contract = buildServiceContract(closure(model, service), overlay);
const checker = new ContractChecker(contract);
const generator = new RealisticGenerator(contract.shapes!, { now: DEFAULT_NOW, region: "us-east-1", arnNamespace: "jobs", endpointPrefix: "jobs" });
const value: ValueSource = (plan, seed, options) => generator.value(plan, seed, options);

const ARN = (name: string) => `arn:aws:jobs:us-east-1:123456789012:job/${name}`;
const ARN_PATTERN = /^arn:aws:jobs:[a-z0-9-]+:[0-9]{12}:job\/[a-z0-9-]+$/;

type Body = Record<string, any>;

/** A mock's answers (open or closed world, realistic or exhaustive), called as runtime/mock/instance.ts calls them. */
function mock(options: { world?: "open" | "closed"; realistic?: boolean; seed?: string } = {}) {
  const { world = "open", realistic = true, seed = "7" } = options;
  const answers = new RealisticAnswers(contract, checker);
  const call = (name: string, body: unknown): { answer: DefaultAnswer; draw: Body } => {
    const op = contract.operations[name]!;
    const read = checker.read(op, body);
    if (!read.ok) throw new Error(`${name} refuses ${JSON.stringify(body)}: ${read.rejection.message}`);
    const draw = value(op.plans!.output, hash32([seed, name, canonicalJson(read.input)]), { topLevel: true }) as Body;
    const drawn = structuredClone(draw);
    const answer = answers.answer(op, read.input, draw, { seed, value, world, realistic });
    expect(draw, "the draw is left as it was").toEqual(drawn);
    if (answer.kind === "output") {
      answers.remember(op, read.input, answer.body);
      expect(checker.violation(op, { kind: "output" }, answer.body)?.message).toBeUndefined();
    }
    return { answer, draw };
  };
  /** The output body of a call (fails the test on an error answer). */
  const output = (name: string, body: unknown): Body => {
    const { answer } = call(name, body);
    if (answer.kind !== "output") throw new Error(`${name} answered ${answer.name}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const create = (input: Body) => output("CreateJob", input).jobArn as string;
  /** Every item of a list walk with page size `size`, page by page. */
  const walk = (input: Body, size: number): { pages: Body[][]; tokens: unknown[] } => {
    const pages: Body[][] = [];
    const tokens: unknown[] = [];
    let token: unknown;
    do {
      const page = output("ListJobs", { ...input, maxResults: size, ...(token !== undefined && { nextToken: token }) });
      pages.push(page.jobs as Body[]);
      token = page.nextToken;
      tokens.push(token);
    } while (token !== undefined && pages.length < 50);
    return { pages, tokens };
  };
  return { answers, call, output, create, walk };
}

const notFound = (arn: string): DefaultAnswer => ({ kind: "error", name: "JobNotFound", body: { message: `Job ${arn} does not exist` } });

describe("@examples, matched as the service reads the request", () => {
  const never = ARN("never");
  const known = { job: { jobArn: ARN("known"), jobName: "the-example", status: "FAILED" } };

  it.each<[string, Body]>([
    ["the example's input with its default left out", { jobArn: never }],
    ["the default given", { jobArn: never, verbose: false }],
    ["members in another order", { verbose: false, jobArn: never }],
    ["an unknown member (dropped as the service drops it)", { jobArn: never, colour: "red" }],
  ])("an error example: %s", (_, input) => {
    expect(mock().call("DescribeJob", input).answer).toEqual({ kind: "error", name: "JobNotFound", body: { message: "no such job: never" } });
  });

  it("an output example: the example's output, a copy each time", () => {
    const m = mock();
    const first = m.output("DescribeJob", { verbose: true, jobArn: ARN("known") });
    expect(first).toEqual(known);
    first.job.jobName = "changed";
    expect(m.output("DescribeJob", { jobArn: ARN("known"), verbose: true })).toEqual(known);
  });

  it("not the example's input (the default verbose: false is not the example's true): a drawn answer", () => {
    const body = mock().output("DescribeJob", { jobArn: ARN("known") });
    expect(body.job.jobArn).toBe(ARN("known"));
    expect(body.job.jobName).toBe("known"); // the draw's name, renamed with the echoed ARN; the example says "the-example"
    expect(body).not.toEqual(known);
  });

  it("examples come before the closed world's not-found error", () => {
    expect(mock({ world: "closed" }).output("DescribeJob", { jobArn: ARN("known"), verbose: true })).toEqual(known);
  });

  it("exhaustive data: no example, no echo — the draw itself", () => {
    const { answer, draw } = mock({ realistic: false }).call("DescribeJob", { jobArn: never });
    expect(answer).toEqual({ kind: "output", body: draw });
  });
});

describe("the closed world and deleted ids", () => {
  it.each<[string, Body]>([
    ["read", {}],
    ["update", { color: "RED" }],
    ["delete", {}],
  ])("closed: a %s of a job never created is answered with the not-found error naming it", (role, extra) => {
    const name = { read: "DescribeJob", update: "UpdateJob", delete: "DeleteJob" }[role]!;
    expect(mock({ world: "closed" }).call(name, { jobArn: ARN("nightly"), ...extra }).answer).toEqual(notFound(ARN("nightly")));
  });

  it("open: a job never created is answered with seeded data about it", () => {
    const body = mock().output("DescribeJob", { jobArn: ARN("daily-clicks") });
    expect(body.job.jobArn).toBe(ARN("daily-clicks"));
    // The drawn job's own name is renamed with its ARN (the realistic draw shares one name between them).
    expect(body.job.jobName).toBe("daily-clicks");
  });

  it("closed: a created job is read back, with the request's members", () => {
    const m = mock({ world: "closed" });
    const arn = m.create({ jobName: "nightly", color: "GREEN" });
    expect(m.output("DescribeJob", { jobArn: arn }).job).toMatchObject({ jobArn: arn, jobName: "nightly", color: "GREEN" });
  });

  it.each(["open", "closed"] as const)("%s: a deleted job is not found by read, update or delete, nor listed", (world) => {
    const m = mock({ world });
    const arn = m.create({ jobName: "nightly", color: "RED" });
    expect(m.output("DeleteJob", { jobArn: arn })).toEqual({});
    for (const [name, extra] of [["DescribeJob", {}], ["UpdateJob", { color: "BLUE" }], ["DeleteJob", {}]] as const) {
      expect(m.call(name, { jobArn: arn, ...extra }).answer).toEqual(notFound(arn));
    }
    expect(m.walk({}, 10).pages.flat().map((j) => j.jobArn)).not.toContain(arn);
  });

  it("open: deleting a job never created (a seeded one) makes it not found too", () => {
    const m = mock();
    m.output("DeleteJob", { jobArn: ARN("seeded") });
    expect(m.call("DescribeJob", { jobArn: ARN("seeded") }).answer).toEqual(notFound(ARN("seeded")));
  });

  it("an update changes the record a read answers; the id stays", () => {
    const m = mock({ world: "closed" });
    const arn = m.create({ jobName: "nightly", color: "RED" });
    m.output("UpdateJob", { jobArn: arn, color: "BLUE" });
    expect(m.output("DescribeJob", { jobArn: arn }).job).toMatchObject({ jobArn: arn, jobName: "nightly", color: "BLUE" });
  });

  it("a read is remembered: the same record every time", () => {
    const m = mock({ world: "closed" });
    const arn = m.create({ jobName: "nightly" });
    const first = m.output("DescribeJob", { jobArn: arn });
    expect(m.output("DescribeJob", { jobArn: arn })).toEqual(first);
  });

  it("reset forgets every job", () => {
    const m = mock({ world: "closed" });
    const arn = m.create({ jobName: "nightly" });
    m.answers.reset();
    expect(m.call("DescribeJob", { jobArn: arn }).answer).toEqual(notFound(arn));
  });
});

describe("new ids: named after the request where the contract allows, never one handed out before", () => {
  it("the ARN ends with the request's name; its region and account are the draw's", () => {
    const m = mock();
    const { answer, draw } = m.call("CreateJob", { jobName: "nightly" });
    expect(answer).toEqual({ kind: "output", body: { jobArn: (draw.jobArn as string).replace(/[^/]+$/, "nightly") } });
    expect((answer as { body: Body }).body.jobArn).toBe(ARN("nightly"));
  });

  it("a name the ARN's pattern refuses (capitals, _): the drawn ARN", () => {
    const { answer, draw } = mock().call("CreateJob", { jobName: "Nightly_1" });
    expect(answer).toEqual({ kind: "output", body: { jobArn: draw.jobArn } });
    expect(draw.jobArn).toMatch(ARN_PATTERN);
  });

  it("the same name five times: five ids, each kept with its own record", () => {
    const m = mock({ world: "closed" });
    const arns = [1, 2, 3, 4, 5].map(() => m.create({ jobName: "nightly" }));
    expect(arns[0]).toBe(ARN("nightly"));
    expect(new Set(arns).size).toBe(5);
    for (const arn of arns) {
      expect(arn).toMatch(ARN_PATTERN);
      expect(m.output("DescribeJob", { jobArn: arn }).job).toMatchObject({ jobArn: arn, jobName: "nightly" });
    }
  });

  it("a deleted job's id is not handed out again", () => {
    const m = mock({ world: "closed" });
    const first = m.create({ jobName: "nightly" });
    m.output("DeleteJob", { jobArn: first });
    const second = m.create({ jobName: "nightly" });
    expect(second).not.toBe(first);
    expect(m.output("DescribeJob", { jobArn: second }).job.jobArn).toBe(second);
  });
});

describe("sizes the request sets, and adjustments the contract refuses", () => {
  it.each([8, 16, 64])("PasswordLength %d: a password of that many characters", (length) => {
    expect([...(mock().output("GetPassword", { PasswordLength: length }).RandomPassword as string)]).toHaveLength(length);
  });

  it.each([1, 4, 7])("PasswordLength %d, below the password's own @length(min: 8): undone, the draw's password", (length) => {
    const { answer, draw } = mock().call("GetPassword", { PasswordLength: length });
    expect(answer).toEqual({ kind: "output", body: { RandomPassword: draw.RandomPassword } });
    expect([...(draw.RandomPassword as string)].length).toBeGreaterThanOrEqual(8);
  });

  it("an echoed id the answer's member fits: echoed", () => {
    expect(mock().output("GetThing", { id: "abc" })).toEqual({ id: "abc" });
  });

  it("an echoed id longer than the answer member's @length(max: 5): undone, the draw's id", () => {
    const { answer, draw } = mock().call("GetThing", { id: "abcdefgh" });
    expect(answer).toEqual({ kind: "output", body: { id: draw.id } });
    expect([...(draw.id as string)].length).toBeLessThanOrEqual(5);
  });
});

describe("exclusive members, only in the shapes named", () => {
  it("the answer's top level holds SecretString or SecretBinary, never both; the nested pair (not named) may hold both", () => {
    const m = mock();
    let nestedBoth = 0;
    let kept = { SecretString: 0, SecretBinary: 0 };
    for (let i = 0; i < 40; i++) {
      const { answer, draw } = m.call("GetSecret", { SecretId: `app/db-${i}` });
      const body = (answer as { body: Body }).body;
      expect(draw.SecretString !== undefined && draw.SecretBinary !== undefined, "the draw holds both").toBe(true);
      expect(Object.keys(body).filter((k) => k === "SecretString" || k === "SecretBinary")).toHaveLength(1);
      kept = { SecretString: kept.SecretString + Number("SecretString" in body), SecretBinary: kept.SecretBinary + Number("SecretBinary" in body) };
      if (body.Nested?.SecretString !== undefined && body.Nested?.SecretBinary !== undefined) nestedBoth++;
      expect(body.Nested).toEqual(draw.Nested);
    }
    expect(nestedBoth).toBeGreaterThan(0);
    expect(kept.SecretString).toBeGreaterThan(0);
    expect(kept.SecretBinary).toBeGreaterThan(0);
  });

  it("exhaustive data: both kept as drawn", () => {
    const { answer, draw } = mock({ realistic: false }).call("GetSecret", { SecretId: "app/db" });
    expect(answer).toEqual({ kind: "output", body: draw });
  });
});

describe("paging through one stable collection", () => {
  it("closed: exactly the created jobs, each once, pages of the page size, a token on every page but the last", () => {
    const m = mock({ world: "closed" });
    const arns = ["a", "b", "c", "d", "e"].map((n) => m.create({ jobName: n }));
    const { pages, tokens } = m.walk({}, 2);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((j) => j.jobArn)).toEqual(arns);
    expect(tokens.slice(0, -1).every((t) => typeof t === "string" && t !== "")).toBe(true);
    expect(tokens.at(-1)).toBeUndefined();
  });

  it("closed: the list request's filter selects by the record's member", () => {
    const m = mock({ world: "closed" });
    const red = [m.create({ jobName: "r1", color: "RED" }), m.create({ jobName: "r2", color: "RED" })];
    m.create({ jobName: "g1", color: "GREEN" });
    expect(m.walk({ color: "RED" }, 10).pages.flat().map((j) => j.jobArn)).toEqual(red);
  });

  it("open: seeded jobs and the created one, each once; the same walk twice is the same", () => {
    const m = mock();
    const arn = m.create({ jobName: "nightly" });
    const first = m.walk({}, 3).pages.flat().map((j) => j.jobArn as string);
    expect(first).toContain(arn);
    expect(new Set(first).size).toBe(first.length);
    expect(m.walk({}, 3).pages.flat().map((j) => j.jobArn)).toEqual(first);
  });

  it("a token the mock never handed out starts over at the first page", () => {
    const m = mock({ world: "closed" });
    for (const n of ["a", "b", "c"]) m.create({ jobName: n });
    const first = m.output("ListJobs", { maxResults: 2 });
    expect(m.output("ListJobs", { maxResults: 2, nextToken: "forged" })).toEqual(first);
  });

  it("a token of another collection (another filter) starts over too", () => {
    const m = mock({ world: "closed" });
    for (const n of ["a", "b", "c"]) m.create({ jobName: n, color: "RED" });
    const token = m.output("ListJobs", { maxResults: 1 }).nextToken;
    // In its own collection the token goes on to the second page, so starting over is observable.
    expect(token).toEqual(expect.any(String));
    expect(m.output("ListJobs", { maxResults: 1, nextToken: token })).not.toEqual(m.output("ListJobs", { maxResults: 1 }));
    expect(m.output("ListJobs", { maxResults: 1, color: "RED", nextToken: token })).toEqual(m.output("ListJobs", { maxResults: 1, color: "RED" }));
  });

  it("after reset, a token handed out before starts over", () => {
    const m = mock({ world: "closed" });
    for (const n of ["a", "b", "c"]) m.create({ jobName: n });
    const token = m.output("ListJobs", { maxResults: 1 }).nextToken;
    m.answers.reset();
    for (const n of ["x", "y"]) m.create({ jobName: n });
    expect(m.output("ListJobs", { maxResults: 1, nextToken: token })).toEqual(m.output("ListJobs", { maxResults: 1 }));
  });
});
