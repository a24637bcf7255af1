/**
 * A recorded request or answer of an operation whose members travel in several parts of the
 * message (HTTP bindings: labels, query, headers, payload and body), checked as its protocol reads
 * it: the protocol gathers the parts into the operation's document (`Protocol.readRequest`,
 * `Protocol.readResponse`), the contract checks the document, and each violation says where on the
 * wire its member was (`request header X-Amz-Log-Type`, `request label FunctionName`,
 * `response body`) beside its JSON pointer into the document. Reading is strict: what the protocol
 * cannot read is a violation, and so are a body member the operation does not know and a `null`
 * member (the protocol, lenient as a service, drops those), unless unknown members are allowed.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
import type { MessageBindings, OperationContract } from "../../runtime/contract.ts";
import { ERROR_TYPE_HEADER, isUnmodeledAwsError } from "../../runtime/protocol/awsjson.ts";
import { protocolOf } from "../../runtime/protocol/index.ts";
import type { IncomingRequest } from "../../runtime/protocol/message.ts";
import { droppedMembers, ERROR_NAME_MEMBERS } from "../../runtime/vitest/dropped-members.ts";
import { formatPointer, parsePointer } from "../../runtime/validation/pointer.ts";
import { formatValue, type Violation } from "../../runtime/validation/violations.ts";
import type { ValidationContract } from "./contract.ts";
import type { HarExchange } from "./har.ts";
import { headersOf } from "./route.ts";

/** A violation and where on the wire its value was (`request header X-Amz-Log-Type`); absent when the body is the whole document. */
export type LocatedViolation = Violation & { readonly wire?: string };

/** What checking one message found (as items.ts's Outcome). */
export interface BoundOutcome {
  readonly label: string;
  readonly violations: readonly LocatedViolation[];
}

