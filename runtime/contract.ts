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

/** The protocols the runtime speaks (runtime/protocol/: one module each, behind one interface). */
export type ProtocolName = AwsJsonProtocol | "restJson1";

export interface ErrorContract {
  /** The error's shape name, as `__type` carries it on awsJson1_1 (`InvalidInputException`). */
  readonly name: string;
  /** Absolute shape id (`com.amazonaws.personalize#InvalidInputException`), as awsJson1_0 servers send it. */
  readonly shapeId: string;
  readonly fault: "client" | "server";
  /** `@httpError`, else 400 for client and 500 for server faults. */
  readonly status: number;
  /** restJson1: the error's members bound to headers (`@httpHeader`); the rest are in the body. */
  readonly bindings?: MessageBindings;
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
  /**
   * The request's identifiers that come back in the answer: an output member with the name and
   * target of an input member, at the top level or one level down (realistic data only).
   */
  readonly echo?: readonly PointerLink[];
  /** Output members whose size a request member sets (`PasswordLength` → the password's length). */
  readonly bounds?: readonly BoundLink[];
  /** `@paginated`, merged over the service's, with the members it names as JSON pointers. */
  readonly paging?: PagingSpec;
  /** The operation's `@examples` in wire form: a request equal to an example's input gets its answer. */
  readonly examples?: readonly ExampleSpec[];
  /** restJson1: how the operation's members travel in the HTTP request and answer (`@http` and the binding traits). */
  readonly http?: HttpBindings;
  /** `@endpoint(hostPrefix)`: the host label the client puts before the endpoint's host (`foo.`, `{label}.data.`). */
  readonly hostPrefix?: string;
}

/**
 * How one operation's input and output travel over HTTP (restJson1): the `@http` method, URI
 * pattern and success code, and where each member goes. The values a mock reads and answers are
 * *documents* — every member of the input or output structure by its member name, in the form the
 * JSON body carries it — and the protocol (runtime/protocol/restjson1/) moves them between a
 * document and the message's parts with these bindings.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html
 */
export interface HttpBindings {
  readonly method: string;
  /** The `@http` URI pattern as the model writes it: `/functions/{FunctionName}/invocations?x-literal=1`. */
  readonly uri: string;
  /** The success status (`@http` code). */
  readonly code: number;
  readonly input: MessageBindings;
  readonly output: MessageBindings;
}

/** Where the members of one message (a request, an answer, an error) go. Members in none of the lists go in the JSON body. */
export interface MessageBindings {
  /** `@httpLabel` members (request only), by the label they fill. */
  readonly labels?: readonly BoundMember[];
  /** `@httpQuery` members (request only), by query key. */
  readonly query?: readonly BoundMember[];
  /** The `@httpQueryParams` map member (request only). */
  readonly queryParams?: BoundMember;
  /** `@httpHeader` members, by header name. */
  readonly headers?: readonly BoundMember[];
  /** The `@httpPrefixHeaders` map member; `name` is the prefix. */
  readonly prefixHeaders?: BoundMember;
  /** The `@httpPayload` member: the whole body. */
  readonly payload?: BoundMember;
  /** The `@httpResponseCode` member (answer only). */
  readonly responseCode?: string;
  /** The members in the JSON body, each with its JSON name (`@jsonName`, else the member name). */
  readonly body?: readonly BoundMember[];
}

/** One member as a binding carries it. */
export interface BoundMember {
  /** The member's name: its key in the document. */
  readonly member: string;
  /** Its name on the wire: the label, query key, header name or prefix, or the JSON name in the body. */
  readonly name: string;
  /** What the member holds (its target's kind). */
  readonly kind: ValueKind;
  /** For a list or a map: what its items (values) hold. */
  readonly item?: ValueKind;
  /**
   * The member's `@timestampFormat` (its own, else its target's; for a list its member's, for a map
   * its value's); absent: the location's default on the wire (headers `http-date`, labels and query
   * `date-time`) and epoch seconds in the document.
   */
  readonly timestampFormat?: "epoch-seconds" | "date-time" | "http-date";
  /** `@mediaType` of a payload or a header value. */
  readonly mediaType?: string;
  /** A greedy label (`{key+}`): it spans `/`. */
  readonly greedy?: boolean;
  readonly required?: boolean;
}

/** The kinds of values a member can hold. */
export type ValueKind =
  | "string"
  | "enum"
  | "boolean"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "intEnum"
  | "timestamp"
  | "blob"
  | "list"
  | "map"
  | "structure"
  | "union"
  | "document";

/** A value copied from the request (`from`, a pointer into the input) into the answer (`to`, into the output). */
export interface PointerLink {
  readonly from: string;
  readonly to: string;
}

