import { describe, expect, it } from "vitest";
import { emitShapes, file, fragment } from "./fixture.ts";

const rows: { name: string; given: Record<string, unknown>; want: string[] }[] = [
  {
    name: "client error: name and $fault literals, members but `message`, required members kept",
    given: {
      "test#NotFound": {
        type: "structure",
        traits: { "smithy.api#error": "client", "smithy.api#httpError": 404, "smithy.api#documentation": "Not there." },
        members: {
          message: { target: "smithy.api#String" },
          resourceId: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
          kind: { target: "smithy.api#String" },
        },
      },
    },
    want: [
      `/**
 * Not there.
 * @public
 */
export interface NotFound extends TestServiceException {
  readonly name: "NotFound";
  readonly $fault: "client";
  resourceId: string | undefined;
  kind?: string | undefined;
}
`,
    ],
  },
  {
    name: "server error with @retryable(throttling): $retryable as the SDK's class declares it; `Message` is a member",
    given: {
      "test#Busy": {
        type: "structure",
        traits: { "smithy.api#error": "server", "smithy.api#retryable": { throttling: true } },
        members: { Message: { target: "smithy.api#String" } },
      },
      "test#Flaky": { type: "structure", traits: { "smithy.api#error": "server", "smithy.api#retryable": {} }, members: {} },
    },
    want: [
      `/**
 * @public
 */
export interface Busy extends TestServiceException {
  readonly name: "Busy";
  readonly $fault: "server";
  $retryable: {
    throttling: boolean;
  };
  Message?: string | undefined;
}
`,
      `/**
 * @public
 */
export interface Flaky extends TestServiceException {
  readonly name: "Flaky";
  readonly $fault: "server";
  $retryable: {};
}
`,
    ],
  },
  {
    name: "an error whose name is escaped keeps its wire name in `name`",
    given: { "test#Error": { type: "structure", traits: { "smithy.api#error": "client" }, members: {} } },
    want: [
      `/**
 * @public
 */
export interface _Error extends TestServiceException {
  readonly name: "Error";
  readonly $fault: "client";
}
`,
    ],
  },
];

describe("emitTypes: errors", () => {
  for (const row of rows) {
    it(row.name, () => {
      const model = fragment(row.given);
      expect(emitShapes(model)).toBe(file(model, row.want));
    });
  }
});
