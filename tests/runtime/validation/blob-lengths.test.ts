/**
 * Blob `@length` counted in bytes (runtime/validation/blob-lengths.ts): the schema's base64 length
 * bounds are approximate, so a 1-byte blob passes a 2-byte minimum there; with the plans, the
 * checker counts the bytes.
 */
import { describe, expect, it } from "vitest";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { BASE64_PATTERN, base64LengthBounds } from "../../../runtime/protocol/base64.ts";
import { ContractChecker } from "../../../runtime/validation/checker.ts";

/** One operation whose input holds a blob of 2 to 8 bytes, in a list too. */
function contractWith(plans: boolean): ServiceContract {
  const blob = { type: "string", pattern: BASE64_PATTERN, ...base64LengthBounds({ min: 2, max: 8 }) };
  return {
    serviceName: "S",
    serviceId: "a#S",
    sdkId: "S",
    protocol: "restJson1",
    endpointPrefix: "s",
    operations: {
      Op: {
        name: "Op",
        input: { $ref: "#/$defs/In", $defs: { In: { type: "object", properties: { blob, blobs: { type: "array", items: blob } }, additionalProperties: false } } },
        output: { type: "object", additionalProperties: false },
        errors: {},
        ...(plans && { plans: { input: { method: "tie", key: "In" }, output: { method: "unit" }, errors: {} } }),
      },
    },
    shapes: {
      In: {
        method: "structure",
        members: [
          { name: "blob", required: false, plan: { method: "blob", constraints: { minLength: 2, maxLength: 8 } } },
          { name: "blobs", required: false, plan: { method: "list", item: { method: "blob", constraints: { minLength: 2, maxLength: 8 } }, constraints: {} } },
        ],
      },
    },
  };
}

const messageOf = (contract: ServiceContract, input: unknown) => {
  const read = new ContractChecker(contract).read(contract.operations.Op!, input);
  return read.ok ? "ok" : read.rejection.message;
};

describe("blob lengths in the checker", () => {
  it.each([
    [{ blob: "YQ==" }, "1 validation error detected: Value 'YQ==' at 'blob' failed to satisfy constraint: Member must have length greater than or equal to 2"],
    [{ blob: "YWI=" }, "ok"],
    [{ blob: "YWJjZGVmZ2g=" }, "ok"],
    [{ blob: "YWJjZGVmZ2hp" }, "1 validation error detected: Value 'YWJjZGVmZ2hp' at 'blob' failed to satisfy constraint: Member must have length less than or equal to 8"],
    [{ blobs: ["YWI=", "YQ=="] }, "1 validation error detected: Value 'YQ==' at 'blobs.2.member' failed to satisfy constraint: Member must have length greater than or equal to 2"],
  ])("with plans, %j: %s", (input, want) => {
    expect(messageOf(contractWith(true), input)).toBe(want);
  });

  it("without plans, keeps the schema's approximate bounds (a 1-byte blob passes a 2-byte minimum)", () => {
    expect(messageOf(contractWith(false), { blob: "YQ==" })).toBe("ok");
  });
});
