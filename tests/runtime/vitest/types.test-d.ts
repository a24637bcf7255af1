/**
 * Type-level uses of the contract matchers that must compile (checked by `tsc` through
 * types.test.ts and the project's typecheck): importing `smithy-contract/vitest` declares them on
 * vitest's `Assertion` (and so on `.not`, `.resolves`, `.rejects`) and on its asymmetric matchers.
 */
import { expect, expectTypeOf } from "vitest";
import { matchers, type ContractMatchers, type MatchOptions, type MatchResult } from "smithy-contract/vitest";
import { contract } from "../../../generated/personalize/contract.ts";

declare const value: unknown;
const OP = "DescribeDatasetImportJob";

export function uses(): void {
  expectTypeOf(expect(value).toMatchOperationOutput(contract, OP)).toEqualTypeOf<void>();
  expect(value).toMatchOperationInput(contract, OP, { allowUnknown: true });
  expect(value).toMatchOperationError(contract, OP, "ResourceNotFoundException");
  expect(value).toMatchOperationError(contract, OP, "ResourceNotFoundException", { allowUnknown: false });
  expect(value).not.toMatchOperationOutput(contract, OP);
  expect(value, "with a message").toMatchOperationOutput(contract, OP, {});

  // Promise assertions return promises.
  expectTypeOf(expect(Promise.resolve(value)).resolves.toMatchOperationOutput(contract, OP)).toEqualTypeOf<Promise<void>>();
  expectTypeOf(expect(Promise.reject(value)).rejects.toMatchOperationError(contract, OP, "InvalidInputException")).toEqualTypeOf<Promise<void>>();

  // Whole HTTP messages are read asynchronously: their matchers return promises.
  expectTypeOf(expect(value).toMatchOperationRequest(contract, OP)).toEqualTypeOf<Promise<void>>();
  expectTypeOf(expect(value).not.toMatchOperationResponse(contract, OP, { allowUnknown: true })).toEqualTypeOf<Promise<void>>();

  // Asymmetric forms, in objectContaining and toEqual, negated through expect.not.
  expect(value).toEqual(expect.objectContaining({ body: expect.toMatchOperationOutput(contract, OP) }));
  expect(value).toEqual([expect.toMatchOperationInput(contract, OP), expect.not.toMatchOperationError(contract, OP, "InvalidInputException")]);

  // The raw object, for expect.extend on an expect of one's own.
  expect.extend(matchers);
  expectTypeOf(matchers.toMatchOperationOutput(value, contract, OP)).toEqualTypeOf<MatchResult>();
  expectTypeOf<MatchOptions>().toEqualTypeOf<{ readonly allowUnknown?: boolean }>();
  expectTypeOf<ContractMatchers<void>["toMatchOperationInput"]>().parameters.toEqualTypeOf<[typeof contract, string, MatchOptions?]>();
}
