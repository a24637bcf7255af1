/** Shared CLI helpers: argument errors and how any error is shown to a user. */
import { ModelError } from "../model/errors.ts";
import { InputError } from "../write.ts";

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
