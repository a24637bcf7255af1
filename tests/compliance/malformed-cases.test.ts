/**
 * The expansion of `@httpMalformedRequestTests` parameter matrices (support/malformed-cases.ts)
 * against Smithy's own code writer (the reference loader's classes, through
 * support/FormatWithParameters.java): every string of every parameterized restJson1 case, at every
 * position of its matrix, formats as Smithy formats it; and the folder expands to the 655 cases
 * Smithy's README counts.
 *
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html#parameterized-malformed-request-tests
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sharedSmithy } from "../model/idl/support/shared-smithy.ts";
import type { HttpMalformedRequestTestCase } from "./support/cases.ts";
import { expandMalformedCase, formatWithParameters } from "./support/malformed-cases.ts";
import { loadProtocolFolder } from "./support/protocol-folder.ts";

const ORACLE = fileURLToPath(new URL("./support/FormatWithParameters.java", import.meta.url));

/** Smithy's formatting of each job's text with its parameters. */
function smithyFormat(jobs: readonly { text: string; parameters: Readonly<Record<string, string>> }[]): string[] {
  const jar = sharedSmithy("reference-loader/smithy-reference-loader.jar");
  const out = execFileSync("java", ["-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", jar, ORACLE], { input: JSON.stringify(jobs), maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString("utf8")) as string[];
}

/** Every string Smithy formats in a case: the request's, the response's, the tags. */
function textsOf(c: HttpMalformedRequestTestCase): string[] {
  const { request, response } = c;
  return [
    request.method,
    request.uri,
    ...(request.host === undefined ? [] : [request.host]),
    ...(request.queryParams ?? []),
    ...Object.values(request.headers ?? {}),
    ...(request.body === undefined ? [] : [request.body]),
    ...Object.values(response.headers ?? {}),
    ...(response.body?.assertion.contents === undefined ? [] : [response.body.assertion.contents]),
    ...(response.body?.assertion.messageRegex === undefined ? [] : [response.body.assertion.messageRegex]),
    ...(c.tags ?? []),
  ];
}

const folder = loadProtocolFolder("restJson1");
const definitions = folder.all.filter((c): c is HttpMalformedRequestTestCase => c.kind === "httpMalformedRequestTests");

describe("malformed-request parameter matrices", () => {
  it("expand to the 655 cases Smithy's README counts (191 definitions)", () => {
    expect(definitions.length).toBe(191);
    expect(definitions.flatMap(expandMalformedCase).length).toBe(655);
  });

  it("format every string as Smithy's code writer does", { timeout: 60_000 }, () => {
    const jobs = definitions.flatMap((c) => expandMalformedCase(c).flatMap((e) => (e.parameters === undefined ? [] : textsOf(c).map((text) => ({ text, parameters: e.parameters! })))));
    expect(jobs.length).toBeGreaterThan(1000);
    const ours = jobs.map((j) => formatWithParameters(j.text, j.parameters));
    expect(ours).toEqual(smithyFormat(jobs));
  });

  it("leave a case without parameters as written (its `$` stay)", () => {
    const plain = definitions.find((c) => c.id === "RestJsonMalformedPatternSensitiveString")!;
    expect(expandMalformedCase(plain)).toEqual([plain]);
    expect(plain.response.body?.assertion.contents).toContain("^[a-m]+$\"");
  });
});
