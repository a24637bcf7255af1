/**
 * Which operation a recorded HAR entry called, as the contract's protocol routes it
 * (`Protocol.route`: restJson1 on the method and the path template, the most specific first;
 * awsJson on `X-Amz-Target`). An entry the protocol does not route but whose `X-Amz-Target` names
 * an operation of the service is still checked as that operation (a recording may have lost the
 * Content-Type awsJson routes on); one that names none is skipped with the reason the header gives,
 * or, for a service whose operations route on their paths, with the protocol's own reason for
 * refusing it (`… has no operation for GET /x`).
 *
 * Where an entry was sent decides first whether it is the service's traffic at all
 * ({@link entryEndpoints}): the service's own AWS endpoints (any region, FIPS, China, dual-stack,
 * with the operations' host prefixes) always are; the `--endpoint`s given, and only they, are the
 * others; without any, every host that is not an AWS endpoint is read as the service's (a mock, a
 * LocalStack, a proxy), and other AWS services' endpoints are skipped. A path is routed from below
 * the endpoint's own path (`http://localhost:8080/api` + `/2015-03-31/functions` → the latter).
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#http-trait
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
import type { OperationContract, ServiceContract } from "../../runtime/contract.ts";
import { parseTarget } from "../../runtime/protocol/awsjson.ts";
import { endpointSites } from "../../runtime/mock/endpoint.ts";
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
export function routeEntry(ex: HarExchange, contract: ValidationContract, endpoints: EntryEndpoints = entryEndpoints(contract, [])): EntryRoute {
  let url: URL | undefined;
  try {
    url = new URL(ex.url);
  } catch {
    url = undefined;
  }
  const service = contract.contract;
  const site = endpoints(url, ex.target !== undefined && parseTarget(ex.target)?.service === service.serviceName);
  if ("skip" in site) return { kind: "skip", reason: site.skip };
  if (url !== undefined) {
    const head: RequestHead = { method: ex.method.toUpperCase(), url: url.href, headers: headersOf(ex.requestHeaders) };
    // Recorded traffic is read as if sent to the service's own endpoint, from below its path.
    const routed = protocolOf(service).route(head, service, { ownEndpoint: true, path: site.path });
    if (routed.kind === "operation") return { kind: "operation", operation: routed.operation, ...(routed.labels !== undefined && { labels: routed.labels }) };
    // Where operations have HTTP bindings, the path is what names one: the protocol says why none matched.
    if (ex.target === undefined && routed.kind === "refused" && routesOnPaths(service)) return { kind: "skip", reason: routed.message };
  }
  return byTarget(ex, contract);
}

/**
 * Where a recorded URL was sent: the path below a service endpoint, or why it is not the service's
 * traffic. `namesService`: the entry's `X-Amz-Target` names the service (awsJson), which makes any
 * AWS host its own (account-ID and VPC endpoints, hosts its endpoint rules make).
 */
export type EntryEndpoints = (url: URL | undefined, namesService: boolean) => { readonly path: string } | { readonly skip: string };

/** Hosts of AWS endpoints: `<prefix>.<region>.amazonaws.com`, `….amazonaws.com.cn`, `….api.aws`. */
const AWS_HOST = /(?:^|\.)(?:amazonaws\.com(?:\.cn)?|api\.aws)$/;

/**
 * Which recorded URLs are the service's traffic (see the module comment): its own AWS endpoints
 * with `hostPrefix`es, any AWS host with its endpoint prefix among its labels (a VPC endpoint,
 * another scheme or port) or reached with its `X-Amz-Target`; then `endpoints` (absolute http(s)
 * URLs, as the mocks' `endpoint` option takes them), or, when none is given, any host but another
 * AWS service's. A URL that cannot be read is left to its `X-Amz-Target` unless `endpoints` are given.
 *
 * @example entryEndpoints(personalize, [])(new URL("https://lambda.us-east-1.amazonaws.com/"), false) // { skip: "sent to lambda.us-east-1.amazonaws.com, another AWS service's endpoint …" }
 */
export function entryEndpoints(contract: ValidationContract, endpoints: readonly string[]): EntryEndpoints {
  const service = contract.contract;
  const hostPrefixes = Object.values(service.operations).flatMap((o) => (o.hostPrefix === undefined ? [] : [o.hostPrefix]));
  const sites = endpointSites(service.endpointPrefix, endpoints, hostPrefixes);
  const own = `${service.endpointPrefix}.<region>.amazonaws.com`;
  const labels = new Set([service.endpointPrefix, `${service.endpointPrefix}-fips`]);
  const listed = `${own}${endpoints.map((e) => `, ${e}`).join("")}`;
  return (url, namesService) => {
    if (url === undefined) return endpoints.length > 0 ? { skip: `its URL cannot be read, so it is not known to be sent to ${service.sdkId} (${listed})` } : { path: "" };
    const site = sites(url);
    if (site !== undefined) return { path: site.path };
    if (AWS_HOST.test(url.hostname)) {
      if (namesService || url.hostname.split(".").some((l) => labels.has(l))) return { path: url.pathname };
      return { skip: `sent to ${url.hostname}, another AWS service's endpoint (${service.sdkId}'s is ${own}; --endpoint checks it anyway)` };
    }
    if (endpoints.length > 0) return { skip: `sent to ${url.origin}, not an endpoint of ${service.sdkId} (${listed}; --endpoint adds one)` };
    return { path: url.pathname };
  };
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
