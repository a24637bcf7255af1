/** Shared CLI helpers: argument errors and how any error is shown to a user. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ModelError } from "../model/errors.ts";
import { InputError } from "../write.ts";
import { SMITHY_BUILD_FILE, smithyBuildSources } from "../model/sources/smithy-build.ts";
import { DEFAULT_MODEL, DEFAULT_OVERLAY } from "./defaults.ts";

/** A mistake in the command line: exit 2 with the message and a pointer to --help. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** One line per error for known input problems; the stack only for our own bugs. */
export function formatError(e: unknown): string {
  if (e instanceof ModelError || e instanceof InputError) return `error: ${e.message}\n`;
  if (e instanceof UsageError) return `error: ${e.message}\n`;

  return `internal error (please report): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`;
}

/**
 * node:util parseArgs errors as usage errors, in our words: Node's own text varies between releases
 * and suggests `--` tricks that do not apply here.
 */
export function asUsageError(e: unknown): unknown {
  const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  if (!(e instanceof Error) || typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS")) return e;
  const option = /'(-[^' ]*)[^']*'/.exec(e.message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return new UsageError(`unknown option ${option}`);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) return new UsageError(`option ${option} ${/argument missing/.test(e.message) ? "needs a value" : "has an invalid value"}`);
  return new UsageError(e.message);
}

/**
 * The model options every command shares. `--model` (repeatable) names Smithy IDL and JSON AST
 * files and folders; without it, the sources and imports of `./smithy-build.json`, else the embedded
 * model with its overlay — each said in one line on stderr, so nobody mistakes whose model it is.
 * Any model but the embedded one takes an overlay only when asked.
 */
export function modelSource(
  values: { readonly model?: string | readonly string[] | undefined; readonly overlay?: string | undefined },
  io?: { readonly err: (s: string) => void },
): { model: string | readonly string[]; overlay?: string } {
  const given = typeof values.model === "string" ? [values.model] : values.model;
  if (given !== undefined && given.length > 0) return { model: given.length === 1 ? given[0]! : given, ...(values.overlay !== undefined && { overlay: values.overlay }) };
  const fromBuild = smithyBuildSources(process.cwd());
  if (fromBuild !== undefined) {
    if (fromBuild.length === 0) throw new UsageError(`${SMITHY_BUILD_FILE} names no sources or imports; give --model`);
    io?.err(`note: no --model given: using the sources and imports of ./${SMITHY_BUILD_FILE}\n`);
    return { model: fromBuild, ...(values.overlay !== undefined && { overlay: values.overlay }) };
  }
  io?.err(`note: no --model given: using the embedded model, Amazon Personalize's dataset import jobs (${DEFAULT_MODEL}${values.overlay === undefined ? ", with its overlay" : ""})\n`);
  return { model: DEFAULT_MODEL, overlay: values.overlay ?? DEFAULT_OVERLAY };
}

/** Refuses positional arguments for commands that take none. */
export function noPositionals(command: string, positionals: readonly string[]): void {
  if (positionals.length > 0) throw new UsageError(`${command} takes no positional arguments (got ${positionals.map((p) => JSON.stringify(p)).join(" ")})`);
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * A command's arguments parsed strictly (unknown options are usage errors, as `asUsageError` words
 * them), with `-h/--help` added to its options: every command reads its arguments this one way.
 *
 * @example const { values, positionals } = parseCommand(args, { out: { type: "string" } }); if (values.help) …
 */
export function parseCommand<O extends Options>(args: readonly string[], options: O): ParsedCommand<O> {
  return parseArgs({ args: [...args], options: { ...options, help: { type: "boolean", short: "h", default: false } } as WithHelp<O>, allowPositionals: true, strict: true });
}

type WithHelp<O extends Options> = O & { help: { type: "boolean"; short: "h"; default: false } };

/** What {@link parseCommand} returns: named, so that the declaration files can say it. */
export type ParsedCommand<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: WithHelp<O>; allowPositionals: true; strict: true }>>;
