import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../../../runtime/contract.ts";
import { HTTP_DATE_PATTERN } from "../../../runtime/protocol/awsjson.ts";
import { deref, isStructureSchema, nodeAt, timestampFormatOfSchema } from "../../../runtime/validation/schema.ts";

// In the emitter's form: root $ref into $defs, a union under allOf, a map, a list.
const root: JsonSchema = {
  $ref: "#/$defs/Root",
  $defs: {
    Root: {
      type: "object",
      properties: {
        job: { $ref: "#/$defs/Job" },
        jobs: { type: "array", items: { $ref: "#/$defs/Job" } },
        byName: { type: "object", additionalProperties: { $ref: "#/$defs/Job" } },
        choice: { type: "object", allOf: [{ properties: { at: { type: "string", format: "date-time" } }, additionalProperties: false }], minProperties: 1, maxProperties: 1 },
      },
      additionalProperties: false,
    },
    Job: {
      type: "object",
      properties: { created: { type: "number" }, sent: { type: "string", pattern: HTTP_DATE_PATTERN }, name: { type: "string" } },
      additionalProperties: false,
    },
  },
};

describe("schema walking", () => {
  it.each([
    ["/job/created", { type: "number" }],
    ["/jobs/3/sent", { type: "string", pattern: HTTP_DATE_PATTERN }],
    ["/byName/anything/name", { type: "string" }],
    ["/choice/at", { type: "string", format: "date-time" }],
    ["/job/nothing", undefined],
    ["/job/created/deeper", undefined],
  ])("finds the schema at %s", (pointer, want) => {
    expect(nodeAt(root, pointer)).toEqual(want);
  });

  it("tells timestamp forms apart the way the emitter writes them", () => {
    expect(timestampFormatOfSchema(nodeAt(root, "/job/created"), root)).toBe("epoch-seconds");
    expect(timestampFormatOfSchema(nodeAt(root, "/job/sent"), root)).toBe("http-date");
    expect(timestampFormatOfSchema(nodeAt(root, "/choice/at"), root)).toBe("date-time");
    expect(timestampFormatOfSchema({ type: "boolean" }, root)).toBeUndefined();
  });

  it("sees structures and unions (properties under allOf), not maps", () => {
    expect(isStructureSchema(root, root)).toBe(true);
    expect(isStructureSchema(nodeAt(root, "/choice")!, root)).toBe(true);
    expect(isStructureSchema(nodeAt(root, "/byName")!, root)).toBe(false);
  });

  it("refuses $refs that are not local or point nowhere", () => {
    expect(() => deref({ $ref: "other.json#/a" }, root)).toThrow("only local $refs are supported, not other.json#/a");
    expect(() => deref({ $ref: "#/$defs/Missing" }, root)).toThrow("$ref #/$defs/Missing points nowhere");
  });
});
