/**
 * The mock of a service, from its contract and its wire-form output arbitraries: mocks with their
 * own state (`create`), and typed per-operation helpers — bound to a mock (`mock.describeX(...)`,
 * `{ mock }`) or not (`describeX(...)`, which answers in the newest live mock that serves the
 * request's URL).
 */
import type { ServiceContract } from "../contract.ts";
import type { Arbitrary } from "fast-check";
import { exhaustiveArbitraries } from "../data/exhaustive.ts";
import type { RequestHead } from "../protocol/message.ts";
import { checkerOf } from "../validation/checker.ts";
import { ServiceMockInstance, type Door, type FixedAnswer, type ServiceData } from "./instance.ts";
import type { AnswerOptions, AnyOperations, HelperOf, MockInstance, MockInstanceMember, MockOptions, OperationMap, ResolverContext, ServiceMock } from "./types.ts";

/** Members of a mock that an operation's helper never hides (see `MockInstanceMember`). */
const MEMBERS: ReadonlySet<string> = new Set<MockInstanceMember>([
  "contract",
  "options",
  "handlers",
  "requestHandler",
  "requests",
  "violations",
  "requestsOf",
  "clearRequests",
  "reset",
  "assertNoViolations",
  "operation",
]);

/** The fewest references kept before a sweep of dead ones (see `create`). */
const SWEEP_MIN = 64;

/**
 * The mock of a service over one door (msw's handlers, for `smithy-contract/msw`). It holds no
 * request state itself — only which of its mocks are still alive, so that unbound helpers can
 * answer in the mock in use.
 *
 * @example
 * // generated msw.ts
 * const personalize = createServiceMock<PersonalizeOperations>(contract, { outputs });
 * export const createPersonalizeMock = personalize.create;
 * export const describeDatasetImportJob = personalize.operation("DescribeDatasetImportJob");
 *
 * // a test
 * const mock = createPersonalizeMock({ seed: 7, endpoint: "http://localhost:4566" });
 * const server = setupServer(...mock.handlers);
 * server.use(mock.describeDatasetImportJob({ datasetImportJob: { status: "ACTIVE" } }));
 * server.use(describeDatasetImportJob.error("ResourceNotFoundException", { message: "gone" })); // answers in `mock` too
 */
export function serviceMock<Ops extends OperationMap<Ops> = AnyOperations>(contract: ServiceContract, data: ServiceData, door: Door): ServiceMock<Ops> {
  const checks = checkerOf(contract);
  const live: WeakRef<ServiceMockInstance>[] = [];
  let sweepAt = SWEEP_MIN;
  let built: Readonly<Record<string, Arbitrary<unknown>>> | undefined;
  /** The output arbitraries: given, or built once from the contract's plans on the first default answer. */
  const outputs = () =>
    data.outputs ?? (built ??= Object.fromEntries(Object.entries(exhaustiveArbitraries(contract).operations).map(([name, op]) => [name, op.output.wire])));

  const make = (options: MockOptions): ServiceMockInstance => {
    const instance = new ServiceMockInstance(contract, options, { checker: checks, outputs, door, helper: (name, mock) => helper(name, mock) });
    for (const name of Object.keys(contract.operations)) {
      const key = name.charAt(0).toLowerCase() + name.slice(1);
      if (MEMBERS.has(key)) continue;
      let bound: unknown;
      Object.defineProperty(instance, key, { get: () => (bound ??= helper(name, instance)), enumerable: false, configurable: true });
    }
    return instance;
  };

  const create = (options: MockOptions = {}): MockInstance<Ops> => {
    const instance = make(options);
    // Dead references are dropped when the list has doubled since the last sweep, not on every
    // create: a property test makes thousands of mocks in one job (none collected meanwhile), and a
    // sweep per create made that quadratic.
    if (live.length >= sweepAt) {
      let kept = 0;
      for (const ref of live) if (ref.deref() !== undefined) live[kept++] = ref;
      live.length = kept;
      sweepAt = Math.max(SWEEP_MIN, 2 * kept);
    }
    live.push(new WeakRef(instance));
    return instance as unknown as MockInstance<Ops>;
  };

  /** The newest live mock made by `create` that serves `url`. */
  const newestServing = (url: string): ServiceMockInstance | undefined => {
    for (let i = live.length - 1; i >= 0; i--) {
      const instance = live[i]!.deref();
      if (instance !== undefined && instance.$serves(url)) return instance;
    }
    return undefined;
  };

  /**
   * The helper of operation `name`: bound to `mock` when given; else answering in the newest live
   * mock serving the request's URL, or in a private mock made from the call's options.
   */
  const helper = (name: string, mock?: ServiceMockInstance): HelperOf<AnyOperations, string> => {
    if (!Object.prototype.hasOwnProperty.call(contract.operations, name)) throw new TypeError(`${contract.serviceName} has no operation ${name}`);
    const operation = contract.operations[name]!;

    /** Where a handler of this helper answers: a fixed mock, or one chosen per request. */
    const placeOf = (options: AnswerOptions | undefined): ((request: RequestHead) => ServiceMockInstance | undefined) => {
      const { mock: given, once: _once, ...rest } = options ?? {};
      const stray = Object.keys(rest).filter((k) => (rest as Record<string, unknown>)[k] !== undefined);
      const fixed = mock ?? given;
      if (fixed !== undefined) {
        if (!(fixed instanceof ServiceMockInstance) || fixed.contract !== contract) throw new TypeError(`options.mock must be a mock of ${contract.serviceName} made by its create()`);
        if (stray.length > 0) throw new TypeError(`a helper bound to a mock takes only { once }; give ${stray.join(", ")} to the mock's create() instead`);
        return (request) => (fixed.$claims(request, name) ? fixed : undefined);
      }
      const own = make(rest);
      return (request) => {
        const inUse = newestServing(request.url);
        if (inUse !== undefined) return inUse.$claims(request, name) ? inUse : undefined;
        return own.$claims(request, name) ? own : undefined;
      };
    };

    const handlerOf = (options: AnswerOptions | undefined, answer: FixedAnswer) => {
      const place = placeOf(options);
      return door.handler(
        (request) => place(request) !== undefined,
        async (request) => {
          const instance = place(request);
          if (instance === undefined) throw new Error(`${name}: the request is no longer served by a mock of ${contract.serviceName}`);
          return instance.$respond(request, { operation: name, answer });
        },
        { once: options?.once === true },
      );
    };

    // Checking an answer depends on the contract alone: any mock of the service checks it, once,
    // where the test gives it (a bad output throws at that line).
    let checking: ServiceMockInstance | undefined;
    const checker = () => (checking ??= mock ?? make({}));

    const answerWith = (answer: unknown, options?: AnswerOptions) => {
      const fixed: FixedAnswer =
        typeof answer === "function"
          ? { kind: "resolver", resolve: answer as (input: unknown, ctx: ResolverContext<any>) => unknown }
          : { kind: "output", body: checker().$checkedOutput(operation, answer) };
      return handlerOf(options, fixed);
    };
    const error = (errorName: string, body?: object, options?: AnswerOptions) => handlerOf(options, checker().$checkedError(operation, errorName, body ?? {}));

    return Object.assign(answerWith, { error, operationName: name }) as unknown as HelperOf<AnyOperations, string>;
  };

  return {
    contract,
    create,
    handlers: (options?: MockOptions) => create(options).handlers,
    operation: ((name: string) => helper(name)) as ServiceMock<Ops>["operation"],
  };
}
