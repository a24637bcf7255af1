/**
 * `validationError: "<modeled error>"` answers constraint violations with that error — but only
 * with a body that keeps the contract: an error with required members besides `message` cannot be
 * built from a message alone, so the mock records a violation instead of sending a broken body.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMockData } from "../../../codegen/contract/mock-data.ts";
import { closure, selectService } from "../../../codegen/model/closure.ts";
import { loadModelText } from "../../../codegen/model/load.ts";
import { createServiceMock, onUnhandled } from "../../../runtime/msw/index.ts";

const model = loadModelText(
  JSON.stringify({
    smithy: "2.0",
    shapes: {
      "ex#Svc": { type: "service", version: "1", operations: [{ target: "ex#Op" }], traits: { "aws.protocols#awsJson1_1": {}, "aws.api#service": { sdkId: "Ex", endpointPrefix: "ex" } } },
      "ex#Op": { type: "operation", input: { target: "ex#In" }, errors: [{ target: "ex#Plain" }, { target: "ex#Detailed" }] },
      "ex#In": { type: "structure", members: { name: { target: "ex#Name", traits: { "smithy.api#required": {} } } } },
      "ex#Name": { type: "string", traits: { "smithy.api#length": { min: 1, max: 3 } } },
      "ex#Plain": { type: "structure", members: { message: { target: "smithy.api#String" } }, traits: { "smithy.api#error": "client" } },
      "ex#Detailed": {
        type: "structure",
        members: { message: { target: "smithy.api#String" }, field: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
        traits: { "smithy.api#error": "client" },
      },
    },
  }),
  "m.json",
);
const { contract, outputs } = buildMockData(closure(model, selectService(model)));
const service = createServiceMock(contract, { outputs });
const server = setupServer();
beforeAll(() => server.listen(onUnhandled("error")));
afterAll(() => server.close());

const call = () =>
  fetch("https://ex.us-east-1.amazonaws.com/", {
    method: "POST",
    headers: { "X-Amz-Target": "Svc.Op", "Content-Type": "application/x-amz-json-1.1" },
    body: new TextEncoder().encode(JSON.stringify({ name: "toolong" })),
  });

describe("validationError option", () => {
  it("answers with the modeled error when a message is all it needs", async () => {
    const mock = service.create({ validationError: "Plain" });
    server.resetHandlers(...mock.handlers);
    const res = await call();
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      __type: "Plain",
      message: "1 validation error detected: Value 'toolong' at 'name' failed to satisfy constraint: Member must have length less than or equal to 3",
    });
    expect(mock.violations).toEqual([]);
  });

  it("records a violation (500) rather than send an error body missing a required member", async () => {
    const mock = service.create({ validationError: "Detailed" });
    server.resetHandlers(...mock.handlers);
    const res = await call();
    expect(res.status).toBe(500);
    expect(mock.violations.map((v) => v.message)).toEqual([
      "Op error Detailed violates the contract: /field (Detailed.field): is required",
    ]);
  });
});
