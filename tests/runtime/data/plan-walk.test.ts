/**
 * runtime/data/plan-walk.ts: `tie`s followed through the contract's shapes, and the plan of the
 * value a JSON pointer names inside an operation's plan.
 */
import { describe, expect, it } from "vitest";
import type { ArbitraryPlan } from "../../../runtime/data/plan.ts";
import { memberNames, planAt, resolvePlan } from "../../../runtime/data/plan-walk.ts";

const tie = (key: string): ArbitraryPlan => ({ method: "tie", key });
const STATUS: ArbitraryPlan = { method: "string", constraints: { maxLength: 256 }, where: "ns#Status" };
const ARN: ArbitraryPlan = { method: "string", constraints: { pattern: "^arn:" }, where: "ns#Arn" };
const COUNT: ArbitraryPlan = { method: "integer", kind: "integer", range: { min: 0 }, where: "ns#Count" };

/** A small contract's shapes: an output holding a job (by a chain of ties), a list of jobs, a map of counts, a union. */
const SHAPES: Record<string, ArbitraryPlan> = {
  Output: {
    method: "structure",
    members: [
      { name: "job", required: true, plan: tie("JobAlias") },
      { name: "jobs", required: false, plan: tie("JobList") },
      { name: "counts", required: false, plan: { method: "map", key: { method: "string", constraints: {}, where: "ns#K" }, value: COUNT, constraints: {} } },
      { name: "source", required: false, plan: tie("Source") },
      { name: "a/b", required: false, plan: STATUS },
      { name: "total", required: false, plan: COUNT },
    ],
  },
  JobAlias: tie("Job"),
  Job: { method: "structure", members: [{ name: "jobArn", required: true, plan: tie("Arn") }, { name: "status", required: false, plan: tie("Status") }] },
  JobList: { method: "list", item: tie("Job"), constraints: {} },
  Source: { method: "union", members: [{ name: "s3", plan: tie("Arn") }, { name: "inline", plan: tie("Job") }] },
  Arn: ARN,
  Status: STATUS,
  Loop1: tie("Loop2"),
  Loop2: tie("Loop1"),
};

describe("resolvePlan", () => {
  it.each<[string, ArbitraryPlan, ArbitraryPlan | undefined]>([
    ["a plan that is not a tie: itself", STATUS, STATUS],
    ["one tie", tie("Status"), STATUS],
    ["a tie to a tie", tie("JobAlias"), SHAPES.Job],
    ["a key the shapes lack", tie("Missing"), undefined],
    ["a key that is only an Object.prototype member", tie("toString"), undefined],
    ["__proto__", tie("__proto__"), undefined],
    ["ties in a cycle: undefined, not a hang", tie("Loop1"), undefined],
  ])("%s", (_, plan, want) => {
    expect(resolvePlan(plan, SHAPES)).toBe(want);
  });
});

describe("planAt", () => {
  it.each<[string, string, ArbitraryPlan | undefined]>([
    ["the root: the output resolved", "", SHAPES.Output],
    ["a structure member through ties", "/job", SHAPES.Job],
    ["one level down", "/job/status", STATUS],
    ["a list item by index", "/jobs/0/jobArn", ARN],
    ["a list item by a larger index", "/jobs/17/status", STATUS],
    ["a list index with a leading zero: none", "/jobs/01", undefined],
    ["a list index that is not a number: none", "/jobs/-", undefined],
    ["a map value by any key", "/counts/any key", COUNT],
    ["a union member", "/source/s3", ARN],
    ["through a union member into a structure", "/source/inline/status", STATUS],
    ["an escaped member name (~1 is /)", "/a~1b", STATUS],
    ["a member the structure lacks", "/job/nope", undefined],
    ["through a scalar", "/total/x", undefined],
    ["through a string", "/job/status/0", undefined],
  ])("%s: %s", (_, pointer, want) => {
    expect(planAt(tie("Output"), SHAPES, pointer)).toBe(want);
  });

  it("a root that is a tie to nothing: undefined at every pointer", () => {
    expect(planAt(tie("Missing"), SHAPES, "")).toBeUndefined();
    expect(planAt(tie("Missing"), SHAPES, "/job")).toBeUndefined();
  });

  it("a pointer that is not one throws parsePointer's SyntaxError", () => {
    expect(() => planAt(tie("Output"), SHAPES, "job")).toThrow(new SyntaxError('not a JSON pointer: "job"'));
  });
});

describe("memberNames", () => {
  it.each<[string, ArbitraryPlan | undefined, string[]]>([
    ["a structure, in plan order", SHAPES.Output, ["job", "jobs", "counts", "source", "a/b", "total"]],
    ["a tie to a structure", tie("JobAlias"), ["jobArn", "status"]],
    ["a union: none (not a structure)", SHAPES.Source, []],
    ["a list: none", SHAPES.JobList, []],
    ["a string: none", STATUS, []],
    ["a tie to nothing: none", tie("Missing"), []],
    ["no plan: none", undefined, []],
  ])("%s", (_, plan, want) => {
    expect(memberNames(plan, SHAPES)).toEqual(want);
  });
});
