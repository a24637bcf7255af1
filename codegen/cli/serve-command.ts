/**
 * `smithy-contract serve`: a service's msw mocks over real HTTP, for clients that are not in the
 * test's process (another language, a container, a shell). The contract and the output arbitraries
 * are built in memory from the model (codegen/contract/mock-data.ts), and the runtime's mock answers
 * every request as it does under msw in a test: same routing, validation, seeded answers and
 * lifecycle. Runs until SIGINT or SIGTERM (exit 0); exit 2 for usage and model errors and when the
 * port cannot be had.
 */
import { buildMockData } from "../contract/mock-data.ts";
import { loadClosure } from "../load-closure.ts";
import { UsageError, modelSource, noPositionals, parseCommand } from "./util.ts";

/** The port when none is given (Prism's, the OpenAPI mock server's; clear of LocalStack's 4566). */
export const DEFAULT_PORT = 4010;

const HELP = `Usage: smithy-contract serve [options]

Serves the service's mocks over HTTP: the SDK (or any client) pointed at the printed origin gets
the answers msw mocks give in a test — seeded output draws checked against the contract, AWS's
ValidationException for bad input, lifecycles moving on successive calls.

Options:
  --model <path>                 Smithy model: IDL (.smithy) or JSON AST (.json) files and folders
                                 (repeatable; default: ./smithy-build.json's sources, else the
                                 embedded Personalize model)
  --service <id>                 the service, when the model defines more than one
  --operation <Name>             serve only these operations (repeatable; default: all)
  --overlay <file>               lifecycles the model states only in prose (default for the
                                 embedded model: its own overlay)
  --port <n>                     TCP port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <address>               address to listen on (default 127.0.0.1)
  --seed <n>                     seed of every answer (default 0): same seed and request, same answer
  --latency <ms>|<min>-<max>     delay every answer (a range is drawn from per request)
  --validation-error <Name>      answer constraint violations with this modeled error instead of
                                 ValidationException, where the operation models it
  --lifecycle-after-calls <n>    move a lifecycle one state on every n calls for an id (default 1)
  --data <kind>                  realistic (default: what the service would plausibly send) or
                                 exhaustive (draws from the whole space the contract allows)
  --state <world>                open (default: an id never created is answered with seeded data)
                                 or closed (with the resource's not-found error)
  --now <time>                   the clock of realistic timestamps: an ISO date-time with its zone
                                 (2025-06-01T12:00:00Z), or "now" for the real clock (default
                                 2026-01-01T00:00:00Z, so answers repeat)
  --quiet                        no line per request on stderr
  -h, --help                     this text

Prints "listening on <origin>" on stdout once listening, "stopped" on SIGINT/SIGTERM (exit 0).
`;

type Io = { out: (s: string) => void; err: (s: string) => void };

/** Parsed from the command line: where to listen, and the mock's options. */
interface ServeSettings {
  readonly port: number;
  readonly host: string;
  readonly quiet: boolean;
  readonly mock: {
    readonly seed?: number;
    readonly latency?: number | readonly [number, number];
    readonly validationError?: string;
    readonly lifecycle?: { readonly afterCalls: number };
    readonly data?: "realistic" | "exhaustive";
    readonly state?: "open" | "closed";
    readonly now?: number | (() => number);
  };
}

