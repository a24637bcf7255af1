import { describe, expect, it } from "vitest";
import { emitOperations, file, fragment } from "./fixture.ts";

describe("emitTypes: operations", () => {
  it("command input/output per operation, sorted by name, after the shapes; Unit input is {}, Unit output only MetadataBearer", () => {
    const model = fragment(
      {
        "test#Ping": { type: "operation" },
        "test#GetThing": {
          type: "operation",
          input: { target: "test#GetThingInput" },
          output: { target: "test#GetThingOutput" },
          errors: [{ target: "test#Missing" }],
        },
        "test#Forget": { type: "operation", input: { target: "test#ForgetInput" }, output: { target: "smithy.api#Unit" } },
        "test#GetThingInput": { type: "structure", traits: { "smithy.api#input": {} }, members: { id: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } } },
        "test#GetThingOutput": { type: "structure", traits: { "smithy.api#output": {} }, members: { size: { target: "smithy.api#Long" } } },
        "test#ForgetInput": { type: "structure", members: {} },
        "test#Missing": { type: "structure", traits: { "smithy.api#error": "client" }, members: { message: { target: "smithy.api#String" } } },
        "test#Unused": { type: "structure", members: {} },
      },
      { operations: ["test#Ping", "test#GetThing", "test#Forget"] },
    );
    const want = file(
      model,
      [
        `/**
 * @public
 */
export interface ForgetInput {}
`,
        `/**
 * @public
 */
export interface GetThingInput {
  id: string | undefined;
}
`,
        `/**
 * @public
 */
export interface GetThingOutput {
  size?: number | undefined;
}
`,
        `/**
 * @public
 */
export interface Missing extends TestServiceException {
  readonly name: "Missing";
  readonly $fault: "client";
}
`,
        `/**
 * The input of the Forget operation, as the SDK's ForgetCommandInput.
 * @public
 */
export interface ForgetCommandInput extends ForgetInput {}

/**
 * The output of the Forget operation, as the SDK's ForgetCommandOutput.
 * @public
 */
export interface ForgetCommandOutput extends $MetadataBearer {}
`,
        `/**
 * The input of the GetThing operation, as the SDK's GetThingCommandInput.
 * @public
 */
export interface GetThingCommandInput extends GetThingInput {}

/**
 * The output of the GetThing operation, as the SDK's GetThingCommandOutput.
 * @public
 */
export interface GetThingCommandOutput extends GetThingOutput, $MetadataBearer {}
`,
        `/**
 * The input of the Ping operation, as the SDK's PingCommandInput.
 * @public
 */
export interface PingCommandInput {}

/**
 * The output of the Ping operation, as the SDK's PingCommandOutput.
 * @public
 */
export interface PingCommandOutput extends $MetadataBearer {}
`,
      ],
      { imports: ["MetadataBearer"] },
    );
    expect(emitOperations(model)).toBe(want);
  });

  it("chosen operations only: shapes outside their closure are not declared", () => {
    const model = fragment(
      {
        "test#A": { type: "operation", input: { target: "test#AInput" } },
        "test#B": { type: "operation", input: { target: "test#BInput" } },
        "test#AInput": { type: "structure", members: {} },
        "test#BInput": { type: "structure", members: {} },
      },
      { operations: ["test#A", "test#B"] },
    );
    const want = file(
      model,
      [
        `/**
 * @public
 */
export interface BInput {}
`,
        `/**
 * The input of the B operation, as the SDK's BCommandInput.
 * @public
 */
export interface BCommandInput extends BInput {}

/**
 * The output of the B operation, as the SDK's BCommandOutput.
 * @public
 */
export interface BCommandOutput extends $MetadataBearer {}
`,
      ],
      { imports: ["MetadataBearer"] },
    );
    expect(emitOperations(model, ["B"])).toBe(want);
  });
});
