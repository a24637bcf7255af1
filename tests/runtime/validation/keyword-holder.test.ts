/**
 * `keywordHolder`: the schema node that holds the keyword an ajv error names, also when ajv gives
 * the path inside a root `$ref`'s target relative to that target (a member's own `@pattern` in the
 * input structure: `#/properties/name/pattern`), so messages quote the model's pattern there too.
 */
import { describe, expect, it } from "vitest";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { keywordHolder, modelPattern } from "../../../runtime/validation/schema.ts";

const root = {
  $ref: "#/$defs/In",
  $defs: {
    In: {
      type: "object",
      properties: {
        inline: { type: "string", pattern: "^[g-m]+(?=\\n?$)", "x-smithy-pattern": "^[g-m]+$" },
        shared: { $ref: "#/$defs/Shared" },
      },
      additionalProperties: false,
    },
    Shared: { type: "string", pattern: "^[a-m]+(?=\\n?$)", "x-smithy-pattern": "^[a-m]+$" },
  },
};

describe("keywordHolder", () => {
  it.each([
    [{ inline: "abc" }, "^[g-m]+$"],
    [{ shared: "xyz" }, "^[a-m]+$"],
  ])("finds the node of the pattern ajv reports for %j", (data, want) => {
    const validate = createAjv().compile(root);
    expect(validate(data)).toBe(false);
    const error = validate.errors!.find((e) => e.keyword === "pattern")!;
    expect(modelPattern(keywordHolder(root, error.schemaPath), error.params.pattern)).toBe(want);
  });

  it("is undefined for a path that leads nowhere", () => {
    expect(keywordHolder(root, "#/properties/nothing/pattern")).toBeUndefined();
  });
});
