/**
 * An operation's `@examples` in wire form, for the mocks: a request equal to an example's input is
 * answered with the example's output or error. Example values are Smithy node values; the wire
 * form differs only for timestamps (written as the member's `@timestampFormat` asks, from a number
 * of epoch seconds or a date-time string) and blobs (base64 of the node value's UTF-8 text).
 * Examples that do not fit the contract (AWS models carry a few) are left out, with the reason.
 *
 * @see https://smithy.io/2.0/spec/documentation-traits.html#examples-trait
 */
import type { ExampleSpec } from "../../runtime/contract.ts";
import { encodeBase64 } from "../../runtime/protocol/base64.ts";
import { formatTimestamp } from "../../runtime/protocol/timestamp.ts";
import type { DataShape, DocumentValue, ExampleTrait, OperationShape, StructureShape, Traits } from "../model/shapes.ts";

/** An example of `op` in wire form, or why it cannot be one. */
export type ExampleResult = { readonly ok: true; readonly example: ExampleSpec } | { readonly ok: false; readonly title: string; readonly reason: string };

/**
 * The examples of `op` converted to wire form; `errorName` names an error shape id as the
 * contract does (its name in the service), or undefined when the operation does not model it.
 */
export function examplesOf(op: OperationShape, errors: readonly StructureShape[], errorName: (shapeId: string) => string | undefined): ExampleResult[] {
  return (op.traits.examples ?? []).map((e) => convert(op, errors, e, errorName));
}

function convert(op: OperationShape, errors: readonly StructureShape[], e: ExampleTrait, errorName: (shapeId: string) => string | undefined): ExampleResult {
  try {
    const input = wireValue(e.input ?? {}, op.input, op.input.traits);
    if (e.error !== undefined) {
      const name = errorName(e.error.shapeId);
      if (name === undefined) return { ok: false, title: e.title, reason: `${op.name} does not model the error ${e.error.shapeId}` };
      const shape = errors.find((s) => s.id === e.error!.shapeId);
      const content = shape === undefined ? (e.error.content ?? {}) : wireValue(e.error.content ?? {}, shape, shape.traits);
      return { ok: true, example: { title: e.title, input, error: { name, content } } };
    }
    return { ok: true, example: { title: e.title, input, output: wireValue(e.output ?? {}, op.output, op.output.traits) } };
  } catch (error) {
    return { ok: false, title: e.title, reason: (error as Error).message };
  }
}

/** A node value as the awsJson wire carries it for `shape` under `traits`. */
function wireValue(value: DocumentValue | undefined, shape: DataShape, traits: Traits): unknown {
  if (value === null || value === undefined) return value;
  switch (shape.kind) {
    case "timestamp": {
      const date = typeof value === "number" ? new Date(value * 1000) : typeof value === "string" ? new Date(value) : undefined;
      if (date === undefined || Number.isNaN(date.getTime())) throw new Error(`${JSON.stringify(value)} is not a timestamp`);
      return formatTimestamp(date, traits.timestampFormat ?? "epoch-seconds");
    }
    case "blob":
      if (typeof value !== "string") throw new Error(`${JSON.stringify(value)} is not a blob's text`);
      return encodeBase64(new TextEncoder().encode(value));
    case "structure":
    case "union": {
      if (typeof value !== "object" || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(value)) {
        const m = shape.members.find((x) => x.name === key);
        Object.defineProperty(out, key, { value: m === undefined ? member : wireValue(member, m.target as DataShape, m.effective), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case "list":
      return Array.isArray(value) ? value.map((v) => wireValue(v, shape.member.target as DataShape, shape.member.effective)) : value;
    case "map": {
      if (typeof value !== "object" || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) Object.defineProperty(out, key, { value: wireValue(v, shape.value.target as DataShape, shape.value.effective), enumerable: true, writable: true, configurable: true });
      return out;
    }
    default:
      return value;
  }
}