/** A request member (`from`, an integer) that sets the size of an output member (`to`): a string's length or a list's item count. */
export interface BoundLink extends PointerLink {
  readonly kind: "length" | "count";
}

/**
 * How a list operation pages, from `@paginated`: the tokens and page size in the request, the token
 * and the page's items in the answer. Answers page through one stable collection per request.
 *
 * @see https://smithy.io/2.0/spec/behavior-traits.html#paginated-trait
 */
export interface PagingSpec {
  /** Pointer into the input of the token that asks for the next page. */
  readonly inputToken: string;
  /** Pointer into the output of the token that leads to the next page (absent on the last). */
  readonly outputToken: string;
  /** Pointer into the output of the page's items (`@paginated` items, else the output's only list member). */
  readonly items?: string;
  /** Pointer into the input of the page size. */
  readonly pageSize?: string;
  /** The page size when the request gives none: the page-size member's maximum, else 100. */
  readonly defaultPageSize: number;
}

/** One `@examples` entry in wire form. */
export interface ExampleSpec {
  readonly title: string;
  readonly input: unknown;
  /** The answer: an output, or a modeled error with its content. */
  readonly output?: unknown;
  readonly error?: { readonly name: string; readonly content: unknown };
}

/**
 * A resource whose state a mock keeps across calls: created, then read, listed, updated and deleted
 * consistently. From Smithy `resource` shapes, or from an overlay for models without them.
 *
 * @see https://smithy.io/2.0/spec/service-types.html#resource
 */
export interface ResourceSpec {
  readonly name: string;
  /** The member that names one resource, in requests and in its record. */
  readonly identifier: string;
  /** Makes a resource: the id comes back in the answer at `idPointer` (the service assigns it), or is the request's at `idPointer` with `put`. */
  readonly create?: { readonly operation: string; readonly idPointer: string; readonly from: "output" | "input" };
  /** Reads one: the id in the request, the record in the answer (`""`: the answer's top level). */
  readonly read?: { readonly operation: string; readonly idPointer: string; readonly record: string };
  readonly update?: { readonly operation: string; readonly idPointer: string };
  readonly delete?: { readonly operation: string; readonly idPointer: string };
  /** Lists them: the page's items in the answer; request members that filter by the record's member of the same name. */
  readonly list?: { readonly operation: string; readonly items: string; readonly filters: readonly string[] };
  /** The modeled error that says a resource does not exist (closed world, deleted ones). */
  readonly notFound?: string;
}

/** Members that exclude each other: a structure holding several of them keeps one (Secrets Manager's `SecretString` and `SecretBinary`). */
export interface ExclusiveSpec {
  readonly members: readonly string[];
  /** The structures (shape keys) it applies to; all that hold the members when absent. */
  readonly shapes?: readonly string[];
}

/** A correction of the model (applied before anything is generated), named in generated headers. */
export interface ErratumSpec {
  /** The shape or member (`ns#Shape$member`) whose trait is replaced. */
  readonly shape: string;
  readonly trait: string;
  readonly reason: string;
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
  readonly protocol: ProtocolName;
  /** `aws.api#service` endpointPrefix, for the default `https://<prefix>.<region>.amazonaws.com` endpoint. */
  readonly endpointPrefix: string;
  readonly operations: Readonly<Record<string, OperationContract>>;
  /** Lifecycle overlays by operation name (from an overlay file given to `generate`). */
  readonly lifecycles?: Readonly<Record<string, LifecycleSpec>>;
  /** The plan of every data shape the operations use, by key (its name in the service). */
  readonly shapes?: Readonly<Record<string, ArbitraryPlan>>;
  /** `aws.api#service` arnNamespace (else the endpoint prefix): `arn:aws:<this>:…` in realistic ARNs. */
  readonly arnNamespace?: string;
  /** Resources whose state the mocks keep (Smithy `resource` shapes and the overlay's). */
  readonly resources?: readonly ResourceSpec[];
  /** Members that exclude each other (from the overlay). */
  readonly exclusive?: readonly ExclusiveSpec[];
  /** Corrections of the model the contract was built with (from the overlay). */
  readonly errata?: readonly ErratumSpec[];
  /**
   * restJson1: the `@jsonName`s of structure and union members, by the shape's key in
   * {@link shapes} and member name (only shapes with a member whose JSON name differs). The body
   * carries a member under its JSON name; the document, under its member name.
   */
  readonly jsonNames?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * The `@internal` values of enums, by the enum's key in {@link shapes}: accepted in requests, but
   * left out of the values Smithy's framework validation error lists.
   */
  readonly internalEnumValues?: Readonly<Record<string, readonly string[]>>;
}
