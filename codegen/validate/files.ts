/**
 * The file system side of `validate`, kept in this one module: reading inputs (NDJSON streamed line
 * by line so a file of any length validates in bounded memory) and writing the report atomically
 * (spooled to temporary files beside the target, assembled into one more temporary file, renamed).
 * write.ts does the same for generated files; it is not used here because its `writeFiles` owns a
 * whole folder (it removes files it did not write).
 */
import { randomBytes } from "node:crypto";
import { closeSync, createReadStream, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { InputError, readInput } from "../write.ts";

/** Throws InputError unless `file` is a readable regular file. */
export function assertReadable(file: string): void {
  let fd: number | undefined;
  try {
    if (statSync(file).isDirectory()) throw new InputError(`${file}: cannot read: is a folder, not a file`);
    fd = openSync(file, "r");
  } catch (e) {
    if (e instanceof InputError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new InputError(`${file}: cannot read: ${err.code === "ENOENT" ? "no such file" : err.message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A whole file as text (UTF-8, a leading byte order mark dropped). For single JSON values and HAR files. */
export function readText(file: string): string {
  return stripBom(readInput(file).toString("utf8"));
}

/**
 * The lines of a file, streamed (UTF-8; `\n` or `\r\n`; a leading byte order mark dropped). Only
 * one line is held at a time.
 */
export async function* readLines(file: string): AsyncGenerator<string> {
  const stream = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let first = true;
  try {
    for await (const line of lines) {
      yield first ? stripBom(line) : line;
      first = false;
    }
  } catch (e) {
    // readline passes the stream's errors (EISDIR, EACCES, EIO…) on to the iteration.
    throw new InputError(`${file}: cannot read: ${(e as Error).message}`);
  } finally {
    lines.close();
    stream.destroy();
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** An append-only temporary file beside a target, written through a small buffer. */
export class Spool {
  readonly path: string;
  private fd: number | undefined;
  private chunks: string[] = [];
  private size = 0;

  constructor(target: string) {
    this.path = tempBeside(target);
    this.fd = openSync(this.path, "wx");
  }

  write(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) this.flush();
  }

  /** Writes out the buffer and closes the file (idempotent). */
  close(): void {
    if (this.fd === undefined) return;
    this.flush();
    closeSync(this.fd);
    this.fd = undefined;
  }

  /** Closes and deletes the file. */
  remove(): void {
    try {
      this.close();
    } finally {
      rmSync(this.path, { force: true });
    }
  }

  private flush(): void {
    if (this.fd === undefined || this.chunks.length === 0) return;
    writeSync(this.fd, this.chunks.join(""));
    this.chunks = [];
    this.size = 0;
  }
}

/** Makes the target's folder (if needed) and checks a file can be created there; throws InputError otherwise. */
export function prepareTarget(target: string): void {
  try {
    if (statSync(target, { throwIfNoEntry: false })?.isDirectory() === true) throw new Error("is a folder");
    mkdirSync(dirname(target), { recursive: true });
    new Spool(target).remove();
  } catch (e) {
    throw new InputError(`${target}: cannot write: ${(e as Error).message}`);
  }
}

/**
 * Writes `parts` (text, or spools copied in) to `target` atomically: into a temporary file in the
 * same folder, then renamed over the target, so a reader never sees half a report.
 */
export function writeAtomically(target: string, parts: readonly (string | Spool)[]): void {
  const tmp = tempBeside(target);
  const fd = openSync(tmp, "wx");
  try {
    const buffer = Buffer.alloc(1 << 16);
    for (const part of parts) {
      if (typeof part === "string") {
        writeSync(fd, part);
        continue;
      }
      part.close();
      const from = openSync(part.path, "r");
      try {
        for (let n = readSync(from, buffer); n > 0; n = readSync(from, buffer)) writeSync(fd, buffer, 0, n);
      } finally {
        closeSync(from);
      }
    }
    closeSync(fd);
    renameSync(tmp, target);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(tmp, { force: true });
    throw e;
  }
}

function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
}