export async function runServe(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    model: { type: "string", multiple: true },
    service: { type: "string" },
    operation: { type: "string", multiple: true },
    overlay: { type: "string" },
    port: { type: "string" },
    host: { type: "string" },
    seed: { type: "string" },
    latency: { type: "string" },
    "validation-error": { type: "string" },
    "lifecycle-after-calls": { type: "string" },
    data: { type: "string" },
    state: { type: "string" },
    now: { type: "string" },
    quiet: { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  noPositionals("serve", positionals);
  const settings = serveSettings(values);

  const { closure, overlay } = loadClosure({
    ...modelSource(values, io),
    ...(values.service !== undefined && { service: values.service }),
    ...(values.operation !== undefined && { operations: values.operation }),
  });
  const { contract, outputs } = buildMockData(closure, overlay);
  for (const u of closure.unsupported) io.err(`note: ${u.operation} is not served: ${u.reason}\n`);

  // msw is an optional peer dependency: only serve needs it, so it is loaded here.
  let runtime: [typeof import("../../runtime/msw/index.ts"), typeof import("../../runtime/serve/index.ts")];
  try {
    runtime = await Promise.all([import("../../runtime/msw/index.ts"), import("../../runtime/serve/index.ts")]);
  } catch (e) {
    if (!isMissingMsw(e)) throw e;
    io.err("error: serve needs msw, an optional peer dependency: npm install --save-dev msw\n");
    return 2;
  }
  const [{ createServiceMock }, { ListenError, startMockServer }] = runtime;
  const validationError = settings.mock.validationError;
  if (validationError !== undefined && !Object.values(contract.operations).some((op) => Object.prototype.hasOwnProperty.call(op.errors, validationError))) {
    const modeled = [...new Set(Object.values(contract.operations).flatMap((op) => Object.keys(op.errors)))].sort();
    throw new UsageError(`--validation-error: no operation of ${contract.sdkId} models ${validationError} (modeled errors: ${modeled.join(", ") || "none"})`);
  }
  const serviceMock = createServiceMock(contract, { outputs });
  try {
    serviceMock.create(settings.mock); // rejects any other bad option before listening
  } catch (e) {
    if (e instanceof TypeError) throw new UsageError(e.message);
    throw e;
  }

  let server: Awaited<ReturnType<typeof startMockServer>>;
  let mock: ReturnType<typeof serviceMock.create> | undefined;
  try {
    server = await startMockServer({
      port: settings.port,
      host: settings.host,
      handlers: (origin) => (mock = serviceMock.create({ ...settings.mock, endpoint: origin })).handlers,
      onRequest: (r) => {
        // Nobody reads serve's request log (the line below is the log): a long run must not keep
        // every request it answered (a load test's heap grew 375% before this).
        mock?.clearRequests();
        if (!settings.quiet) io.err(`${r.method} ${r.path} ${r.target ?? "-"} ${r.status} ${r.ms}ms\n`);
        if (r.error !== undefined) io.err(`error: the mock failed on ${r.target ?? r.path}: ${r.error instanceof Error ? r.error.message : String(r.error)}\n`);
      },
    });
  } catch (e) {
    if (!(e instanceof ListenError)) throw e;
    io.err(`error: ${e.message}\n`);
    return 2;
  }

  const operations = Object.keys(contract.operations);
  if (!settings.quiet) {
    const names = operations.length <= 5 ? operations.join(", ") : `${operations.slice(0, 5).join(", ")}, …`;
    io.err(`serving ${contract.sdkId} (${operations.length} operation${operations.length === 1 ? "" : "s"}: ${names}) with seed ${settings.mock.seed ?? 0}\n`);
  }
  // The handlers go in before the line that tells a supervisor we are up: a SIGTERM sent the moment
  // it reads "listening" must find them (until then the default action kills the process).
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    const stop = (s: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(s);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  io.out(`listening on ${server.origin}\n`);
  const signal = await stopped;
  if (!settings.quiet) io.err(`${signal}: closing\n`);
  await server.close();
  io.out("stopped\n");
  return 0;
}

function serveSettings(values: {
  port?: string | undefined;
  host?: string | undefined;
  seed?: string | undefined;
  latency?: string | undefined;
  "validation-error"?: string | undefined;
  "lifecycle-after-calls"?: string | undefined;
  data?: string | undefined;
  state?: string | undefined;
  now?: string | undefined;
  quiet: boolean;
}): ServeSettings {
  const port = values.port === undefined ? DEFAULT_PORT : integerOption("--port", values.port, 0);
  if (port > 65535) throw new UsageError(`--port must be between 0 and 65535 (got ${port})`);
  const host = values.host ?? "127.0.0.1";
  if (host === "") throw new UsageError("--host needs an address such as 127.0.0.1 or 0.0.0.0");
  return {
    port,
    host,
    quiet: values.quiet,
    mock: {
      ...(values.seed !== undefined && { seed: integerOption("--seed", values.seed) }),
      ...(values.latency !== undefined && { latency: latencyOption(values.latency) }),
      ...(values["validation-error"] !== undefined && { validationError: values["validation-error"] }),
      ...(values["lifecycle-after-calls"] !== undefined && { lifecycle: { afterCalls: integerOption("--lifecycle-after-calls", values["lifecycle-after-calls"], 1) } }),
      ...(values.data !== undefined && { data: choice("--data", values.data, ["realistic", "exhaustive"] as const) }),
      ...(values.state !== undefined && { state: choice("--state", values.state, ["open", "closed"] as const) }),
      ...(values.now !== undefined && { now: clockOption(values.now) }),
    },
  };
}

/** One of the given words. */
function choice<T extends string>(option: string, text: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text)) throw new UsageError(`${option} must be ${allowed.join(" or ")} (got ${JSON.stringify(text)})`);
  return text as T;
}

/** An ISO 8601 date (UTC midnight), or date-time with its zone (`Z` or `±hh:mm`): an instant on every machine. */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * `--now 2025-06-01T12:00:00Z` (a fixed clock) or `--now now` (the real one). A date-time without
 * its zone is refused (Date.parse reads it in the machine's time zone, so answers would differ from
 * machine to machine), and so is a day or time that does not exist (Date.parse rolls 2025-02-30
 * over to March 2).
 */
function clockOption(text: string): number | (() => number) {
  if (text === "now") return Date.now;
  const m = ISO_INSTANT.exec(text);
  const ms = m !== null && exists(m) ? Date.parse(text) : Number.NaN;
  if (!Number.isFinite(ms)) throw new UsageError(`--now must be an ISO date-time such as 2025-06-01T12:00:00Z, or "now" (got ${JSON.stringify(text)})`);
  return ms;
}

/** True when the date and time {@link ISO_INSTANT} matched are on the calendar and the clock. */
function exists(m: RegExpExecArray): boolean {
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day && hour <= 23 && minute <= 59 && second <= 59;
}

/** A decimal integer option, at least `min` when given. */
function integerOption(option: string, text: string, min?: number): number {
  const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError(`${option} must be an integer (got ${JSON.stringify(text)})`);
  if (min !== undefined && n < min) throw new UsageError(`${option} must be at least ${min} (got ${n})`);
  return n;
}

/** `--latency 50` or `--latency 20-80` (milliseconds). */
function latencyOption(text: string): number | readonly [number, number] {
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range === null) return integerOption("--latency", text, 0);
  const [min, max] = [Number(range[1]), Number(range[2])];
  if (min > max) throw new UsageError(`--latency ${text}: the minimum is above the maximum`);
  return [min, max];
}

function isMissingMsw(e: unknown): boolean {
  const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  return code === "ERR_MODULE_NOT_FOUND" && /['"]msw['"]/.test((e as Error).message);
}
