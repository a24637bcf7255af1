/**
 * The file system side of `validate`, kept in this one module: reading inputs (NDJSON streamed a
 * chunk at a time, split into lines here, so a file of any length validates in bounded memory) and writing the report atomically
 * (spooled to temporary files beside the target, assembled into one more temporary file, renamed).
 * write.ts does the same for generated files; it is not used here because its `writeFiles` owns a
 * whole folder (it removes files it did not write).
 */
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { StringDecoder } from "node:string_decoder";
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
 * The lines of a file, streamed (UTF-8; a leading byte order mark dropped). Only one chunk of the
 * file is held at a time. Lines end as readline ends them: at `\n`, `\r\n` or a lone `\r`; a last
 * line without an ending is a line, a file's final line ending does not start another.
 */
export async function* readLines(file: string): AsyncGenerator<string> {
  for await (const lines of readLineBatches(file)) yield* lines;
}

/** How much of a file {@link readLineBatches} reads at a time. */
const CHUNK_BYTES = 1 << 20;

/**
 * {@link readLines} a chunk at a time: the lines each chunk of the file completes, in order (a
 * batch may be empty). For readers of many lines, whom one promise per line would slow down.
 */
export async function* readLineBatches(file: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<readonly string[]> {
  const fail = (e: unknown) => new InputError(`${file}: cannot read: ${(e as Error).message}`);
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch (e) {
    throw fail(e);
  }
  // Two buffers: the next chunk is read while this one's lines are split and used, so the wait for
  // the disk (a thread of libuv's pool, slow to be scheduled on a busy machine) overlaps the work.
  const buffers = [Buffer.allocUnsafe(chunkBytes), Buffer.allocUnsafe(chunkBytes)] as const;
  let current = 0;
  let reading: Promise<{ bytesRead: number }> | undefined = handle.read(buffers[0], 0, chunkBytes, null);
  try {
    // StringDecoder keeps a character whose bytes a chunk splits for the next chunk (as a read stream's own decoding does).
    const decoder = new StringDecoder("utf8");
    const splitter = new LineSplitter();
    let first = true;
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await reading!);
      } catch (e) {
        reading = undefined;
        throw fail(e);
      }
      const chunk = buffers[current]!.subarray(0, bytesRead);
      current = 1 - current;
      reading = bytesRead === 0 ? undefined : handle.read(buffers[current]!, 0, chunkBytes, null);
      const lines: string[] = [];
      if (bytesRead === 0) splitter.end(decoder.end(), lines);
      else splitter.push(decoder.write(chunk), lines);
      if (first && lines.length > 0) {
        lines[0] = stripBom(lines[0]!);
        first = false;
      }
      yield lines;
      if (bytesRead === 0) return;
    }
  } finally {
    // A reader that stops early leaves a read running: let it end before the file is closed.
    await reading?.catch(() => undefined);
    await handle.close();
  }
}

/**
 * Text into lines as node:readline splits a stream (`crlfDelay: Infinity`): at `\n`, `\r\n`
 * (also when a chunk ends between the two) and a lone `\r`; the unfinished last line is kept for
 * the next chunk, and given at the end only when it is not empty.
 */
export class LineSplitter {
  /** The start of a line no chunk has ended yet. */
  private rest = "";
  /** The last chunk ended with `\r`: a `\n` starting the next one ends nothing more. */
  private afterCr = false;

  /** Appends to `out` the lines `text` ends. */
  push(text: string, out: string[]): void {
    if (text.length === 0) return;
    let pos = 0;
    if (this.afterCr) {
      this.afterCr = false;
      if (text.charCodeAt(0) === 10) pos = 1;
    }
    let lf = text.indexOf("\n", pos);
    let cr = text.indexOf("\r", pos);
    let rest = this.rest;
    while (lf !== -1 || cr !== -1) {
      let end: number;
      let next: number;
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        end = cr;
        next = cr + 1;
        if (next === text.length) this.afterCr = true;
        else if (text.charCodeAt(next) === 10) next += 1;
        cr = text.indexOf("\r", next);
        if (lf !== -1 && lf < next) lf = text.indexOf("\n", next);
      } else {
        end = lf;
        next = lf + 1;
        lf = text.indexOf("\n", next);
      }
      out.push(rest.length === 0 ? text.slice(pos, end) : rest + text.slice(pos, end));
      rest = "";
      pos = next;
    }
    this.rest = pos === text.length ? rest : rest + text.slice(pos);
  }

  /** {@link push} of the last text, then the unfinished last line, if any. */
  end(text: string, out: string[]): void {
    this.push(text, out);
    if (this.rest.length > 0) out.push(this.rest);
    this.rest = "";
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
