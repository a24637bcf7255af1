/**
 * runtime/validation/blob-lengths.ts called directly: which of ajv's errors it replaces (only
 * length errors of base64 strings), the exact errors it adds (keyword, pointer, schema path, limit,
 * message), through lists, maps, structures and unions, and what it leaves alone. Written to kill
 * the mutants `npm run mutate` left alive; every expected error is typed out.
 */
import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import type { ArbitraryPlan } from "../../runtime/data/plan.ts";
import { BASE64_PATTERN } from "../../runtime/protocol/base64.ts";
import { exactBlobLengths } from "../../runtime/validation/blob-lengths.ts";

const blob = (minLength?: number, maxLength?: number): ArbitraryPlan => ({ method: "blob", constraints: { ...(minLength !== undefined && { minLength }), ...(maxLength !== undefined && { maxLength }) } }) as ArbitraryPlan;
const struct = (members: Record<string, ArbitraryPlan>, method: "structure" | "union" = "structure"): ArbitraryPlan =>
  ({ method, members: Object.entries(members).map(([name, plan]) => ({ name, required: false, plan })) }) as ArbitraryPlan;
const schema = {
  type: "object",
  properties: { b: { type: "string", pattern: BASE64_PATTERN, minLength: 4 }, s: { type: "string", pattern: "^x+$", minLength: 2 } },
};
const tooShort = (at: string, limit: number): ErrorObject => ({ keyword: "minLength", instancePath: at, schemaPath: "#/x-blob-bytes/minLength", params: { limit }, message: `must have at least ${limit} bytes` });
const tooLong = (at: string, limit: number): ErrorObject => ({ keyword: "maxLength", instancePath: at, schemaPath: "#/x-blob-bytes/maxLength", params: { limit }, message: `must have at most ${limit} bytes` });

