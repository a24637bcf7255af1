/**
 * pnpm for the packed-package test: pnpm 10 from the npm registry through npx (never a global
 * install), with its store, metadata cache and state in one folder under os.tmpdir() that is kept
 * between runs (as npm's cache is, so a second run installs offline), and the app on pnpm's
 * isolated layout: from the app's folder only the packages it lists resolve.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type RunResult } from "./scratch.ts";

/** The pnpm npx fetches (the latest 10.x). */
export const PNPM = "pnpm@10";

/** pnpm's store, cache and state: outside the repository and the user's home. */
export const PNPM_DIR = join(tmpdir(), "smithy-contract-pnpm");

/**
 * pnpm's settings for the install, as command-line options (an `.npmrc` in the app would make the
 * npx and npm runs there warn about keys npm does not know): its folders under {@link PNPM_DIR},
 * and the strict layout spelled out.
 */
export function pnpmInstallOptions(): string[] {
  return [
    `--config.store-dir=${join(PNPM_DIR, "store")}`,
    `--config.cache-dir=${join(PNPM_DIR, "cache")}`,
    `--config.state-dir=${join(PNPM_DIR, "state")}`,
    // pnpm's default, written down: each package sees only its own dependencies; the app only what it lists.
    "--config.node-linker=isolated",
    "--config.strict-peer-dependencies=false",
    "--prefer-offline",
    "--reporter=append-only",
  ];
}

/**
 * Runs `pnpm <args>` through `npx --yes pnpm@10`. The first call fetches pnpm; when that fails the
 * error says so in one line (the test fails, it never skips).
 */
export async function pnpm(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs?: number): Promise<RunResult> {
  return run("npx", ["--yes", PNPM, ...args], cwd, env, timeoutMs);
}

/** pnpm's version, or an error naming why npx could not fetch or run it. */
export async function fetchPnpm(cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  let r: RunResult;
  try {
    r = await pnpm(["--version"], cwd, env, 120_000);
  } catch (e) {
    throw new Error(`${PNPM} could not be fetched from the npm registry through npx: ${(e as Error).message}`);
  }
  if (r.code !== 0) {
    const why = (r.stderr + r.stdout).split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "no output";
    throw new Error(`${PNPM} could not be fetched from the npm registry through npx (exit ${r.code}): ${why}`);
  }
  return r.stdout.trim();
}
