/**
 * The only module of codegen/ that touches the file system: reading inputs, writing generated files
 * atomically (write to a temporary file in the same folder, then rename), and `--check`, which reads
 * and compares but never writes.
 */
import { randomBytes } from "node:crypto";
import { type Dirent, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { GeneratedFile } from "./emit/file.ts";

/** Thrown for input files that cannot be read: the message names the file and the reason. */
export class InputError extends Error {
  override readonly name = "InputError";
}

export function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "is a folder, not a file" : err.message;
    throw new InputError(`${file}: cannot read: ${why}`);
  }
}

export interface FileStatus {
  readonly path: string;
  readonly state: "missing" | "stale" | "extra";
}

/**
 * Compares `files` with what is on disk under `dir`. Files in `dir` that the generator would not
 * write are reported as `extra` (they are what a removed shape or operation leaves behind).
 */
export function checkFiles(dir: string, files: readonly GeneratedFile[]): FileStatus[] {
  const out: FileStatus[] = [];
  const wanted = new Set<string>();
  for (const f of files) {
    const target = safeJoin(dir, f.path, false);
    wanted.add(target);
    let current: Buffer | undefined;
    try {
      current = readFileSync(target);
    } catch {
      current = undefined;
    }
    if (current === undefined) out.push({ path: f.path, state: "missing" });
    else if (!current.equals(Buffer.from(f.contents, "utf8"))) out.push({ path: f.path, state: "stale" });
  }
  for (const existing of listFiles(dir)) {
    if (!wanted.has(existing)) out.push({ path: relative(dir, existing).split(sep).join("/"), state: "extra" });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Writes `files` under `dir`: each file atomically, unchanged files left alone, and files the
 * generator no longer produces removed (only inside `dir`, which is the service's own folder).
 * Returns the paths written and removed.
 */
export function writeFiles(dir: string, files: readonly GeneratedFile[]): { written: string[]; removed: string[] } {
  const written: string[] = [];
  const removed: string[] = [];
  const status = checkFiles(dir, files);
  const changed = new Set(status.filter((s) => s.state !== "extra").map((s) => s.path));
  try {
    for (const f of files) {
      if (!changed.has(f.path)) continue;
      atomicWrite(dir, f.path, f.contents);
      written.push(f.path);
    }
    for (const s of status) {
      if (s.state !== "extra") continue;
      rmSync(safeJoin(dir, s.path, true));
      removed.push(s.path);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (e instanceof InputError) throw e;
    throw new InputError(`${dir}: cannot write: ${err.code ? `${err.code} ${err.path ?? ""}`.trim() : err.message}`);
  }
  return { written, removed };
}

function atomicWrite(dir: string, path: string, contents: string): void {
  const target = safeJoin(dir, path, false);
  mkdirSync(dirname(target), { recursive: true });
  // Checked again once the folders exist: a symlinked folder must not carry the write elsewhere.
  safeJoin(dir, path, true);
  const tmp = join(dirname(target), `.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(tmp, contents, { encoding: "utf8", flag: "wx" });
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Joins a generated path under `dir`, refusing anything that would land outside it — by its text,
 * and (with `real`) through symlinks: the deepest existing folder on the way must resolve inside
 * `dir` too, and the file itself must not be a symlink.
 */
function safeJoin(dir: string, path: string, real: boolean): string {
  const root = resolve(dir);
  const target = resolve(root, path);
  if (target !== root && !target.startsWith(root + sep)) {
    throw new InputError(`${dir}: refusing to write outside it: ${path}`);
  }
  if (real) {
    const realRoot = realpathSync(root);
    let parent = dirname(target);
    while (parent !== root && !exists(parent)) parent = dirname(parent);
    const realParent = realpathSync(parent);
    if (realParent !== realRoot && !realParent.startsWith(realRoot + sep)) {
      throw new InputError(`${dir}: refusing to write through a symlink that leaves it: ${path}`);
    }
    if (exists(target) && lstatSync(target).isSymbolicLink()) throw new InputError(`${dir}: refusing to replace or remove a symlink: ${path}`);
  }
  return target;
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function listFiles(dir: string): string[] {
  let entries: Dirent[];
  try {
    if (!lstatSync(dir).isDirectory()) return [];
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = join(resolve(dir), e.name);
    // Symlinks are never followed (nor listed): what they point at is not ours to remove.
    if (e.isSymbolicLink()) continue;
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (!e.name.endsWith(".tmp")) out.push(p);
  }
  return out;
}
