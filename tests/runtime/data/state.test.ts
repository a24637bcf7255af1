/**
 * runtime/data/state.ts: the records one mock keeps, by resource and identifier (identifiers
 * compared as canonical JSON), in creation order, and the identifiers deleted since.
 */
import { describe, expect, it } from "vitest";
import { ResourceStore } from "../../../runtime/data/state.ts";

/** The ids of a resource's records, oldest first. */
const ids = (store: ResourceStore, resource: string) => store.all(resource).map((r) => r.id);

describe("ResourceStore", () => {
  it("an empty store: nothing kept, nothing deleted", () => {
    const store = new ResourceStore();
    expect(store.get("Job", "a")).toBeUndefined();
    expect(store.isDeleted("Job", "a")).toBe(false);
    expect(store.all("Job")).toEqual([]);
  });

  it("put then get: the record, its id and its place in creation order", () => {
    const store = new ResourceStore();
    const stored = store.put("Job", "a", { jobName: "a", status: "ACTIVE" });
    expect(stored).toEqual({ id: "a", record: { jobName: "a", status: "ACTIVE" }, order: 0 });
    expect(store.get("Job", "a")).toBe(stored);
    expect(store.put("Job", "b", {}).order).toBe(1);
  });

  it.each<[string, unknown, unknown, boolean]>([
    ["the same string", "arn:x", "arn:x", true],
    ["a key map in another key order", { pk: "1", sk: "2" }, { sk: "2", pk: "1" }, true],
    ["a number and its string", 1, "1", false],
    ["strings differing in case", "Job-A", "job-a", false],
    ["lists in another order", ["a", "b"], ["b", "a"], false],
  ])("ids compared canonically: %s → same record %s", (_, put, asked, same) => {
    const store = new ResourceStore();
    store.put("Job", put, { n: 1 });
    expect(store.get("Job", asked) !== undefined).toBe(same);
  });

  it("resources are apart: one id in two resources is two records; a delete in one leaves the other", () => {
    const store = new ResourceStore();
    store.put("Job", "x", { kind: "job" });
    store.put("Dataset", "x", { kind: "dataset" });
    expect(store.get("Job", "x")?.record).toEqual({ kind: "job" });
    expect(store.get("Dataset", "x")?.record).toEqual({ kind: "dataset" });
    expect(store.delete("Job", "x")).toBe(true);
    expect(store.get("Dataset", "x")?.record).toEqual({ kind: "dataset" });
    expect(store.isDeleted("Dataset", "x")).toBe(false);
  });

  it("all: oldest first; a replaced record keeps its place", () => {
    const store = new ResourceStore();
    store.put("Job", "c", { v: 1 });
    store.put("Job", "a", { v: 1 });
    store.put("Job", "b", { v: 1 });
    store.put("Job", "c", { v: 2 });
    expect(ids(store, "Job")).toEqual(["c", "a", "b"]);
    expect(store.get("Job", "c")?.record).toEqual({ v: 2 });
  });

  it("all hands out a new list: changing it changes nothing kept", () => {
    const store = new ResourceStore();
    store.put("Job", "a", {});
    store.all("Job").pop();
    expect(ids(store, "Job")).toEqual(["a"]);
  });

  it("delete: true when there was a record; gone from get and all; remembered as deleted", () => {
    const store = new ResourceStore();
    store.put("Job", "a", {});
    store.put("Job", "b", {});
    expect(store.delete("Job", "a")).toBe(true);
    expect(store.get("Job", "a")).toBeUndefined();
    expect(ids(store, "Job")).toEqual(["b"]);
    expect(store.isDeleted("Job", "a")).toBe(true);
    expect(store.isDeleted("Job", "b")).toBe(false);
  });

  it("delete of an id never kept: false, and still remembered as deleted (an open world's seeded resource is gone too)", () => {
    const store = new ResourceStore();
    expect(store.delete("Job", "seeded")).toBe(false);
    expect(store.isDeleted("Job", "seeded")).toBe(true);
    expect(store.all("Job")).toEqual([]);
  });

  it("a deleted id put again lives again, as the newest record", () => {
    const store = new ResourceStore();
    store.put("Job", "a", {});
    store.put("Job", "b", {});
    store.delete("Job", "a");
    store.put("Job", "a", { again: true });
    expect(store.isDeleted("Job", "a")).toBe(false);
    expect(ids(store, "Job")).toEqual(["b", "a"]);
    expect(store.get("Job", "a")?.record).toEqual({ again: true });
  });

  it("a deleted key-map id is found deleted in any key order", () => {
    const store = new ResourceStore();
    store.delete("Item", { pk: "1", sk: "2" });
    expect(store.isDeleted("Item", { sk: "2", pk: "1" })).toBe(true);
  });

  it("reset forgets records, deletions and the order", () => {
    const store = new ResourceStore();
    store.put("Job", "a", {});
    store.put("Job", "b", {});
    store.delete("Job", "b");
    store.reset();
    expect(store.get("Job", "a")).toBeUndefined();
    expect(store.isDeleted("Job", "b")).toBe(false);
    expect(store.all("Job")).toEqual([]);
    expect(store.put("Job", "z", {}).order).toBe(0);
  });

  it("two stores share nothing (state lives in the instance, never in the module)", () => {
    const a = new ResourceStore();
    const b = new ResourceStore();
    a.put("Job", "x", {});
    a.delete("Job", "y");
    expect(b.get("Job", "x")).toBeUndefined();
    expect(b.isDeleted("Job", "y")).toBe(false);
  });
});
