/**
 * `smithy-contract/mock`: the mocks without msw. A mock made here answers through the in-process
 * transport (`mock.requestHandler`, `mockRequestHandler(...)`): any `@aws-sdk/client-*` takes it as
 * its `requestHandler`, and msw need not be installed. Its `handlers` and its helpers' answers are
 * plain handler objects for `mockRequestHandler(...)` and `requestHandler.use(...)`; for msw's
 * `setupServer`/`setupWorker`, make the mock with `smithy-contract/msw` instead (its mocks have both).
 *
 * @example
 * import { createServiceMock } from "smithy-contract/mock";
 * import { contract } from "./generated/personalize/contract.js";
 * import type { PersonalizeOperations } from "./generated/personalize/msw.js"; // a type only: msw is not loaded
 * const mock = createServiceMock<PersonalizeOperations>(contract).create({ seed: 7 });
 * const client = new PersonalizeClient({ region: "eu-west-1", requestHandler: mock.requestHandler });
 */
import type { ServiceContract } from "../contract.ts";
import type { ServiceData } from "./instance.ts";
import { plainDoor } from "./plain-door.ts";
import { serviceMock } from "./service-mock.ts";
import type { AnyOperations, OperationMap, ServiceMock } from "./types.ts";

/** The mock of a service, from its contract, answering in process (see the module comment). */
export function createServiceMock<Ops extends OperationMap<Ops> = AnyOperations>(contract: ServiceContract, data: ServiceData = {}): ServiceMock<Ops> {
  return serviceMock<Ops>(contract, data, plainDoor);
}

export { mockRequestHandler, MockRequestHandler, UnhandledRequestError, type SdkHttpRequest, type SdkHttpResponse } from "./request-handler.ts";
export type { PlainHandler } from "./plain-door.ts";
export { ErrorAnswer } from "./answers.ts";
export type { ServiceData } from "./instance.ts";
export type * from "./types.ts";
export { DEFAULT_NOW } from "../data/clock.ts";
export { ContractViolation, ContractViolations } from "../validation/contract-violation.ts";
export type { ServiceContract } from "../contract.ts";
