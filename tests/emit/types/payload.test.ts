/**
 * Blobs that are the whole HTTP body, and JSON strings: the command types widen a `@streaming`
 * blob (`StreamingBlobPayloadInputTypes` / `OutputTypes`) and an `@httpPayload` blob
 * (`BlobPayloadInputTypes` / `Uint8ArrayBlobAdapter`), as the SDK's commands do (Lambda's
 * InvokeAsync and Invoke); a string with a JSON `@mediaType` takes any value (Personalize Events'
 * `properties`). The structures themselves keep the member's plain type, a streaming blob being
 * `StreamingBlobTypes`.
 */
import { describe, expect, it } from "vitest";
import { BLOB_ADAPTER, emitOperations, emitShapes, file, fragment, JSON_STRING } from "./fixture.ts";

const STREAM = { type: "blob", traits: { "smithy.api#streaming": {} } };

function operation(input: Record<string, unknown>, output: Record<string, unknown>) {
  return fragment(
    {
      "test#Put": { type: "operation", input: { target: "test#PutInput" }, output: { target: "test#PutOutput" } },
      "test#PutInput": { type: "structure", members: input },
      "test#PutOutput": { type: "structure", members: output },
      "test#Stream": STREAM,
    },
    { operations: ["test#Put"] },
  );
}

const STRUCTURES = (input: string, output: string) => [
  `/**
 * @public
 */
export interface PutInput {
${input}}
`,
  `/**
 * @public
 */
export interface PutOutput {
${output}}
`,
];

describe("emitTypes: blob bodies in command types", () => {
  it("a required @streaming blob input and an optional one in the output: Omit<…> and the stream payload types", () => {
    const model = operation(
      { name: { target: "smithy.api#String", traits: { "smithy.api#httpLabel": {}, "smithy.api#required": {} } }, body: { target: "test#Stream", traits: { "smithy.api#httpPayload": {}, "smithy.api#required": {} } } },
      { body: { target: "test#Stream", traits: { "smithy.api#httpPayload": {} } } },
    );
    const want = file(
      model,
      [
        ...STRUCTURES("  name: string | undefined;\n  body: $StreamingBlobTypes | undefined;\n", "  body?: $StreamingBlobTypes | undefined;\n"),
        `/**
 * The input of the Put operation, as the SDK's PutCommandInput.
 * @public
 */
export interface PutCommandInput extends Omit<PutInput, "body"> {
  body: $StreamingBlobPayloadInputTypes;
}

/**
 * The output of the Put operation, as the SDK's PutCommandOutput.
 * @public
 */
export interface PutCommandOutput extends Omit<PutOutput, "body">, $MetadataBearer {
  body?: $StreamingBlobPayloadOutputTypes;
}
`,
      ],
      { imports: ["MetadataBearer", "StreamingBlobPayloadInputTypes", "StreamingBlobPayloadOutputTypes", "StreamingBlobTypes"] },
    );
    expect(emitOperations(model)).toBe(want);
  });

  it("an @httpPayload blob that does not stream: an XCommandInputType / XCommandOutputType alias, bytes that decode themselves in the output", () => {
    const model = operation(
      { Payload: { target: "smithy.api#Blob", traits: { "smithy.api#httpPayload": {} } } },
      { StatusCode: { target: "smithy.api#Integer", traits: { "smithy.api#httpResponseCode": {} } }, Payload: { target: "smithy.api#Blob", traits: { "smithy.api#httpPayload": {} } } },
    );
    const want = file(
      model,
      [
        ...STRUCTURES("  Payload?: Uint8Array | undefined;\n", "  StatusCode?: number | undefined;\n  Payload?: Uint8Array | undefined;\n"),
        `/**
 * The SDK's PutCommandInputType: PutInput with its payload blob widened.
 * @public
 */
export type PutCommandInputType = Omit<PutInput, "Payload"> & {
  Payload?: $BlobPayloadInputTypes;
};

/**
 * The input of the Put operation, as the SDK's PutCommandInput.
 * @public
 */
export interface PutCommandInput extends PutCommandInputType {}

/**
 * The SDK's PutCommandOutputType: PutOutput with its payload blob widened.
 * @public
 */
export type PutCommandOutputType = Omit<PutOutput, "Payload"> & {
  Payload?: __Uint8ArrayBlobAdapter;
};

/**
 * The output of the Put operation, as the SDK's PutCommandOutput.
 * @public
 */
export interface PutCommandOutput extends PutCommandOutputType, $MetadataBearer {}
`,
      ],
      { imports: ["BlobPayloadInputTypes", "MetadataBearer"], before: [BLOB_ADAPTER] },
    );
    expect(emitOperations(model)).toBe(want);
  });

  it("a blob in the JSON body (no @httpPayload) and a structure payload leave the command types alone", () => {
    const model = operation(
      { data: { target: "smithy.api#Blob" } },
      { doc: { target: "test#PutInput", traits: { "smithy.api#httpPayload": {} } } },
    );
    const want = file(
      model,
      [
        ...STRUCTURES("  data?: Uint8Array | undefined;\n", "  doc?: PutInput | undefined;\n"),
        `/**
 * The input of the Put operation, as the SDK's PutCommandInput.
 * @public
 */
export interface PutCommandInput extends PutInput {}

/**
 * The output of the Put operation, as the SDK's PutCommandOutput.
 * @public
 */
export interface PutCommandOutput extends PutOutput, $MetadataBearer {}
`,
      ],
      { imports: ["MetadataBearer"] },
    );
    expect(emitOperations(model)).toBe(want);
  });
});

describe("emitTypes: JSON strings", () => {
  it("a string with a JSON @mediaType (application/json, or +json) takes any value, as AutomaticJsonStringConversion | string; other media types stay strings", () => {
    const model = fragment({
      "test#Json": { type: "string", traits: { "smithy.api#mediaType": "application/json" } },
      "test#Problem": { type: "string", traits: { "smithy.api#mediaType": "application/problem+json" } },
      "test#Text": { type: "string", traits: { "smithy.api#mediaType": "text/plain" } },
      "test#Jsons": { type: "list", member: { target: "test#Json" } },
      "test#Item": {
        type: "structure",
        members: { properties: { target: "test#Json" }, problem: { target: "test#Problem" }, text: { target: "test#Text" }, all: { target: "test#Jsons" } },
      },
    });
    const want = file(
      model,
      [
        `/**
 * @public
 */
export interface Item {
  properties?: __AutomaticJsonStringConversion | string | undefined;
  problem?: __AutomaticJsonStringConversion | string | undefined;
  text?: string | undefined;
  all?: (__AutomaticJsonStringConversion | string)[] | undefined;
}
`,
      ],
      { before: [JSON_STRING] },
    );
    expect(emitShapes(model)).toBe(want);
  });
});
