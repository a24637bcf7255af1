/**
 * awsJson1_0 and awsJson1_1 behind the protocol interface: every request is a `POST /` routed on
 * `X-Amz-Target` (`<service>.<Operation>`) and the protocol's Content-Type; the body is the input
 * document; answers are JSON with the protocol's Content-Type and `x-amzn-RequestId`, errors named
 * in both the body's `__type` and the `X-Amzn-Errortype` header (SDK versions differ in which they
 * read first; awsJson1_0 names the shape id, awsJson1_1 the bare name).
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
import type { AwsJsonProtocol, ErrorContract, OperationContract, ServiceContract } from "../contract.ts";
import { buildTarget, contentType, ERROR_TYPE_FIELD, ERROR_TYPE_HEADER, isAwsJsonContentType, parseTarget, REQUEST_ID_HEADER, sanitizeErrorType, TARGET_HEADER, wireErrorType } from "./awsjson.ts";
import { bodyBytes, utf8 } from "./body.ts";
import { errorMembers } from "./error-document.ts";
import { SERIALIZATION_EXCEPTION, UNKNOWN_OPERATION_EXCEPTION, type FrameworkError } from "./framework-errors.ts";
import type { Answer, IncomingRequest, RequestHead } from "./message.ts";
import type { CarriedMessage, Protocol, RequestRead, ResponseRead, Route, RouteSite } from "./protocol.ts";
import { bodyTooLarge, jsonBodyText } from "./request-limits.ts";

const REQUEST_ID = REQUEST_ID_HEADER.toLowerCase();
const ERROR_TYPE = ERROR_TYPE_HEADER.toLowerCase();

/** The awsJson protocol of `version`. */
export function awsJsonProtocol(version: AwsJsonProtocol): Protocol {
  const type = contentType(version);
  // Answers' header names are lower case (as fetch's Headers and the SDK's HttpResponse hold them).
  const json = (status: number, body: string, requestId: string, errorType?: string): Answer => ({
    status,
    headers: { "content-type": type, [REQUEST_ID]: requestId, ...(errorType !== undefined && { [ERROR_TYPE]: errorType }) },
    body,
  });

  return {
    name: version,
    bindsHttp: false,

    route(request: RequestHead, contract: ServiceContract, site: RouteSite): Route {
      // Every awsJson operation is a POST to the endpoint itself.
      if (request.method !== "POST" || site.path !== "/") return { kind: "foreign" };
      const ownEndpoint = site.ownEndpoint;
      const header = request.headers.get(TARGET_HEADER) ?? undefined;
      const target = parseTarget(header);
      const ours = target !== undefined && target.service === contract.serviceName;
      if (!ours && !ownEndpoint) return { kind: "foreign" };
      // AWS routes on the media type too: a request of another one reaches no operation.
      const type = request.headers.get("content-type");
      if (!isAwsJsonContentType(type, version)) {
        return { kind: "refused", error: UNKNOWN_OPERATION_EXCEPTION, message: `${contract.serviceName} accepts Content-Type ${JSON.stringify(contentType(version))}, not ${type === null ? "none" : JSON.stringify(type)}` };
      }
      const operation = ours && Object.prototype.hasOwnProperty.call(contract.operations, target.operation) ? contract.operations[target.operation] : undefined;
      if (operation === undefined) {
        return { kind: "refused", error: UNKNOWN_OPERATION_EXCEPTION, message: `Unknown operation ${header === undefined ? "(no X-Amz-Target header)" : JSON.stringify(header)}` };
      }
      return { kind: "operation", operation };
    },

    async readRequest(request: IncomingRequest): Promise<RequestRead> {
      const bytes = await bodyBytes(request);
      if (!bytes.ok) {
        const over = bytes.tooLarge === true ? bodyTooLarge() : { error: SERIALIZATION_EXCEPTION, message: bytes.message };
        return { ok: false, ...over, text: "", body: undefined };
      }
      // Refused before it is parsed when it is not UTF-8 or nests too deep (request-limits.ts).
      const checked = jsonBodyText(bytes.bytes);
      if (!checked.ok) return { ok: false, error: SERIALIZATION_EXCEPTION, message: checked.message, text: utf8(bytes.bytes), body: undefined };
      const { text } = checked;
      // An empty body reads as `{}` (the SDK sends `{}`, but a server must accept nothing too).
      if (text.trim() === "") return { ok: true, document: {}, text, body: {} };
      try {
        const body = JSON.parse(text) as unknown;
        return { ok: true, document: body, text, body };
      } catch {
        return { ok: false, error: SERIALIZATION_EXCEPTION, message: "Unable to parse the request body as JSON", text, body: undefined };
      }
    },

    writeOutput(_contract: ServiceContract, operation: OperationContract, document: unknown, requestId: string): Answer {
      // An operation without output (Unit) answers an empty body, as services do (compliance:
      // `AwsJson10ServiceRespondsWithNoPayload`); an empty output structure still answers `{}`.
      const unit = operation.plans?.output.method === "unit";
      return json(200, unit ? "" : JSON.stringify(document), requestId);
    },

    errorDocument(_contract: ServiceContract, error: ErrorContract, members: Readonly<Record<string, unknown>>): Record<string, unknown> {
      return { [ERROR_TYPE_FIELD]: wireErrorType(version, error.shapeId), ...errorMembers(error, members) };
    },

    writeError(_contract: ServiceContract, error: ErrorContract, document: Readonly<Record<string, unknown>>, requestId: string): Answer {
      return json(error.status, JSON.stringify(document), requestId, String(document[ERROR_TYPE_FIELD]));
    },

    writeFrameworkError(_contract: ServiceContract, error: FrameworkError, message: string, requestId: string): Answer {
      const errorType = wireErrorType(version, error.shapeId);
      return json(error.status, JSON.stringify({ [ERROR_TYPE_FIELD]: errorType, message }), requestId, errorType);
    },

    writeRequest(contract: ServiceContract, operation: OperationContract, document: unknown, endpoint: string): Request {
      return new Request(`${endpoint.replace(/\/+$/, "")}/`, {
        method: "POST",
        headers: { "Content-Type": contentType(version), [TARGET_HEADER]: buildTarget(contract.serviceName, operation.name) },
        body: JSON.stringify(document ?? {}),
      });
    },

    async readResponse(_contract: ServiceContract, _operation: OperationContract, response: Response): Promise<ResponseRead> {
      const text = await response.text();
      let body: unknown;
      try {
        body = text.trim() === "" ? {} : (JSON.parse(text) as unknown);
      } catch {
        return { kind: "unreadable", message: "the answer's body is not JSON" };
      }
      if (response.status < 300) return { kind: "output", document: body };
      // As clients read it: the header first, else the body's `__type`, sanitized.
      const header = response.headers.get(ERROR_TYPE_HEADER);
      const field = typeof body === "object" && body !== null ? (body as Record<string, unknown>)[ERROR_TYPE_FIELD] : undefined;
      const raw = header ?? (typeof field === "string" ? field : undefined);
      if (raw === undefined) return { kind: "unreadable", message: `an error answer (${response.status}) that names no error` };
      return { kind: "error", name: sanitizeErrorType(raw), document: body };
    },

    carried(_contract: ServiceContract, _operation: OperationContract, _message: CarriedMessage, document: unknown): Record<string, unknown> {
      // The body is the document's JSON text, which writes -0 as 0 and leaves undefined members out.
      return JSON.parse(JSON.stringify(document ?? {})) as Record<string, unknown>;
    },
  };
}
