/**
 * Running commands in the scratch app of the packed-package test: async (a blocked worker would
 * stall vitest's own messages), timed, with an environment cleaned of what the outer `npm test`
 * and vitest put there (an inherited `npm_config_local_prefix` would point npm at this repository,
 * `VITEST_*` would confuse the scratch app's own vitest).
 */
import { spawn } from "node:child_process";
import { delimiter } from "node:path";

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/** npm settings a CI may give through the environment that the nested npm should keep. */
const KEEP_NPM = new Set(["npm_config_cache", "npm_config_registry", "npm_config_cafile", "npm_config_userconfig", "npm_config_globalconfig"]);

/** The environment for commands run in the scratch app: no npm lifecycle or vitest variables, no repo `.bin` on PATH. */
export function cleanEnv(repoRoot: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (lower.startsWith("npm_") && !KEEP_NPM.has(lower)) continue;
    if (key.startsWith("VITEST") || key === "TEST" || key === "NODE_ENV" || key === "NODE_OPTIONS" || key === "INIT_CWD") continue;
    env[key] = value;
  }
  env["PATH"] = (process.env["PATH"] ?? "")
    .split(delimiter)
    .filter((dir) => !dir.startsWith(repoRoot))
    .join(delimiter);
  env["NO_COLOR"] = "1";
  env["FORCE_COLOR"] = "0";
  return env;
}

/** Runs `command args` in `cwd`; resolves with its exit code and output whatever the code (never rejects on exit status). */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** The result, or an error carrying the command, its exit code and the tail of its output. */
export function ok(what: string, r: RunResult): RunResult {
  if (r.code === 0) return r;
  const tail = (s: string) => s.split("\n").slice(-40).join("\n");
  throw new Error(`${what} exited ${r.code}\n--- stdout ---\n${tail(r.stdout)}\n--- stderr ---\n${tail(r.stderr)}`);
}
