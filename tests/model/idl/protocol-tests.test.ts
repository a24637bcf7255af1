/**
 * Smithy's protocol compliance tests (`../shared/smithy/protocol-tests/`, IDL only) and trait
 * definitions (`../shared/smithy/traits/`): every file parses, and each protocol folder — with the
 * shared types, the AWS config shapes and the trait definitions it needs — loads into exactly the
 * model Smithy's reference loader makes of it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseIdl } from "../../../codegen/model/idl/parse-idl.ts";
import { printJsonAst } from "../../../codegen/model/sources/print-ast.ts";
import { readModelSources } from "../../../codegen/model/sources/read-model-sources.ts";
import { runReference, type ReferenceResult } from "./support/reference-loader.ts";
import { sharedSmithy } from "./support/shared-smithy.ts";

const TESTS = sharedSmithy("protocol-tests/");
const TRAITS = sharedSmithy("traits/");

function smithyFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? smithyFiles(p) : p.endsWith(".smithy") ? [p] : [];
  });
}

const FOLDERS = readdirSync(TESTS).filter((e) => statSync(join(TESTS, e)).isDirectory()).sort();
/** What a protocol folder needs beside it (`aws-config.smithy` defines shapes the tests name). */
const BESIDE = [join(TESTS, "shared-types.smithy"), join(TESTS, "aws-config.smithy"), TRAITS];
const JOBS: [string, string[]][] = [
  ...FOLDERS.map((f): [string, string[]] => [f, [join(TESTS, f), ...BESIDE]]),
  ["all protocol tests at once", [TESTS, TRAITS]],
  ["the trait definitions alone (with the prelude restated)", [TRAITS]],
];

describe("every IDL file of the protocol tests and trait definitions parses", () => {
  const files = [...smithyFiles(TESTS), ...smithyFiles(TRAITS)];

  it("finds the files (60 in restJson1 alone)", () => {
    expect(smithyFiles(join(TESTS, "restJson1"))).toHaveLength(60);
    expect(files.length).toBeGreaterThan(150);
  });

  it.each(files.map((f) => [relative(join(TESTS, ".."), f), f]))("%s", (_, file) => {
    const fragment = parseIdl(readFileSync(file, "utf8"), file);
    expect(fragment.shapes.length + fragment.traits.length + fragment.metadata.length).toBeGreaterThan(0);
  });
});

describe("each protocol folder loads into the model Smithy's reference loader makes of it (one JVM)", () => {
  let reference: ReferenceResult[];
  beforeAll(() => {
    reference = runReference(JOBS.map(([, paths]) => ({ paths })));
  }, 90_000);

  it("covers every protocol folder", () => {
    expect(FOLDERS).toEqual(["awsJson1_0", "awsJson1_1", "awsQuery", "ec2Query", "restJson1", "restXml", "restXmlWithNamespace", "rpcv2Cbor"]);
  });

  it.each(JOBS.map(([name, paths], i) => [name, paths, i] as const))("%s", (_, paths, i) => {
    const ref = reference[i]!;
    expect(ref.events).toEqual([]);
    const ours = JSON.parse(printJsonAst(readModelSources(paths).ast)) as unknown;
    expect(ours).toEqual(ref.ast);
  });
});
