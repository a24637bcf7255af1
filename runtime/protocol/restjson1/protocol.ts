/**
 * restJson1 behind the protocol interface: a request is routed on its method, path and query
 * literals (routing.ts), read member by member from where the operation's HTTP bindings put it
 * (read-request.ts), and answered with the status of `@httpResponseCode` or `@http`, its header
 * members and its body (write-message.ts). Errors say their name in `X-Amzn-Errortype`, take their
 * status from `@httpError` (else 400 or 500 by fault), and carry their header members and a JSON
 * body of the rest, with no `__type`.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
import { ownValue } from "../../validation/pointer.ts";
import type { ErrorContract, OperationContract, ServiceContract } from "../../contract.ts";
import { ERROR_TYPE_FIELD, ERROR_TYPE_HEADER, REQUEST_ID_HEADER } from "../awsjson.ts";
import { errorMembers } from "../error-document.ts";
import type { FrameworkError } from "../framework-errors.ts";
import { headerRecord, type Answer, type IncomingRequest, type RequestHead } from "../message.ts";
import type { CarriedMessage, Protocol, RequestRead, ResponseRead, Route, RouteSite } from "../protocol.ts";
import { carriedRestJson1 } from "./carried.ts";
import { readRestJson1Response, writeRestJson1Request } from "./client.ts";
import { UNKNOWN_OPERATION } from "./framework-errors.ts";
import { answerMedia, JSON_MEDIA_TYPE } from "./media-types.ts";
import { readRestJson1Request } from "./read-request.ts";
import { routeRequest } from "./routing.ts";
import { isUnit, jsonContextOf } from "./shapes.ts";
import { bodyOf, headersOf, type WrittenBody } from "./write-message.ts";

/** Statuses whose answers carry no body (RFC 9110 §15.3.5, §15.3.6, §15.4.5). */
const NO_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);

/**
 * An answer with `status`, the header members' headers, the body and the request id. A status
 * that carries no body (Lambda's `DeleteCodeSigningConfig` answers 204) sends none, whatever the
 * output would have written.
 */
function answer(status: number, headers: Headers, written: WrittenBody, requestId: string): Answer {
  const body = NO_BODY_STATUSES.has(status) ? { bytes: new Uint8Array(), contentType: undefined } : written;
  if (body.contentType !== undefined) headers.set("Content-Type", body.contentType);
  headers.set("Content-Length", String(body.bytes.byteLength));
  headers.set(REQUEST_ID_HEADER, requestId);
  return { status, headers: headerRecord(headers), body: body.bytes.byteLength === 0 ? null : body.bytes };
}

/** The restJson1 protocol. */
export const restJson1Protocol: Protocol = {
  name: "restJson1",
  bindsHttp: true,

  route(request: RequestHead, contract: ServiceContract, site: RouteSite): Route {
    const url = new URL(request.url);
    const routed = routeRequest(contract, request.method, site.path, url.search);
    if (routed !== undefined) return { kind: "operation", operation: routed.operation, labels: routed.labels };
    // On a shared custom endpoint another service may serve the path; on its own, it is this one's to refuse.
    if (!site.ownEndpoint) return { kind: "foreign" };
    return { kind: "refused", error: UNKNOWN_OPERATION, message: `${contract.serviceName} has no operation for ${request.method} ${site.path}` };
  },

  readRequest(request: IncomingRequest, operation: OperationContract, contract: ServiceContract, labels: Readonly<Record<string, string>> = {}): Promise<RequestRead> {
    return readRestJson1Request(request, operation, contract, labels);
  },

  writeOutput(contract: ServiceContract, operation: OperationContract, document: unknown, requestId: string): Answer {
    const bindings = operation.http?.output ?? {};
    const doc = (typeof document === "object" && document !== null ? document : {}) as Record<string, unknown>;
    const code = bindings.responseCode === undefined ? undefined : ownValue(doc, bindings.responseCode);
    const status = typeof code === "number" && Number.isInteger(code) ? code : (operation.http?.code ?? 200);
    const media = answerMedia(bindings, isUnit(operation.output));
    return answer(status, headersOf(bindings, doc), bodyOf(bindings, media, doc, operation.plans?.output, jsonContextOf(contract)), requestId);
  },

  errorDocument(_contract: ServiceContract, error: ErrorContract, members: Readonly<Record<string, unknown>>): Record<string, unknown> {
    // The error's schema (shared with awsJson) names the error in `__type`; restJson1 sends it in
    // the X-Amzn-Errortype header instead, never in the body.
    return { [ERROR_TYPE_FIELD]: error.name, ...errorMembers(error, members) };
  },

  writeError(contract: ServiceContract, error: ErrorContract, document: Readonly<Record<string, unknown>>, requestId: string): Answer {
    const { [ERROR_TYPE_FIELD]: _type, ...members } = document;
    const bindings = error.bindings ?? { body: Object.keys(members).map((m) => ({ member: m, name: m, kind: "document" as const })) };
    const plan = errorPlanOf(contract, error);
    const headers = headersOf(bindings, members);
    headers.set(ERROR_TYPE_HEADER, error.name);
    return answer(error.status, headers, bodyOf(bindings, { kind: "exact", mediaType: JSON_MEDIA_TYPE }, members, plan, jsonContextOf(contract)), requestId);
  },

  writeFrameworkError(_contract: ServiceContract, error: FrameworkError, message: string, requestId: string): Answer {
    const headers = new Headers({ [ERROR_TYPE_HEADER]: error.name });
    return answer(error.status, headers, { bytes: new TextEncoder().encode(JSON.stringify({ message })), contentType: JSON_MEDIA_TYPE }, requestId);
  },

  writeRequest(contract: ServiceContract, operation: OperationContract, document: unknown, endpoint: string): Request {
    return writeRestJson1Request(contract, operation, document, endpoint);
  },

  readResponse(contract: ServiceContract, operation: OperationContract, response: Response): Promise<ResponseRead> {
    return readRestJson1Response(contract, operation, response);
  },

  carried(contract: ServiceContract, operation: OperationContract, message: CarriedMessage, document: unknown): Record<string, unknown> {
    // The headers of the message written for the fitted document: a prefix-header map reads them all.
    const written = (fitted: Record<string, unknown>): Readonly<Record<string, string>> => {
      switch (message.kind) {
        case "input":
          return headerRecord(writeRestJson1Request(contract, operation, fitted, "http://localhost").headers);
        case "output":
          return restJson1Protocol.writeOutput(contract, operation, fitted, message.requestId).headers;
        case "error":
          return restJson1Protocol.writeError(contract, message.error, restJson1Protocol.errorDocument(contract, message.error, fitted), message.requestId).headers;
      }
    };
    return carriedRestJson1(operation, message, document, written);
  },
};

/** The plan of an error's structure, from any operation of the contract that answers with it. */
function errorPlanOf(contract: ServiceContract, error: ErrorContract) {
  for (const operation of Object.values(contract.operations)) {
    const plan = operation.plans?.errors[error.name];
    if (plan !== undefined && operation.errors[error.name]?.shapeId === error.shapeId) return plan;
  }
  return undefined;
}
