/**
 * `npm run load` options: how many requests, from how many clients, from which seed.
 */
import { parseArgs } from "node:util";

export const LOAD_USAGE = `usage: npm run load -- [--requests <n>] [--clients <n>] [--seed <n>]

Sends <n> requests (default 10000) from <n> concurrent keep-alive clients (default 50) to
\`smithy-contract serve\` (a child process on loopback): real SDK calls, raw HTTP and hostile
requests, mixed from the seed (default 0). Every answer is checked; exit 1 on any wrong answer or
when the server's heap does not come back within 10% of its baseline.`;

export interface LoadOptions {
  readonly requests: number;
  readonly clients: number;
  readonly seed: number;
}

/** A bad command line: the message is one line, shown with the usage. */
export class LoadUsageError extends Error {
  override readonly name = "LoadUsageError";
}

/**
 * The options of `argv`, or `"help"`. Throws a {@link LoadUsageError} for anything else.
 *
 * @example parseLoadOptions(["--requests", "200"]) // { requests: 200, clients: 50, seed: 0 }
 */
export function parseLoadOptions(argv: readonly string[]): LoadOptions | "help" {
  let values: { requests?: string; clients?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { requests: { type: "string" }, clients: { type: "string" }, seed: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new LoadUsageError((e as Error).message);
  }
  if (values.help === true) return "help";
  return {
    requests: integer("--requests", values.requests, 10_000, 1, 10_000_000),
    clients: integer("--clients", values.clients, 50, 1, 1000),
    seed: integer("--seed", values.seed, 0, -(2 ** 31), 2 ** 31 - 1),
  };
}

function integer(option: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw new LoadUsageError(`${option} must be an integer (got ${JSON.stringify(text)})`);
  if (n < min || n > max) throw new LoadUsageError(`${option} must be between ${min} and ${max} (got ${n})`);
  return n;
}
