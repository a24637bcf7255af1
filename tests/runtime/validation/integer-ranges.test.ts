/**
 * Integers beyond their Java type (runtime/validation/integer-ranges.ts), against the plans of the
 * hostile fixture's PutThing (an Integer, a Long, a recursive structure, a map and a list) and
 * Personalize's ListDatasetImportJobs (an Integer with @range).
 */
import { describe, expect, it } from "vitest";
import { buildMockData } from "../../../codegen/contract/mock-data.ts";
import { loadClosure } from "../../../codegen/load-closure.ts";
import { contract as personalize } from "../../../generated/personalize/contract.ts";
import { integerOverflow } from "../../../runtime/validation/integer-ranges.ts";

const { contract: hostile } = buildMockData(loadClosure({ model: "tests/fixtures/hostile/hostile.smithy", service: "HostileJson" }).closure);
const putThing = (value: unknown) => integerOverflow(value, hostile.operations.PutThing!.plans?.input, hostile.shapes ?? {});
const list = (value: unknown) => integerOverflow(value, personalize.operations.ListDatasetImportJobs!.plans?.input, personalize.shapes ?? {});

describe("integerOverflow", () => {
  it.each([
    [{ maxResults: 2147483647 }, undefined],
    [{ maxResults: -2147483648 }, undefined],
    [{ maxResults: 2147483648 }, "NUMBER_VALUE can not be converted to an Integer"],
    [{ maxResults: -2147483649 }, "NUMBER_VALUE can not be converted to an Integer"],
    [{ maxResults: 9007199254740993 }, "NUMBER_VALUE can not be converted to an Integer"],
    [{ maxResults: "3000000000" }, undefined], // a string is the type check's to refuse
    [{ maxResults: Infinity }, undefined], // so is a non-finite number
  ])("Personalize %j → %s", (value, message) => {
    expect(list(value)).toBe(message);
  });

  it.each([
    [{ count: 3e9 }, "NUMBER_VALUE can not be converted to an Integer"],
    [{ total: 3e9 }, undefined],
    [{ total: 2 ** 63 }, undefined], // the double every long maximum rounds to
    [{ total: 2 ** 64 }, "NUMBER_VALUE can not be converted to a Long"],
    [{ total: -(2 ** 64) }, "NUMBER_VALUE can not be converted to a Long"],
    [{ limit: 2 ** 31 }, "NUMBER_VALUE can not be converted to an Integer"],
    [{ unknown: 2 ** 64 }, undefined], // not a member: not read
  ])("PutThing %j → %s", (value, message) => {
    expect(putThing(value)).toBe(message);
  });

  it("walks any nesting without recursion", () => {
    let node: Record<string, unknown> = {};
    const root = { node };
    for (let i = 0; i < 50_000; i++) node = (node.child = {}) as Record<string, unknown>;
    expect(putThing(root)).toBeUndefined();
  });

  it("ignores null and values of the wrong kind", () => {
    expect(putThing(null)).toBeUndefined();
    expect(putThing({ count: null, node: [], tags: "x", items: {} })).toBeUndefined();
  });
});
