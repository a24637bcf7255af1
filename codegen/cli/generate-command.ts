/** `smithy-contract generate`: write (or, with --check, compare) a service's generated files. */
import { join } from "node:path";
import { generateService } from "../generate.ts";
import { patternTotals, patternWarnings, summarizePatterns } from "../model/pattern/summary.ts";
import { checkFiles, writeFiles } from "../write.ts";
import { modelSource, noPositionals, parseCommand } from "./util.ts";

const HELP = `Usage: smithy-contract generate [--model <path> ...] [--out <dir>] [--operation <Name> ...] [--service <id>] [--overlay <file>] [--check]

Writes TypeScript types, wire JSON Schemas, arbitraries, the contract and msw mocks for a service
into <out>/<service>/ (the service's sdkId in kebab case).

Options:
  --model <path>       Smithy model: IDL (.smithy) or JSON AST (.json) files and folders (repeatable;
                       default: ./smithy-build.json's sources, else the embedded Personalize model)
  --out <dir>          output folder; files go to <dir>/<service>/ (default: generated)
  --operation <Name>   generate only these operations and their closure (repeatable)
  --service <id>       the service, when the model defines more than one
  --overlay <file>     what the model states only in prose: lifecycles (default for the embedded
                       model: its own overlay, model/personalize.overlay.json)
  --check              write nothing; exit 1 listing stale, missing and extra files
  -h, --help           this text

Exit status: 0 done (or up to date with --check), 1 out of date (--check), 2 usage or model error.
`;

export function runGenerate(args: readonly string[], io: { out: (s: string) => void; err: (s: string) => void }): number {
  const { values, positionals } = parseCommand(args, {
    model: { type: "string", multiple: true },
    out: { type: "string" },
    operation: { type: "string", multiple: true },
    service: { type: "string" },
    overlay: { type: "string" },
    check: { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  noPositionals("generate", positionals);
  const { model, overlay } = modelSource(values, io);
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
  const patterns = summarizePatterns(result.closure.shapes);
  for (const line of patternWarnings(patterns)) io.err(`${line}\n`);
  const patternLine = patternTotals(patterns);
  if (patternLine !== undefined) io.out(`${patternLine}\n`);
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
