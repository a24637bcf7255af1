/**
 * `smithy-contract serve` as a child process, started from the repository root as a user's shell
 * would: its origin read from the "listening on" line, its output and exit status kept.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";
import { cliArgs } from "../support/cli.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface Served {
  readonly child: ChildProcessWithoutNullStreams;
  /** `http://127.0.0.1:<port>` (empty when the server exited without listening). */
  readonly origin: string;
  readonly port: number;
  /** Everything written so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
}

/**
 * Starts `serve` with `args`; resolves once it prints its origin, or once it exits without one
 * (origin ""). Rejects after `timeoutMs`.
 */
export function startServe(args: readonly string[], timeoutMs = 15_000): Promise<Served> {
  const child = spawn(process.execPath, cliArgs("serve", ...args), { cwd: ROOT });
  let out = "";
  let err = "";
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const served = (origin: string): Served => ({
      child,
      origin,
      port: origin === "" ? 0 : Number(new URL(origin).port),
      stdout: () => out,
      stderr: () => err,
      exited,
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`serve did not listen within ${timeoutMs} ms; stderr: ${err}`));
    }, timeoutMs);
    child.stdout.on("data", (chunk: string) => {
      out += chunk;
      const origin = /^listening on (http:\/\/\S+)$/m.exec(out)?.[1];
      if (origin !== undefined) {
        clearTimeout(timer);
        resolve(served(origin));
      }
    });
    child.stderr.on("data", (chunk: string) => {
      err += chunk;
    });
    void exited.then(() => {
      clearTimeout(timer);
      resolve(served(""));
    });
  });
}

/** Kills the process if it still runs (SIGKILL: cleanup, not a test of shutdown). */
export function kill(served: Served | undefined): void {
  if (served !== undefined && served.child.exitCode === null && served.child.signalCode === null) served.child.kill("SIGKILL");
}
