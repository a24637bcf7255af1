/**
 * The HTTP bindings of an operation and its errors, read once from the shape graph: where each
 * member of the input, the output and an error travels in an HTTP message (`@http`, `@httpLabel`,
 * `@httpQuery`, `@httpQueryParams`, `@httpHeader`, `@httpPrefixHeaders`, `@httpPayload`,
 * `@httpResponseCode`; the rest in the JSON body under its `@jsonName`). One home for bindings: the
 * contract builder prints them into `contract.ts` (restJson1), and the per-part JSON Schema files
 * are built from the same functions.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
import type { BoundMember, HttpBindings, MessageBindings, ValueKind } from "../../runtime/contract.ts";
import type { Member, OperationShape, Shape, StructureShape, UnitShape } from "../model/shapes.ts";

type Side = "request" | "response";

/**
 * The bindings of `op`, or undefined when it has no `@http` trait (awsJson operations; a restJson1
 * model always has one). Members keep model order in every list.
 *
 * @example
 * httpBindingsOf(getFunction)
 * // { method: "GET", uri: "/functions/{FunctionName}", code: 200,
 * //   input: { labels: [{ member: "FunctionName", name: "FunctionName", kind: "string", required: true }] },
 * //   output: { body: [{ member: "Configuration", name: "Configuration", kind: "structure" }] } }
 * @see https://smithy.io/2.0/spec/http-bindings.html#http-trait
 */
export function httpBindingsOf(op: OperationShape): HttpBindings | undefined {
  const http = op.traits.http;
  if (http === undefined) return undefined;
  const greedy = new Set([...http.uri.matchAll(/\{([^}]+)\+\}/g)].map((m) => m[1]!));
  return {
    method: http.method,
    uri: http.uri,
    code: http.code,
    input: messageBindingsOf(op.input, "request", greedy),
    output: messageBindingsOf(op.output, "response", greedy),
  };
}

/**
 * The bindings of an error structure's members (`@httpHeader`, `@httpPrefixHeaders`, the body with
 * `@jsonName`s), as `ErrorContract.bindings` carries them.
 *
 * @example errorBindingsOf(complexError).headers // [{ member: "Header", name: "X-Header", kind: "string" }]
 * @see https://smithy.io/2.0/spec/http-bindings.html#httperror-trait
 */
export function errorBindingsOf(error: StructureShape): MessageBindings {
  return messageBindingsOf(error, "response", new Set());
}

/**
 * `@endpoint(hostPrefix)` of an operation, the host label a client puts before the endpoint's host
 * (`foo.`, `foo.{label}.`); undefined without one.
 *
 * @see https://smithy.io/2.0/spec/endpoint-traits.html#endpoint-trait
 */
export function hostPrefixOf(op: OperationShape): string | undefined {
  return op.traits.endpoint?.hostPrefix;
}

/**
 * The `@jsonName`s of the members of structures and unions, by the shape's key (as
 * `ServiceContract.shapes` keys them) and member name; only shapes with at least one member whose
 * JSON name differs from its name.
 *
 * @example jsonNamesOf([simpleScalarProperties], keys) // { SimpleScalarPropertiesInputOutput: { doubleValue: "DoubleDribble" } }
 * @see https://smithy.io/2.0/spec/protocol-traits.html#jsonname-trait
 */
export function jsonNamesOf(shapes: Iterable<Shape>, keys: ReadonlyMap<string, string>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const entries: [string, Record<string, string>][] = [];
  for (const shape of shapes) {
    if (shape.kind !== "structure" && shape.kind !== "union") continue;
    const renamed = shape.members.filter((m) => m.traits.jsonName !== undefined && m.traits.jsonName !== m.name);
    const key = keys.get(shape.id);
    if (renamed.length === 0 || key === undefined) continue;
    entries.push([key, Object.fromEntries(renamed.map((m) => [m.name, m.traits.jsonName!]))]);
  }
  for (const [key, names] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[key] = names;
  return out;
}

function messageBindingsOf(shape: StructureShape | UnitShape, side: Side, greedy: ReadonlySet<string>): MessageBindings {
  if (shape.kind === "unit") return {};
  const labels: BoundMember[] = [];
  const query: BoundMember[] = [];
  const headers: BoundMember[] = [];
  const body: BoundMember[] = [];
  let queryParams: BoundMember | undefined;
  let prefixHeaders: BoundMember | undefined;
  let payload: BoundMember | undefined;
  let responseCode: string | undefined;
  for (const m of shape.members) {
    const t = m.traits;
    // Request-only and response-only traits are ignored on the other side, as the spec says.
    if (side === "request" && t.httpLabel) labels.push({ ...bound(m, m.name), ...(greedy.has(m.name) && { greedy: true }) });
    else if (side === "request" && t.httpQuery !== undefined) query.push(bound(m, t.httpQuery));
    else if (side === "request" && t.httpQueryParams) queryParams = bound(m, m.name);
    else if (t.httpHeader !== undefined) headers.push(bound(m, t.httpHeader));
    else if (t.httpPrefixHeaders !== undefined) prefixHeaders = bound(m, t.httpPrefixHeaders);
    else if (t.httpPayload) payload = bound(m, m.name);
    else if (side === "response" && t.httpResponseCode) responseCode = m.name;
    else body.push(bound(m, t.jsonName ?? m.name));
  }
  return {
    ...(labels.length > 0 && { labels }),
    ...(query.length > 0 && { query }),
    ...(queryParams !== undefined && { queryParams }),
    ...(headers.length > 0 && { headers }),
    ...(prefixHeaders !== undefined && { prefixHeaders }),
    ...(payload !== undefined && { payload }),
    ...(responseCode !== undefined && { responseCode }),
    // With a payload, no other member is in the body (the model validator forbids them).
    ...(payload === undefined && body.length > 0 && { body }),
  };
}

/** A member as a binding carries it: its wire name, its kind (and its items'), its explicit timestamp format and media type. */
function bound(member: Member, name: string): BoundMember {
  const target = member.target;
  const item = itemOf(target);
  // A list's items take the list member's format; a map's, its value's.
  const formatSource = target.kind === "list" ? target.member : target.kind === "map" ? target.value : member;
  const timestampFormat = formatSource.effective.timestampFormat;
  const mediaType = member.effective.mediaType;
  return {
    member: member.name,
    name,
    kind: kindOf(target),
    ...(item !== undefined && { item }),
    ...(timestampFormat !== undefined && { timestampFormat }),
    ...(mediaType !== undefined && { mediaType }),
    ...(member.effective.required && { required: true }),
  };
}

function itemOf(shape: Shape): ValueKind | undefined {
  if (shape.kind === "list") return kindOf(shape.member.target);
  if (shape.kind === "map") return kindOf(shape.value.target);
  return undefined;
}

function kindOf(shape: Shape): ValueKind {
  switch (shape.kind) {
    case "operation":
    case "resource":
    case "service":
    case "unit":
      throw new Error(`${shape.id}: a ${shape.kind} is not a bound member's value`);
    default:
      return shape.kind;
  }
}
