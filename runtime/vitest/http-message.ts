/**
 * Whole HTTP messages checked against a contract: a fetch `Request` or a request a mock recorded
 * (`mock.requests[i]`), and a fetch `Response`. The contract's protocol routes and reads the
 * message into the operation's document as the service (a request) or a client (an answer) reads
 * it — awsJson's body, restJson1's labels, query, headers and body together — and the document is
 * checked by the contract's one checker. The message matchers (message.ts) are built on this.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
import type { ServiceContract } from "../contract.ts";
import { protocolOf } from "../protocol/index.ts";
import { incomingOf, RecordHeaders, type IncomingRequest } from "../protocol/message.ts";
import { checkerOf, type CheckOptions, type CheckResult, type CheckTarget } from "../validation/checker.ts";
import type { Violation } from "../validation/violations.ts";
import { droppedMembers, ERROR_NAME_MEMBERS } from "./dropped-members.ts";

/** The fields of a mock's recorded request (runtime/mock/types.ts `RecordedRequest`) a message is read from. */
interface RecordedLike {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  readonly requestId: string;
}

/**
 * True when `value` is an HTTP message the matchers read through the protocol, not a document.
 *
 * @example isMessage(mock.requests[0]) // true
 */
export function isMessage(value: unknown): value is Request | Response | RecordedLike {
  if (value instanceof Request || value instanceof Response) return true;
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.method === "string" && typeof v.url === "string" && typeof v.text === "string" && typeof v.requestId === "string" && typeof v.headers === "object" && v.headers !== null;
}

/**
 * The violations of a message against `target`: the request routed and read into its input
 * document, or the answer read into its output or error document, then checked. A request routed
 * to another operation, one the service refuses to read, and an answer of the other kind (an
 * error where an output is expected, or the reverse) are violations of the message as a whole.
 *
 * @example (await checkMessage(contract, { operation: "Invoke", kind: "input" }, mock.requests[0]!)).violations // []
 */
export async function checkMessage(contract: ServiceContract, target: CheckTarget, message: Request | Response | RecordedLike, options: CheckOptions = {}): Promise<CheckResult> {
  const checker = checkerOf(contract);
  const { label } = checker.target(target);
  const whole = (keyword: string, text: string): CheckResult => ({ label, violations: [{ pointer: "", memberPath: "", keyword, message: text } satisfies Violation] });
  const protocol = protocolOf(contract);
  if (message instanceof Response) {
    if (target.kind === "input") return whole("message", "is an answer, not a request");
    const operation = checker.operation(target.operation);
    const recorded = new Uint8Array(await message.clone().arrayBuffer());
    const read = await protocol.readResponse(contract, operation, message.clone());
    if (read.kind === "unreadable") return whole("protocol", `a client cannot read it: ${read.message}`);
    if (read.kind === "output") {
      if (target.kind !== "output") return whole("status", `is a success answer (${message.status}), not an error`);
      return strict(checker.check(target, read.document, options), options, () => droppedMembers(recorded, protocol.writeOutput(contract, operation, read.document, "-").body));
    }
    // An answer is valid as the operation's output or as any error it declares: the one it names.
    const error = checker.findError(operation, read.name);
    if (error === undefined) {
      const declared = Object.values(operation.errors).map((e) => e.name).join(", ") || "none";
      return { label: `${operation.name} error ${read.name}`, violations: [{ pointer: "", memberPath: "", keyword: "errorType", message: `names error ${JSON.stringify(read.name)}, which ${operation.name} does not declare (it declares ${declared})` }] };
    }
    const document = read.document as Record<string, unknown>;
    return strict(checker.check({ operation: operation.name, kind: "error", error: error.name }, document, options), options, () => droppedMembers(recorded, protocol.writeError(contract, error, document, "-").body, ERROR_NAME_MEMBERS));
  }
  if (target.kind !== "input") return whole("message", "is a request, not an answer");
  const request = await incomingOf$(message);
  const route = protocol.route(request, contract, { ownEndpoint: true, path: new URL(request.url).pathname });
  if (route.kind !== "operation") return whole("route", route.kind === "refused" ? route.message : `is not a request of ${contract.serviceName}`);
  if (route.operation.name !== target.operation) return whole("route", `is a request of ${route.operation.name}, not ${target.operation}`);
  const read = await protocol.readRequest(request, route.operation, contract, route.labels);
  if (!read.ok) return whole(read.error.name, `the service refuses it with ${read.error.name}: ${read.message}`);
  // A blob payload is bytes, not members; anything else is written back and compared.
  const rewritten = route.operation.http?.input.payload?.kind === "blob" ? null : new Uint8Array(await protocol.writeRequest(contract, route.operation, read.document, "https://localhost").arrayBuffer());
  return strict(checker.check(target, read.document, options), options, () => droppedMembers(request.body, rewritten));
}

/** The message as the protocol reads requests; a recorded request's body is its text, already decoded. */
async function incomingOf$(message: Request | RecordedLike): Promise<IncomingRequest> {
  if (message instanceof Request) return incomingOf(message.clone());
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) if (name.toLowerCase() !== "content-encoding") headers[name] = value;
  return { method: message.method.toUpperCase(), url: message.url, headers: new RecordHeaders(headers), body: new TextEncoder().encode(message.text) };
}


/**
 * A check's result with the body members the protocol's reading dropped (dropped-members.ts)
 * added, unless unknown members are allowed.
 */
function strict(result: CheckResult, options: CheckOptions, dropped: () => Violation[]): CheckResult {
  if (options.allowUnknown === true) return result;
  const extra = dropped();
  return extra.length === 0 ? result : { ...result, violations: [...result.violations, ...extra] };
}
