import { describe, expect, it } from "vitest";
import { Validators } from "../../../runtime/validation/validators.ts";

const schema = { $id: "urn:test:a", type: "object", properties: { a: { type: "string" } }, additionalProperties: false };

describe("Validators: one compilation per schema, strict and lenient", () => {
  it("compiles a schema once and hands back the same function", () => {
    const validators = new Validators();
    expect(validators.strict(schema)).toBe(validators.strict(schema));
    expect(validators.lenient(schema)).toBe(validators.lenient(schema));
    expect(validators.strict(schema)).not.toBe(validators.lenient(schema));
  });

  it("shares one compilation between schema objects with the same $id (an error every operation carries)", () => {
    const validators = new Validators();
    expect(validators.strict(structuredClone(schema))).toBe(validators.strict(schema));
  });

  it("strict reports unknown members; lenient drops them from the data", () => {
    const validators = new Validators();
    expect(validators.strict(schema)({ a: "x", b: 1 })).toBe(false);
    const data = { a: "x", b: 1 };
    expect(validators.lenient(schema)(data)).toBe(true);
    expect(data).toEqual({ a: "x" });
  });

  it("keeps the compilations of one owner apart from another's", () => {
    expect(new Validators().strict(schema)).not.toBe(new Validators().strict(schema));
  });
});
