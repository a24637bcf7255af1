/**
 * Readers of the traits that carry structure: HTTP bindings, `@paginated`, `@examples`, `@endpoint`
 * and the service traits (protocols, `aws.api#service`, `aws.auth#sigv4`). Each checks the value's
 * form and fails with a {@link ModelError} whose pointer names the offending field
 * (`…/traits/smithy.api#http/method`), so no later code meets a malformed value or a trait id.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html
 * @see https://smithy.io/2.0/spec/behavior-traits.html#paginated-trait
 * @see https://smithy.io/2.0/spec/documentation-traits.html#examples-trait
 * @see https://smithy.io/2.0/aws/aws-core.html#aws-api-service-trait
 */
import { ModelError, pointer } from "./errors.ts";
import type { AwsServiceTrait, DocumentValue, ExampleTrait, HttpTrait, PaginatedTrait, ProtocolName, ProtocolTrait, Traits } from "./shapes.ts";

/** Where a trait map sits, for error messages. */
export interface TraitSite {
  readonly file: string;
  readonly shapeId: string;
  /** JSON pointer of the `traits` object. */
  readonly pointer: string;
}

/** One trait map being read: lookups by absolute trait id, and failures that point into a trait's value. */
export class TraitReader {
  constructor(
    private readonly raw: Readonly<Record<string, unknown>>,
    private readonly site: TraitSite,
  ) {}

  has(id: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.raw, id);
  }

  /** True when the map has any of `ids`. */
  hasAny(ids: ReadonlySet<string>): boolean {
    for (const id of Object.keys(this.raw)) if (ids.has(id)) return true;
    return false;
  }

  get(id: string): unknown {
    return this.has(id) ? this.raw[id] : undefined;
  }

  /** Throws the ModelError for trait `id`, pointing at `tokens` inside its value. */
  fail(id: string, problem: string, ...tokens: string[]): never {
    throw new ModelError(this.site.file, `trait ${id} ${problem}`, this.site.shapeId, this.site.pointer + pointer(id, ...tokens));
  }

  /** The trait's value as an object (fails otherwise), or undefined when the trait is absent. */
  object(id: string, what = "an object"): Record<string, unknown> | undefined {
    if (!this.has(id)) return undefined;
    const v = this.raw[id];
    if (!isRecord(v)) this.fail(id, `must be ${what}`);
    return v;
  }

  /** A string trait (non-empty when `nonEmpty`), or undefined when absent. */
  string(id: string, nonEmpty = false): string | undefined {
    if (!this.has(id)) return undefined;
    const v = this.raw[id];
    if (typeof v !== "string" || (nonEmpty && v === "")) this.fail(id, nonEmpty ? "must be a non-empty string" : "must be a string");
    return v;
  }

  /** Field `key` of trait `id`'s object value: a string, or undefined when absent and not `required`. */
  field(id: string, value: Record<string, unknown>, key: string, opts: { required?: boolean; nonEmpty?: boolean } = {}): string | undefined {
    const v = value[key];
    if (v === undefined && !opts.required) return undefined;
    if (typeof v !== "string" || (opts.nonEmpty && v === "")) {
      this.fail(id, `${key} must be a ${opts.nonEmpty ? "non-empty " : ""}string`, key);
    }
    return v;
  }
}

/** Traits under construction: the reader writes each field in turn (see readTraits). */
export type TraitsBeingRead = { -readonly [K in keyof Traits]: Traits[K] };

/**
 * The HTTP binding traits (and `@jsonName`, `@mediaType`, `@endpoint`, `@hostLabel`, event stream
 * members), written into `into` in the order of the Traits interface, each by a plain property store
 * (an object given its fields through `Object.assign` or spreads is several times slower to build).
 */