/** Statuses whose answers carry no body (fetch refuses a body with them). */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * The request of a HAR entry routed to `operation` (with the route's `labels`), checked as the
 * operation's input document.
 *
 * @example await checkBoundRequest(lambda, invoke, { FunctionName: "f" }, exchange) // { label: "Invoke input", violations: [{ wire: "request header X-Amz-Log-Type", pointer: "/LogType", … }] }
 */
export async function checkBoundRequest(contract: ValidationContract, operation: OperationContract, labels: Readonly<Record<string, string>>, ex: HarExchange): Promise<BoundOutcome> {
  const label = `${operation.name} input`;
  const request: IncomingRequest = { method: ex.method.toUpperCase(), url: ex.url, headers: headersOf(ex.requestHeaders), body: ex.requestBytes ?? new Uint8Array() };
  const protocol = protocolOf(contract.contract);
  const read = await protocol.readRequest(request, operation, contract.contract, labels);
  const bindings = operation.http?.input ?? {};
  if (!read.ok) return { label, violations: [unreadable(read.message, `the service refuses it with ${read.error.name}: ${read.message}`, read.error.name, bindings, "request")] };
  const found = contract.check({ operation: operation.name, kind: "input" }, read.document).map((v) => located(v, bindings, "request"));
  const rewritten = async () => new Uint8Array(await protocol.writeRequest(contract.contract, operation, read.document, "https://localhost").arrayBuffer());
  const dropped = bindings.payload?.kind === "blob" ? [] : droppedBody(contract, ex.requestBytes, await rewritten(), "request");
  return { label, violations: [...found, ...dropped] };
}

/**
 * The answer of a HAR entry, read as a client reads it: an output document (status below 300), or
 * the error `X-Amzn-Errortype` (else the body) names, checked as that error's document. An error
 * the operation does not declare is a violation, unless it is one of AWS's framework errors.
 *
 * @example await checkBoundResponse(lambda, getFunction, exchange, 200) // { label: "GetFunction output", violations: [{ wire: "response body", pointer: "/Configuration/Timeout", … }] }
 */
export async function checkBoundResponse(contract: ValidationContract, operation: OperationContract, ex: HarExchange, status: number): Promise<BoundOutcome> {
  let response: Response;
  try {
    const headers = new Headers();
    for (const [name, value] of ex.responseHeaders ?? []) headers.append(name, value);
    const body = NO_BODY.has(status) || ex.responseBytes === undefined || ex.responseBytes.length === 0 ? null : ex.responseBytes;
    response = new Response(body, { status, headers });
  } catch (e) {
    return { label: `${operation.name} output`, violations: [refused("response", `cannot be read as an HTTP answer: ${(e as Error).message}`, "http")] };
  }
  const protocol = protocolOf(contract.contract);
  const read = await protocol.readResponse(contract.contract, operation, response);
  switch (read.kind) {
    case "unreadable":
      return { label: `${operation.name} ${status < 300 ? "output" : "error"}`, violations: [unreadable(read.message, `a client cannot read it: ${read.message}`, "protocol", status < 300 ? (operation.http?.output ?? {}) : {}, "response")] };
    case "output": {
      const bindings = operation.http?.output ?? {};
      const found = contract.check({ operation: operation.name, kind: "output" }, read.document).map((v) => located(v, bindings, "response"));
      const dropped = bindings.payload?.kind === "blob" ? [] : droppedBody(contract, ex.responseBytes, protocol.writeOutput(contract.contract, operation, read.document, "-").body, "response");
      return { label: `${operation.name} output`, violations: [...found, ...dropped] };
    }
    case "error": {
      const error = contract.error(operation, read.name);
      if (error === undefined && isUnmodeledAwsError(read.name)) return { label: `${operation.name} error ${read.name} (AWS framework error, not modeled)`, violations: [] };
      if (error === undefined) {
        const declared = Object.keys(operation.errors).join(", ") || "none";
        const violation: LocatedViolation = {
          pointer: "",
          memberPath: "",
          keyword: "errorType",
          message: `names error ${JSON.stringify(read.name)}, which ${operation.name} does not declare (it declares ${declared})`,
          value: formatValue(read.name)!,
          wire: ex.errorType !== undefined ? `response header ${ERROR_TYPE_HEADER}` : "response body",
        };
        return { label: `${operation.name} error ${read.name}`, violations: [violation] };
      }
      const bindings = error.bindings ?? {};
      const found = contract.check({ operation: operation.name, kind: "error", error: error.name }, read.document).map((v) => located(v, bindings, "response"));
      const document = read.document as Record<string, unknown>;
      const dropped = error.bindings === undefined ? [] : droppedBody(contract, ex.responseBytes, protocol.writeError(contract.contract, error, document, "-").body, "response", ERROR_NAME_MEMBERS);
      return { label: `${operation.name} error ${error.name}`, violations: [...found, ...dropped] };
    }
  }
}

function refused(wire: string, message: string, keyword: string): LocatedViolation {
  return { pointer: "", memberPath: "", keyword, message, wire };
}

/**
 * A part the protocol could not read, located as its reading says: `header X-Amz-…: …`,
 * `label …: …`, `query …: …` name a bound member; `… at /Key` a place in the JSON body (its first
 * key a body member's JSON name). Anything else is the whole message.
 */
function unreadable(reason: string, message: string, keyword: string, bindings: MessageBindings, side: "request" | "response"): LocatedViolation {
  const part = /^(header|label|query) ([^:]+): /.exec(reason);
  if (part !== null) {
    const [, kind, name] = part as unknown as [string, "header" | "label" | "query", string];
    const list = kind === "header" ? bindings.headers : kind === "label" ? bindings.labels : bindings.query;
    const b = list?.find((x) => (kind === "header" ? x.name.toLowerCase() === name.toLowerCase() : x.name === name));
    if (b !== undefined) return { pointer: formatPointer([b.member]), memberPath: "", keyword, message, wire: `${side} ${kind} ${b.name}` };
  }
  const at = / at (\/.*)$/.exec(reason);
  if (at !== null) {
    const path = at[1]!;
    const payload = bindings.payload;
    if (payload !== undefined) return { pointer: `${formatPointer([payload.member])}${path}`, memberPath: "", keyword, message, wire: `${side} body` };
    const [first, ...rest] = path.slice(1).split("/");
    const b = bindings.body?.find((x) => x.name === first);
    const pointer = b === undefined ? path : `${formatPointer([b.member])}${rest.map((r) => `/${r}`).join("")}`;
    return { pointer, memberPath: "", keyword, message, wire: `${side} body` };
  }
  return refused(side, message, keyword);
}

/** `v` with where its member travels in a message of `bindings` (the first segment of its pointer is the member). */
function located(v: Violation, bindings: MessageBindings, side: "request" | "response"): LocatedViolation {
  return { ...v, wire: wireOf(v.pointer, bindings, side) };
}

/**
 * Where the member at `pointer` travels: `request label FunctionName`, `request query Qualifier`,
 * `request header X-Amz-Log-Type`, `response header X-Amz-Meta-color` (a prefix-header map's
 * entry), `response status`, `request body` (a body member or the payload). The whole message
 * when the pointer names no member.
 *
 * @example wireOf("/LogType", invoke.http.input, "request") // "request header X-Amz-Log-Type"
 */
export function wireOf(pointer: string, bindings: MessageBindings, side: "request" | "response"): string {
  const [member, key] = pointer === "" ? [] : parsePointer(pointer);
  if (member === undefined) return side;
  const named = (list: MessageBindings["labels"]) => list?.find((b) => b.member === member);
  const label = named(bindings.labels);
  if (label !== undefined) return `${side} label ${label.name}`;
  const query = named(bindings.query);
  if (query !== undefined) return `${side} query ${query.name}`;
  if (bindings.queryParams?.member === member) return key === undefined ? `${side} query` : `${side} query ${key}`;
  const header = named(bindings.headers);
  if (header !== undefined) return `${side} header ${header.name}`;
  const prefix = bindings.prefixHeaders;
  if (prefix?.member === member) return key === undefined ? `${side} headers ${prefix.name}*` : `${side} header ${prefix.name}${key}`;
  if (bindings.responseCode === member) return `${side} status`;
  if (bindings.payload?.member === member) return `${side} body`;
  const body = named(bindings.body);
  if (body !== undefined && body.name !== member) return `${side} body member ${JSON.stringify(body.name)}`;
  return `${side} body`;
}

/**
 * The body members the protocol's reading dropped (runtime/vitest/dropped-members.ts), located in
 * the body; none when unknown members are allowed or the recorded body is empty.
 */
function droppedBody(contract: ValidationContract, recorded: Uint8Array | undefined, written: string | Uint8Array | null, side: "request" | "response", skip?: ReadonlySet<string>): LocatedViolation[] {
  if (contract.allowUnknown || recorded === undefined || recorded.length === 0) return [];
  return droppedMembers(recorded, written, skip).map((v) => ({ ...v, wire: `${side} body` }));
}
