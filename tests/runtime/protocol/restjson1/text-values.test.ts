/**
 * Members carried as text (runtime/protocol/restjson1/text-values.ts): read strictly into their
 * document form, written back, timestamps in their location's format.
 */
import { describe, expect, it } from "vitest";
import type { ValueKind } from "../../../../runtime/contract.ts";
import { documentToText, MalformedText, textToDocument, type TextSite } from "../../../../runtime/protocol/restjson1/text-values.ts";

const header: TextSite = { location: "header" };
const label: TextSite = { location: "label" };

describe("textToDocument", () => {
  it.each<[string, ValueKind, TextSite, unknown]>([
    ["127", "byte", label, 127],
    ["-9223372036854775808", "long", label, -9223372036854775808],
    ["1.5e3", "double", header, 1500],
    ["NaN", "float", header, "NaN"],
    ["true", "boolean", header, true],
    ["Mon, 16 Dec 2019 23:48:18 GMT", "timestamp", header, 1576540098],
    ["2019-12-16T23:48:18.5Z", "timestamp", label, 1576540098.5],
    ["1576540098", "timestamp", { location: "query", timestampFormat: "epoch-seconds" }, 1576540098],
    ["2019-12-16T23:48:18Z", "timestamp", { location: "header", timestampFormat: "date-time" }, "2019-12-16T23:48:18Z"],
    ["dHJ1ZQ==", "string", { location: "header", mediaType: "application/json" }, "true"],
  ])("%j as a %s in %j → %j", (text, kind, site, want) => {
    expect(textToDocument(text, kind, site)).toEqual(want);
  });

  it.each<[string, ValueKind, TextSite]>([
    ["128", "byte", label],
    ["9223372036854775808", "long", label],
    ["1.0", "integer", label],
    ["0x42", "integer", label],
    ["TRUE", "boolean", header],
    ["Infinity", "integer", header],
    ["2ABC", "double", header],
    ["2019-12-16T23:48:18Z", "timestamp", header],
    ["2019-12-16T23:48:18+01:00", "timestamp", label],
    ["Mon, 17 Dec 2019 23:48:18 GMT", "timestamp", header],
    ["1515531081.123.456", "timestamp", { location: "query", timestampFormat: "epoch-seconds" }],
    ["-_==", "string", { location: "header", mediaType: "application/json" }],
  ])("refuses %j as a %s in %j", (text, kind, site) => {
    expect(() => textToDocument(text, kind, site)).toThrow(MalformedText);
  });
});

describe("documentToText", () => {
  it.each<[unknown, ValueKind, TextSite, string]>([
    [1576540098, "timestamp", header, "Mon, 16 Dec 2019 23:48:18 GMT"],
    [1576540098, "timestamp", label, "2019-12-16T23:48:18Z"],
    [1.5, "timestamp", { location: "query", timestampFormat: "epoch-seconds" }, "1.5"],
    ["true", "string", { location: "header", mediaType: "application/json" }, "dHJ1ZQ=="],
    ["-Infinity", "double", header, "-Infinity"],
    [false, "boolean", header, "false"],
  ])("%j as a %s in %j → %j", (value, kind, site, want) => {
    expect(documentToText(value, kind, site)).toBe(want);
  });
});
