/**
 * Contract violations: an answer a mock was about to send that its own contract rejects. A mock
 * never sends such an answer: it records the violation, answers the request with a 500
 * `ContractViolation` (so the client call in the test rejects with the message) and, for outputs
 * given up front, throws where the test gave them.
 */
import type { ErrorObject } from "ajv";
import { formatViolation } from "./format.ts";
import { isNode, positionAt, SENSITIVE_KEYWORD, type SchemaNode } from "./schema.ts";
import { childPointer } from "./pointer.ts";
import { SENSITIVE_VALUE, toViolations, type Violation } from "./violations.ts";

/** What broke the contract: an operation's output or one of its error bodies. */
export type ViolationSubject = { readonly kind: "output" } | { readonly kind: "error"; readonly error: string };

/**
 * An answer that breaks the contract. Its message names the operation, then each problem in the
 * same words `smithy-contract validate` and the vitest matchers use — JSON pointer, model member,
 * constraint, value — e.g.
 * `DescribeDatasetImportJob output violates the contract: /datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "jjjj…"`.
 * Values of `@sensitive` shapes appear nowhere in it: not in the message, not in `body`.
 */
export class ContractViolation extends Error {
  override readonly name = "ContractViolation";
  /** The problems, one per broken constraint. */
  readonly violations: readonly Violation[];
  /** The wire-form body that was rejected, with `@sensitive` values replaced by `<sensitive>`. */
  readonly body: unknown;
  /** ajv's errors, from strict validation against the wire schema (not enumerable: never printed with the error). */
  declare readonly errors: readonly ErrorObject[];

  constructor(
    readonly operation: string,
    readonly subject: ViolationSubject,
    errors: readonly ErrorObject[],
    body: unknown,
    /** The schema it was validated against (names the members in the message). */
    schema: SchemaNode,
    /** The root's name when the schema's root is inline (an error body: the error's name). */
    rootName: string = subject.kind === "error" ? subject.error : "",
  ) {
    const violations = toViolations(errors, schema, body, { rootName });
    super(`${operation} ${subject.kind === "output" ? "output" : `error ${subject.error}`} violates the contract: ${violations.map(formatViolation).join("; ")}`);
    this.violations = violations;
    this.body = redact(body, schema);
    Object.defineProperty(this, "errors", { value: errors, enumerable: false });
  }
}

/**
 * Thrown by `mock.assertNoViolations()`: every violation the mock recorded, one per line.
 */
export class ContractViolations extends Error {
  override readonly name = "ContractViolations";

  constructor(readonly violations: readonly ContractViolation[]) {
    super(`${violations.length} answer${violations.length === 1 ? "" : "s"} broke the contract:\n${violations.map((v) => `- ${v.message}`).join("\n")}`);
  }
}

/**
 * One ajv error as `<pointer> <message> (<keyword>)`, with the offending member named where ajv
 * puts it in `params` (a missing or an unknown member).
 *
 * @example describeError(maxLengthError) // "/datasetImportJob/jobName must NOT have more than 63 characters (maxLength)"
 */
export function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const where = error.instancePath === "" ? "(root)" : error.instancePath;
  const detail = error.keyword === "additionalProperties" ? `: '${String(params.additionalProperty)}'` : error.keyword === "enum" ? `: ${JSON.stringify(params.allowedValues)}` : "";
  return `${where} ${error.message ?? "is invalid"}${detail} (${error.keyword})`;
}

/**
 * A copy of `value` with every value of a `@sensitive` shape or member replaced by `<sensitive>`;
 * `value` itself when the schema marks nothing sensitive.
 *
 * @example redact({ SecretString: "hunter2" }, schemaOfSensitiveSecretString) // { SecretString: "<sensitive>" }
 */
export function redact(value: unknown, schema: SchemaNode): unknown {
  if (!mentionsSensitive(schema)) return value;
  const walk = (v: unknown, pointer: string): unknown => {
    if (positionAt(schema, pointer).sensitive) return v === undefined ? v : SENSITIVE_VALUE;
    if (Array.isArray(v)) return v.map((item, i) => walk(item, childPointer(pointer, i)));
    if (!isNode(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, member] of Object.entries(v)) Object.defineProperty(out, k, { value: walk(member, childPointer(pointer, k)), enumerable: true, writable: true, configurable: true });
    return out;
  };
  return walk(value, "");
}

function mentionsSensitive(schema: SchemaNode): boolean {
  let found = false;
  JSON.stringify(schema, (key, v: unknown) => {
    if (key === SENSITIVE_KEYWORD && v === true) found = true;
    return found ? undefined : v;
  });
  return found;
}
