/**
 * runtime/protocol/message.ts and runtime/protocol/error-document.ts: headers over a record (case,
 * joined duplicates, sorted iteration), a fetch Request read and an answer written as a Response,
 * headers as a record (`__proto__` as data), and an error's members under the model's name for the
 * message. Written to kill the mutants `npm run mutate` left alive; each expected value typed out.
 */
import { describe, expect, it } from "vitest";
import type { ErrorContract } from "../../runtime/contract.ts";
import { errorMembers } from "../../runtime/protocol/error-document.ts";
import { headerRecord, incomingOf, RecordHeaders, toResponse } from "../../runtime/protocol/message.ts";

describe("RecordHeaders", () => {
  it("matches names without regard to case, skips undefined, joins two spellings of one name", () => {
    const h = new RecordHeaders({ "X-Amz-Target": "A.B", "content-type": "application/json", "x-one": "1", "X-ONE": "2", skipped: undefined, empty: "" });
    expect(h.get("x-amz-target")).toBe("A.B");
    expect(h.get("X-AMZ-TARGET")).toBe("A.B");
    expect(h.get("Content-Type")).toBe("application/json");
    expect(h.get("x-one")).toBe("1, 2");
    expect(h.get("skipped")).toBeNull();
    expect(h.get("missing")).toBeNull();
    expect(h.get("empty")).toBe("");
  });

  it("iterates lower-case names in sorted order", () => {
    const seen: string[] = [];
    new RecordHeaders({ b: "2", C: "3", a: "1" }).forEach((value, name) => seen.push(`${name}=${value}`));
    expect(seen).toEqual(["a=1", "b=2", "c=3"]);
  });
});

describe("incomingOf", () => {
  it("reads method, URL, headers and the body's bytes", async () => {
    const request = new Request("http://h.test/p?q=1", { method: "POST", headers: { "X-A": "1" }, body: "héllo" });
    const incoming = await incomingOf(request);
    expect(incoming.method).toBe("POST");
    expect(incoming.url).toBe("http://h.test/p?q=1");
    expect(incoming.headers.get("x-a")).toBe("1");
    expect([...incoming.body]).toEqual([104, 195, 169, 108, 108, 111]);
    expect(incoming.body).toBeInstanceOf(Uint8Array);
  });

  it("an empty body is zero bytes", async () => {
    const incoming = await incomingOf(new Request("http://h.test/", { method: "GET" }));
    expect(incoming.body.length).toBe(0);
  });
});

describe("toResponse", () => {
  it("carries status, headers and a text body", async () => {
    const response = toResponse({ status: 418, headers: { "x-a": "1", "content-type": "text/plain" }, body: "tea" });
    expect(response.status).toBe(418);
    expect(response.headers.get("x-a")).toBe("1");
    expect(await response.text()).toBe("tea");
  });

  it("carries bytes, and no body at all for null", async () => {
    expect(new Uint8Array(await toResponse({ status: 200, headers: {}, body: new Uint8Array([1, 2, 255]) }).arrayBuffer())).toEqual(new Uint8Array([1, 2, 255]));
    const empty = toResponse({ status: 204, headers: {}, body: null });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
  });
});

describe("headerRecord", () => {
  it("lower-cases names and keeps a header named __proto__ as data", () => {
    const record = headerRecord({ forEach: (cb) => [["X-A", "1"], ["__PROTO__", "p"], ["b", "2"]].forEach(([n, v]) => cb(v!, n!)), get: () => null });
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(record)).toEqual(["x-a", "__proto__", "b"]);
    expect(JSON.stringify(record)).toBe('{"x-a":"1","__proto__":"p","b":"2"}');
    expect(Object.getOwnPropertyDescriptor(record, "__proto__")).toEqual({ value: "p", enumerable: true, writable: true, configurable: true });
  });

  it("reads a fetch Headers", () => {
    expect(headerRecord(new Headers({ "Content-Type": "a/b", "X-B": "2" }))).toEqual({ "content-type": "a/b", "x-b": "2" });
  });
});

describe("errorMembers", () => {
  const error = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}): ErrorContract => ({
    name: "Bad",
    shapeId: "ns#Bad",
    fault: "client",
    status: 400,
    schema: { type: "object", properties, additionalProperties: false, ...extra },
  });

  it("moves message to Message when the model names it Message, first", () => {
    expect(errorMembers(error({ Code: { type: "string" }, Message: { type: "string" } }), { Code: "c", message: "Hi" })).toEqual({ Message: "Hi", Code: "c" });
    expect(Object.keys(errorMembers(error({ Code: { type: "string" }, Message: { type: "string" } }), { Code: "c", message: "Hi" }))).toEqual(["Message", "Code"]);
  });

  it("leaves message where the model has it, or where the model has neither", () => {
    expect(errorMembers(error({ message: { type: "string" } }), { message: "Hi" })).toEqual({ message: "Hi" });
    expect(errorMembers(error({ message: { type: "string" }, Message: { type: "string" } }), { message: "Hi" })).toEqual({ message: "Hi" });
    expect(errorMembers(error({ Code: { type: "string" } }), { message: "Hi" })).toEqual({ message: "Hi" });
  });

  it("writes the members in wire form, without a message when none is given", () => {
    expect(errorMembers(error({ At: { type: "number" }, Message: { type: "string" } }), { At: new Date(1500) })).toEqual({ At: 1.5 });
    expect(errorMembers(error({ Message: { type: "string" } }), { message: undefined })).toEqual({});
    expect(errorMembers(error({ Message: { type: "string" } }), {})).toEqual({});
  });
});
