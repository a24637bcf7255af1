/**
 * What the restJson1 contract properties found that is not fixed yet, in code other engineers own,
 * and where the installed clients are newer than the reference models. Each is named here, left out
 * of (or accounted for in) exactly the property it breaks, and replayed by a test of its own that
 * requires it to behave as described still: when that test starts to fail, the bug is fixed — put
 * the case back into the property and delete the entry.
 */
import type { Closure } from "../../../../codegen/model/closure.ts";

/**
 * Input members whose `@default` breaks their own `@range` (DataExchange's `MaxResults`:
 * `@default(0)`, `@range(min: 1, max: 200)`, a Smithy 1.0 box converted to 2.0). A request that
 * leaves such a member out — as the real client does when the caller does (`ListDataSets({})`) —
 * was refused by the mock with `400 ValidationException: Value '0' at 'maxResults' …`: the checker
 * filled in the default and then validated it. AWS answers such a request (the default stands for
 * "not given"); the checker now checks the members a request carries (runtime/serde/lenient.ts
 * `defaults: false`), and a test per such member holds it.
 */
export interface DefaultOutsideRange {
  readonly operation: string;
  readonly member: string;
  /** The default, and the range it breaks. */
  readonly value: number;
  readonly min?: number;
  readonly max?: number;
}

/** The {@link DefaultOutsideRange} members of `closure`'s operation inputs, from the model. */
export function defaultsOutsideRange(closure: Closure): DefaultOutsideRange[] {
  const out: DefaultOutsideRange[] = [];
  for (const op of closure.operations) {
    if (op.input.kind !== "structure") continue;
    for (const m of op.input.members) {
      const value = m.effective.hasDefault ? m.effective.default : undefined;
      const range = m.effective.range;
      if (typeof value !== "number" || range === undefined) continue;
      if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
        out.push({ operation: op.name, member: m.name, value, ...(range.min !== undefined && { min: range.min }), ...(range.max !== undefined && { max: range.max }) });
      }
    }
  }
  return out;
}

/**
 * Output members the installed client reads that the reference model does not have: the client
 * (newer than the model) returns them, so P1 expects them with the value the client derives from
 * the answer. By service name, then operation.
 *
 * - Lambda `DeleteFunction`: the 2015-03-31 model's output is `smithy.api#Unit`; later models give
 *   it a `StatusCode` (`@httpResponseCode`), which @aws-sdk/client-lambda 3.1164 fills in from the
 *   answer's status (204, the operation's `@http` code).
 */
export const CLIENT_NEWER_THAN_MODEL: Readonly<Record<string, Readonly<Record<string, (status: number) => Record<string, unknown>>>>> = {
  Lambda: { DeleteFunction: (status) => ({ StatusCode: status }) },
};

/**
 * Whether `value` holds `__proto__` as an own key at any depth (a map key the exhaustive data draws).
 * The installed clients lose such a key of a map, both ways (`__proto__: "v"` assigned to a plain
 * object sets no own property): of an output's map (DataExchange's `Tags`, read with `_json` of
 * @smithy/smithy-client), which the mock serves as given, and of an input's query-params map
 * (DataExchange `SendApiAsset`'s `QueryStringParameters`: the request carries no such parameter;
 * found by DataExchange P4 at `CONTRACT_RUNS_FACTOR=20`, seed 855731079 path 17). P1 leaves such
 * outputs out and P4 such inputs (body maps too, which are assigned the same way) while the SDK
 * canaries of dataexchange.test.ts show the client still loses them.
 */
export function hasProtoKey(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some(hasProtoKey);
  return Object.keys(value).some((k) => k === "__proto__" || hasProtoKey((value as Record<string, unknown>)[k]));
}
