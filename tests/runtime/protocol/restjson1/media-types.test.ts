/**
 * A restJson1 body's media type and the server's checks of Content-Type and Accept
 * (runtime/protocol/restjson1/media-types.ts).
 */
import { describe, expect, it } from "vitest";
import type { MessageBindings } from "../../../../runtime/contract.ts";
import { accepts, answerMedia, bodyMedia, contentTypeFits, type BodyMedia } from "../../../../runtime/protocol/restjson1/media-types.ts";

const json: BodyMedia = { kind: "exact", mediaType: "application/json" };
const body: MessageBindings = { body: [{ member: "a", name: "a", kind: "string" }] };

describe("bodyMedia", () => {
  it.each<[MessageBindings, boolean, BodyMedia]>([
    [body, false, json],
    [{}, true, json],
    [{}, false, { kind: "none" }],
    [{ headers: [{ member: "h", name: "X-H", kind: "string" }] }, false, { kind: "none" }],
    [{ payload: { member: "p", name: "p", kind: "blob" } }, false, { kind: "any" }],
    [{ payload: { member: "p", name: "p", kind: "blob", mediaType: "image/JPEG" } }, false, { kind: "exact", mediaType: "image/jpeg" }],
    [{ payload: { member: "p", name: "p", kind: "enum" } }, false, { kind: "exact", mediaType: "text/plain" }],
    [{ payload: { member: "p", name: "p", kind: "document" } }, false, json],
  ])("%j (empty structure: %s) → %j", (bindings, empty, want) => {
    expect(bodyMedia(bindings, empty)).toEqual(want);
  });

  it("answers JSON for any structure, nothing for Unit", () => {
    expect(answerMedia({ headers: [{ member: "h", name: "X-H", kind: "string" }] }, false)).toEqual(json);
    expect(answerMedia({}, true)).toEqual({ kind: "none" });
  });
});

describe("contentTypeFits", () => {
  it.each<[string | null, BodyMedia, boolean, boolean]>([
    ["application/json; charset=utf-8", json, false, true],
    ["Application/JSON", json, false, true],
    ["application/hal+json", json, false, false],
    [null, json, false, false],
    [null, json, true, true],
    ["image/jpeg", { kind: "any" }, false, true],
    ["application/json", { kind: "none" }, false, false],
    ["application/json", { kind: "none" }, true, true],
  ])("%j for %j (empty body: %s) → %s", (header, media, empty, want) => {
    expect(contentTypeFits(header, media, empty)).toBe(want);
  });
});

describe("accepts", () => {
  it.each<[string | null, BodyMedia, boolean]>([
    [null, json, true],
    ["*/*", json, true],
    ["application/*", json, true],
    ["text/html, application/json;q=0.9", json, true],
    ["application/json", { kind: "exact", mediaType: "text/plain" }, false],
    ["image/jpeg", { kind: "any" }, true],
    ["text/plain", { kind: "none" }, true],
  ])("Accept %j for %j → %s", (header, media, want) => {
    expect(accepts(header, media)).toBe(want);
  });
});
