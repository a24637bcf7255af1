/**
 * `smithy-contract validate`: check recorded or hand-written payloads (JSON, NDJSON, HAR) against a
 * model's schemas (awsJson and restJson1). Exit 0 when every value is valid, 1 when any is invalid
 * (a line that is not JSON included), 2 for usage errors, unreadable files and bad models.
 */
import { JunitReport, TextReporter, formatOfPath, loadValidationContract, validateFiles } from "../validate/index.ts";
import type { CheckTarget, InputFile, InputFormat, ValidationContract, ValidationListener, ValueResult } from "../validate/index.ts";
import { assertReadable } from "../validate/files.ts";
import { customEndpointSource } from "../../runtime/mock/endpoint.ts";
import { UsageError, modelSource, parseCommand } from "./util.ts";

const HELP = `Usage: smithy-contract validate [options] <file...>

Checks each value of the files against the model's schemas (awsJson and restJson1 services):
  *.json              one value: an operation's input, output or error document
  *.ndjson, *.jsonl   one value per line (blank lines skipped), streamed
  *.har               recorded traffic: each entry is routed to an operation as the model's protocol
                      routes it (awsJson: X-Amz-Target; restJson1: method and path template, the
                      most specific first); the request is checked as the input, the response as
                      the output, or (an error status) as the error named by X-Amzn-Errortype or
                      the body. restJson1 messages are read as the protocol reads them (labels,
                      query, headers, body), and each violation says where on the wire it was:
                        request header X-Amz-Log-Type → /LogType (…): must be one of None, Tail, got "Full"
                      Entries of other services, paths or operations are skipped, with the reason.
                      Entries are the service's when sent to its AWS endpoints (any region) or,
                      with --endpoint, to those; without --endpoint, to any host but another AWS
                      service's endpoint.

Options:
  --model <path>         Smithy model: IDL (.smithy) or JSON AST (.json) files and folders (repeatable;
                         default: ./smithy-build.json's sources, else the embedded Personalize model)
  --overlay <file>       corrections the model states only in prose (default for the embedded
                         model: its own overlay)
  --service <id>         the service, when the model defines more than one
  --operation <Name>     the operation of JSON/NDJSON values (may be left out when the service has
                         only one); for HAR files, check only this operation's entries
  --output               JSON/NDJSON values are responses (the default)
  --input                JSON/NDJSON values are requests
  --error <Name>         JSON/NDJSON values are bodies of this error of the operation
  --endpoint <url>       HAR: also check entries sent to this endpoint (repeatable; a base path is
                         left out before routing: http://localhost:8080/api); entries sent elsewhere,
                         but to the service's AWS endpoints, are skipped
  --allow-unknown        accept members the model does not know, as AWS does (default: report them)
  --format-in <fmt>      read every file as json, ndjson or har, whatever its extension
  --format junit --report <file>
                         also write a JUnit XML report (one testsuite per file, one testcase per value)
  -h, --help             this text

Exit status: 0 all values valid, 1 some value invalid, 2 usage or model error.
`;

type Io = { out: (s: string) => void; err: (s: string) => void; errIsTTY?: boolean };

const FORMATS: readonly InputFormat[] = ["json", "ndjson", "har"];

