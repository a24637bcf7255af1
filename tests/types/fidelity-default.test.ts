/**
 * Type fidelity of the default operation: our `types.ts` for DescribeDatasetImportJob against the
 * installed `@aws-sdk/client-personalize`, checked by `tsc` (mutual assignability, same keys).
 * A deliberately broken copy of our output must fail the same checks, so the checks have teeth.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closure, selectService } from "../../codegen/model/closure.ts";
import { loadModelFile, loadModelText } from "../../codegen/model/load.ts";
import type { Model } from "../../codegen/model/shapes.ts";
import type { Check, Diagnostic } from "./harness.ts";
import { checkFile, formatDiagnostics, FULL_PERSONALIZE, removeScratch, runTsc, scratchDir, typesFor, write, writeTsconfig } from "./harness.ts";

const DEFAULT_MODEL = fileURLToPath(new URL("../../model/personalize.json", import.meta.url));
const OPERATION = "DescribeDatasetImportJob";

const CHECKS: readonly Check[] = [
  ...["DescribeDatasetImportJobRequest", "DescribeDatasetImportJobResponse", "DatasetImportJob", "DataSource", "ImportMode"].map(
    (name) => ({ name, kind: "type" }) as const,
  ),
  { name: "ImportMode", kind: "value" },
  { name: "InvalidInputException", kind: "type" },
  { name: "ResourceNotFoundException", kind: "type" },
  { name: "PersonalizeServiceException", kind: "type" },
  { name: "DescribeDatasetImportJobCommandInput", kind: "type" },
  { name: "DescribeDatasetImportJobCommandOutput", kind: "type" },
];

/** Two deliberate bugs: a required member made optional, an optional member dropped. */
const BREAKS: readonly { from: string; to: string; breaks: readonly string[] }[] = [
  {
    from: "  datasetImportJobArn: string | undefined;\n",
    to: "  datasetImportJobArn?: string | undefined;\n",
    breaks: ["DescribeDatasetImportJobRequest", "DescribeDatasetImportJobCommandInput"],
  },
  { from: "  publishAttributionMetricsToS3?: boolean | undefined;\n", to: "", breaks: ["DatasetImportJob"] },
];

/** A service whose one operation takes a bigDecimal. */
function numericModel(): Model {
  const ast = {
    smithy: "2.0",
    shapes: {
      "test#Svc": { type: "service", version: "1", operations: [{ target: "test#Price" }], traits: { "aws.protocols#awsJson1_1": {}, "aws.api#service": { sdkId: "Test" } } },
      "test#Price": { type: "operation", input: { target: "test#PriceInput" } },
      "test#PriceInput": { type: "structure", members: { amount: { target: "smithy.api#BigDecimal" } } },
    },
  };
  return loadModelText(JSON.stringify(ast), "numeric.json");
}

describe(`type fidelity of ${OPERATION} with @aws-sdk/client-personalize`, () => {
  let dir = "";
  let source = "";
  const diagnostics: { exact: Diagnostic[]; loose: Diagnostic[] } = { exact: [], loose: [] };
  const lineOf = new Map<number, Check>();

  beforeAll(() => {
    source = existsSync(DEFAULT_MODEL) ? DEFAULT_MODEL : FULL_PERSONALIZE;
    console.log(`type fidelity (default): ${OPERATION} from ${source}`);
    const model = loadModelFile(source);
    const types = typesFor(closure(model, selectService(model), [OPERATION]), "model/personalize.json");
    let broken = types;
    for (const b of BREAKS) {
      if (broken.split(b.from).length !== 2) throw new Error(`expected exactly one ${JSON.stringify(b.from)} in our types.ts`);
      broken = broken.replace(b.from, b.to);
    }
    dir = scratchDir("fidelity-default");
    write(dir, "types.ts", types);
    write(dir, "types-broken.ts", broken);
    const check = checkFile("./types.ts", "@aws-sdk/client-personalize", CHECKS);
    write(dir, "check.ts", check.text);
    write(dir, "check-broken.ts", checkFile("./types-broken.ts", "@aws-sdk/client-personalize", CHECKS).text);
    for (const [line, c] of check.lineOf) lineOf.set(line, c);
    // bigDecimal: Personalize has none, so a fragment's __NumericValue is held to @smithy/core's NumericValue.
    write(dir, "numeric/types.ts", typesFor(closure(numericModel(), selectService(numericModel())), "numeric.json"));
    write(dir, "check-numeric.ts", checkFile("./numeric/types.ts", "@smithy/core/serde", [{ name: "__NumericValue", kind: "type", sdk: "Sdk.NumericValue" }]).text);
    const files = ["types.ts", "types-broken.ts", "check.ts", "check-broken.ts", "numeric/types.ts", "check-numeric.ts"];
    writeTsconfig(dir, "tsconfig.exact.json", files, { exactOptionalPropertyTypes: true });
    writeTsconfig(dir, "tsconfig.loose.json", files, { exactOptionalPropertyTypes: false });
    diagnostics.exact = runTsc(dir, "tsconfig.exact.json");
    diagnostics.loose = runTsc(dir, "tsconfig.loose.json");
  });
  afterAll(() => {
    if (dir !== "") removeScratch(dir);
  });

  for (const mode of ["exact", "loose"] as const) {
    it(`every export is mutually assignable with the SDK's (exactOptionalPropertyTypes ${mode === "exact"})`, () => {
      const ours = diagnostics[mode].filter((d) => d.file !== "check-broken.ts");
      if (ours.length > 0) console.log(`tsc (${mode}) on our types:\n${formatDiagnostics(ours)}`);
      expect(ours).toEqual([]);
    });

    it(`a broken copy fails exactly the checks it breaks (exactOptionalPropertyTypes ${mode === "exact"})`, () => {
      const failed = diagnostics[mode].filter((d) => d.file === "check-broken.ts").map((d) => lineOf.get(d.line)?.name ?? `line ${d.line}: ${d.text}`);
      expect([...new Set(failed)].sort()).toEqual(BREAKS.flatMap((b) => b.breaks).sort());
      expect(diagnostics[mode].every((d) => d.code === "TS2344")).toBe(true);
    });
  }

  it("declares the same enum objects at run time", async () => {
    const ours = (await import(join(dir, "types.ts"))) as Record<string, unknown>;
    const sdk = (await import("@aws-sdk/client-personalize")) as Record<string, unknown>;
    expect(ours.ImportMode).toEqual(sdk.ImportMode);
    expect(Object.keys(ours).sort()).toEqual(["ImportMode"]);
  });
});
