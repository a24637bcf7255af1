import { describe, expect, it } from "vitest";
import { emitShapes, file, fragment } from "./fixture.ts";

const rows: { name: string; given: Record<string, unknown>; want: string[] }[] = [
  {
    name: "union: a member interface per member forbidding the others, $UnknownMember, Visitor; alias sorted",
    given: {
      "test#Value": {
        type: "union",
        traits: { "smithy.api#documentation": "One of." },
        members: {
          text: { target: "smithy.api#String", traits: { "smithy.api#documentation": "Some text." } },
          list: { target: "test#Strings" },
          nested: { target: "test#Value" },
        },
      },
      "test#Strings": { type: "list", member: { target: "smithy.api#String" } },
    },
    want: [
      `/**
 * One of.
 * @public
 */
export type Value = Value.ListMember | Value.NestedMember | Value.TextMember | Value.$UnknownMember;
/**
 * @public
 */
export namespace Value {
  /**
   * Some text.
   * @public
   */
  export interface TextMember {
    text: string;
    list?: never;
    nested?: never;
    $unknown?: never;
  }

  /**
   * @public
   */
  export interface ListMember {
    text?: never;
    list: string[];
    nested?: never;
    $unknown?: never;
  }

  /**
   * One of.
   * @public
   */
  export interface NestedMember {
    text?: never;
    list?: never;
    nested: Value;
    $unknown?: never;
  }

  /**
   * @public
   */
  export interface $UnknownMember {
    text?: never;
    list?: never;
    nested?: never;
    $unknown: [string, any];
  }

  export interface Visitor<T> {
    text: (value: string) => T;
    list: (value: string[]) => T;
    nested: (value: Value) => T;
    _: (name: string, value: any) => T;
  }
}
`,
    ],
  },
  {
    name: "an event stream member (a @streaming union) is an AsyncIterable of the union",
    given: {
      "test#Events": { type: "union", traits: { "smithy.api#streaming": {} }, members: { tick: { target: "smithy.api#Integer" } } },
      "test#Output": { type: "structure", members: { events: { target: "test#Events", traits: { "smithy.api#required": {} } } } },
    },
    want: [
      `/**
 * @public
 */
export type Events = Events.TickMember | Events.$UnknownMember;
/**
 * @public
 */
export namespace Events {
  /**
   * @public
   */
  export interface TickMember {
    tick: number;
    $unknown?: never;
  }

  /**
   * @public
   */
  export interface $UnknownMember {
    tick?: never;
    $unknown: [string, any];
  }

  export interface Visitor<T> {
    tick: (value: number) => T;
    _: (name: string, value: any) => T;
  }
}
`,
      `/**
 * @public
 */
export interface Output {
  events: AsyncIterable<Events> | undefined;
}
`,
    ],
  },
];

describe("emitTypes: unions", () => {
  for (const row of rows) {
    it(row.name, () => {
      const model = fragment(row.given);
      expect(emitShapes(model)).toBe(file(model, row.want));
    });
  }
});
