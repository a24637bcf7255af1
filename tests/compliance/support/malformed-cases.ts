/**
 * `@httpMalformedRequestTests` cases with their parameter matrices expanded, as Smithy's own
 * `ParameterizedHttpMalformedRequestTestCase` does: when `testParameters` is given, the i-th value
 * of every parameter list makes case i, and each string of the request, the response and the tags
 * is formatted by Smithy's code writer with the parameters in context — `$name:L` is the value as
 * it is, `$name:S` the value as a quoted Java string literal, `$$` a `$`. A case without parameters
 * is taken as written (its `$` stay). The expansion is checked against Smithy's own code writer
 * (malformed-cases.test.ts, through the reference loader's classes).
 *
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html#parameterized-malformed-request-tests
 */
import type { HttpMalformedRequestTestCase } from "./cases.ts";

/** One malformed-request case after expansion. */
export interface ExpandedMalformedCase extends HttpMalformedRequestTestCase {
  /** The position in the parameter matrix (absent: the case has no parameters). */
  readonly index?: number;
  /** The parameters of this position. */
  readonly parameters?: Readonly<Record<string, string>>;
}

/**
 * The cases of one definition: itself when it has no parameters, else one per position of its
 * parameter lists (which must all have the same length).
 *
 * @example expandMalformedCase(definitionWith({ value: ["a", "b"] })).map((c) => c.index) // [0, 1]
 */
export function expandMalformedCase(c: HttpMalformedRequestTestCase): ExpandedMalformedCase[] {
  const params = c.testParameters;
  if (params === undefined || Object.keys(params).length === 0) return [c];
  const lengths = new Set(Object.values(params).map((values) => values.length));
  if (lengths.size !== 1) throw new Error(`${c.id}: its testParameters lists differ in length`);
  const n = [...lengths][0]!;
  const out: ExpandedMalformedCase[] = [];
  for (let i = 0; i < n; i++) {
    const parameters = Object.fromEntries(Object.entries(params).map(([name, values]) => [name, values[i]!]));
    const f = (text: string) => formatWithParameters(text, parameters);
    const { request, response } = c;
    out.push({
      ...c,
      index: i,
      parameters,
      request: {
        ...request,
        method: f(request.method),
        uri: f(request.uri),
        ...(request.host !== undefined && { host: f(request.host) }),
        ...(request.queryParams !== undefined && { queryParams: request.queryParams.map(f) }),
        ...(request.headers !== undefined && { headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, f(v)])) }),
        ...(request.body !== undefined && { body: f(request.body) }),
      },
      response: {
        ...response,
        ...(response.headers !== undefined && { headers: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, f(v)])) }),
        ...(response.body !== undefined && {
          body: {
            mediaType: response.body.mediaType,
            assertion: {
              ...(response.body.assertion.contents !== undefined && { contents: f(response.body.assertion.contents) }),
              ...(response.body.assertion.messageRegex !== undefined && { messageRegex: f(response.body.assertion.messageRegex) }),
            },
          },
        }),
      },
      ...(c.tags !== undefined && { tags: c.tags.map(f) }),
    });
  }
  return out;
}

/**
 * `text` formatted as Smithy's code writer formats it with `parameters` in context: `$name:L` →
 * the value, `$name:S` → the value as a Java string literal, `$$` → `$`. Throws for a `$` it
 * cannot read (an unknown name or formatter), as the code writer does.
 *
 * @example formatWithParameters('{ "b" : $value:S } $$', { value: "true" }) // '{ "b" : "true" } $'
 */
export function formatWithParameters(text: string, parameters: Readonly<Record<string, string>>): string {
  return text.replace(/\$(\$|([A-Za-z_][A-Za-z0-9_]*):([A-Za-z]))/g, (whole, _all: string, name: string | undefined, formatter: string | undefined) => {
    if (whole === "$$") return "$";
    if (name === undefined || !Object.prototype.hasOwnProperty.call(parameters, name)) throw new Error(`no parameter ${JSON.stringify(name)} in ${JSON.stringify(text)}`);
    const value = parameters[name]!;
    if (formatter === "L") return value;
    if (formatter === "S") return javaStringLiteral(value);
    throw new Error(`no formatter ${JSON.stringify(formatter)} in ${JSON.stringify(text)}`);
  });
}

/** A Java string literal of `value`, as Smithy's `StringUtils.escapeJavaString` writes it. */
function javaStringLiteral(value: string): string {
  let out = '"';
  for (const c of value) {
    const code = c.codePointAt(0)!;
    if (c === '"') out += '\\"';
    else if (c === "\\") out += "\\\\";
    else if (c === "\n") out += "\\n";
    else if (c === "\t") out += "\\t";
    else if (c === "\r") out += "\\r";
    else if (c === "\b") out += "\\b";
    else if (c === "\f") out += "\\f";
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += c;
  }
  return `${out}"`;
}
