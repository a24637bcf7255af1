/**
 * `validate` at scale, and one check against bare ajv:
 *
 * - NDJSON lines per second through `validateFiles` (the `validate` command's library call: read
 *   the file line by line, parse, check, count) on DescribeDatasetImportJob outputs, against the
 *   ceiling of the same lines through `JSON.parse` alone;
 * - one value checked by the contract checker (`checkerOf(contract).check`) against calling the
 *   compiled ajv function for the same schema directly.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as fc from "fast-check";
import { readLines } from "../../codegen/validate/files.ts";
import { loadValidationContract } from "../../codegen/validate/contract.ts";
import { validateFiles } from "../../codegen/validate/run.ts";
import { operations } from "../../generated/personalize/arbitraries.ts";
import { contract } from "../../generated/personalize/contract.ts";
import { createAjv } from "../../runtime/validation/ajv.ts";
import { checkerOf } from "../../runtime/validation/checker.ts";
import { medianMs, ratioFigure, run, type Figure, type Size } from "../harness.ts";

const DEFAULT_MODEL = new URL("../../model/personalize.json", import.meta.url).pathname;
const OVERLAY = new URL("../../model/personalize.overlay.json", import.meta.url).pathname;

export async function validateFigures(size: Size): Promise<Figure[]> {
  const count = size === "tiny" ? 2_000 : 100_000;
  const rounds = size === "tiny" ? 3 : 9;
  const outputs = fc.sample(operations.DescribeDatasetImportJob.output.realistic.wire, { seed: 5, numRuns: 500 });
  const dir = mkdtempSync(join(tmpdir(), "smithy-contract-bench-"));
  try {
    const file = join(dir, "outputs.ndjson");
    writeFileSync(file, Array.from({ length: count }, (_, i) => JSON.stringify(outputs[i % outputs.length])).join("\n") + "\n");
    const validation = loadValidationContract({ model: DEFAULT_MODEL, overlay: OVERLAY });
    const target = { operation: "DescribeDatasetImportJob", kind: "output" } as const;

    const ceiling = await medianMs(async () => {
      let n = 0;
      for await (const line of readLines(file)) if (line !== "") n += JSON.parse(line) === null ? 0 : 1;
      return n;
    }, rounds);
    let invalid = -1;
    const ours = await medianMs(async () => {
      const report = await validateFiles({ contract: validation, files: [{ path: file, format: "ndjson" }], target });
      invalid = report.invalid;
    }, rounds);
    if (invalid !== 0) throw new Error(`bench: ${invalid} of the drawn outputs are invalid; the figure would measure violation reports`);
    const linesPerSecond = (count / ours) * 1000;

    // One value: the checker (target lookup, compiled strict validator) against the ajv function itself.
    const checker = checkerOf(contract);
    const validate = createAjv().compile(contract.operations.DescribeDatasetImportJob!.output);
    const value = outputs[0];
    const inner = size === "tiny" ? 1_000 : 20_000;
    const one = run({
      name: "check one DescribeDatasetImportJob output with the contract checker",
      baselineName: "the compiled ajv function",
      baseline: () => validate(value),
      subject: () => checker.check(target, value),
      inner,
      rounds: size === "tiny" ? 3 : 15,
    });
    return [
      {
        name: `validate NDJSON: DescribeDatasetImportJob outputs (${count.toLocaleString("en-US")} lines)`,
        value: linesPerSecond,
        unit: "lines/s",
        target: { op: ">=", value: 200_000 },
        detail: `${ours.toFixed(1)} ms per file; JSON.parse alone (the ceiling) ${((count / ceiling) * 1000).toLocaleString("en-US", { maximumFractionDigits: 0 })} lines/s (${ceiling.toFixed(1)} ms)`,
      },
      ratioFigure(one, `${inner.toLocaleString("en-US")} checks`, { op: "<=", value: 1.25 }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

