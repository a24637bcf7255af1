/**
 * droppedMembers: the members of a recorded body missing from the body written back for its
 * document — unknown members at any depth (through lists too), `null` members, the protocol's own
 * top-level keys skipped — and nothing when either side is not a JSON body.
 */
import { describe, expect, it } from "vitest";
import { droppedMembers, ERROR_NAME_MEMBERS } from "../../../runtime/vitest/dropped-members.ts";

const lines = (recorded: string, written: string | null, skip?: ReadonlySet<string>) => droppedMembers(recorded, written, skip).map((v) => `${v.pointer} ${v.keyword}: ${v.message}${v.value === undefined ? "" : `, got ${v.value}`}`);

describe("droppedMembers", () => {
  it("finds unknown members at any depth, through lists, and null members", () => {
    expect(lines('{"a":1,"b":null,"c":{"d":[{"e":1,"x~/":2}]},"z":"long"}', '{"a":1,"c":{"d":[{"e":1}]}}')).toEqual([
      "/b type: is null: a member that is not set is left out of the body, got null",
      "/c/d/0/x~0~1 additionalProperties: unknown member \"x~/\", got 2",
      '/z additionalProperties: unknown member "z", got "long"',
    ]);
  });

  it("keeps members both bodies have, whatever their values; a map's keys are compared as members", () => {
    expect(lines('{"a":"x","m":{"k":1}}', '{"a":"y","m":{"k":2}}')).toEqual([]);
  });

  it("skips the protocol's own top-level keys only at the top", () => {
    expect(lines('{"__type":"E","code":"E","n":{"code":1}}', '{"n":{}}', ERROR_NAME_MEMBERS)).toEqual(['/n/code additionalProperties: unknown member "code", got 1']);
  });

  it("says nothing when a body is absent, empty or not JSON", () => {
    expect(lines('{"a":1}', null)).toEqual([]);
    expect(lines("", "{}")).toEqual([]);
    expect(lines("not json", "{}")).toEqual([]);
    expect(droppedMembers(new TextEncoder().encode('{"a":1}'), new TextEncoder().encode("{}")).map((v) => v.pointer)).toEqual(["/a"]);
  });
});
