/**
 * codegen/model/pattern/unicodeTables.ts is what the JDK says: regenerating it from Java's own
 * `Character.UnicodeBlock` and `Character.UnicodeScript` gives the committed file byte for byte, and
 * every script resolves to an ECMAScript `\p{Script=…}` this engine knows.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCRIPTS } from "../../../codegen/model/pattern/unicodeTables.ts";
import { TABLES_FILE, renderUnicodeTables } from "../../support/java/unicodeTables.ts";

describe("Java's Unicode blocks and scripts", () => {
  it("are the JDK's (npx tsx tests/support/java/unicodeTables.ts rewrites the file)", () => {
    expect(readFileSync(TABLES_FILE, "utf8")).toBe(renderUnicodeTables());
  });

  it("name scripts ECMAScript knows", () => {
    for (const [constant, js] of SCRIPTS) expect(() => new RegExp(`\\p{Script=${js}}`, "u"), constant).not.toThrow();
  });
});