// "YQ==" is 1 byte, "YWI=" 2, "YWJj" 3, "YWJjZA==" 4.
describe("exactBlobLengths", () => {
  it("without a plan: ajv's errors, as they are (a copy)", () => {
    const errors: ErrorObject[] = [{ keyword: "minLength", instancePath: "/b", schemaPath: "#/properties/b/minLength", params: { limit: 4 } }];
    const out = exactBlobLengths(errors, { b: "" }, schema, undefined, {});
    expect(out).toEqual(errors);
    expect(out).not.toBe(errors);
  });

  it("counts bytes against both bounds, each inclusive", () => {
    const plan = struct({ b: blob(2, 3) });
    expect(exactBlobLengths([], { b: "YQ==" }, schema, plan, {})).toEqual([tooShort("/b", 2)]);
    expect(exactBlobLengths([], { b: "YWI=" }, schema, plan, {})).toEqual([]);
    expect(exactBlobLengths([], { b: "YWJj" }, schema, plan, {})).toEqual([]);
    expect(exactBlobLengths([], { b: "YWJjZA==" }, schema, plan, {})).toEqual([tooLong("/b", 3)]);
    expect(exactBlobLengths([], { b: "YQ==" }, schema, struct({ b: blob(undefined, 3) }), {})).toEqual([]);
    expect(exactBlobLengths([], { b: "YWJjZA==" }, schema, struct({ b: blob(2) }), {})).toEqual([]);
    expect(exactBlobLengths([], { b: "" }, schema, struct({ b: blob(0, 0) }), {})).toEqual([]);
    expect(exactBlobLengths([], { b: "YQ==" }, schema, struct({ b: blob(0, 0) }), {})).toEqual([tooLong("/b", 0)]);
  });

  it("drops only the length errors of base64 strings, keeping every other error", () => {
    const approximate: ErrorObject = { keyword: "minLength", instancePath: "/b", schemaPath: "#/properties/b/minLength", params: { limit: 4 } };
    const approximateMax: ErrorObject = { keyword: "maxLength", instancePath: "/b", schemaPath: "#/properties/b/minLength", params: { limit: 4 } };
    const stringLength: ErrorObject = { keyword: "minLength", instancePath: "/s", schemaPath: "#/properties/s/minLength", params: { limit: 2 } };
    const pattern: ErrorObject = { keyword: "pattern", instancePath: "/b", schemaPath: "#/properties/b/pattern", params: { pattern: BASE64_PATTERN } };
    const out = exactBlobLengths([approximate, approximateMax, stringLength, pattern], { b: "YWI=", s: "x" }, schema, struct({ b: blob(2), s: { method: "string", constraints: {} } as ArbitraryPlan }), {});
    expect(out).toEqual([stringLength, pattern]);
  });

  it("follows ties, lists (by index), maps (by key), structures and unions (by member name)", () => {
    const shapes: Record<string, ArbitraryPlan> = { Blob: blob(2), Inner: struct({ u: struct({ x: { method: "tie", key: "Blob" } as ArbitraryPlan }, "union") }) };
    const plan = struct({
      l: { method: "list", item: { method: "tie", key: "Blob" }, constraints: {} } as ArbitraryPlan,
      m: { method: "map", key: { method: "string", constraints: {} }, value: blob(2), constraints: {} } as ArbitraryPlan,
      i: { method: "tie", key: "Inner" } as ArbitraryPlan,
    });
    const value = { l: ["YWI=", "YQ=="], m: { "a/b": "YQ==", ok: "YWI=" }, i: { u: { x: "YQ==" } } };
    expect(exactBlobLengths([], value, {}, plan, shapes)).toEqual([tooShort("/l/1", 2), tooShort("/m/a~1b", 2), tooShort("/i/u/x", 2)]);
  });

  it("skips what is not there or not of the plan's shape: absent, null, not base64, not a list or object, unknown ties", () => {
    const plan = struct({
      b: blob(2),
      l: { method: "list", item: blob(2), constraints: {} } as ArbitraryPlan,
      m: { method: "map", key: { method: "string", constraints: {} }, value: blob(2), constraints: {} } as ArbitraryPlan,
      s: struct({ b: blob(2) }),
      t: { method: "tie", key: "Missing" } as ArbitraryPlan,
    });
    expect(exactBlobLengths([], { b: null, l: null, m: null, s: null, t: "YQ==" }, {}, plan, {})).toEqual([]);
    expect(exactBlobLengths([], { b: "!!", l: "YQ==", m: ["YQ=="], s: ["YQ=="] }, {}, plan, {})).toEqual([]);
    expect(exactBlobLengths([], { b: 7, l: {}, m: "YQ==", s: "YQ==" }, {}, plan, {})).toEqual([]);
    expect(exactBlobLengths([], { toString: "YQ==" }, {}, struct({ b: blob(2) }), {})).toEqual([]);
    expect(exactBlobLengths([], "YQ==", {}, { method: "string", constraints: {} } as ArbitraryPlan, {})).toEqual([]);
  });

  it("keeps a length error whose schema path leads nowhere (no holder, no pattern)", () => {
    const lost: ErrorObject = { keyword: "minLength", instancePath: "/b", schemaPath: "#/nowhere/minLength", params: { limit: 4 } };
    expect(exactBlobLengths([lost], { b: "YWI=" }, schema, struct({ b: blob(2) }), {})).toEqual([lost]);
  });

  it("counts only strings: a number that reads as base64 (1234) is no blob", () => {
    expect(exactBlobLengths([], { b: 1234 }, schema, struct({ b: blob(4) }), {})).toEqual([]);
    expect(exactBlobLengths([], { b: ["YWJj"] }, schema, struct({ b: blob(4) }), {})).toEqual([]);
  });

  it("counts depth through lists and maps too: a blob 80 levels down is not reached, one 60 down is", () => {
    const shapes: Record<string, ArbitraryPlan> = {
      L: struct({ l: { method: "list", item: { method: "tie", key: "L" }, constraints: {} } as ArbitraryPlan, b: blob(2) }),
      M: struct({ m: { method: "map", key: { method: "string", constraints: {} }, value: { method: "tie", key: "M" }, constraints: {} } as ArbitraryPlan, b: blob(2) }),
    };
    // Each level is a member (one step) and an item or a map value (another).
    const lists = (levels: number): unknown => (levels === 0 ? { b: "YQ==" } : { l: [lists(levels - 1)] });
    const maps = (levels: number): unknown => (levels === 0 ? { b: "YQ==" } : { m: { k: maps(levels - 1) } });
    expect(exactBlobLengths([], lists(40), {}, { method: "tie", key: "L" } as ArbitraryPlan, shapes)).toEqual([]);
    expect(exactBlobLengths([], maps(40), {}, { method: "tie", key: "M" } as ArbitraryPlan, shapes)).toEqual([]);
    expect(exactBlobLengths([], lists(30), {}, { method: "tie", key: "L" } as ArbitraryPlan, shapes)).toEqual([tooShort(`${"/l/0".repeat(30)}/b`, 2)]);
    expect(exactBlobLengths([], maps(30), {}, { method: "tie", key: "M" } as ArbitraryPlan, shapes)).toEqual([tooShort(`${"/m/k".repeat(30)}/b`, 2)]);
  });

  it("reaches a blob 64 levels down and stops below that", () => {
    const shapes: Record<string, ArbitraryPlan> = { Node: struct({ b: blob(2), n: { method: "tie", key: "Node" } as ArbitraryPlan }) };
    const nest = (depth: number): Record<string, unknown> => (depth === 0 ? { b: "YQ==" } : { n: nest(depth - 1) });
    const at = (depth: number) => `${"/n".repeat(depth)}/b`;
    expect(exactBlobLengths([], nest(63), {}, { method: "tie", key: "Node" } as ArbitraryPlan, shapes)).toEqual([tooShort(at(63), 2)]);
    expect(exactBlobLengths([], nest(64), {}, { method: "tie", key: "Node" } as ArbitraryPlan, shapes)).toEqual([]);
  });
});
