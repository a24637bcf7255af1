/**
 * Smithy's framework `ValidationException` (runtime/validation/smithy-validation.ts), where the
 * compliance cases do not reach: several violations in one message, bounds of one side only, a map
 * key's constraint reported at the map, and `@internal` enum values left out of the list.
 */
import { describe, expect, it } from "vitest";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { ContractChecker } from "../../../runtime/validation/checker.ts";
import { smithyValidationException } from "../../../runtime/validation/smithy-validation.ts";

const contract: ServiceContract = {
  serviceName: "S",
  serviceId: "a#S",
  sdkId: "S",
  protocol: "restJson1",
  endpointPrefix: "s",
  operations: {
    Op: {
      name: "Op",
      input: {
        $ref: "#/$defs/In",
        $defs: {
          In: {
            type: "object",
            properties: {
              name: { type: "string", minLength: 2 },
              count: { type: "integer", minimum: 1, maximum: 127 },
              color: { $ref: "#/$defs/Color" },
              tags: { type: "object", propertyNames: { type: "string", maxLength: 3 }, additionalProperties: { type: "string" } },
            },
            required: ["name"],
            additionalProperties: false,
          },
          Color: { type: "string", enum: ["red", "green", "secret"] },
        },
      },
      output: { type: "object", additionalProperties: false },
      errors: {},
      plans: { input: { method: "tie", key: "In" }, output: { method: "unit" }, errors: {} },
    },
  },
  shapes: {
    In: {
      method: "structure",
      members: [
        { name: "name", required: true, plan: { method: "string", constraints: { minLength: 2 }, where: "a#Name" } },
        { name: "count", required: false, plan: { method: "integer", kind: "byte", range: { min: 1 }, where: "a#Count" } },
        { name: "color", required: false, plan: { method: "tie", key: "Color" } },
        { name: "tags", required: false, plan: { method: "map", key: { method: "string", constraints: { maxLength: 3 }, where: "a#Key" }, value: { method: "string", constraints: {}, where: "a#V" }, constraints: {} } },
      ],
    },
    Color: { method: "enumeration", values: ["red", "green", "secret"] },
  },
  internalEnumValues: { Color: ["secret"] },
};

const exceptionOf = (input: unknown) => {
  const read = new ContractChecker(contract).read(contract.operations.Op!, input);
  if (read.ok || read.rejection.kind !== "validation") throw new Error("expected a validation rejection");
  return smithyValidationException(read.rejection, contract.operations.Op!, contract);
};

describe("smithyValidationException", () => {
  it("counts several violations and joins their messages", () => {
    expect(exceptionOf({ name: "👍", count: 0, color: "blue" })).toEqual({
      message:
        "3 validation errors detected. Value with length 1 at '/name' failed to satisfy constraint: Member must have length greater than or equal to 2; " +
        "Value at '/count' failed to satisfy constraint: Member must be greater than or equal to 1; " +
        "Value at '/color' failed to satisfy constraint: Member must satisfy enum value set: [red, green]",
      fieldList: [
        { message: "Value with length 1 at '/name' failed to satisfy constraint: Member must have length greater than or equal to 2", path: "/name" },
        { message: "Value at '/count' failed to satisfy constraint: Member must be greater than or equal to 1", path: "/count" },
        { message: "Value at '/color' failed to satisfy constraint: Member must satisfy enum value set: [red, green]", path: "/color" },
      ],
    });
  });

  it("reports a missing member at its own pointer and a map key at the map", () => {
    expect(exceptionOf({ tags: { long: "x" } }).fieldList).toEqual([
      { message: "Value at '/name' failed to satisfy constraint: Member must not be null", path: "/name" },
      { message: "Value with length 4 at '/tags' failed to satisfy constraint: Member must have length less than or equal to 3", path: "/tags" },
    ]);
  });
});
