import { describe, expect, it } from "vitest";
import { emitShapes, file, fragment } from "./fixture.ts";

/** given: shapes of a fragment; want: the declarations after the file's head. */
const rows: { name: string; given: Record<string, unknown>; want: string[] }[] = [
  {
    name: "members optional with | undefined; @required present; @idempotencyToken and @default stay optional",
    given: {
      "test#Thing": {
        type: "structure",
        members: {
          name: { target: "test#Name", traits: { "smithy.api#required": {} } },
          note: { target: "smithy.api#String" },
          token: { target: "smithy.api#String", traits: { "smithy.api#required": {}, "smithy.api#idempotencyToken": {} } },
          count: { target: "smithy.api#Integer", traits: { "smithy.api#default": 0 } },
          on: { target: "smithy.api#Boolean" },
        },
      },
      "test#Name": { type: "string", traits: { "smithy.api#length": { min: 1 } } },
    },
    want: [
      `/**
 * @public
 */
export interface Thing {
  name: string | undefined;
  note?: string | undefined;
  token?: string | undefined;
  count?: number | undefined;
  on?: boolean | undefined;
}
`,
    ],
  },
  {
    name: "every number kind is number; bigInteger bigint; timestamp Date (any format); blob Uint8Array",
    given: {
      "test#Numbers": {
        type: "structure",
        members: {
          b: { target: "smithy.api#Byte" },
          s: { target: "smithy.api#Short" },
          i: { target: "smithy.api#PrimitiveInteger", traits: { "smithy.api#default": 0 } },
          l: { target: "smithy.api#Long" },
          f: { target: "smithy.api#Float" },
          d: { target: "smithy.api#Double" },
          big: { target: "smithy.api#BigInteger" },
          at: { target: "smithy.api#Timestamp" },
          iso: { target: "test#Iso" },
          data: { target: "smithy.api#Blob", traits: { "smithy.api#required": {} } },
        },
      },
      "test#Iso": { type: "timestamp", traits: { "smithy.api#timestampFormat": "date-time" } },
    },
    want: [
      `/**
 * @public
 */
export interface Numbers {
  b?: number | undefined;
  s?: number | undefined;
  i?: number | undefined;
  l?: number | undefined;
  f?: number | undefined;
  d?: number | undefined;
  big?: bigint | undefined;
  at?: Date | undefined;
  iso?: Date | undefined;
  data: Uint8Array | undefined;
}
`,
    ],
  },
  {
    name: "an empty structure; a member targeting a structure names it; declarations sorted by name",
    given: {
      "test#Outer": { type: "structure", members: { inner: { target: "test#Empty" }, self: { target: "test#Outer" } } },
      "test#Empty": { type: "structure", members: {} },
    },
    want: [
      `/**
 * @public
 */
export interface Empty {}
`,
      `/**
 * @public
 */
export interface Outer {
  inner?: Empty | undefined;
  self?: Outer | undefined;
}
`,
    ],
  },
  {
    name: "documentation: shape and member docs, a member inherits its target's, @deprecated with message and since",
    given: {
      "test#Doc": {
        type: "structure",
        traits: { "smithy.api#documentation": "<p>A documented\n  shape.</p>", "smithy.api#deprecated": { message: "Use Other.", since: "2020" } },
        members: {
          own: { target: "test#Id", traits: { "smithy.api#documentation": "Own words." } },
          inherited: { target: "test#Id" },
          old: { target: "smithy.api#String", traits: { "smithy.api#deprecated": {} } },
        },
      },
      "test#Id": { type: "string", traits: { "smithy.api#documentation": "An id." } },
    },
    want: [
      `/**
 * <p>A documented
 *   shape.</p>
 * @public
 * @deprecated Use Other. (since 2020)
 */
export interface Doc {
  /**
   * Own words.
   * @public
   */
  own?: string | undefined;
  /**
   * An id.
   * @public
   */
  inherited?: string | undefined;
  /**
   * @public
   * @deprecated
   */
  old?: string | undefined;
}
`,
    ],
  },
  {
    name: "names that collide with built-ins are escaped with _ (Kinesis's Record is _Record in the SDK)",
    given: {
      "test#Record": { type: "structure", members: { data: { target: "smithy.api#String" } } },
      "test#Holder": { type: "structure", members: { record: { target: "test#Record" } } },
    },
    want: [
      `/**
 * @public
 */
export interface Holder {
  record?: _Record | undefined;
}
`,
      `/**
 * @public
 */
export interface _Record {
  data?: string | undefined;
}
`,
    ],
  },
];

describe("emitTypes: structures", () => {
  for (const row of rows) {
    it(row.name, () => {
      const model = fragment(row.given);
      expect(emitShapes(model)).toBe(file(model, row.want));
    });
  }
});
