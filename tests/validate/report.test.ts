import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JunitReport, TextReporter, resultLines, summaryLine, testcaseXml, xmlEscape } from "../../codegen/validate/index.ts";
import type { FileReport, ValidationReport, ValueResult } from "../../codegen/validate/index.ts";
import type { Violation } from "../../runtime/validation/violations.ts";
import { parseXml } from "./xml.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const v = (n: number): Violation => ({ pointer: `/m${n}`, memberPath: `S.m${n}`, keyword: "required", message: "is required" });
const invalid = (line: number, count: number): ValueResult => ({
  file: "f.ndjson",
  location: `f.ndjson:${line}`,
  caseName: `line ${line}`,
  label: "Op output",
  status: "invalid",
  violations: Array.from({ length: count }, (_, i) => v(i)),
});
const valid: ValueResult = { file: "f.ndjson", location: "f.ndjson:9", caseName: "line 9", label: "Op output", status: "valid", violations: [] };
const skipped: ValueResult = { file: "r.har", location: "r.har entries[0] (GET /)", caseName: "entries[0]", label: "", status: "skipped", violations: [], reason: "no X-Amz-Target header" };

function report(files: FileReport[]): ValidationReport {
  const sum = (k: "values" | "valid" | "invalid" | "skipped") => files.reduce((a, f) => a + f[k], 0);
  return { files, values: sum("values"), valid: sum("valid"), invalid: sum("invalid"), skipped: sum("skipped"), violations: 0, stored: [], omittedViolations: 0 };
}

describe("text report", () => {
  it("lines of a result: heading plus one indented line per violation; skipped entries say why; valid values say nothing", () => {
    expect(resultLines(invalid(3, 2))).toEqual(["f.ndjson:3: Op output: 2 violations", "  /m0 (S.m0): is required", "  /m1 (S.m1): is required"]);
    expect(resultLines(invalid(3, 1))[0]).toBe("f.ndjson:3: Op output: 1 violation");
    expect(resultLines(skipped)).toEqual(["r.har entries[0] (GET /): skipped: no X-Amz-Target header"]);
    expect(resultLines(valid)).toEqual([]);
  });

  it("summary line, singular and plural, skipped only when there are some", () => {
    const one: FileReport = { file: "a", format: "json", values: 1, valid: 1, invalid: 0, skipped: 0 };
    expect(summaryLine(report([one]))).toBe("1 value checked in 1 file: 1 valid, 0 invalid");
    expect(summaryLine(report([one, { file: "b", format: "har", values: 4, valid: 2, invalid: 2, skipped: 3 }]))).toBe(
      "5 values checked in 2 files: 3 valid, 2 invalid, 3 skipped",
    );
  });

  it("stops after the cap of detail lines and says how many were left out", () => {
    let out = "";
    const text = new TextReporter((s) => (out += s), 3);
    for (const r of [invalid(1, 2), valid, invalid(2, 2), skipped, invalid(4, 1)]) text.value(r);
    text.finish(report([{ file: "f.ndjson", format: "ndjson", values: 4, valid: 1, invalid: 3, skipped: 1 }]));
    expect(out).toBe(
      [
        "f.ndjson:1: Op output: 2 violations",
        "  /m0 (S.m0): is required",
        "  /m1 (S.m1): is required",
        "f.ndjson:2: Op output: 2 violations",
        "  /m0 (S.m0): is required",
        "… 3 more lines not shown (the first 3 are)",
        "4 values checked in 1 file: 1 valid, 3 invalid, 1 skipped",
        "",
      ].join("\n"),
    );
  });
});

describe("JUnit XML", () => {
  it("escapes markup, quotes, and characters XML 1.0 cannot carry", () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;'&lt;/a&gt;");
    expect(xmlEscape("a\nb\tc\rd")).toBe("a\nb\tc&#13;d");
    expect(xmlEscape("a\nb\tc", true)).toBe("a&#10;b&#9;c");
    expect(xmlEscape("nul\u0000 esc\u001b lone\ud800 ok😀 \ufffe")).toBe("nul\\u{0} esc\\u{1b} lone\\u{d800} ok😀 \\u{fffe}");
  });

  it("a testcase per result: passed, skipped, failed with the location and violations", () => {
    expect(testcaseXml(valid)).toBe('    <testcase name="line 9" classname="f.ndjson"/>\n');
    expect(testcaseXml(skipped)).toBe(
      '    <testcase name="entries[0]" classname="r.har">\n      <skipped message="no X-Amz-Target header"/>\n    </testcase>\n',
    );
    const bad: ValueResult = { ...invalid(2, 1), violations: [{ pointer: "/a", memberPath: "S.a", keyword: "enum", message: "must be one of <X>, Y", value: '"&\\u0000"' }] };
    expect(testcaseXml(bad)).toBe(
      '    <testcase name="line 2" classname="f.ndjson">\n' +
        '      <failure message="Op output: 1 violation" type="ContractViolation">f.ndjson:2\n/a (S.a): must be one of &lt;X&gt;, Y, got &quot;&amp;\\u0000&quot;</failure>\n' +
        "    </testcase>\n",
    );
  });

  let tmp: string;
  beforeAll(() => {
    mkdirSync(join(ROOT, ".tmp"), { recursive: true });
    tmp = mkdtempSync(join(ROOT, ".tmp", "validate-junit-"));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("is written whole by finish (nothing else left in the folder), and not at all after abort", () => {
    const target = join(tmp, "out", "r.xml");
    const junit = new JunitReport(target);
    const files: FileReport[] = [{ file: "f.ndjson", format: "ndjson", values: 2, valid: 1, invalid: 1, skipped: 0 }];
    junit.fileStart({ path: "f.ndjson", format: "ndjson" });
    junit.value(valid);
    junit.value(invalid(2, 1));
    expect(existsSync(target)).toBe(false);
    junit.fileEnd(files[0]!);
    junit.finish(report(files));
    expect(readdirSync(join(tmp, "out"))).toEqual(["r.xml"]);
    const xml = readFileSync(target, "utf8");
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<testsuites name="smithy-contract validate" tests="2" failures="1" errors="0" skipped="0">\n' +
        '  <testsuite name="f.ndjson" tests="2" failures="1" errors="0" skipped="0">\n' +
        testcaseXml(valid) +
        testcaseXml(invalid(2, 1)) +
        "  </testsuite>\n" +
        "</testsuites>\n",
    );
    expect(parseXml(xml).children[0]!.children).toHaveLength(2);

    const aborted = join(tmp, "aborted", "r.xml");
    const other = new JunitReport(aborted);
    other.fileStart({ path: "f.ndjson", format: "ndjson" });
    other.value(valid);
    other.abort();
    expect(readdirSync(join(tmp, "aborted"))).toEqual([]);
  });

  it("the test's XML reader rejects what a careless writer would produce", () => {
    expect(parseXml('<a x="1"><b>t &amp; &#60;</b><c/></a>')).toEqual({
      name: "a",
      attributes: { x: "1" },
      text: "",
      children: [
        { name: "b", attributes: {}, children: [], text: "t & <" },
        { name: "c", attributes: {}, children: [], text: "" },
      ],
    });
    for (const bad of ["<a><b></a></b>", "<a>x & y</a>", "<a x=1/>", '<a x="1" x="2"/>', "<a>\u0001</a>", "<a/><b/>", "<a>&nbsp;</a>", "<a>", 'x<a/>', '<a x="<"/>']) {
      expect(() => parseXml(bad), bad).toThrow(/not well-formed XML/);
    }
  });
});
