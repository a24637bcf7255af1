/**
 * DescribeDatasetImportJob outputs with exactly one constraint broken, by construction: a valid
 * output is drawn, then one member is set to a value that breaks one of its constraints and no
 * other. Each carries the one error the strict output schema reports, and the problem in the words
 * a `ContractViolation` (like `smithy-contract validate`) uses:
 * `<pointer> (<Shape.member>): <constraint>, got <value as JSON, cut to 60 characters>`.
 *
 * @see ../../../runtime/validation/format.ts
 */
import { fc } from "@fast-check/vitest";
import { operations, wire } from "../../../generated/personalize/arbitraries.ts";
import { formatPointer } from "../../../runtime/validation/pointer.ts";
import { ARN_PATTERN, arnBreakingPattern, arnTooLong } from "./inputMutations.ts";
import type { SchemaError } from "./schemas.ts";
import { charOutside, dotChar, replacedAt, tooLong, unknownMemberName, withLineTerminator } from "./strings.ts";

export interface OutputMutation {
  readonly kind: string;
  /** The wire output, valid but for one member. */
  readonly body: Readonly<Record<string, unknown>>;
  readonly schema: SchemaError;
  /** The problem as `ContractViolation` words it: `/datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "…"`. */
  readonly problem: string;
}

/** One broken member: where (member names from the root), its value, and the one error it causes. */
interface Breakage {
  readonly kind: string;
  readonly path: readonly string[];
  readonly value: unknown;
  readonly keyword: string;
  /** The constraint in the violation's words (`length must be <= 63 (maxLength)`). */
  readonly message: string;
  readonly member?: string;
}

const JOB = "datasetImportJob";
const NAME_PATTERN = "^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$";
const S3_PATTERN = "^(s3|http|https)://.+$";
const DATE_LIMIT = 8640000000000;

const str = (a: fc.Arbitrary<unknown>) => a as fc.Arbitrary<string>;
const nameChar = fc.constantFrom(..."abcXYZ0189-_");

