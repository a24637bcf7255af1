/**
 * Reads a model made of any number of Smithy IDL (`.smithy`) and JSON AST (`.json`) files and
 * folders, merged by the specification's rules into one JSON AST — the form `load.ts` reads.
 *
 * @see https://smithy.io/2.0/spec/model.html#merging-model-files
 */
import { createHash } from "node:crypto";
import { dirname, relative, resolve, sep } from "node:path";
import { ModelError } from "../errors.ts";
import { parseIdl } from "../idl/parse-idl.ts";
import { readInput } from "../../write.ts";
import { assembleModel, type JsonAst } from "./assemble.ts";
import type { ModelFragment } from "./fragment.ts";
import { jsonFragment } from "./json-fragment.ts";
import { jsonSyntaxProblem } from "./json-syntax.ts";
import { modelFiles } from "./model-files.ts";

export type { JsonAst } from "./assemble.ts";

/** A model read from its files. */
export interface ModelSources {
  /** The merged model, exactly in Smithy's JSON AST form (`{ smithy: "2.0", metadata?, shapes }`). */
  readonly ast: JsonAst;
  /** Every file read, in the order merged. */
  readonly files: readonly string[];
  /**
   * sha256 of the model's bytes: of the file itself for a single file; otherwise over each file's
   * path (relative to the files' common folder) and content, so it does not depend on where the
   * model is checked out.
   */
  readonly sha256: string;
  /** How to name the model in messages and stamps: the argument given, or the first and a count. */
  readonly displayName: string;
}

/**
 * Reads `.smithy` and `.json` files and folders (recursively) into one merged JSON AST.
 *
 * @example
 * const { ast, files } = readModelSources(["model/", "../shared/smithy/traits/"]);
 * @throws ModelError for a model problem (`file:line:column: …` for IDL), InputError for an unreadable path.
 * @see https://smithy.io/2.0/spec/idl.html
 */
export function readModelSources(paths: readonly string[]): ModelSources {
  if (paths.length === 0) throw new ModelError("(no model)", "no model files or folders were given");
  const files = modelFiles(paths);
  if (files.length === 0) throw new ModelError(paths.join(", "), "no .smithy or .json files found");
  const contents = files.map((f) => readInput(f));
  const fragments = files.map((f, i) => parseModelFile(f, contents[i]!.toString("utf8")));
  return {
    ast: assembleModel(fragments),
    files,
    sha256: hashFiles(files, contents),
    displayName: paths.length === 1 ? paths[0]! : `${paths[0]!} and ${paths.length - 1} more`,
  };
}

/**
 * Merges model texts held in memory (`path` names each in messages; its extension picks the format).
 *
 * @example
 * modelFromTexts([{ path: "a.smithy", text: '$version: "2"\nnamespace a\nstring S\n' }]).shapes; // { "a#S": { type: "string" } }
 */
export function modelFromTexts(files: readonly { readonly path: string; readonly text: string }[]): JsonAst {
  return assembleModel(files.map((f) => parseModelFile(f.path, f.text)));
}

/** One file's contribution: IDL for `.smithy`, JSON AST otherwise. */
export function parseModelFile(file: string, text: string): ModelFragment {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (file.endsWith(".smithy")) return parseIdl(body, file);
  let ast: unknown;
  try {
    ast = JSON.parse(body);
  } catch {
    throw jsonSyntaxError(file, body);
  }
  return jsonFragment(ast, file);
}

function jsonSyntaxError(file: string, text: string): ModelError {
  const { offset, message } = jsonSyntaxProblem(text);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return new ModelError(file, `not valid JSON: ${message}`, undefined, undefined, { line, column: offset - before.lastIndexOf("\n") });
}

function hashFiles(files: readonly string[], contents: readonly Buffer[]): string {
  if (files.length === 1) return createHash("sha256").update(contents[0]!).digest("hex");
  const absolute = files.map((f) => resolve(f));
  let base = dirname(absolute[0]!);
  const under = (f: string) => f.startsWith(base.endsWith(sep) ? base : base + sep);
  while (!absolute.every(under) && dirname(base) !== base) base = dirname(base);
  const entries = absolute.map((f, i) => [relative(base, f).split(sep).join("/"), createHash("sha256").update(contents[i]!).digest("hex")] as const);
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const h = createHash("sha256");
  for (const [path, digest] of entries) h.update(`${path}\0${digest}\n`);
  return h.digest("hex");
}
