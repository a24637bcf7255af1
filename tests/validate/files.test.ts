/**
 * Reading NDJSON lines (codegen/validate/files.ts) a chunk at a time splits exactly as node:readline
 * splits a read stream, the reader `validate` used before (and whose line numbers its reports
 * carry): `\n`, `\r\n` and a lone `\r` end lines, also where a chunk ends between `\r` and `\n` or
 * inside a character's bytes; a leading byte order mark is dropped; the last line needs no ending.
 * Random files against readline; the seed is printed (FILES_FUZZ_SEED replays it).
 */
import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LineSplitter, readLineBatches, readLines } from "../../codegen/validate/files.ts";
import { InputError } from "../../codegen/write.ts";

const SEED = Number(process.env.FILES_FUZZ_SEED ?? Date.now() % 1_000_000);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let tmp: string;
beforeAll(() => {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  tmp = mkdtempSync(join(ROOT, ".tmp", "validate-files-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The oracle: readline over a read stream, as `readLines` was written before. */
async function readlineLines(file: string): Promise<string[]> {
  const lines: string[] = [];
  let first = true;
  for await (const line of createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity })) {
    lines.push(first && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
    first = false;
  }
  return lines;
}

async function batched(file: string, chunkBytes: number): Promise<string[]> {
  const lines: string[] = [];
  for await (const batch of readLineBatches(file, chunkBytes)) lines.push(...batch);
  return lines;
}

const piece = fc.constantFrom("a", "{}", "\n", "\r", "\r\n", "\n\r", "\r\r", "é", "€", "😀", "\ufeff", " ", "\u2028", "\u0085", "");
const bytes = fc.oneof(
  fc.array(piece, { maxLength: 30 }).map((xs) => Buffer.from(xs.join(""), "utf8")),
  // Bytes that are not UTF-8: a lone continuation byte, a truncated sequence, at the end too.
  fc.tuple(fc.array(piece, { maxLength: 10 }), fc.constantFrom([0x80], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xff])).map(([xs, bad]) => Buffer.concat([Buffer.from(xs.join("")), Buffer.from(bad)])),
);

describe("readLineBatches and readLines", () => {
  it("give the lines readline gives, whatever the chunk size", async () => {
    console.log(`validate files fuzz seed: ${SEED} (FILES_FUZZ_SEED=${SEED} replays it)`);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(bytes, fc.integer({ min: 1, max: 9 }), async (content, chunkBytes) => {
        const file = join(tmp, `f${n++}.ndjson`);
        writeFileSync(file, content);
        const want = await readlineLines(file);
        expect(await batched(file, chunkBytes)).toEqual(want);
        const all: string[] = [];
        for await (const line of readLines(file)) all.push(line);
        expect(all).toEqual(want);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it.each([
    ["empty file", "", []],
    ["one line, no ending", "a", ["a"]],
    ["final ending starts no line", "a\n", ["a"]],
    ["blank lines count", "a\n\n\nb", ["a", "", "", "b"]],
    ["CRLF, CR and LF", "a\r\nb\rc\nd", ["a", "b", "c", "d"]],
    ["a byte order mark only on the first line", "\ufeffa\n\ufeffb", ["a", "\ufeffb"]],
  ])("%s", async (_name, text, want) => {
    const file = join(tmp, "case.ndjson");
    writeFileSync(file, text);
    expect(await batched(file, 2)).toEqual(want);
    expect(await readlineLines(file)).toEqual(want);
  });

  it("reads a CRLF split between chunks as one line ending", () => {
    const splitter = new LineSplitter();
    const out: string[] = [];
    splitter.push("a\r", out);
    splitter.push("\nb\r", out);
    splitter.push("", out);
    splitter.end("\n", out);
    expect(out).toEqual(["a", "b"]);
  });

  it("fails with the file's name: a missing file, a folder", async () => {
    const missing = join(tmp, "missing.ndjson");
    await expect(batched(missing, 4)).rejects.toThrow(new InputError(`${missing}: cannot read: ENOENT: no such file or directory, open '${missing}'`));
    const dir = join(tmp, "dir.ndjson");
    mkdirSync(dir);
    await expect(batched(dir, 4)).rejects.toThrow(new InputError(`${dir}: cannot read: EISDIR: illegal operation on a directory, read`));
  });

  it("a reader that stops early leaves nothing running", async () => {
    const file = join(tmp, "long.ndjson");
    writeFileSync(file, "x\n".repeat(10_000));
    for await (const batch of readLineBatches(file, 64)) {
      expect(batch.length).toBeGreaterThan(0);
      break;
    }
    let count = 0;
    for await (const line of readLines(file)) if (line === "x") count += 1;
    expect(count).toBe(10_000);
  });
});
