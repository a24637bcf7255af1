/**
 * How a violation message lists an enum's values (runtime/validation/messages.ts): every value up
 * to twelve; past twelve, the first ten and the count. Pinned at the edges (10, 11, 12, 13 values),
 * where an off-by-two in the cut once went unnoticed.
 */
import { describe, expect, it } from "vitest";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { toViolations } from "../../../runtime/validation/violations.ts";

const values = (n: number) => Array.from({ length: n }, (_, i) => `V${i + 1}`);

function messageFor(allowed: readonly string[], value: unknown): string {
  const schema = { type: "object", properties: { mode: { type: "string", enum: allowed } } };
  const validate = createAjv().compile(schema);
  expect(validate({ mode: value })).toBe(false);
  const [violation] = toViolations(validate.errors, schema, { mode: value });
  return violation!.message;
}

describe("enum values in a violation message", () => {
  it.each<[number, string]>([
    [2, "must be one of V1, V2"],
    [10, "must be one of V1, V2, V3, V4, V5, V6, V7, V8, V9, V10"],
    [11, "must be one of V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11"],
    [12, "must be one of V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12"],
    [13, "must be one of V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, … (13 values)"],
    [40, "must be one of V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, … (40 values)"],
  ])("%d values: %s", (n, message) => {
    expect(messageFor(values(n), "X")).toBe(message);
  });

  it("quotes every value when one would read ambiguously unquoted", () => {
    expect(messageFor(["a,b", "c"], "X")).toBe('must be one of "a,b", "c"');
    expect(messageFor(["a b", "c"], "X")).toBe("must be one of a b, c");
  });
});
