#!/usr/bin/env node
// The `smithy-contract` command of the installed package: plain JavaScript over the compiled CLI in
// dist/ (built by `npm run build`, which `npm pack` runs as prepack), so it needs no TypeScript loader.
// In the repository, run the sources instead: `npx tsx codegen/cli/main.ts <command>`.
let cli;
try {
  cli = await import("../dist/codegen/cli/main.js");
} catch (e) {
  if (e && e.code === "ERR_MODULE_NOT_FOUND" && String(e.message).includes("dist/codegen/cli/main.js")) {
    process.stderr.write("smithy-contract: dist/ is missing; run `npm run build` first (or `npx tsx codegen/cli/main.ts`).\n");
    process.exit(2);
  }
  throw e;
}
process.exitCode = await cli.main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
