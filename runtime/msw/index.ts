/**
 * `smithy-contract/msw`: msw handlers for awsJson services, built from a generated contract.
 *
 * What a mock does, in the order a request meets it:
 *
 * 1. **Endpoints.** It answers `POST` to the service's default AWS endpoint in any region
 *    (`https://<endpointPrefix>.<region>.amazonaws.com/`, `.amazonaws.com.cn`, `-fips`, `api.aws`)
 *    and to the custom endpoints of `options.endpoint`. Other URLs are not its business (msw's
 *    `onUnhandledRequest` / msw 3's `onUnhandledFrame` sees them; `onUnhandled("error")` sets both).
 * 2. **Routing**, in msw's own predicate: endpoint, then `X-Amz-Target` (`<serviceName>.<Operation>`).
 *    Another service's target is not matched at all, so several services can share
 *    `http://localhost:4566` and a request no mock serves is *unhandled* (`onUnhandled("error")`
 *    fails the test; nothing reaches the network). On the service's own AWS endpoint a foreign or
 *    missing target, and anywhere an unknown operation of the service, is answered 400
 *    `UnknownOperationException`. So is a Content-Type other than the protocol's
 *    (parameters such as `; charset=utf-8` are fine): AWS routes on both and answers the same
 *    (a wrong media type reaches no operation).
 * 3. **Reading** as AWS does: an empty body is `{}`; `null` structure members are absent; unknown
 *    members are dropped; `@default`s fill missing members. Not JSON, or a value of the wrong JSON
 *    type or wire form → 400 `SerializationException`; constraint violations → one 400
 *    `ValidationException` in AWS's form (`2 validation errors detected: Value 'x' at
 *    'dataSource.dataLocation' failed to satisfy constraint: Member must ...; ...`), or the
 *    modeled error named by `options.validationError`.
 * 4. **Answering**, always with the protocol's Content-Type and an `x-amzn-requestid`
 *    (deterministic under the seed). By default with a draw from the operation's output
 *    arbitrary, seeded by `options.seed` + operation + the canonical request (same seed and
 *    request ⇒ byte-identical body, in any process), then moved through the contract's lifecycle
 *    overlay. A test's own answer (`describeX(output | resolver)`, `describeX.error(name, body)`)
 *    is sent as given (no lifecycle), converted from SDK form (Dates, Uint8Arrays) to wire form.
 * 5. **Never breaking the contract.** Every answer is validated strictly before it is sent. An
 *    output or error body given up front that breaks the contract throws a `ContractViolation` at
 *    once, where the test gave it. One computed per request (a resolver, a drifting arbitrary or
 *    overlay) is not sent: the mock records it (`mock.violations`, `options.onViolation`) and
 *    answers 500 `ContractViolation` with the violation's message, so the client call in the test
 *    rejects with e.g. `DescribeDatasetImportJob output violates the contract:
 *    /datasetImportJob/jobName must NOT have more than 63 characters (maxLength)`. Code under
 *    test that swallows errors cannot hide it from `mock.assertNoViolations()` in `afterEach`.
 *
 * Helpers answer only their operation: put them in front of the service's handlers
 * (`server.use(helper)` over `setupServer(...mock.handlers)`). `mock.describeX(...)` is bound to
 * that mock (its endpoints, request log, violations and options); the module's `describeX(...)`
 * answers in the newest live mock that serves the request's URL, logged and checked there.
 *
 * Only msw's public API is used (`http.all` with a custom predicate, msw ≥ 2.11, and a native
 * `Response`), so the same code runs on msw 2.x and 3.x. Every mock also has the in-process
 * transport, `mock.requestHandler` (no interception; see runtime/mock/request-handler.ts).
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 * @see https://mswjs.io/docs/api/http
 */
import type { ServiceContract } from "../contract.ts";
import type { ServiceData } from "../mock/instance.ts";
import { serviceMock } from "../mock/service-mock.ts";
import type { AnyOperations, OperationMap, ServiceMock } from "../mock/types.ts";
import { mswDoor } from "./door.ts";

/**
 * The msw mock of a service, from its contract and its wire-form output arbitraries: what a
 * generated `msw.ts` calls. `create(options)` makes a mock with its own state (its `handlers` go to
 * `setupServer`/`setupWorker`); `operation(name)` is the typed helper of one operation. `Ops` binds
 * the helpers to the service's types (the generated file declares it).
 *
 * @example
 * const personalize = createServiceMock<PersonalizeOperations>(contract);
 * const mock = personalize.create({ seed: 7 });
 * const server = setupServer(...mock.handlers);
 * server.use(mock.operation("DescribeDatasetImportJob")({ datasetImportJob: { status: "ACTIVE" } }));
 */
export function createServiceMock<Ops extends OperationMap<Ops> = AnyOperations>(contract: ServiceContract, data: ServiceData = {}): ServiceMock<Ops> {
  return serviceMock<Ops>(contract, data, mswDoor);
}

export { ErrorAnswer } from "../mock/answers.ts";
export { mockRequestHandler, MockRequestHandler, UnhandledRequestError } from "../mock/request-handler.ts";
export type { EndpointOption } from "../mock/endpoint.ts";
export type { ServiceData } from "../mock/instance.ts";
export { onUnhandled, type UnhandledStrategy } from "./listen.ts";
export type {
  AnswerOptions,
  AnyOperations,
  ErrorBody,
  HelperOf,
  MockInstance,
  MockInstanceBase,
  MockOptions,
  OperationHelper,
  OperationHelpers,
  OperationMap,
  OperationTypes,
  RecordedRequest,
  Resolver,
  ResolverContext,
  SdkOrWire,
  ServiceMock,
  WireForm,
} from "../mock/types.ts";
export {
  CONTRACT_VIOLATION,
  SERIALIZATION_EXCEPTION,
  UNKNOWN_OPERATION_EXCEPTION,
  VALIDATION_EXCEPTION,
  type FrameworkError,
} from "../protocol/framework-errors.ts";
export { ContractViolation, ContractViolations, describeError, redact, type ViolationSubject } from "../validation/contract-violation.ts";
export { validationMessage } from "../validation/rejection.ts";
export { DEFAULT_FAILURE_REASON, type FailOption, type LifecycleOptions } from "../lifecycle/lifecycle.ts";
export type { LifecycleSpec, ServiceContract } from "../contract.ts";
