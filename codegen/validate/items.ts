/**
 * The values of one input file, each with where it came from and how to check it: a JSON file is
 * one value, an NDJSON file one value per non-blank line (streamed), a HAR file a request value and
 * a response value per awsJson entry of the service (other entries are skipped, with the reason).
 */
import { isUnmodeledAwsError, ERROR_TYPE_FIELD, ERROR_TYPE_HEADER, parseTarget, sanitizeErrorType } from "../../runtime/protocol/awsjson.ts";
import { formatValue } from "../../runtime/validation/violations.ts";
import type { Violation } from "../../runtime/validation/violations.ts";
import type { CheckTarget, ValidationContract } from "./contract.ts";
import { readLineBatches, readText } from "./files.ts";
import { harExchanges } from "./har.ts";
import type { HarExchange } from "./har.ts";
import { InputError } from "../write.ts";

export type InputFormat = "json" | "ndjson" | "har";

/** The format of a file by its extension (`.json`, `.ndjson`/`.jsonl`, `.har`), if known. */
export function formatOfPath(path: string): InputFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith(".har")) return "har";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".json")) return "json";
  return undefined;
}

/** What checking one value found. */
export interface Outcome {
  /** What the value was checked as: `DescribeDatasetImportJob output`, `DescribeDatasetImportJob error ResourceNotFoundException`. */
  readonly label: string;
  readonly violations: readonly Violation[];
}

/** One value to check, or one entry skipped. */
export type Item =
  | { readonly location: string; readonly caseName: string; readonly check: () => Outcome }
  | { readonly location: string; readonly caseName: string; readonly skip: string };

/** What the values of JSON and NDJSON files are checked as. */
export type FileTarget = CheckTarget;

/**
 * The items of `file`, in order, a batch at a time (an NDJSON file's batch: the lines of one chunk
 * of the file, so a million lines cost a thousand promises, not a million). NDJSON and HAR files
 * yield lazily; NDJSON holds one chunk at a time.
 */
export async function* itemsOf(
  file: string,
  format: InputFormat,
  contract: ValidationContract,
  target: FileTarget | undefined,
  operationFilter: string | undefined,
): AsyncGenerator<readonly Item[]> {
  switch (format) {
    case "json": {
      const text = readText(file);
      yield [{ location: file, caseName: "value", check: () => checkText(contract, need(target), text, false) }];
      return;
    }
    case "ndjson": {
      const check = new LineCheck(contract, need(target));
      let n = 0;
      for await (const lines of readLineBatches(file)) {
        const items: Item[] = [];
        for (const line of lines) {
          n += 1;
          if (line.trim() === "") continue;
          items.push(new LineItem(file, n, line, check));
        }
        if (items.length > 0) yield items;
      }
      return;
    }
    case "har": {
      // A HAR file is one JSON document: read whole (its bodies are what is validated, one by one).
      const text = readText(file);
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        throw new InputError(`${file}: not a HAR file: not JSON`);
      }
      for (const ex of harExchanges(doc, file)) yield [...harItems(file, ex, contract, operationFilter)];
      return;
    }
  }
}

/** How every line of an NDJSON file is checked: one target, its label worked out once. */
class LineCheck {
  readonly label: string;

  constructor(
    readonly contract: ValidationContract,
    readonly target: CheckTarget,
  ) {
    this.label = labelOf(target);
  }
}

/** One line of an NDJSON file, as an {@link Item} (a class, not a closure per line: files have millions). */
class LineItem {
  readonly location: string;
  readonly caseName: string;

  constructor(
    file: string,
    n: number,
    private readonly text: string,
    private readonly how: LineCheck,
  ) {
    this.location = `${file}:${n}`;
    this.caseName = `line ${n}`;
  }

  check(): Outcome {
    return checkParsed(this.how.contract, this.how.target, this.how.label, parse(this.text, false));
  }
}

function need(target: FileTarget | undefined): FileTarget {
  if (target === undefined) throw new Error("JSON and NDJSON inputs need a target");
  return target;
}

/** The label of a target: `Op input`, `Op output`, `Op error Name`. */
export function labelOf(target: CheckTarget): string {
  return target.kind === "error" ? `${target.operation} error ${String(target.error)}` : `${target.operation} ${target.kind}`;
}

/**
 * Parses and checks one value's text. `emptyIsObject`: an empty body stands for `{}` (awsJson
 * servers accept an empty request body; operations without output answer with one).
 */
function checkText(contract: ValidationContract, target: CheckTarget, text: string | undefined, emptyIsObject: boolean): Outcome {
  return checkParsed(contract, target, labelOf(target), parse(text, emptyIsObject));
}

function checkParsed(contract: ValidationContract, target: CheckTarget, label: string, parsed: Parsed): Outcome {
  if (!parsed.ok) return { label, violations: [parsed.violation] };
  return { label, violations: contract.check(target, parsed.value) };
}

type Parsed = { ok: true; value: unknown } | { ok: false; violation: Violation };

