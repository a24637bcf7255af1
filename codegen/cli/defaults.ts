/** The embedded default: our own model of Personalize's DescribeDatasetImportJob, shipped with the package. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's root folder: the nearest folder above this file whose package.json is named
 * `smithy-contract`. Found by walking up rather than by a fixed `../..` because this file runs from
 * `codegen/cli/` in the repository (tsx, vitest) and from `dist/codegen/cli/` in an installed
 * package, where `model/` is one level further up.
 */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && isOurs(manifest)) return dir;
    if (dirname(dir) === dir) throw new Error(`smithy-contract: no package.json named "smithy-contract" above ${from}`);
  }
}

function isOurs(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === "smithy-contract";
  } catch {
    return false;
  }
}

const ROOT = packageRoot();

/** Absolute path of `model/personalize.json` inside the installed package (or this checkout). */
export const DEFAULT_MODEL = join(ROOT, "model", "personalize.json");

/** The lifecycle overlay of the embedded model. */
export const DEFAULT_OVERLAY = join(ROOT, "model", "personalize.overlay.json");
