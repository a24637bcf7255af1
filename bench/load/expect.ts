/**
 * Checks of raw answers: an error pinned exactly (status, Content-Type, `X-Amzn-Errortype`, the
 * whole JSON body), or an output that the contract accepts, checked by the project's own checker
 * (runtime/validation/checker.ts, strict: an unknown member is a violation). Each check returns why
 * the answer is wrong, or undefined.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization
 */
import { contract } from "../../generated/personalize/contract.ts";
import { checkerOf } from "../../runtime/validation/checker.ts";
import { formatViolation } from "../../runtime/validation/violations.ts";
import type { RawAnswer, RawRequest } from "./load-client.ts";
import type { Outcome } from "./request-kind.ts";

export const AWS_JSON = "application/x-amz-json-1.1";

/** An error answer pinned exactly. */
export interface ErrorPin {
  readonly status: number;
  readonly contentType: string;
  /** `X-Amzn-Errortype`; undefined: the answer carries none. */
  readonly errorType: string | undefined;
  /** The JSON body, compared whole; a member given as `undefined` accepts any string there. */
  readonly body: Readonly<Record<string, string | undefined>>;
}

/**
 * The AWS-style error answer: `name` in `__type` and `X-Amzn-Errortype`, the message in `message`
 * (any message when undefined).
 *
 * @example awsError(400, "SerializationException", "Unable to parse the request body as JSON")
 */
export function awsError(status: number, name: string, message: string | undefined): ErrorPin {
  return { status, contentType: AWS_JSON, errorType: name, body: { __type: name, message } };
}

/** Why `answer` is not the pinned error, or undefined. */
export function errorProblem(answer: RawAnswer, pin: ErrorPin): string | undefined {
  if (answer.status !== pin.status) return `status ${answer.status}, not ${pin.status}`;
  if (answer.headers["content-type"] !== pin.contentType) return `Content-Type ${JSON.stringify(answer.headers["content-type"])}, not ${JSON.stringify(pin.contentType)}`;
  if (answer.headers["x-amzn-errortype"] !== pin.errorType) return `X-Amzn-Errortype ${JSON.stringify(answer.headers["x-amzn-errortype"])}, not ${JSON.stringify(pin.errorType)}`;
  if (pin.contentType === AWS_JSON && !answer.headers["x-amzn-requestid"]) return "no x-amzn-RequestId";
  const body = json(answer.body);
  if (body === undefined || typeof body !== "object" || body === null || Array.isArray(body)) return "the body is not a JSON object";
  const keys = Object.keys(body).sort();
  const want = Object.keys(pin.body).sort();
  if (keys.join() !== want.join()) return `body members ${keys.join(", ")}, not ${want.join(", ")}`;
  for (const key of want) {
    const value = (body as Record<string, unknown>)[key];
    const expected = pin.body[key];
    if (typeof value !== "string") return `body ${key} is not a string`;
    if (expected !== undefined && value !== expected) return `body ${key} ${clip(JSON.stringify(value))}, not ${clip(JSON.stringify(expected))}`;
  }
  return undefined;
}

/**
 * Why `answer` is not a 200 that `operation`'s output schema accepts (and that `more` accepts, when
 * given), or undefined.
 */
export function outputProblem(answer: RawAnswer, operation: string, more?: (body: Record<string, unknown>) => string | undefined): string | undefined {
  if (answer.status !== 200) return `status ${answer.status}, not 200`;
  if (answer.headers["content-type"] !== AWS_JSON) return `Content-Type ${JSON.stringify(answer.headers["content-type"])}, not ${AWS_JSON}`;
  if (!answer.headers["x-amzn-requestid"]) return "no x-amzn-RequestId";
  const body = json(answer.body);
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "the body is not a JSON object";
  return contractProblem(operation, { kind: "output" }, body) ?? more?.(body as Record<string, unknown>);
}

/** Why a wire-form body breaks the contract (strictly), or undefined. */
export function contractProblem(operation: string, subject: { readonly kind: "output" } | { readonly kind: "error"; readonly error: string }, body: unknown): string | undefined {
  const target = subject.kind === "output" ? { operation, kind: "output" as const } : { operation, kind: "error" as const, error: subject.error };
  const { label, violations } = checkerOf(contract).check(target, body);
  return violations.length === 0 ? undefined : `${label} breaks the contract: ${violations.map(formatViolation).join("; ")}`;
}

/** The outcome of a raw request from the problem found in its answer. */
export function rawOutcome(request: RawRequest, answer: RawAnswer, problem: string | undefined): Outcome {
  return problem === undefined ? { kind: "ok" } : { kind: "wrong", request: showRequest(request), answer: showAnswer(answer), why: problem };
}

/** A raw request on one line: its headers and body (long bodies cut, with their size). */
export function showRequest(request: RawRequest): string {
  const headers = Object.entries(request.headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join(" | ");
  return `POST / [${headers}] ${showBytes(request.body)}`;
}

/** A raw answer on one line: status, the headers that matter, the body (cut). */
export function showAnswer(answer: RawAnswer): string {
  const h = answer.headers;
  return `${answer.status} [content-type: ${h["content-type"] ?? "-"} | x-amzn-errortype: ${h["x-amzn-errortype"] ?? "-"}] ${showBytes(answer.body)}`;
}

function showBytes(bytes: Buffer): string {
  const text = bytes.subarray(0, 300).toString("utf8");
  return bytes.length > 300 ? `${JSON.stringify(text)}… (${bytes.length} bytes)` : JSON.stringify(text);
}

export function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

function json(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}
