/**
 * `smithy-contract/msw`: msw handlers for awsJson services, built from a generated contract.
 *
 * What a mock does, in the order a request meets it:
 *
 * 1. **Endpoints.** It answers `POST` to the service's default AWS endpoint in any region
 *    (`https://<endpointPrefix>.<region>.amazonaws.com/`, `.amazonaws.com.cn`, `-fips`, `api.aws`)
 *    and to the custom endpoints of `options.endpoint`. Other URLs are not its business (msw's
 *    `onUnhandledRequest` / msw 3's `onUnhandledFrame` sees them; `onUnhandled("error")` sets both).
 * 2. **Routing.** On `X-Amz-Target` (`<serviceName>.<Operation>`). Another service's target goes on
 *    to the next handler, so several services can share `http://localhost:4566`. On the service's
 *    own AWS endpoint a foreign or missing target, and anywhere an unknown operation of the service,
 *    is answered 400 `UnknownOperationException`. So is a Content-Type other than the protocol's
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
 * Helpers (`describeX(...)`) answer only their operation and let every other request through to
 * the next handler: put them in front of the service's handlers (`server.use(helper)` over
 * `setupServer(...mock.handlers)`), and pass `{ mock }` to share that mock's request log,
 * violations, seed and endpoints.
 *
 * Only msw's stable core is used (`http.post` with a RegExp URL, `HttpResponse`, a resolver that
 * returns nothing to fall through), so the same code runs on msw 2.x and 3.x.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 * @see https://mswjs.io/docs/api/http
 */
export { ErrorAnswer } from "./answers.ts";
export type { EndpointOption } from "./endpoint.ts";
export { CONTRACT_VIOLATION, SERIALIZATION_EXCEPTION, UNKNOWN_OPERATION_EXCEPTION, VALIDATION_EXCEPTION, type FrameworkError } from "./frameworkErrors.ts";
export type { ServiceData } from "./instance.ts";
export { validationMessage } from "./rejection.ts";
export { onUnhandled, type UnhandledStrategy } from "./listen.ts";
export { createServiceMock } from "./serviceMock.ts";
export type {
  AnswerOptions,
  AnyOperations,
  ErrorBody,
  HelperOf,
  MockInstance,
  MockOptions,
  OperationHelper,
  OperationMap,
  OperationTypes,
  RecordedRequest,
  Resolver,
  ResolverContext,
  SdkOrWire,
  ServiceMock,
  WireForm,
} from "./types.ts";
export { ContractViolation, ContractViolations, describeError, type ViolationSubject } from "./violation.ts";
export { DEFAULT_FAILURE_REASON, type FailOption, type LifecycleOptions } from "../lifecycle/lifecycle.ts";
export type { LifecycleSpec, ServiceContract } from "../contract.ts";
