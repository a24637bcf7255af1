/**
 * serve's bounded body read (runtime/serve/fetch.ts readBody): one byte past the limit is enough to
 * say a body is over it, and the rest is left unread.
 */
import { Readable } from "node:stream";
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { readBody } from "../../../runtime/serve/fetch.ts";

/** A message of `chunks`, counting how many of them were read. */
function message(chunks: readonly Buffer[]): { req: IncomingMessage; pulled: () => number } {
  let i = 0;
  const stream = new Readable({
    highWaterMark: 1,
    read() {
      this.push(i < chunks.length ? chunks[i++] : null);
    },
  });
  return { req: stream as unknown as IncomingMessage, pulled: () => i };
}

describe("readBody", () => {
  it("reads a body under the limit whole", async () => {
    const { req } = message([Buffer.from("ab"), Buffer.from("cd")]);
    expect(await readBody(req, 4)).toEqual({ bytes: Buffer.from("abcd"), truncated: false });
  });

  it("stops one byte past the limit, mid-chunk, and leaves the rest unread", async () => {
    const chunks = Array.from({ length: 100 }, () => Buffer.alloc(10, 0x61));
    const { req, pulled } = message(chunks);
    const read = await readBody(req, 25);
    expect(read.truncated).toBe(true);
    expect(read.bytes.length).toBe(26);
    expect(pulled()).toBeLessThan(10);
  });

  it("reads an empty body", async () => {
    expect(await readBody(message([]).req, 0)).toEqual({ bytes: Buffer.alloc(0), truncated: false });
  });
});
