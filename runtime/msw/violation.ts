/**
 * Contract violations: an answer the mock was about to send that its own schema rejects. The mock
 * never sends such an answer: it records the violation, answers the request with a 500
 * `ContractViolation` (so the client call in the test rejects with the message) and, for outputs
 * given up front, throws where the test gave them.
 */
import type { ErrorObject } from "ajv";
import type { JsonSchema } from "../contract.ts";
import { formatViolation } from "../validation/format.ts";
import { toViolations, type Violation } from "../validation/violations.ts";

/** What broke the contract: an operation's output or one of its error bodies. */
export type ViolationSubject = { readonly kind: "output" } | { readonly kind: "error"; readonly error: string };

/**
 * An answer that breaks the contract. Its message names the operation, then each problem in the
 * same words `smithy-contract validate` and the vitest matchers use — JSON pointer, model member,
 * constraint, value — e.g.
 * `DescribeDatasetImportJob output violates the contract: /datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "jjjj…"`.
 */
export class ContractViolation extends Error {
  override readonly name = "ContractViolation";
  /** The problems, one per broken constraint. */
  readonly violations: readonly Violation[];

  constructor(
    readonly operation: string,
    readonly subject: ViolationSubject,
    /** ajv's errors, from strict validation against the wire schema. */
    readonly errors: readonly ErrorObject[],
    /** The wire-form body that was rejected. */
    readonly body: unknown,
    /** The schema it was validated against (names the members in the message). */
    schema: JsonSchema,
  ) {
    const violations = toViolations(errors, schema, body, subject.kind === "error" ? { rootName: subject.error } : {});
    super(`${operation} ${subject.kind === "output" ? "output" : `error ${subject.error}`} violates the contract: ${violations.map(formatViolation).join("; ")}`);
    this.violations = violations;
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
 * Thrown by `mock.assertNoViolations()`: every violation the mock recorded, one per line.
 */
export class ContractViolations extends Error {
  override readonly name = "ContractViolations";

  constructor(readonly violations: readonly ContractViolation[]) {
    super(`${violations.length} answer${violations.length === 1 ? "" : "s"} broke the contract:\n${violations.map((v) => `- ${v.message}`).join("\n")}`);
  }
}
