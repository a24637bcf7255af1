/** `smithy-contract generate`: write (or, with --check, compare) a service's generated files. */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateService } from "../generate.ts";
import { checkFiles, writeFiles } from "../write.ts";
import { modelSource, noPositionals } from "./util.ts";

const HELP = `Usage: smithy-contract generate [--model <file>] [--out <dir>] [--operation <Name> ...] [--service <id>] [--check]

  --model <file>       Smithy JSON AST model (default: the embedded Personalize model)
  --out <dir>          output folder; files go to <dir>/<service>/ (default: generated)
  --operation <Name>   generate only these operations and their closure (repeatable)
  --service <id>       the service, when the model defines more than one
  --overlay <file>     lifecycles the model states only in prose (default for the embedded model:
                       its own overlay; see model/personalize.overlay.json)
  --check              write nothing; exit 1 listing stale, missing and extra files
`;

export function runGenerate(args: readonly string[], io: { out: (s: string) => void; err: (s: string) => void }): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      model: { type: "string" },
      out: { type: "string" },
      operation: { type: "string", multiple: true },
      service: { type: "string" },
      overlay: { type: "string" },
      check: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  noPositionals("generate", positionals);
  const { model, overlay } = modelSource(values);
  const out = values.out ?? "generated";
  const result = generateService({
    model,
    ...(values.operation && { operations: values.operation }),
    ...(values.service !== undefined && { service: values.service }),
    ...(overlay !== undefined && { overlay }),
    out,
  });
  for (const u of result.closure.unsupported) {
    io.err(`note: ${u.operation} is left out of the msw mocks: ${u.reason}\n`);
  }
  const dir = join(out, result.dir);
  if (values.check) {
    const problems = checkFiles(dir, result.files);
    if (problems.length === 0) {
      io.out(`${dir}: ${result.files.length} files up to date\n`);
      return 0;
    }
    for (const p of problems) io.out(`${p.state}: ${join(dir, p.path)}\n`);
    io.out(`${dir}: ${problems.length} of ${result.files.length} files out of date; run "smithy-contract generate" without --check\n`);
    return 1;
  }
  const { written, removed } = writeFiles(dir, result.files);
  io.out(
    `${dir}: ${result.files.length} files for ${result.closure.operations.length} operation(s) of ${result.closure.service.sdkId}` +
      ` (${written.length} written, ${removed.length} removed, ${result.files.length - written.length} unchanged)\n`,
  );
  return 0;
}
