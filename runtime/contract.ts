/**
 * The machine-readable contract of a service that generated code hands to the runtime: what the
 * mock routes on, validates against and answers with. Generated `contract.ts` files export one
 * `ServiceContract`; nothing in it is Personalize-specific.
 */
import type { ArbitraryPlan } from "./data/plan.ts";

export type { ArbitraryPlan, MemberPlan } from "./data/plan.ts";

/** A JSON Schema (draft 2020-12) object, self-contained (`$defs` inside). */
export type JsonSchema = Readonly<Record<string, unknown>>;

export type AwsJsonProtocol = "awsJson1_0" | "awsJson1_1";

export interface ErrorContract {
  /** The error's shape name, as `__type` carries it on awsJson1_1 (`InvalidInputException`). */
  readonly name: string;
  /** Absolute shape id (`com.amazonaws.personalize#InvalidInputException`), as awsJson1_0 servers send it. */
  readonly shapeId: string;
  readonly fault: "client" | "server";
  /** `@httpError`, else 400 for client and 500 for server faults. */
  readonly status: number;
  /** Wire schema of the error body (members plus `__type`). */
  readonly schema: JsonSchema;
}

export interface OperationContract {
  readonly name: string;
  /** Wire schema of the request body. */
  readonly input: JsonSchema;
  /** Wire schema of the response body. */
  readonly output: JsonSchema;
  /** Modeled errors by name (service-wide errors included). */
  readonly errors: Readonly<Record<string, ErrorContract>>;
  /**
   * The plans of the operation's values, referring to {@link ServiceContract.shapes} (`tie` a shape
   * key, or `unit`): what the mocks draw their answers from. Absent in hand-written contracts.
   */
  readonly plans?: OperationPlans;
}

export interface OperationPlans {
  readonly input: ArbitraryPlan;
  readonly output: ArbitraryPlan;
  /** By error name. */
  readonly errors: Readonly<Record<string, ArbitraryPlan>>;
}

/**
 * A resource's lifecycle, for resources whose states the model describes only in prose.
 * Successive calls of `operation` for the same id (read from the request at `idPointer`) move
 * through `states`; the state is written into the response at `statePointer`.
 */
export interface LifecycleSpec {
  readonly operation: string;
  /** JSON pointer into the request body of the value that identifies the resource. */
  readonly idPointer: string;
  /** JSON pointer into the response body where the state goes. */
  readonly statePointer: string;
  /** JSON pointer into the response of the identifier, so the answer describes the asked resource. */
  readonly responseIdPointer?: string;
  /** The states in order; the last is the terminal success state. */
  readonly states: readonly string[];
  /** The terminal failure state and where its reason goes. */
  readonly failure?: { readonly state: string; readonly reasonPointer?: string };
  /** JSON pointers of timestamps that move forward on each change of state. */
  readonly updatedPointers?: readonly string[];
  /**
   * JSON pointers of timestamps the moving ones must never precede (a job is updated after it is
   * created): the moving timestamps start at the latest of these and their own first value.
   */
  readonly createdPointers?: readonly string[];
}

export interface ServiceContract {
  /** The service shape's name: the `X-Amz-Target` prefix (`AmazonPersonalize`). */
  readonly serviceName: string;
  readonly serviceId: string;
  readonly sdkId: string;
  readonly protocol: AwsJsonProtocol;
  /** `aws.api#service` endpointPrefix, for the default `https://<prefix>.<region>.amazonaws.com` endpoint. */
  readonly endpointPrefix: string;
  readonly operations: Readonly<Record<string, OperationContract>>;
  /** Lifecycle overlays by operation name (from an overlay file given to `generate`). */
  readonly lifecycles?: Readonly<Record<string, LifecycleSpec>>;
  /** The plan of every data shape the operations use, by key (its name in the service). */
  readonly shapes?: Readonly<Record<string, ArbitraryPlan>>;
}