export async function runValidate(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    model: { type: "string", multiple: true },
    overlay: { type: "string" },
    service: { type: "string" },
    operation: { type: "string" },
    input: { type: "boolean", default: false },
    output: { type: "boolean", default: false },
    error: { type: "string" },
    "allow-unknown": { type: "boolean", default: false },
    endpoint: { type: "string", multiple: true },
    "format-in": { type: "string" },
    format: { type: "string" },
    report: { type: "string" },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("validate needs at least one file to check");
  const sides = [values.input && "--input", values.output && "--output", values.error !== undefined && "--error"].filter(Boolean);
  if (sides.length > 1) throw new UsageError(`choose one of --input, --output and --error (got ${sides.join(", ")})`);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "junit") throw new UsageError(`--format must be text or junit (got ${JSON.stringify(format)})`);
  if (format === "junit" && values.report === undefined) throw new UsageError("--format junit needs --report <file>");
  if (format !== "junit" && values.report !== undefined) throw new UsageError("--report needs --format junit");
  const formatIn = values["format-in"];
  if (formatIn !== undefined && !FORMATS.includes(formatIn as InputFormat)) {
    throw new UsageError(`--format-in must be json, ndjson or har (got ${JSON.stringify(formatIn)})`);
  }

  const files: InputFile[] = positionals.map((path) => {
    const f = (formatIn as InputFormat | undefined) ?? formatOfPath(path);
    if (f === undefined) throw new UsageError(`cannot tell the format of ${JSON.stringify(path)} from its extension (.json, .ndjson, .jsonl, .har); use --format-in`);
    return { path, format: f };
  });
  const har = files.filter((f) => f.format === "har");
  if (har.length > 0 && sides.length > 0) {
    throw new UsageError(`${sides[0]} does not apply to HAR files (${har[0]!.path}): their entries say what each body is`);
  }
  for (const f of files) assertReadable(f.path);
  const endpoints = values.endpoint ?? [];
  if (endpoints.length > 0 && har.length === 0) throw new UsageError("--endpoint applies to HAR files only: JSON and NDJSON values carry no URL");
  for (const e of endpoints) {
    try {
      customEndpointSource(e);
    } catch (error) {
      throw new UsageError(`--endpoint: ${(error as Error).message}`);
    }
  }

  const contract = loadValidationContract({
    ...modelSource(values, io),
    ...(values.service !== undefined && { service: values.service }),
    ...(values.operation !== undefined && { operations: [values.operation] }),
    allowUnknown: values["allow-unknown"],
  });
  const target = files.some((f) => f.format !== "har")
    ? fileTarget(contract, values.operation, values.input ? "input" : values.error !== undefined ? "error" : "output", values.error)
    : undefined;

  const progress = new Progress(io.err, io.errIsTTY ?? process.stderr.isTTY === true);
  const text = new TextReporter((s) => {
    progress.clear();
    io.out(s);
  });
  const junit = values.report === undefined ? undefined : new JunitReport(values.report);
  const listeners: ValidationListener[] = [text, ...(junit ? [junit] : []), progress];
  try {
    const report = await validateFiles({
      contract,
      files,
      ...(target !== undefined && { target }),
      ...(values.operation !== undefined && { operation: values.operation }),
      ...(endpoints.length > 0 && { endpoints }),
      listener: fanOut(listeners),
    });
    progress.clear();
    junit?.finish(report);
    text.finish(report);
    return report.invalid > 0 ? 1 : 0;
  } catch (e) {
    progress.clear();
    junit?.abort();
    throw e;
  }
}

/** What JSON/NDJSON values are checked as; usage errors for a missing or unknown operation or error. */
function fileTarget(contract: ValidationContract, operation: string | undefined, kind: CheckTarget["kind"], error: string | undefined): CheckTarget {
  const ops = contract.closure.operations;
  let name = operation;
  if (name === undefined) {
    if (ops.length !== 1) {
      throw new UsageError(`--operation is needed for JSON and NDJSON files: ${contract.closure.service.name} has ${ops.length} operations`);
    }
    name = ops[0]!.name;
  }
  const op = contract.operation(name)!;
  const unsupported = contract.unsupported(name);
  if (unsupported !== undefined) throw new UsageError(`${name} cannot be validated: ${unsupported}`);
  if (kind !== "error") return { operation: name, kind };
  const found = contract.error(op, error!);
  if (found === undefined) {
    throw new UsageError(`${name} has no error ${JSON.stringify(error)}; its errors: ${Object.keys(op.errors).join(", ") || "none"}`);
  }
  return { operation: name, kind, error: found.name };
}

function fanOut(listeners: readonly ValidationListener[]): ValidationListener {
  return {
    fileStart: (f) => listeners.forEach((l) => l.fileStart?.(f)),
    value: (r) => listeners.forEach((l) => l.value?.(r)),
    fileEnd: (r) => listeners.forEach((l) => l.fileEnd?.(r)),
  };
}

/** A count of values on stderr, redrawn at most every 200 ms, only when stderr is a terminal (never in CI logs). */
class Progress implements ValidationListener {
  private count = 0;
  private shown = false;
  private last = 0;

  constructor(
    private readonly err: (s: string) => void,
    private readonly enabled: boolean,
  ) {}

  value(_result: ValueResult): void {
    this.count += 1;
    if (!this.enabled || (this.count & 255) !== 0) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.err(`\r${this.count.toLocaleString("en-US")} values checked…`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.err("\r\x1b[K");
    this.shown = false;
  }
}