const breakages: fc.Arbitrary<Breakage>[] = [
  tooLong(str(wire.Name), 63, nameChar).map((v) => ({ kind: "jobName too long", path: [JOB, "jobName"], value: v, keyword: "maxLength", message: "length must be <= 63 (maxLength)" })),
  // Past the first place, never a line terminator: Java's `$` matches before a final one.
  replacedAt(str(wire.Name), (i) => (i === 0 ? charOutside(/^[a-zA-Z0-9]$/, "-") : charOutside(/^[a-zA-Z0-9_\-\n\r\u0085\u2028\u2029]$/u, "."))).map((v) => ({
    kind: "jobName pattern",
    path: [JOB, "jobName"],
    value: v,
    keyword: "pattern",
    message: `must match pattern ${NAME_PATTERN}`,
  })),
  fc.oneof(fc.string(), fc.constantFrom("full", "Incremental", "FULL ", "")).map((s) => (s === "FULL" || s === "INCREMENTAL" ? `${s}_` : s)).map((v) => ({
    kind: "importMode not in enum",
    path: [JOB, "importMode"],
    value: v,
    keyword: "enum",
    message: "must be one of FULL, INCREMENTAL",
  })),
  fc.string({ unit: "binary", minLength: 257, maxLength: 320 }).map((v) => ({ kind: "status too long", path: [JOB, "status"], value: v, keyword: "maxLength", message: "length must be <= 256 (maxLength)" })),
  fc
    .tuple(fc.constantFrom("creationDateTime", "lastUpdatedDateTime"), fc.oneof(fc.date({ min: new Date(0), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString()), fc.nat().map(String)))
    .map(([member, v]) => ({ kind: `${member} as a string`, path: [JOB, member], value: v, keyword: "type", message: "must be a number" })),
  fc
    .tuple(fc.constantFrom("creationDateTime", "lastUpdatedDateTime"), fc.integer({ min: DATE_LIMIT + 1, max: Number.MAX_SAFE_INTEGER }), fc.boolean())
    .map(([member, v, late]) => ({
      kind: `${member} out of range`,
      path: [JOB, member],
      value: late ? v : -v,
      keyword: late ? "maximum" : "minimum",
      message: late ? `must be <= ${DATE_LIMIT} (maximum)` : `must be >= -${DATE_LIMIT} (minimum)`,
    })),
  // Not roleArn: the default overlay's erratum gives it the IAM role ARN pattern AWS really sends.
  fc.tuple(fc.constantFrom("datasetImportJobArn", "datasetArn"), arnTooLong).map(([member, v]) => ({ kind: `${member} too long`, path: [JOB, member], value: v, keyword: "maxLength", message: "length must be <= 256 (maxLength)" })),
  fc.tuple(fc.constantFrom("datasetImportJobArn", "datasetArn"), arnBreakingPattern).map(([member, v]) => ({
    kind: `${member} pattern`,
    path: [JOB, member],
    value: v,
    keyword: "pattern",
    message: `must match pattern ${ARN_PATTERN}`,
  })),
  tooLong(str(wire.S3Location), 256, dotChar).map((v) => ({ kind: "dataLocation too long", path: [JOB, "dataSource", "dataLocation"], value: v, keyword: "maxLength", message: "length must be <= 256 (maxLength)" })),
  fc.oneof(withLineTerminator(str(wire.S3Location)), fc.tuple(str(wire.S3Location), charOutside(/^[sh]$/, "f")).map(([v, first]) => first + v.slice(1))).map((v) => ({
    kind: "dataLocation pattern",
    path: [JOB, "dataSource", "dataLocation"],
    value: v,
    keyword: "pattern",
    message: `must match pattern ${S3_PATTERN}`,
  })),
  // null is not among them: given to a helper, a null structure member is dropped as absent.
  fc.constantFrom<unknown>("true", "false", 0, 1).map((v) => ({ kind: "publishAttributionMetricsToS3 not a boolean", path: [JOB, "publishAttributionMetricsToS3"], value: v, keyword: "type", message: "must be a boolean" })),
  fc.integer().map((v) => ({ kind: "failureReason not a string", path: [JOB, "failureReason"], value: v, keyword: "type", message: "must be a string" })),
  // A null member is absent to a helper (the protocol never sends null members), so it is not drawn.
  fc.tuple(fc.constantFrom<readonly string[]>([], [JOB], [JOB, "dataSource"]), unknownMemberName, fc.jsonValue({ maxDepth: 2 }).map((v) => v ?? 0)).map(([at, name, v]) => ({
    kind: "unknown member",
    path: [...at, name],
    value: v,
    keyword: "additionalProperties",
    message: `unknown member ${JSON.stringify(name)}`,
    member: name,
  })),
];

/** `body` with `value` at `path`, creating the structures on the way (a drawn output may lack them). */
function withMember(body: unknown, path: readonly string[], value: unknown): Record<string, unknown> {
  const root = structuredClone(body) as Record<string, unknown>;
  let node = root;
  path.slice(0, -1).forEach((name) => {
    const next = node[name];
    node = typeof next === "object" && next !== null ? (next as Record<string, unknown>) : (node[name] = {});
  });
  node[path[path.length - 1]!] = value;
  return root;
}

/** The `$defs` name of the structure at a path of member names. */
const SHAPE_AT: Readonly<Record<string, string>> = {
  "": "DescribeDatasetImportJobResponse",
  [JOB]: "DatasetImportJob",
  [`${JOB}/dataSource`]: "DataSource",
};

/** A value as a violation shows it: JSON, cut to 60 characters ending in `…`, never splitting a surrogate pair. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value);
  if (text.length <= 60) return text;
  const high = text.charCodeAt(58);
  return `${text.slice(0, high >= 0xd800 && high <= 0xdbff ? 58 : 59)}…`;
}

const pointerOf = (path: readonly string[]) => formatPointer(path);

/** A valid output with one constraint broken. */
export const outputMutations: fc.Arbitrary<OutputMutation> = fc.tuple(operations.DescribeDatasetImportJob.output.wire, fc.oneof(...breakages)).map(([valid, b]) => {
  const holder = b.path.slice(0, -1);
  const memberPath = `${SHAPE_AT[holder.join("/")]!}.${b.path[b.path.length - 1]!}`;
  return {
    kind: b.kind,
    body: withMember(valid, b.path, b.value),
    schema: { keyword: b.keyword, instancePath: pointerOf(b.keyword === "additionalProperties" ? holder : b.path), ...(b.member !== undefined && { member: b.member }) },
    problem: `${pointerOf(b.path)} (${memberPath}): ${b.message}, got ${shown(b.value)}`,
  };
});
