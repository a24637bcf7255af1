/**
 * The values of one input file, each with where it came from and how to check it: a JSON file is
 * one value, an NDJSON file one value per non-blank line (streamed), a HAR file a request value and
 * a response value per entry the service's protocol routes to one of its operations (other entries
 * are skipped, with the reason).
 */
import { isUnmodeledAwsError, ERROR_TYPE_FIELD, ERROR_TYPE_HEADER, sanitizeErrorType } from "../../runtime/protocol/awsjson.ts";
import { formatValue } from "../../runtime/validation/violations.ts";
import type { Violation } from "../../runtime/validation/violations.ts";
import { checkBoundRequest, checkBoundResponse, type LocatedViolation } from "./bound.ts";
import type { CheckTarget, ValidationContract } from "./contract.ts";
import { readLineBatches, readText } from "./files.ts";
import { harExchanges } from "./har.ts";
import type { HarExchange } from "./har.ts";
import { entryEndpoints, routeEntry, type EntryEndpoints } from "./route.ts";
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
  readonly violations: readonly LocatedViolation[];
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
  endpoints?: EntryEndpoints,
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
      const sites = endpoints ?? entryEndpoints(contract, []);
      for (const ex of harExchanges(doc, file)) yield await harItems(file, ex, contract, operationFilter, sites);
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

/**
 * The items of one HAR entry: its request and its response, each checked as the operation its
 * protocol routes the entry to (route.ts), or the entry skipped with the reason. An operation
 * whose members travel in HTTP bindings is read through its protocol (bound.ts: labels, query,
 * headers and body gathered into the document, each violation naming its place on the wire);
 * one without is a JSON body that is the whole document, checked as it is.
 */
async function harItems(file: string, ex: HarExchange, contract: ValidationContract, operationFilter: string | undefined, endpoints: EntryEndpoints): Promise<Item[]> {
  const where = `${file} entries[${ex.index}]`;
  const how = `${ex.method} ${ex.url}`;
  const route = routeEntry(ex, contract, endpoints);
  let reason: string | undefined = route.kind === "skip" ? route.reason : undefined;
  const op = route.kind === "operation" ? route.operation : undefined;
  if (op !== undefined && operationFilter !== undefined && op.name !== operationFilter) reason = `not ${operationFilter} (--operation)`;
  const unsupported = op === undefined ? undefined : contract.unsupported(op.name);
  if (reason === undefined && unsupported !== undefined) reason = `${op!.name} bodies are not JSON: ${unsupported}`;
  if (op === undefined || reason !== undefined) {
    return [{ location: `${where} (${how})`, caseName: `entries[${ex.index}]`, skip: reason ?? "operation not in the contract" }];
  }

  const bound = op.http !== undefined;
  const labels = route.kind === "operation" ? (route.labels ?? {}) : {};
  const request = bound ? await checkBoundRequest(contract, op, labels, ex) : checkText(contract, { operation: op.name, kind: "input" }, ex.requestBody, true);
  const items: Item[] = [{ location: `${where} request (${how})`, caseName: `entries[${ex.index}] request`, check: () => request }];
  const responseWhere = `${where} response (${how} ${ex.status ?? "-"})`;
  if (ex.status === undefined) {
    items.push({ location: responseWhere, caseName: `entries[${ex.index}] response`, skip: "no response recorded" });
    return items;
  }
  const status = ex.status;
  const response = bound
    ? await checkBoundResponse(contract, op, ex, status)
    : status < 400
      ? checkText(contract, { operation: op.name, kind: "output" }, ex.responseBody, true)
      : checkError(contract, op.name, ex);
  items.push({ location: responseWhere, caseName: `entries[${ex.index}] response`, check: () => response });
  return items;
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
