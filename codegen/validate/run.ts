/**
 * `validate` as a library call: check the values of some files against a contract, streaming.
 * Only counts and the first violations (up to a cap) are kept; a listener sees every result as it
 * comes, which is how the CLI prints and writes its JUnit report without holding them.
 */
import type { LocatedViolation } from "./bound.ts";
import type { CheckTarget, ValidationContract } from "./contract.ts";
import { itemsOf } from "./items.ts";
import { entryEndpoints } from "./route.ts";
import type { InputFormat } from "./items.ts";

/** Violations kept in a {@link ValidationReport} by default; later ones are only counted. */
export const DEFAULT_MAX_VIOLATIONS = 1000;

export interface InputFile {
  readonly path: string;
  readonly format: InputFormat;
}

/** The result for one value (or one skipped HAR entry). */
export interface ValueResult {
  readonly file: string;
  /** Where the value is: `out.ndjson:3`, `rec.har entries[2] response (POST https://… 404)`. */
  readonly location: string;
  /** A short name for the value within its file (`line 3`, `value`, `entries[2] response`), for reports. */
  readonly caseName: string;
  /** What it was checked as (`DescribeDatasetImportJob output`); empty when skipped. */
  readonly label: string;
  readonly status: "valid" | "invalid" | "skipped";
  /** Every violation of the value (empty unless invalid), each with where on the wire it was when the message has HTTP bindings. */
  readonly violations: readonly LocatedViolation[];
  /** Why it was skipped. */
  readonly reason?: string;
}

export interface FileReport {
  readonly file: string;
  readonly format: InputFormat;
  readonly values: number;
  readonly valid: number;
  readonly invalid: number;
  readonly skipped: number;
}

export interface ValidationReport {
  readonly files: readonly FileReport[];
  /** Values checked (skipped entries not counted). */
  readonly values: number;
  readonly valid: number;
  readonly invalid: number;
  readonly skipped: number;
  /** Violations found in all. */
  readonly violations: number;
  /** The invalid values, in order, holding the first `maxViolations` violations between them. */
  readonly stored: readonly ValueResult[];
  /** Violations found but not stored (over the cap). */
  readonly omittedViolations: number;
}

export interface ValidationListener {
  fileStart?(file: InputFile): void;
  value?(result: ValueResult): void;
  fileEnd?(report: FileReport): void;
}

export interface RunOptions {
  readonly contract: ValidationContract;
  readonly files: readonly InputFile[];
  /** What JSON and NDJSON values are checked as (required when there are such files). */
  readonly target?: CheckTarget;
  /** HAR: check only entries of this operation (others are skipped). */
  readonly operation?: string;
  /**
   * HAR: the endpoints (absolute http(s) URLs) besides the service's own AWS endpoints whose entries
   * are checked; others are skipped. Without any, every host but another AWS service's endpoint is.
   */
  readonly endpoints?: readonly string[];
  /** Cap on stored violations (default {@link DEFAULT_MAX_VIOLATIONS}). */
  readonly maxViolations?: number;
  readonly listener?: ValidationListener;
}

/**
 * Checks every value of every file, in order. Throws InputError for a file that cannot be read or
 * a HAR file without entries; a value that is not JSON is an invalid value, not an error.
 *
 * @example
 * const report = await validateFiles({ contract, files: [{ path: "out.ndjson", format: "ndjson" }], target: { operation: "DescribeDatasetImportJob", kind: "output" } });
 * report.invalid; // 0
 */
export async function validateFiles(options: RunOptions): Promise<ValidationReport> {
  const { contract, listener } = options;
  const max = options.maxViolations ?? DEFAULT_MAX_VIOLATIONS;
  const files: FileReport[] = [];
  const stored: ValueResult[] = [];
  let storedViolations = 0;
  let violations = 0;
  const total = { values: 0, valid: 0, invalid: 0, skipped: 0 };
  const endpoints = entryEndpoints(contract, options.endpoints ?? []);

  for (const file of options.files) {
    listener?.fileStart?.(file);
    const counts = { values: 0, valid: 0, invalid: 0, skipped: 0 };
    for await (const batch of itemsOf(file.path, file.format, contract, options.target, options.operation, endpoints)) for (const item of batch) {
      let result: ValueResult;
      if ("skip" in item) {
        counts.skipped += 1;
        result = { file: file.path, location: item.location, caseName: item.caseName, label: "", status: "skipped", violations: [], reason: item.skip };
      } else {
        const outcome = item.check();
        counts.values += 1;
        const valid = outcome.violations.length === 0;
        if (valid) counts.valid += 1;
        else counts.invalid += 1;
        result = {
          file: file.path,
          location: item.location,
          caseName: item.caseName,
          label: outcome.label,
          status: valid ? "valid" : "invalid",
          violations: outcome.violations,
        };
        violations += outcome.violations.length;
        const room = max - storedViolations;
        if (!valid && room > 0) {
          const kept = outcome.violations.slice(0, room);
          stored.push(kept.length === outcome.violations.length ? result : { ...result, violations: kept });
          storedViolations += kept.length;
        }
      }
      listener?.value?.(result);
    }
    const report: FileReport = { file: file.path, format: file.format, ...counts };
    files.push(report);
    for (const k of ["values", "valid", "invalid", "skipped"] as const) total[k] += counts[k];
    listener?.fileEnd?.(report);
  }
  return { files, ...total, violations, stored, omittedViolations: violations - storedViolations };
}
