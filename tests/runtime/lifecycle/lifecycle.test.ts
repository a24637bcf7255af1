import { describe, expect, it } from "vitest";
import type { JsonSchema, LifecycleSpec } from "../../../runtime/contract.ts";
import { checkLifecycleOptions, DEFAULT_ANCHOR, Lifecycles, type LifecycleOptions } from "../../../runtime/lifecycle/index.ts";

// A resource unrelated to Personalize: the overlay is data, not a special case.
const spec: LifecycleSpec = {
  operation: "GetBuild",
  idPointer: "/id",
  statePointer: "/build/phase",
  responseIdPointer: "/build/id",
  states: ["QUEUED", "RUNNING", "DONE"],
  failure: { state: "BROKEN", reasonPointer: "/build/why" },
  updatedPointers: ["/build/changed", "/build/changedIso"],
};
const schema: JsonSchema = {
  type: "object",
  properties: {
    build: {
      type: "object",
      properties: { id: { type: "string" }, phase: { type: "string" }, why: { type: "string" }, changed: { type: "number" }, changedIso: { type: "string", format: "date-time" } },
    },
  },
};

function play(options: LifecycleOptions, calls: number, body: () => Record<string, unknown> = () => ({ build: { changed: 100, why: "drawn" } })) {
  const lifecycles = new Lifecycles();
  return Array.from({ length: calls }, () => {
    const b = body();
    lifecycles.advance(spec, options, { id: "b-1" }, b, schema);
    return b;
  });
}

describe("Lifecycles.advance", () => {
  it("writes state, id and timestamps (in each pointer's form) moving one step per state", () => {
    expect(play({}, 4)).toEqual([
      { build: { id: "b-1", phase: "QUEUED", changed: 100, changedIso: "1970-01-01T00:01:40Z" } },
      { build: { id: "b-1", phase: "RUNNING", changed: 101, changedIso: "1970-01-01T00:01:41Z" } },
      { build: { id: "b-1", phase: "DONE", changed: 102, changedIso: "1970-01-01T00:01:42Z" } },
      { build: { id: "b-1", phase: "DONE", changed: 102, changedIso: "1970-01-01T00:01:42Z" } },
    ]);
  });

  it.each<[LifecycleOptions, string[]]>([
    [{ afterCalls: 3 }, ["QUEUED", "QUEUED", "QUEUED", "RUNNING", "RUNNING", "RUNNING", "DONE"]],
    [{ fail: true }, ["QUEUED", "RUNNING", "BROKEN", "BROKEN", "BROKEN", "BROKEN", "BROKEN"]],
    [{ afterMs: 10, now: () => 0 }, Array(7).fill("QUEUED")],
  ])("with %j goes %j", (options, phases) => {
    expect(play(options, 7).map((b) => (b.build as Record<string, unknown>).phase)).toEqual(phases);
  });

  it("moves with the clock: afterMs since the first call, never backwards", () => {
    const times = [5, 14, 15, 24, 25, 0];
    let i = 0;
    const bodies = play({ afterMs: 10, now: () => times[i++]! }, times.length);
    expect(bodies.map((b) => (b.build as Record<string, unknown>).phase)).toEqual(["QUEUED", "QUEUED", "RUNNING", "RUNNING", "DONE", "DONE"]);
    expect(bodies.map((b) => (b.build as Record<string, unknown>).changed)).toEqual([100, 100, 100.01, 100.01, 100.02, 100.02]);
  });

  it("writes the failure reason only in the failure state, and removes a drawn one before", () => {
    const bodies = play({ fail: { reason: "disk full" } }, 3);
    expect(bodies.map((b) => (b.build as Record<string, unknown>).why)).toEqual([undefined, undefined, "disk full"]);
  });

  it("anchors timestamps at a fixed instant when the answer has none", () => {
    const [first] = play({}, 1, () => ({}));
    expect(first).toEqual({ build: { id: "b-1", phase: "QUEUED", changed: DEFAULT_ANCHOR / 1000, changedIso: "2020-01-01T00:00:00Z" } });
  });

  it("keeps ids apart, forgets on reset, and skips requests without an id", () => {
    const lifecycles = new Lifecycles();
    const phase = (input: unknown) => lifecycles.advance(spec, {}, input, {}, schema);
    expect([phase({ id: "a" }), phase({ id: "a" }), phase({ id: "b" }), phase({})]).toEqual(["QUEUED", "RUNNING", "QUEUED", undefined]);
    lifecycles.reset();
    expect(phase({ id: "a" })).toBe("QUEUED");
  });
});

describe("checkLifecycleOptions", () => {
  it.each<[LifecycleOptions, LifecycleSpec, string]>([
    [{ afterCalls: 1.5 }, spec, ""],
    [{ afterCalls: -1 }, spec, "lifecycle.afterCalls must be a positive number, not -1"],
    [{ afterMs: Number.NaN }, spec, "lifecycle.afterMs must be a positive number, not NaN"],
    [{}, { ...spec, states: [] }, "the lifecycle of GetBuild has no states"],
    [{ fail: true }, { ...spec, failure: undefined }, "the lifecycle of GetBuild has no failure state, so it cannot fail"],
    [{ fail: () => true }, { ...spec, failure: undefined }, ""],
  ])("%j on %j", (options, s, message) => {
    if (message === "") expect(() => checkLifecycleOptions(options, [s])).not.toThrow();
    else expect(() => checkLifecycleOptions(options, [s])).toThrow(message);
  });
});
