/**
 * The limits a request passes before a protocol reads it (runtime/protocol/request-limits.ts):
 * pinned at and around each bound, with the messages AWS's reader gives. End to end, through every
 * transport, in tests/hostile.
 */
import { describe, expect, it } from "vitest";
import { mockRequest } from "../../../runtime/mock/route.ts";
import { jsonBodyText, MAX_JSON_DEPTH, MAX_REQUEST_BODY_BYTES, MAX_REQUEST_HEADER_BYTES, nestingBeyond, overLimits, utf8Text } from "../../../runtime/protocol/request-limits.ts";

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

describe("nestingBeyond", () => {
  it.each([
    ["{}", 1, undefined],
    ["[[1]]", 2, undefined],
    ["[[1]]", 1, 2],
    ['{"a":{"b":[]}}', 2, 3],
    ['["[[[[","{{{{"]', 1, undefined], // brackets in strings do not count
    ['["\\"[[[["]', 1, undefined], // nor after an escaped quote
    ["]]]][[", 1, undefined], // closing first lowers the depth: left to the parser
  ])("%s, max %i → %s", (text, max, depth) => {
    expect(nestingBeyond(text, max)).toBe(depth);
  });
});

describe("jsonBodyText", () => {
  it("reads UTF-8 and drops a byte order mark", () => {
    expect(jsonBodyText(bytes("{\"a\":\"é\"}"))).toEqual({ ok: true, text: '{"a":"é"}' });
    expect(jsonBodyText(bytes([0xef, 0xbb, 0xbf], "{}"))).toEqual({ ok: true, text: "{}" });
  });

  it(`refuses nesting past ${MAX_JSON_DEPTH}, not at it`, () => {
    expect(jsonBodyText(bytes("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH))).ok).toBe(true);
    expect(jsonBodyText(bytes("[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1)))).toEqual({ ok: false, message: "Document nesting depth (1001) exceeds the maximum allowed (1000)" });
  });

  it.each([
    [[0xff], "Invalid UTF-8 start byte 0xff at byte 1 of the request body"],
    [[0x80], "Invalid UTF-8 start byte 0x80 at byte 1 of the request body"],
    [[0xc1, 0x81], "Invalid UTF-8 start byte 0xc1 at byte 1 of the request body"], // overlong
    [[0xe0, 0x80, 0x80], "Invalid UTF-8 middle byte 0x80 at byte 2 of the request body"], // overlong three-byte
    [[0xed, 0xbf, 0xbf], "Invalid UTF-8 middle byte 0xbf at byte 2 of the request body"], // a surrogate
    [[0xf0, 0x8f, 0x80, 0x80], "Invalid UTF-8 middle byte 0x8f at byte 2 of the request body"], // overlong four-byte
    [[0xf4, 0x90, 0x80, 0x80], "Invalid UTF-8 middle byte 0x90 at byte 2 of the request body"], // past U+10FFFF
    [[0xf5], "Invalid UTF-8 start byte 0xf5 at byte 1 of the request body"],
    [[0xe2, 0x82, 0x41], "Invalid UTF-8 middle byte 0x41 at byte 3 of the request body"],
  ])("refuses %j where it stops being UTF-8", (bad, message) => {
    expect(jsonBodyText(bytes("[", bad, "]"))).toEqual({ ok: false, message });
  });

  it("says when a sequence is cut short by the end of the body", () => {
    expect(utf8Text(bytes("ab", [0xf0, 0x9f]))).toEqual({ ok: false, message: "Invalid UTF-8 middle byte end of input at byte 4 of the request body" });
  });

  it("reads every valid sequence length", () => {
    expect(utf8Text(bytes("a", [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80]))).toEqual({ ok: true, text: "aé€😀" });
  });
});

describe("overLimits", () => {
  const request = (headers: Record<string, string>, body: Uint8Array) => mockRequest("POST", "https://x.amazonaws.com/", new Headers(headers), body);

  it("lets a request at the limits through", () => {
    expect(overLimits(request({ "x-pad": "a".repeat(MAX_REQUEST_HEADER_BYTES - "x-pad".length - 4) }, new Uint8Array(MAX_REQUEST_BODY_BYTES)))).toBeUndefined();
  });

  it("refuses headers one byte past 16 KiB: 431", () => {
    const over = overLimits(request({ "x-pad": "a".repeat(MAX_REQUEST_HEADER_BYTES - "x-pad".length - 3) }, new Uint8Array(0)));
    expect(over).toEqual({ error: expect.objectContaining({ name: "RequestHeaderFieldsTooLargeException", status: 431 }), message: "Request header fields must be smaller than 16384 bytes" });
  });

  it("refuses a body, or a Content-Length, one byte past 10 MiB: 413", () => {
    const want = { error: expect.objectContaining({ name: "RequestEntityTooLargeException", status: 413 }), message: "Request must be smaller than 10485760 bytes" };
    expect(overLimits(request({}, new Uint8Array(MAX_REQUEST_BODY_BYTES + 1)))).toEqual(want);
    expect(overLimits(request({ "content-length": String(MAX_REQUEST_BODY_BYTES + 1) }, new Uint8Array(0)))).toEqual(want);
  });
});
