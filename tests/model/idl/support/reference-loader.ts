/**
 * Smithy's reference loader (the real Java loader, `../shared/smithy/reference-loader/`) as a test
 * oracle: many independent models per JVM start. `ReferenceBatch.java` is compiled once per source
 * revision into the temp folder (so each batch pays only for the JVM), then given all jobs on stdin.
 * Tests only: the package never calls Java.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { JsonAst } from "../../../../codegen/model/sources/assemble.ts";
import { sharedSmithy } from "./shared-smithy.ts";

export interface ReferenceJob {
  /** Files and folders (folders walked as the reference jar walks them). */
  readonly paths?: readonly string[];
  /** In-memory files: name → IDL or JSON text. */
  readonly sources?: Readonly<Record<string, string>>;
}

export interface ReferenceEvent {
  readonly severity: "ERROR" | "DANGER" | "EXCEPTION";
  readonly id: string;
  readonly shapeId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface ReferenceResult {
  readonly ast: JsonAst | null;
  readonly events: readonly ReferenceEvent[];
}

const SOURCE = fileURLToPath(new URL("./ReferenceBatch.java", import.meta.url));

function compiled(jar: string): string {
  const source = readFileSync(SOURCE);
  const dir = join(tmpdir(), `smithy-contract-reference-${createHash("sha256").update(source).digest("hex").slice(0, 16)}`);
  if (existsSync(join(dir, "ReferenceBatch.class"))) return dir;
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  execFileSync("javac", ["-nowarn", "-cp", jar, "-d", staging, SOURCE], { stdio: ["ignore", "ignore", "pipe"] });
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another test process compiled it first
  }
  return dir;
}

/** Runs every job in one JVM; results are in job order. */
export function runReference(jobs: readonly ReferenceJob[]): ReferenceResult[] {
  if (jobs.length === 0) return [];
  const jar = sharedSmithy("reference-loader/smithy-reference-loader.jar");
  const classes = compiled(jar);
  const out = execFileSync("java", ["-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", `${jar}:${classes}`, "ReferenceBatch"], {
    input: JSON.stringify(jobs),
    maxBuffer: 1 << 30,
    stdio: ["pipe", "pipe", "pipe"],
  });
  return JSON.parse(out.toString("utf8")) as ReferenceResult[];
}

/** The first error Smithy reports for a model (syntax errors first, as Smithy stops there). */
export function firstError(result: ReferenceResult): ReferenceEvent | undefined {
  return result.events.find((e) => e.severity !== "DANGER" && e.message.startsWith("Syntax error")) ?? result.events[0];
}
