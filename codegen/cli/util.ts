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
  const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  if (e instanceof Error && typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) return `error: ${e.message}\n`;
  return `internal error (please report): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`;
}
