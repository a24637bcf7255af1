/**
 * The model files named by `--model` arguments: files as given (`.smithy` or `.json`), folders
 * walked recursively for `.smithy` and `.json` files, in path order (as the Smithy CLI and Smithy's
 * reference loader walk them). A file named twice is read once.
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../write.ts";
import { compareCodeUnits } from "./json-values.ts";

export function modelFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const real = realpathSync(file);
    if (seen.has(real)) return;
    seen.add(real);
    out.push(file);
  };
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      throw new InputError(`${p}: cannot read: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const f of walk(p)) add(f);
    } else {
      if (!isModelFile(p)) throw new InputError(`${p}: not a model file (expected a .smithy or .json file, or a folder)`);
      add(p);
    }
  }
  return out;
}

export function isModelFile(path: string): boolean {
  return path.endsWith(".smithy") || path.endsWith(".json");
}

function walk(dir: string): string[] {
  const files: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) visit(p);
      else if ((entry.isFile() || entry.isSymbolicLink()) && isModelFile(p) && statSync(p).isFile()) files.push(p);
    }
  };
  visit(dir);
  return files.sort(compareCodeUnits);
}
