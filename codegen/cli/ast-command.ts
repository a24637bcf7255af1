/**
 * `smithy-contract ast`: print the merged Smithy JSON AST of IDL and JSON model files and folders,
 * as the Smithy CLI's `smithy ast` does. Without paths, the model of `smithy-build.json` in the
 * working folder, else the embedded default model.
 */
import { printJsonAst } from "../model/sources/print-ast.ts";
import { readModelSources } from "../model/sources/read-model-sources.ts";
import { smithyBuildSources } from "../model/sources/smithy-build.ts";
import { DEFAULT_MODEL } from "./defaults.ts";
import { UsageError, parseCommand } from "./util.ts";

const HELP = `Usage: smithy-contract ast [<file or folder>...] [--model <file or folder> ...]

Prints the model's Smithy JSON AST (sorted, as Smithy's own loader prints it). Model files are
Smithy IDL (.smithy) or JSON AST (.json); folders are read recursively; any number may be given.
Without any, the sources and imports of ./smithy-build.json are read, else the embedded model.

  --model <path>   a model file or folder (repeatable; the same as a positional path)
  -h, --help       this text
`;

export function runAst(args: readonly string[], io: { out: (s: string) => void; err: (s: string) => void }): number {
  const { values, positionals } = parseCommand(args, {
    model: { type: "string", multiple: true },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  let paths = [...(values.model ?? []), ...positionals];
  if (paths.length === 0) {
    const fromBuild = smithyBuildSources(process.cwd());
    if (fromBuild !== undefined && fromBuild.length === 0) throw new UsageError("smithy-build.json names no sources or imports; give model files or folders");
    paths = fromBuild ?? [DEFAULT_MODEL];
  }
  io.out(`${printJsonAst(readModelSources(paths).ast)}\n`);
  return 0;
}
