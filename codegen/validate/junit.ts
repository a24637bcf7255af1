/**
 * The JUnit XML report of `validate`, for CI test-result views: one `<testsuite>` per input file,
 * one `<testcase>` per value (skipped HAR entries as skipped cases), a `<failure>` listing the
 * violations of an invalid value. Written as the values come (one spool file per suite, since a
 * suite's counts precede its cases) and assembled atomically at the end, so memory stays bounded
 * and a reader never sees half a report. No timestamps or durations: the same input gives the same
 * bytes.
 *
 * @see https://github.com/testmoapp/junitxml (the de facto format)
 */
import { formatLocated } from "./located.ts";
import { InputError } from "../write.ts";
import { Spool, prepareTarget, writeAtomically } from "./files.ts";
import type { FileReport, InputFile, ValidationListener, ValidationReport, ValueResult } from "./run.ts";

/**
 * Escapes text for XML 1.0 content and attribute values. Characters XML 1.0 cannot carry at all
 * (most C0 controls, lone surrogates, U+FFFE, U+FFFF) are written as `\u{…}` instead.
 *
 * @example xmlEscape(`a<b & "c"`) // "a&lt;b &amp; &quot;c&quot;"
 */
export function xmlEscape(text: string, attribute = false): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (ch === '"') out += "&quot;";
    else if (attribute && ch === "\n") out += "&#10;";
    else if (attribute && ch === "\r") out += "&#13;";
    else if (attribute && ch === "\t") out += "&#9;";
    else if (ch === "\r") out += "&#13;";
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) {
      out += `\\u{${c.toString(16)}}`;
    } else out += ch;
  }
  return out;
}

/** One `<testcase>` element (indented two levels, newline-terminated). */
export function testcaseXml(result: ValueResult): string {
  const open = `    <testcase name="${xmlEscape(result.caseName, true)}" classname="${xmlEscape(result.file, true)}"`;
  switch (result.status) {
    case "valid":
      return `${open}/>\n`;
    case "skipped":
      return `${open}>\n      <skipped message="${xmlEscape(result.reason ?? "", true)}"/>\n    </testcase>\n`;
    case "invalid": {
      const n = result.violations.length;
      const message = `${result.label}: ${n} violation${n === 1 ? "" : "s"}`;
      const body = [result.location, ...result.violations.map(formatLocated)].join("\n");
      return `${open}>\n      <failure message="${xmlEscape(message, true)}" type="ContractViolation">${xmlEscape(body)}</failure>\n    </testcase>\n`;
    }
  }
}

/** A listener that writes the JUnit report to `target`; call {@link JunitReport.finish} or {@link JunitReport.abort}. */
export class JunitReport implements ValidationListener {
  private readonly suites: { spool: Spool; report?: FileReport }[] = [];

  constructor(private readonly target: string) {
    prepareTarget(target);
  }

  fileStart(_file: InputFile): void {
    let spool: Spool;
    try {
      spool = new Spool(this.target);
    } catch (e) {
      throw new InputError(`${this.target}: cannot write: ${(e as Error).message}`);
    }
    this.suites.push({ spool });
  }

  value(result: ValueResult): void {
    this.suites.at(-1)?.spool.write(testcaseXml(result));
  }

  fileEnd(report: FileReport): void {
    const current = this.suites.at(-1);
    if (current !== undefined) {
      current.report = report;
      current.spool.close();
    }
  }

  /** Assembles the report and renames it into place; the spools are removed either way. */
  finish(report: ValidationReport): void {
    try {
      const parts: (string | Spool)[] = [
        `<?xml version="1.0" encoding="UTF-8"?>\n`,
        `<testsuites name="smithy-contract validate"${counts(report.values + report.skipped, report.invalid, report.skipped)}>\n`,
      ];
      for (const { spool, report: r } of this.suites) {
        const tests = r === undefined ? 0 : r.values + r.skipped;
        parts.push(`  <testsuite name="${xmlEscape(r?.file ?? "", true)}"${counts(tests, r?.invalid ?? 0, r?.skipped ?? 0)}>\n`, spool, `  </testsuite>\n`);
      }
      parts.push(`</testsuites>\n`);
      writeAtomically(this.target, parts);
    } catch (e) {
      throw new InputError(`${this.target}: cannot write: ${(e as Error).message}`);
    } finally {
      this.abort();
    }
  }

  /** Removes the spools without writing the report. */
  abort(): void {
    for (const { spool } of this.suites) spool.remove();
  }
}

function counts(tests: number, failures: number, skipped: number): string {
  return ` tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}"`;
}
