/**
 * Header lists and percent-encoding (runtime/protocol/restjson1/header-lists.ts, percent.ts):
 * quoted strings with escapes, http-dates with their own commas, what cannot be read.
 */
import { describe, expect, it } from "vitest";
import { joinHeaderList, splitHeaderList } from "../../../../runtime/protocol/restjson1/header-lists.ts";
import { percentDecode, percentEncode } from "../../../../runtime/protocol/restjson1/percent.ts";

describe("splitHeaderList", () => {
  it.each([
    ["a, b,c", ["a", "b", "c"]],
    ["  a  ,b  ", ["a", "b"]],
    ['"b,c", "\\"def\\"", a', ["b,c", '"def"', "a"]],
    ['"a\\\\b"', ["a\\b"]],
    ["a,,b", ["a", "", "b"]],
    ["", []],
    ["single", ["single"]],
  ])("%j → %j", (value, items) => {
    expect(splitHeaderList(value)).toEqual(items);
  });

  it("splits http-dates at every second comma", () => {
    expect(splitHeaderList("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 00:00:00 GMT", { httpDates: true })).toEqual(["Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 00:00:00 GMT"]);
  });

  it.each([['"open, b'], ['"a" b'], ["Mon, 16 Dec 2019 23:48:18 GMT, Tue"]])("cannot read %j", (value) => {
    expect(splitHeaderList(value, { httpDates: value.startsWith("Mon") })).toBeUndefined();
  });

  it("reads back what joinHeaderList writes", () => {
    const items = ["plain", "with,comma", 'with "quotes"', " padded ", "back\\slash"];
    expect(splitHeaderList(joinHeaderList(items, { quote: true }))).toEqual(items);
  });

  it("quotes an empty item, so a list of one empty string is not read back as the empty list", () => {
    expect(joinHeaderList([""], { quote: true })).toBe('""');
    expect(splitHeaderList(joinHeaderList([""], { quote: true }))).toEqual([""]);
    expect(splitHeaderList(joinHeaderList(["", "a"], { quote: true }))).toEqual(["", "a"]);
  });
});

describe("percent-encoding", () => {
  it("encodes all but RFC 3986's unreserved characters, as UTF-8 octets", () => {
    expect(percentEncode(" %:/?#[]@!$&'()*+,;=😹-._~aZ0")).toBe("%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9-._~aZ0");
    expect(percentEncode("a/b c", { keepSlash: true })).toBe("a/b%20c");
  });

  it("decodes escapes only (a + stays a +) and refuses malformed ones", () => {
    expect(percentDecode("a+b%2Bc%20d")).toBe("a+b+c d");
    expect(percentDecode("%E0%A4%A")).toBeUndefined();
    expect(percentDecode("%FF")).toBeUndefined();
  });
});