export function readHttpTraits(r: TraitReader, into: TraitsBeingRead): void {
  let http: HttpTrait | undefined;
  const h = r.object("smithy.api#http", "an object with method and uri");
  if (h !== undefined) {
    const method = r.field("smithy.api#http", h, "method", { required: true, nonEmpty: true })!;
    const uri = r.field("smithy.api#http", h, "uri", { required: true, nonEmpty: true })!;
    if (!uri.startsWith("/")) r.fail("smithy.api#http", `uri ${JSON.stringify(uri)} must start with "/"`, "uri");
    let code = 200;
    if (h.code !== undefined) {
      if (typeof h.code !== "number" || !Number.isInteger(h.code) || h.code < 100 || h.code > 999) r.fail("smithy.api#http", "code must be an integer from 100 to 999", "code");
      code = h.code as number;
    }
    http = Object.freeze({ method, uri, code });
  }
  let endpoint: { hostPrefix: string } | undefined;
  const e = r.object("smithy.api#endpoint", "an object with hostPrefix");
  if (e !== undefined) endpoint = Object.freeze({ hostPrefix: r.field("smithy.api#endpoint", e, "hostPrefix", { required: true, nonEmpty: true })! });

  const httpQuery = r.string("smithy.api#httpQuery", true);
  const httpHeader = r.string("smithy.api#httpHeader", true);
  const httpPrefixHeaders = r.string("smithy.api#httpPrefixHeaders");
  const jsonName = r.string("smithy.api#jsonName");
  const mediaType = r.string("smithy.api#mediaType", true);
  if (http !== undefined) into.http = http;
  into.httpLabel = r.has("smithy.api#httpLabel");
  if (httpQuery !== undefined) into.httpQuery = httpQuery;
  into.httpQueryParams = r.has("smithy.api#httpQueryParams");
  if (httpHeader !== undefined) into.httpHeader = httpHeader;
  if (httpPrefixHeaders !== undefined) into.httpPrefixHeaders = httpPrefixHeaders;
  into.httpPayload = r.has("smithy.api#httpPayload");
  into.httpResponseCode = r.has("smithy.api#httpResponseCode");
  if (jsonName !== undefined) into.jsonName = jsonName;
  if (mediaType !== undefined) into.mediaType = mediaType;
  into.eventHeader = r.has("smithy.api#eventHeader");
  into.eventPayload = r.has("smithy.api#eventPayload");
  if (endpoint !== undefined) into.endpoint = endpoint;
  into.hostLabel = r.has("smithy.api#hostLabel");
}

const PAGINATED_FIELDS = ["inputToken", "outputToken", "items", "pageSize"] as const;

/** `@paginated` as written on this shape. */
export function readPaginated(r: TraitReader): PaginatedTrait | undefined {
  const id = "smithy.api#paginated";
  const v = r.object(id);
  if (v === undefined) return undefined;
  const out: { -readonly [K in keyof PaginatedTrait]: PaginatedTrait[K] } = {};
  for (const k of PAGINATED_FIELDS) {
    const s = r.field(id, v, k, { nonEmpty: true });
    if (s !== undefined) out[k] = s;
  }
  return Object.freeze(out);
}

const SHAPE_ID = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*$/;

/** `@examples`: each entry's title, prose, input, output, error and `allowConstraintErrors`. */
export function readExamples(r: TraitReader): readonly ExampleTrait[] | undefined {
  const id = "smithy.api#examples";
  if (!r.has(id)) return undefined;
  const list = r.get(id);
  if (!Array.isArray(list)) return r.fail(id, "must be an array of examples");
  return Object.freeze(
    list.map((x: unknown, i): ExampleTrait => {
      const at = String(i);
      if (!isRecord(x)) return r.fail(id, `example ${i} must be an object`, at);
      if (typeof x.title !== "string") r.fail(id, `example ${i} title must be a string`, at, "title");
      if (x.documentation !== undefined && typeof x.documentation !== "string") r.fail(id, `example ${i} documentation must be a string`, at, "documentation");
      for (const k of ["input", "output"] as const) {
        if (x[k] !== undefined && !isRecord(x[k])) r.fail(id, `example ${i} ${k} must be an object`, at, k);
      }
      if (x.allowConstraintErrors !== undefined && typeof x.allowConstraintErrors !== "boolean") {
        r.fail(id, `example ${i} allowConstraintErrors must be a boolean`, at, "allowConstraintErrors");
      }
      let error: ExampleTrait["error"];
      if (x.error !== undefined) {
        const err = x.error;
        if (!isRecord(err)) return r.fail(id, `example ${i} error must be an object`, at, "error");
        if (typeof err.shapeId !== "string" || !SHAPE_ID.test(err.shapeId)) r.fail(id, `example ${i} error shapeId must be an absolute shape id`, at, "error", "shapeId");
        error = Object.freeze({ shapeId: err.shapeId as string, ...(err.content !== undefined && { content: freezeDocument(err.content) }) });
      }
      return Object.freeze({
        title: x.title as string,
        ...(typeof x.documentation === "string" && { documentation: x.documentation }),
        ...(x.input !== undefined && { input: freezeDocument(x.input) }),
        ...(x.output !== undefined && { output: freezeDocument(x.output) }),
        ...(error !== undefined && { error }),
        allowConstraintErrors: x.allowConstraintErrors === true,
      });
    }),
  );
}

