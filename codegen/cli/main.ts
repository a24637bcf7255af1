#!/usr/bin/env node
/**
 * `smithy-contract` command line. Thin: parses arguments, calls the library, prints, sets the exit
 * code (0 success, 1 stale files or invalid data, 2 usage or model errors). Never a stack trace for
 * bad input.
 */
import { fileURLToPath } from "node:url";
import { runAst } from "./ast-command.ts";
import { runGenerate } from "./generate-command.ts";
import { runServe } from "./serve-command.ts";
import { runValidate } from "./validate-command.ts";
import { UsageError, asUsageError, formatError } from "./util.ts";

const HELP = `smithy-contract — contract testing and spec generation from Smithy models

Usage:
  smithy-contract generate [--model <path> ...] [--out <dir>] [--operation <Name> ...] [--service <id>] [--overlay <file>] [--check]
  smithy-contract validate [--model <path> ...] [--overlay <file>] [--operation <Name>] [--input | --output | --error <Name>] [--allow-unknown] [--format junit --report <file>] <file...>
  smithy-contract serve [--model <path> ...] [--overlay <file>] [--port <n>] [--host <addr>] [--seed <n>] [--operation <Name> ...] [--data realistic|exhaustive] [--state open|closed] [--now <time>] [--latency <ms>] [--validation-error <Name>] [--lifecycle-after-calls <n>] [--quiet]
  smithy-contract ast [<file or folder>...]

Commands:
  generate   Write TypeScript types, wire JSON Schemas and mocks for a service into <out>/<service>/.
             --check writes nothing and exits 1 listing every stale, missing or extra file.
  validate   Check JSON, NDJSON or HAR payloads against an operation's wire schemas (exit 1 if any is invalid).
  serve      Serve the service's mocks over HTTP until SIGINT/SIGTERM (prints "listening on <origin>").
  ast        Print the merged Smithy JSON AST of IDL (.smithy) and JSON model files and folders.

Run "smithy-contract <command> --help" for a command's options.
`;

export async function main(argv: readonly string[], io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "generate":
        return runGenerate(rest, io);
      case "validate":
        return await runValidate(rest, io);
      case "ast":
        return runAst(rest, io);
      case "serve":
        return await runServe(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(HELP);
        return command === undefined ? 2 : 0;
      case "--version":
      case "-v":
        io.out(`${(await import("../version.ts")).VERSION}\n`);
        return 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (caught) {
    const e = asUsageError(caught);
    io.err(formatError(e));
    if (e instanceof UsageError) io.err(`Run "smithy-contract --help" for usage.\n`);
    return 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
