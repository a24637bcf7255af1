/**
 * Model text is data, never code: documentation, deprecation messages and enum values that try to
 * close the comment, open a TSDoc inline tag or break out of a string come out inert. The tables
 * give the exact text; the last test compiles (tsc) and loads a hostile model's output to prove it.
 */
import { afterAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { formatDiagnostics, removeScratch, runTsc, scratchDir, write, writeTsconfig } from "../../types/harness.ts";
import { emitShapes, file, fragment } from "./fixture.ts";

const EXIT = `"; process.exit(1); //`;

const rows: { name: string; doc: string; want: string }[] = [
  { name: "`*/` cannot close the comment", doc: "a */ b", want: " * a *\\/ b\n" },
  { name: "`/*` is escaped too", doc: "a /* b", want: " * a /\\* b\n" },
  { name: "inline tags are not opened: braces escaped", doc: "see {@link x}", want: " * see \\{\\@link x\\}\n" },
  { name: "a block tag at a word start is escaped", doc: "@deprecated not really", want: " * \\@deprecated not really\n" },
  { name: "a string breakout is just text inside the comment", doc: EXIT, want: ` * ${EXIT}\n` },
  {
    name: "a new line then `*/` and code stays inside the comment",
    doc: "line one\n*/ export const pwned = 1; /*",
    want: " * line one\n * *\\/ export const pwned = 1; /\\*\n",
  },
  { name: "Unicode line separators become line breaks of the block", doc: "a\u2028*/ b\u2029c", want: " * a\n * *\\/ b\n * c\n" },
];

describe("emitTypes: documentation is escaped", () => {
  for (const row of rows) {
    it(row.name, () => {
      const model = fragment({ "test#Doc": { type: "structure", traits: { "smithy.api#documentation": row.doc }, members: {} } });
      expect(emitShapes(model)).toBe(file(model, [`/**\n${row.want} * @public\n */\nexport interface Doc {}\n`]));
    });
  }

  it("a deprecation message is escaped and kept on the tag's line", () => {
    const model = fragment({
      "test#Old": { type: "structure", traits: { "smithy.api#deprecated": { message: "*/ pwned {@link y}\n@public" } }, members: {} },
    });
    expect(emitShapes(model)).toBe(file(model, [`/**\n * @public\n * @deprecated *\\/ pwned \\{\\@link y\\} \\@public\n */\nexport interface Old {}\n`]));
  });

  it("enum values are quoted string literals", () => {
    const model = fragment({
      "test#E": {
        type: "enum",
        members: { A: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": `${EXIT}\n\u2028\`\${x}\`` } } },
      },
    });
    const want = `/**
 * @public
 * @enum
 */
export const E = {
  A: "\\"; process.exit(1); //\\n\\u2028\`\${x}\`",
} as const;
/**
 * @public
 */
export type E = (typeof E)[keyof typeof E];
`;
    expect(emitShapes(model)).toBe(file(model, [want]));
  });
});

describe("a hostile model's types.ts, compiled and loaded", () => {
  const dir = scratchDir("types-hostile");
  afterAll(() => removeScratch(dir));
  const hostile = [`*/ export const pwned = 1; /*`, `{@link pwned}`, EXIT, `\n*/\nexport const pwned2 = 2;\n/*`, `\u2028*/ export const pwned3 = 3; /*`];
  const model = fragment({
    "test#Doc": {
      type: "structure",
      traits: { "smithy.api#documentation": hostile.join(" "), "smithy.api#deprecated": { message: hostile.join(" ") } },
      members: { a: { target: "test#E", traits: { "smithy.api#documentation": hostile.join("\n") } } },
    },
    "test#E": {
      type: "enum",
      traits: { "smithy.api#documentation": hostile.join("") },
      members: Object.fromEntries(hostile.map((v, i) => [`V${i}`, { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": v, "smithy.api#documentation": v } }])),
    },
  });

  it("compiles with no error, and declares nothing the docs or values spelled out", () => {
    write(dir, "types.ts", emitShapes(model));
    write(
      dir,
      "check.ts",
      [
        `import * as T from "./types.ts";`,
        `// @ts-expect-error the documentation must not have declared anything`,
        `export const a = T.pwned;`,
        `// @ts-expect-error`,
        `export const b = T.pwned2;`,
        `// @ts-expect-error`,
        `export const c = T.pwned3;`,
        `export const values: readonly string[] = Object.values(T.E);`,
        ``,
      ].join("\n"),
    );
    writeTsconfig(dir, "tsconfig.json", ["types.ts", "check.ts"], { exactOptionalPropertyTypes: true, noUnusedLocals: true });
    const diagnostics = runTsc(dir);
    if (diagnostics.length > 0) console.log(formatDiagnostics(diagnostics));
    expect(diagnostics).toEqual([]);
  });

  it("loads, exporting only the enum, whose values are the model's strings byte for byte", async () => {
    const mod = (await import(join(dir, "types.ts"))) as Record<string, unknown>;
    expect(Object.keys(mod)).toEqual(["E"]);
    expect(mod.E).toEqual(Object.fromEntries(hostile.map((v, i) => [`V${i}`, v])));
  });
});