function parse(text: string | undefined, emptyIsObject: boolean): Parsed {
  if (emptyIsObject && (text === undefined || text.trim() === "")) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text ?? "") };
  } catch {
    const shown = formatValue(text ?? "");
    return { ok: false, violation: { pointer: "", memberPath: "", keyword: "json", message: "is not JSON", ...(shown !== undefined && { value: shown }) } };
  }
}

/** Why a HAR entry is not checked (another service, an operation left out, …), or undefined to check it. */
function skipReason(ex: HarExchange, contract: ValidationContract, operationFilter: string | undefined): string | undefined {
  const { service } = contract.closure;
  const serviceName = contract.contract.serviceName;
  if (ex.target === undefined) return "no X-Amz-Target header";
  const quoted = `X-Amz-Target ${JSON.stringify(ex.target)}`;
  const parsed = parseTarget(ex.target);
  if (parsed === undefined) return `${quoted} is not <service>.<operation>`;
  if (parsed.service !== serviceName) return `${quoted} is not a call of ${serviceName}`;
  if (!service.operations.some((o) => o.name === parsed.operation)) return `${quoted}: ${serviceName} has no operation ${parsed.operation}`;
  if (operationFilter !== undefined && parsed.operation !== operationFilter) return `not ${operationFilter} (--operation)`;
  const unsupported = contract.unsupported(parsed.operation);
  if (unsupported !== undefined) return `${parsed.operation} bodies are not JSON: ${unsupported}`;
  return undefined;
}

function* harItems(file: string, ex: HarExchange, contract: ValidationContract, operationFilter: string | undefined): Generator<Item> {
  const where = `${file} entries[${ex.index}]`;
  const how = `${ex.method} ${ex.url}`;
  const reason = skipReason(ex, contract, operationFilter);
  const op = reason === undefined ? contract.operation(parseTarget(ex.target)!.operation) : undefined;
  if (op === undefined) {
    yield { location: `${where} (${how})`, caseName: `entries[${ex.index}]`, skip: reason ?? "operation not in the contract" };
    return;
  }

  yield {
    location: `${where} request (${how})`,
    caseName: `entries[${ex.index}] request`,
    check: () => checkText(contract, { operation: op.name, kind: "input" }, ex.requestBody, true),
  };
  const responseWhere = `${where} response (${how} ${ex.status ?? "-"})`;
  if (ex.status === undefined) {
    yield { location: responseWhere, caseName: `entries[${ex.index}] response`, skip: "no response recorded" };
    return;
  }
  const status = ex.status;
  yield {
    location: responseWhere,
    caseName: `entries[${ex.index}] response`,
    check: () =>
      status < 400
        ? checkText(contract, { operation: op.name, kind: "output" }, ex.responseBody, true)
        : checkError(contract, op.name, ex),
  };
}

/**
 * An error response: the error named by `X-Amzn-Errortype`, else by the body's `__type`
 * (sanitized as clients do), checked against that error's schema. A name the operation does not
 * declare, or no name at all, is a violation.
 */
function checkError(contract: ValidationContract, operation: string, ex: HarExchange): Outcome {
  const op = contract.operation(operation)!;
  const parsed = parse(ex.responseBody, true);
  const fromBody = parsed.ok && typeof parsed.value === "object" && parsed.value !== null ? (parsed.value as Record<string, unknown>)[ERROR_TYPE_FIELD] : undefined;
  const raw = ex.errorType ?? (typeof fromBody === "string" ? fromBody : undefined);
  if (raw === undefined) {
    const violation: Violation = { pointer: "", memberPath: "", keyword: "errorType", message: `names no error: no ${ERROR_TYPE_HEADER} header and no ${ERROR_TYPE_FIELD} member` };
    return { label: `${operation} error`, violations: parsed.ok ? [violation] : [violation, parsed.violation] };
  }
  const name = sanitizeErrorType(raw);
  const error = contract.error(op, name);
  if (error === undefined && isUnmodeledAwsError(name)) {
    // AWS's framework and common errors (ValidationException, ThrottlingException, …) are part of
    // every service's behaviour without being modeled: not a violation, as long as the body is JSON.
    return { label: `${operation} error ${name} (AWS framework error, not modeled)`, violations: parsed.ok ? [] : [parsed.violation] };
  }
  if (error === undefined) {
    const declared = Object.keys(op.errors).join(", ") || "none";
    const shown = formatValue(raw);
    const violation: Violation = {
      pointer: ex.errorType === undefined ? `/${ERROR_TYPE_FIELD}` : "",
      memberPath: "",
      keyword: "errorType",
      message: `${ex.errorType === undefined ? "" : `${ERROR_TYPE_HEADER} `}names error ${JSON.stringify(name)}, which ${operation} does not declare (it declares ${declared})`,
      ...(shown !== undefined && { value: shown }),
    };
    return { label: `${operation} error ${name}`, violations: [violation] };
  }
  return checkText(contract, { operation, kind: "error", error: error.name }, ex.responseBody, true);
}
