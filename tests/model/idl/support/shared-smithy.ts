/**
 * Smithy's own files in `../shared/smithy/` (IDL/JSON pairs, protocol tests, trait definitions, the
 * reference loader), read in place. When one is absent, `sharedSmithy()` prints one line saying so
 * and throws, so the test fails instead of passing on nothing.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SMITHY_DIR = fileURLToPath(new URL("../../../../../shared/smithy/", import.meta.url));

/** Absolute path of `../shared/smithy/<relative>`, which must exist. */
export function sharedSmithy(relative: string): string {
  const path = SMITHY_DIR + relative;
  if (!existsSync(path)) {
    const line = `shared smithy: ${path} is absent; these tests cannot run and do not count as passed`;
    console.log(line);
    throw new Error(line);
  }
  return path;
}