/** The protocol traits the loader knows, by absolute id. */
export const PROTOCOL_TRAITS: Readonly<Record<string, ProtocolName>> = {
  "aws.protocols#awsJson1_0": "awsJson1_0",
  "aws.protocols#awsJson1_1": "awsJson1_1",
  "aws.protocols#restJson1": "restJson1",
  "aws.protocols#restXml": "restXml",
  "aws.protocols#awsQuery": "awsQuery",
  "aws.protocols#ec2Query": "ec2Query",
  "smithy.protocols#rpcv2Cbor": "rpcv2Cbor",
};

const NO_PROTOCOLS: readonly ProtocolTrait[] = Object.freeze([]);
const PROTOCOL_ENTRIES = Object.entries(PROTOCOL_TRAITS);
const SERVICE_TRAITS: ReadonlySet<string> = new Set([...Object.keys(PROTOCOL_TRAITS), "aws.api#service", "aws.auth#sigv4"]);

/** The service traits, written into `into` as {@link readHttpTraits} writes: protocols (sorted by id), `aws.api#service`, `aws.auth#sigv4`. */
export function readServiceTraits(r: TraitReader, into: TraitsBeingRead): void {
  // Only services carry these: one pass over the map's few ids instead of ten lookups per map.
  if (!r.hasAny(SERVICE_TRAITS)) {
    into.protocols = NO_PROTOCOLS;
    return;
  }
  const protocols: ProtocolTrait[] = [];
  for (const [id, name] of PROTOCOL_ENTRIES) {
    const v = r.object(id);
    if (v === undefined) continue;
    const list = (key: "http" | "eventStreamHttp"): readonly string[] => {
      const l = v[key];
      if (l === undefined) return NO_PROTOCOLS as readonly never[];
      if (!Array.isArray(l) || !l.every((x) => typeof x === "string")) return r.fail(id, `${key} must be an array of strings`, key);
      return Object.freeze([...(l as string[])]);
    };
    protocols.push(Object.freeze({ id, name, http: list("http"), eventStreamHttp: list("eventStreamHttp") }));
  }
  protocols.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  let awsService: AwsServiceTrait | undefined;
  const svcId = "aws.api#service";
  const s = r.object(svcId, "an object with sdkId");
  if (s !== undefined) {
    const out: { -readonly [K in keyof AwsServiceTrait]: AwsServiceTrait[K] } = { sdkId: r.field(svcId, s, "sdkId", { required: true })! };
    for (const k of ["endpointPrefix", "arnNamespace", "cloudFormationName", "cloudTrailEventSource"] as const) {
      const f = r.field(svcId, s, k);
      if (f !== undefined) out[k] = f;
    }
    awsService = Object.freeze(out);
  }
  let sigv4: { name: string } | undefined;
  const sig = r.object("aws.auth#sigv4", "an object with name");
  if (sig !== undefined) sigv4 = Object.freeze({ name: r.field("aws.auth#sigv4", sig, "name", { required: true, nonEmpty: true })! });
  into.protocols = protocols.length === 0 ? NO_PROTOCOLS : Object.freeze(protocols);
  if (awsService !== undefined) into.awsService = awsService;
  if (sigv4 !== undefined) into.sigv4 = sigv4;
}

/** A JSON value from the model, frozen all the way down (it is shared by every reader of the graph). */
export function freezeDocument(v: unknown): DocumentValue {
  if (typeof v === "object" && v !== null && !Object.isFrozen(v)) {
    for (const x of Object.values(v)) freezeDocument(x);
    Object.freeze(v);
  }
  return v as DocumentValue;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
