/** The built-in prelude table is Smithy's prelude: every shape, with its type and defaults. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseIdl } from "../../../codegen/model/idl/parse-idl.ts";
import { PRELUDE_TYPES, PRELUDE_WITH_DEFAULT } from "../../../codegen/model/sources/prelude-shapes.ts";
import { sharedSmithy } from "../idl/support/shared-smithy.ts";

describe("prelude table", () => {
  const file = sharedSmithy("traits/prelude.smithy");
  const prelude = parseIdl(readFileSync(file, "utf8"), file);

  it("names every smithy.api shape of prelude.smithy with its type", () => {
    expect(prelude.namespace).toBe("smithy.api");
    const fromFile = Object.fromEntries(prelude.shapes.map((s) => [s.id.slice("smithy.api#".length), s.type]));
    expect(Object.fromEntries(PRELUDE_TYPES)).toEqual(fromFile);
  });

  it("knows which prelude shapes have a @default", () => {
    const withDefault = prelude.traits.filter((t) => t.trait.id === "default" || t.trait.id === "smithy.api#default").map((t) => t.target.id.slice("smithy.api#".length)).filter((name) => !name.includes("$"));
    expect([...PRELUDE_WITH_DEFAULT].sort()).toEqual(withDefault.sort());
  });
});
