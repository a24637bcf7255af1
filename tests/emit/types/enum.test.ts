import { describe, expect, it } from "vitest";
import { emitShapes, file, fragment } from "./fixture.ts";

const rows: { name: string; smithy?: string; given: Record<string, unknown>; want: string[] }[] = [
  {
    name: "enum shape: keys are member names sorted, values the @enumValue; members use the type alias",
    given: {
      "test#Mode": {
        type: "enum",
        traits: { "smithy.api#documentation": "How to import." },
        members: {
          INCREMENTAL: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "incremental" } },
          FULL: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "full", "smithy.api#documentation": "Replace all." } },
          OLD: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "old", "smithy.api#deprecated": {} } },
        },
      },
      "test#Job": { type: "structure", members: { mode: { target: "test#Mode", traits: { "smithy.api#required": {} } } } },
    },
    want: [
      `/**
 * @public
 */
export interface Job {
  /**
   * How to import.
   * @public
   */
  mode: Mode | undefined;
}
`,
      `/**
 * How to import.
 * @public
 * @enum
 */
export const Mode = {
  /**
   * Replace all.
   */
  FULL: "full",
  INCREMENTAL: "incremental",
  /**
   * @deprecated
   */
  OLD: "old",
} as const;
/**
 * @public
 */
export type Mode = (typeof Mode)[keyof typeof Mode];
`,
    ],
  },
  {
    name: "intEnum: a TypeScript enum, entries sorted by value",
    given: {
      "test#Card": {
        type: "intEnum",
        members: {
          KING: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 13 } },
          JACK: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 11 } },
          LOW: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": -1 } },
        },
      },
      "test#Hand": { type: "structure", members: { card: { target: "test#Card" } } },
    },
    want: [
      `/**
 * @public
 */
export enum Card {
  LOW = -1,
  JACK = 11,
  KING = 13,
}
`,
      `/**
 * @public
 */
export interface Hand {
  card?: Card | undefined;
}
`,
    ],
  },
  {
    name: "Smithy 1.0 @enum with names: like an enum shape, keys the names sorted",
    smithy: "1.0",
    given: {
      "test#Color": {
        type: "string",
        traits: {
          "smithy.api#enum": [
            { value: "rouge", name: "RED", documentation: "Red." },
            { value: "bleu", name: "BLUE" },
          ],
        },
      },
      "test#Paint": { type: "structure", members: { color: { target: "test#Color" } } },
    },
    want: [
      `/**
 * @public
 * @enum
 */
export const Color = {
  BLUE: "bleu",
  /**
   * Red.
   */
  RED: "rouge",
} as const;
/**
 * @public
 */
export type Color = (typeof Color)[keyof typeof Color];
`,
      `/**
 * @public
 */
export interface Paint {
  color?: Color | undefined;
}
`,
    ],
  },
  {
    name: "Smithy 1.0 @enum without names: plain string, nothing declared",
    smithy: "1.0",
    given: {
      "test#Size": { type: "string", traits: { "smithy.api#enum": [{ value: "S" }, { value: "M" }] } },
      "test#Shirt": { type: "structure", members: { size: { target: "test#Size" } } },
    },
    want: [
      `/**
 * @public
 */
export interface Shirt {
  size?: string | undefined;
}
`,
    ],
  },
];

describe("emitTypes: enums", () => {
  for (const row of rows) {
    it(row.name, () => {
      const model = fragment(row.given, row.smithy !== undefined ? { smithy: row.smithy } : {});
      expect(emitShapes(model)).toBe(file(model, row.want));
    });
  }
});
