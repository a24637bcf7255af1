/**
 * The TypeScript side of JavaRegexOracle.java: one JVM per batch of requests (never one per
 * string), answers in request order. When `java` is missing, `javaOracle` prints one line saying so
 * and throws, so a test that needs the oracle fails instead of passing on nothing (`.ci/run`
 * installs Debian's openjdk-17-jre-headless when `java` is absent).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const SOURCE = fileURLToPath(new URL("./JavaRegexOracle.java", import.meta.url));

export type OracleRequest =
  | { readonly pattern: string; readonly strings: readonly string[] }
  | { readonly pattern: string; readonly sweep: true }
  | { readonly table: "defined" | "upper" | "lower" | "blocks" | "scripts" };

export interface OracleAnswer {
  readonly find?: readonly boolean[];
  readonly ranges?: readonly (readonly [number, number])[];
  readonly pairs?: readonly (readonly [number, number])[];
  readonly blocks?: readonly (readonly [string, number, number, readonly string[]])[];
  readonly scripts?: readonly (readonly [string, readonly string[]])[];
  /** Java's own reason (PatternSyntaxException.getDescription()) for a pattern it rejects. */
  readonly error?: string;
  readonly index?: number;
  readonly message?: string;
  /** java.util.regex failed with an exception other than PatternSyntaxException (a JDK bug). */
  readonly crash?: string;
}

/** The `java -version` line, or undefined when no `java` runs here. */
export function javaVersion(): string | undefined {
  const r = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return undefined;
  return r.stderr.split("\n")[0];
}

/** Answers `requests` with java.util.regex in one JVM. */
export function javaOracle(requests: readonly OracleRequest[]): OracleAnswer[] {
  if (requests.length === 0) return [];
  const input = requests.map((r) => JSON.stringify(r)).join("\n") + "\n";
  const r = spawnSync("java", ["--add-opens", "java.base/java.lang=ALL-UNNAMED", SOURCE], {
    input,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (r.error || r.status !== 0) {
    const line = `java oracle: cannot run java (${r.error?.message ?? r.stderr.trim().split("\n")[0]}); tests that need it cannot run and do not count as passed`;
    console.log(line);
    throw new Error(line);
  }
  const lines = r.stdout.trimEnd().split("\n");
  if (lines.length !== requests.length) throw new Error(`java oracle: ${requests.length} requests, ${lines.length} answers`);
  return lines.map((l, i) => {
    const a = JSON.parse(l) as OracleAnswer & { failure?: string };
    if (a.failure !== undefined) throw new Error(`java oracle failed on ${JSON.stringify(requests[i])}: ${a.failure}`);
    return a;
  });
}
