/**
 * codegen/contract/examples.ts: an operation's `@examples` in awsJson wire form — timestamps as
 * the member's `@timestampFormat` asks (from epoch seconds or a date-time string), blobs as base64
 * of the node value's UTF-8 text, everything else as it is — or why one cannot be converted.
 */
import { describe, expect, it } from "vitest";
import { examplesOf, type ExampleResult } from "../../codegen/contract/examples.ts";
import { opOf } from "./fragment.ts";

/** The examples of `Op` (`examples`: the entries of its @examples, as IDL node values), its errors modeled as `Missing`. */
const examples = (examples: string, names: Record<string, string> = { "t#Missing": "Missing" }): ExampleResult[] => {
  const { closure, op } = opOf(`@examples([${examples}])
operation Op {
    input := {
        id: String
        at: Timestamp
        payload: Blob
    }
    output := {
        id: String
        createdAt: Timestamp
        @timestampFormat("date-time")
        updatedAt: Timestamp
        @timestampFormat("http-date")
        expiresAt: Timestamp
        data: Blob
        job: Job
        history: History
        byName: ByName
        count: Integer
        ratio: Double
        done: Boolean
    }
    errors: [Missing, Busy]
}
structure Job {
    @timestampFormat("date-time")
    startedAt: Timestamp
    note: Blob
}
list History { member: Stamp }
map ByName { key: String, value: Stamp }
@timestampFormat("date-time")
timestamp Stamp
@error("client")
structure Missing {
    message: String
    @timestampFormat("date-time")
    since: Timestamp
}
@error("client")
structure Busy { message: String }`);
  return examplesOf(op, closure.errorsOf(op), (id) => names[id]);
};

describe("examplesOf", () => {
  it("no @examples: none", () => {
    const { closure, op } = opOf("operation Op { input := { id: String } }");
    expect(examplesOf(op, closure.errorsOf(op), () => undefined)).toEqual([]);
  });

  it.each<[string, string, ExampleResult]>([
    [
      "plain values as they are",
      '{ title: "plain", input: { id: "a" }, output: { id: "a", count: 3, ratio: 0.5, done: true } }',
      { ok: true, example: { title: "plain", input: { id: "a" }, output: { id: "a", count: 3, ratio: 0.5, done: true } } },
    ],
    ["no input, no output: both {}", '{ title: "empty" }', { ok: true, example: { title: "empty", input: {}, output: {} } }],
    [
      "a timestamp without a format: epoch seconds, from a number or a date-time string",
      '{ title: "t", input: { at: 1767225600 }, output: { createdAt: "2026-01-01T00:00:01.5Z" } }',
      { ok: true, example: { title: "t", input: { at: 1767225600 }, output: { createdAt: 1767225601.5 } } },
    ],
    [
      "@timestampFormat date-time and http-date on the member",
      '{ title: "t", output: { updatedAt: 1767225600, expiresAt: "2026-01-01T00:00:00Z" } }',
      { ok: true, example: { title: "t", input: {}, output: { updatedAt: "2026-01-01T00:00:00Z", expiresAt: "Thu, 01 Jan 2026 00:00:00 GMT" } } },
    ],
    [
      "blobs: base64 of the text's UTF-8",
      '{ title: "b", input: { payload: "hi" }, output: { data: "é" } }',
      { ok: true, example: { title: "b", input: { payload: "aGk=" }, output: { data: "w6k=" } } },
    ],
    [
      "nested: a structure's members, a list's items, a map's values (the target's @timestampFormat)",
      '{ title: "n", output: { job: { startedAt: 0, note: "x" }, history: [0, 1.5], byName: { a: 2 } } }',
      {
        ok: true,
        example: {
          title: "n",
          input: {},
          output: { job: { startedAt: "1970-01-01T00:00:00Z", note: "eA==" }, history: ["1970-01-01T00:00:00Z", "1970-01-01T00:00:01.500Z"], byName: { a: "1970-01-01T00:00:02Z" } },
        },
      },
    ],
    [
      "a member the operation lacks: as it is (the contract check leaves the example out later)",
      '{ title: "u", input: { id: "a", colour: 1767225600 } }',
      { ok: true, example: { title: "u", input: { id: "a", colour: 1767225600 }, output: {} } },
    ],
    [
      "an error: its name in the service and its content in wire form",
      '{ title: "e", input: { id: "gone" }, error: { shapeId: "t#Missing", content: { message: "no such thing", since: 0 } } }',
      { ok: true, example: { title: "e", input: { id: "gone" }, error: { name: "Missing", content: { message: "no such thing", since: "1970-01-01T00:00:00Z" } } } },
    ],
    [
      "an error without content: {}",
      '{ title: "e", input: { id: "gone" }, error: { shapeId: "t#Missing" } }',
      { ok: true, example: { title: "e", input: { id: "gone" }, error: { name: "Missing", content: {} } } },
    ],
    [
      "an error the operation does not model (errorName knows no name): left out, with the reason",
      '{ title: "busy", input: { id: "x" }, error: { shapeId: "t#Busy", content: { message: "later" } } }',
      { ok: false, title: "busy", reason: "Op does not model the error t#Busy" },
    ],
    ["a timestamp that is no date: left out, with the reason", '{ title: "bad time", output: { createdAt: "yesterday" } }', { ok: false, title: "bad time", reason: '"yesterday" is not a timestamp' }],
    ["a timestamp of the wrong node type", '{ title: "bad time", output: { createdAt: true } }', { ok: false, title: "bad time", reason: "true is not a timestamp" }],
    ["a blob that is not text", '{ title: "bad blob", input: { payload: 5 } }', { ok: false, title: "bad blob", reason: "5 is not a blob's text" }],
  ])("%s", (_, example, want) => {
    expect(examples(example)).toEqual([want]);
  });

  it("several examples, in model order, each on its own", () => {
    const got = examples('{ title: "one", input: { id: "1" } }, { title: "two", input: { payload: 5 } }, { title: "three", output: { count: 3 } }');
    expect(got).toEqual([
      { ok: true, example: { title: "one", input: { id: "1" }, output: {} } },
      { ok: false, title: "two", reason: "5 is not a blob's text" },
      { ok: true, example: { title: "three", input: {}, output: { count: 3 } } },
    ]);
  });

  it("a member named __proto__ in an example stays an own member", () => {
    const got = examples('{ title: "p", input: { id: "a", __proto__: { at: 1 } } }')[0]!;
    expect(got.ok).toBe(true);
    const input = (got as { example: { input: Record<string, unknown> } }).example.input;
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
    expect(Object.keys(input)).toEqual(["id", "__proto__"]);
  });
});
