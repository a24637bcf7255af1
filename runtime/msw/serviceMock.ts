/**
 * `createServiceMock`: what a generated `msw.ts` calls to turn its service's contract and output
 * arbitraries into mocks and typed per-operation helpers.
 */
import type { ServiceContract } from "../contract.ts";
import { ServiceMockInstance, type AnswerScope, type FixedAnswer, type ServiceData } from "./instance.ts";
import type { AnswerOptions, AnyOperations, MockOptions, OperationHelper, OperationMap, ResolverContext, ServiceMock } from "./types.ts";
import { Validators } from "./validators.ts";

/**
 * The mock of a service, from its contract and its wire-form output arbitraries. It holds no
 * request state itself: `create(options)` makes a mock with its own state; `handlers(options)` is
 * the handlers of a fresh one; `operation(name)` the typed helper of one operation. `Ops` binds the
 * helpers to the service's types (the generated file declares it).
 *
 * @example
 * // generated msw.ts
 * const personalize = createServiceMock<PersonalizeOperations>(contract, { outputs });
 * export const createPersonalizeMock = personalize.create;
 * export const personalizeHandlers = personalize.handlers;
 * export const describeDatasetImportJob = personalize.operation("DescribeDatasetImportJob");
 *
 * // a test
 * const mock = createPersonalizeMock({ seed: 7 });
 * const server = setupServer(...mock.handlers);
 * server.use(describeDatasetImportJob({ datasetImportJob: { status: "ACTIVE" } }, { mock }));
 * server.use(describeDatasetImportJob.error("ResourceNotFoundException", { message: "gone" }, { mock }));
 */
export function createServiceMock<Ops extends OperationMap<Ops> = AnyOperations>(contract: ServiceContract, data: ServiceData): ServiceMock<Ops> {
  const validators = new Validators();
  const create = (options: MockOptions = {}) => new ServiceMockInstance(contract, options, validators, data);

  /** The mock an answer handler works in: the given one, or a private one made from the options. */
  const instanceFor = (options: AnswerOptions | undefined): ServiceMockInstance => {
    const { mock, once: _once, ...rest } = options ?? {};
    if (mock === undefined) return create(rest);
    if (!(mock instanceof ServiceMockInstance) || mock.contract !== contract) {
      throw new TypeError(`options.mock must be a mock of ${contract.serviceName} made by its create()`);
    }
    const stray = Object.keys(rest).filter((k) => (rest as Record<string, unknown>)[k] !== undefined);
    if (stray.length > 0) throw new TypeError(`with options.mock, give ${stray.join(", ")} to the mock's create() instead`);
    return mock;
  };

  const operation = (name: string) => {
    if (!Object.prototype.hasOwnProperty.call(contract.operations, name)) {
      throw new TypeError(`${contract.serviceName} has no operation ${name}`);
    }
    const op = contract.operations[name]!;
    const handlerOf = (instance: ServiceMockInstance, answer: FixedAnswer, options: AnswerOptions | undefined) => {
      const scope: AnswerScope = { operation: name, answer, once: options?.once === true, used: false };
      return instance.handler(scope);
    };
    const answerWith = (answer: unknown, options?: AnswerOptions) => {
      const instance = instanceFor(options);
      const fixed: FixedAnswer =
        typeof answer === "function"
          ? { kind: "resolver", resolve: answer as (input: unknown, ctx: ResolverContext<any>) => unknown }
          : { kind: "output", body: instance.checkedOutput(op, answer) };
      return handlerOf(instance, fixed, options);
    };
    const error = (errorName: string, body?: object, options?: AnswerOptions) => {
      const instance = instanceFor(options);
      return handlerOf(instance, instance.checkedError(op, errorName, body ?? {}), options);
    };
    return Object.assign(answerWith, { error, operationName: name }) as unknown as OperationHelper<never, never, never>;
  };

  return {
    contract,
    create,
    handlers: (options?: MockOptions) => create(options).handlers,
    operation: operation as ServiceMock<Ops>["operation"],
  };
}
