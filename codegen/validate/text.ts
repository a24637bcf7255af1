/**
 * The text report of `validate`: for each invalid value a line naming it and a line per violation,
 * for each skipped HAR entry a line saying why; nothing for valid values; then one summary line.
 * Detail lines stop after a cap (the summary says how many were left out), so a file of a million
 * bad values cannot flood a CI log.
 *
 * ```
 * out.ndjson:3: DescribeDatasetImportJob output: 1 violation
 *   /datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "aaaa…"
 * 3 values checked in 1 file: 2 valid, 1 invalid
 * ```
 */
import { formatLocated } from "./located.ts";
import { DEFAULT_MAX_VIOLATIONS } from "./run.ts";
import type { ValidationListener, ValidationReport, ValueResult } from "./run.ts";

/** The lines of one result (none for a valid value). */
export function resultLines(result: ValueResult): string[] {
  switch (result.status) {
    case "valid":
      return [];
    case "skipped":
      return [`${result.location}: skipped: ${result.reason ?? ""}`];
    case "invalid":
      return [
        `${result.location}: ${result.label}: ${plural(result.violations.length, "violation")}`,
        ...result.violations.map((v) => `  ${formatLocated(v)}`),
      ];
  }
}

/**
 * The summary line: `N values checked in M files: X valid, Y invalid` (`, Z skipped` when HAR
 * entries were skipped).
 */
export function summaryLine(report: ValidationReport): string {
  const skipped = report.skipped > 0 ? `, ${report.skipped} skipped` : "";
  return `${plural(report.values, "value")} checked in ${plural(report.files.length, "file")}: ${report.valid} valid, ${report.invalid} invalid${skipped}`;
}

/**
 * A listener that prints results as they come, at most `maxLines` detail lines (violations and
 * skipped entries); {@link TextReporter.finish} prints what was left out and the summary.
 */
export class TextReporter implements ValidationListener {
  private printed = 0;
  private omitted = 0;

  constructor(
    private readonly out: (s: string) => void,
    private readonly maxLines = DEFAULT_MAX_VIOLATIONS,
  ) {}

  value(result: ValueResult): void {
    const lines = resultLines(result);
    if (lines.length === 0) return;
    // An invalid value's first line is its heading; it is printed with its violations or not at all.
    const details = result.status === "invalid" ? lines.length - 1 : lines.length;
    const room = this.maxLines - this.printed;
    if (room <= 0) {
      this.omitted += details;
      return;
    }
    const shown = result.status === "invalid" ? lines.slice(0, 1 + Math.min(details, room)) : lines;
    const count = result.status === "invalid" ? shown.length - 1 : shown.length;
    this.printed += count;
    this.omitted += details - count;
    this.out(`${shown.join("\n")}\n`);
  }

  finish(report: ValidationReport): void {
    if (this.omitted > 0) this.out(`… ${plural(this.omitted, "more line")} not shown (the first ${this.maxLines} are)\n`);
    this.out(`${summaryLine(report)}\n`);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
