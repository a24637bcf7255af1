/**
 * Which operation a recorded HAR entry called, as the contract's protocol routes it
 * (`Protocol.route`: restJson1 on the method and the path template, the most specific first;
 * awsJson on `X-Amz-Target`). An entry the protocol does not route but whose `X-Amz-Target` names
 * an operation of the service is still checked as that operation (a recording may have lost the
 * Content-Type awsJson routes on); one that names none is skipped with the reason the header gives,
 * or, for a service whose operations route on their paths, with the protocol's own reason for
 * refusing it (`… has no operation for GET /x`).
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#http-trait
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
import type { OperationContract, ServiceContract } from "../../runtime/contract.ts";
import { parseTarget } from "../../runtime/protocol/awsjson.ts";
import { protocolOf } from "../../runtime/protocol/index.ts";
import { RecordHeaders, type RequestHead } from "../../runtime/protocol/message.ts";
import type { ValidationContract } from "./contract.ts";
import type { HarExchange } from "./har.ts";

/** Where an entry goes: an operation (with its path labels, decoded), or why it is not checked. */
export type EntryRoute =
  | { readonly kind: "operation"; readonly operation: OperationContract; readonly labels?: Readonly<Record<string, string>> }
  | { readonly kind: "skip"; readonly reason: string };

/**
 * The route of a HAR entry in `contract`.
 *
 * @example routeEntry(lambda, exchange) // { kind: "operation", operation: <Invoke>, labels: { FunctionName: "f" } }
 */
export function routeEntry(ex: HarExchange, contract: ValidationContract): EntryRoute {
  let url: URL | undefined;
  try {
    url = new URL(ex.url);
  } catch {
    url = undefined;
  }
  const service = contract.contract;
  if (url !== undefined) {
    const head: RequestHead = { method: ex.method.toUpperCase(), url: url.href, headers: headersOf(ex.requestHeaders) };
    // Recorded traffic is read as if sent to the service's own endpoint, at its root.
    const routed = protocolOf(service).route(head, service, { ownEndpoint: true, path: url.pathname });
    if (routed.kind === "operation") return { kind: "operation", operation: routed.operation, ...(routed.labels !== undefined && { labels: routed.labels }) };
    // Where operations have HTTP bindings, the path is what names one: the protocol says why none matched.
    if (ex.target === undefined && routed.kind === "refused" && routesOnPaths(service)) return { kind: "skip", reason: routed.message };
  }
  return byTarget(ex, contract);
}

/** Whether some operation of the contract has HTTP bindings (method and URI), so requests route on their paths. */
function routesOnPaths(contract: ServiceContract): boolean {
  return Object.values(contract.operations).some((o) => o.http !== undefined);
}

/** The operation `X-Amz-Target` names, or why it names none. */
function byTarget(ex: HarExchange, contract: ValidationContract): EntryRoute {
  const serviceName = contract.contract.serviceName;
  const skip = (reason: string): EntryRoute => ({ kind: "skip", reason });
  if (ex.target === undefined) return skip("no X-Amz-Target header");
  const quoted = `X-Amz-Target ${JSON.stringify(ex.target)}`;
  const parsed = parseTarget(ex.target);
  if (parsed === undefined) return skip(`${quoted} is not <service>.<operation>`);
  if (parsed.service !== serviceName) return skip(`${quoted} is not a call of ${serviceName}`);
  if (!contract.closure.service.operations.some((o) => o.name === parsed.operation)) return skip(`${quoted}: ${serviceName} has no operation ${parsed.operation}`);
  const operation = contract.operation(parsed.operation);
  return operation === undefined ? skip("operation not in the contract") : { kind: "operation", operation };
}

/**
 * A HAR header list as the protocol reads headers (names without regard to case, repeats joined with `, `).
 *
 * @example headersOf([["X-Amz-Log-Type", "Tail"]]).get("x-amz-log-type") // "Tail"
 */
export function headersOf(list: HarExchange["requestHeaders"]): RecordHeaders {
  const record: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of list ?? []) {
    const key = name.toLowerCase();
    record[key] = record[key] === undefined ? value : `${record[key]}, ${value}`;
  }
  return new RecordHeaders(record);
}
