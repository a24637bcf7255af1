/**
 * The `smithy-contract serve` process under load: the built CLI (`bin/smithy-contract.js`, dist/)
 * started as a user starts it, plus `--expose-gc` and the memory probe preloaded
 * (memory-probe.mjs), which answers over the IPC channel only. So the figures are those of the real
 * server process, not of the load driver sharing its heap.
 *
 * @see https://nodejs.org/api/process.html#processmemoryusage
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/smithy-contract.js", import.meta.url));
const PROBE = new URL("./memory-probe.mjs", import.meta.url).href;

/** Bytes, as `process.memoryUsage()` reports them. */
export interface MemoryFigures {
  readonly rss: number;
  readonly heapUsed: number;
  readonly heapTotal: number;
  readonly external: number;
  readonly arrayBuffers: number;
}

/** One report of the probe. */
export interface MemoryReport {
  /** Now (after the forced GC, when one was asked for). */
  readonly now: MemoryFigures;
  /** The highest RSS and heap sampled since the previous report (every 10 ms). */
  readonly peak: Pick<MemoryFigures, "rss" | "heapUsed">;
  /** CPU time the process has used so far, in microseconds (`process.cpuUsage()`). */
  readonly cpu: { readonly user: number; readonly system: number };
  /** Keys `Object.prototype` gained since the process started (none, unless a request polluted it). */
  readonly prototypeKeys: readonly string[];
}

export interface ServeProcess {
  /** `http://127.0.0.1:<port>`, as the process printed it. */
  readonly origin: string;
  /** Asks the process for its memory, after a forced GC when `gc` is true. */
  memory(gc: boolean): Promise<MemoryReport>;
  /** Everything the process wrote on stderr so far. */
  stderr(): string;
  /** Stops it with SIGTERM, as a supervisor would; resolves with its exit code and stdout. */
  stop(): Promise<{ readonly code: number | null; readonly stdout: string }>;
}

/**
 * Starts `serve --port 0 --quiet` with `args` and resolves once it prints its origin. Rejects with
 * its stderr when it exits first or does not listen within `timeoutMs`.
 *
 * @example
 * const serve = await startServeProcess(["--seed", "1"]);
 * const before = await serve.memory(true);
 * await serve.stop();
 */
export function startServeProcess(args: readonly string[], timeoutMs = 30_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, ["--expose-gc", "--import", PROBE, BIN, "serve", "--port", "0", "--quiet", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let out = "";
  let err = "";
  child.stdout!.setEncoding("utf8");
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`serve did not listen within ${timeoutMs} ms; stderr: ${err}`));
    }, timeoutMs);
    child.stdout!.on("data", (chunk: string) => {
      out += chunk;
      const origin = /^listening on (http:\/\/\S+)$/m.exec(out)?.[1];
      if (origin === undefined) return;
      clearTimeout(timer);
      resolve({
        origin,
        memory: (gc) => ask(child, gc),
        stderr: () => err,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
          return { code: await exited, stdout: out };
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before listening; stderr: ${err}`));
    });
  });
}

/** One request-answer over the IPC channel (the driver asks one question at a time). */
function ask(child: ChildProcess, gc: boolean): Promise<MemoryReport> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      const m = message as { probe?: unknown; error?: string } & Partial<MemoryReport>;
      if (m === null || typeof m !== "object" || m.probe !== "memory") return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (m.error !== undefined) reject(new Error(`memory probe: ${m.error}`));
      else resolve({ now: m.now!, peak: m.peak!, cpu: m.cpu!, prototypeKeys: m.prototypeKeys! });
    };
    const onExit = () => reject(new Error("serve exited while its memory was asked for"));
    child.on("message", onMessage);
    child.once("exit", onExit);
    child.send({ probe: "memory", gc });
  });
}
