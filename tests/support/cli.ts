/** The built CLI as a user runs it: `node bin/smithy-contract.js` (dist/ is built by global-build.ts). */
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/smithy-contract.js", import.meta.url));

/** Arguments for `spawn(process.execPath, [...cliArgs(...)])`. */
export function cliArgs(...args: string[]): string[] {
  return [BIN, ...args];
}
