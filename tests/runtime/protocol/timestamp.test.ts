import { describe, expect, it } from "vitest";
import {
  DEFAULT_TIMESTAMP_FORMAT,
  HTTP_DATE_PATTERN,
  dateTimeToDate,
  dateToDateTime,
  dateToEpochSeconds,
  dateToHttpDate,
  epochSecondsToDate,
  formatTimestamp,
  httpDateToDate,
  parseTimestamp,
  timestampFormatOf,
} from "../../../runtime/protocol/awsjson.ts";

const iso = (d: Date) => d.toISOString();

describe("timestamp formats", () => {
  it("defaults to epoch-seconds on awsJson", () => {
    expect(DEFAULT_TIMESTAMP_FORMAT).toBe("epoch-seconds");
    expect(timestampFormatOf(undefined)).toBe("epoch-seconds");
    expect(timestampFormatOf("http-date")).toBe("http-date");
  });
});

describe("epoch seconds", () => {
  it.each([
    [new Date(0), 0],
    [new Date(946702799999), 946702799.999],
    [new Date(1500), 1.5],
    [new Date(-1500), -1.5],
  ])("writes %s as %s", (date, want) => {
    expect(dateToEpochSeconds(date)).toBe(want);
  });

  it.each([
    [946702799.999, "2000-01-01T04:59:59.999Z"],
    [946702799, "2000-01-01T04:59:59.000Z"],
    [1.0004, "1970-01-01T00:00:01.000Z"],
    [1.0005, "1970-01-01T00:00:01.001Z"], // rounded to the millisecond, as the SDK does
    [-1.5, "1969-12-31T23:59:58.500Z"],
  ])("reads %s", (seconds, want) => {
    expect(iso(epochSecondsToDate(seconds))).toBe(want);
  });

  it.each([[NaN], [Infinity], [-Infinity]])("rejects %s", (v) => {
    expect(() => epochSecondsToDate(v)).toThrow(TypeError);
  });

  it("round-trips every millisecond date", () => {
    for (const t of [0, 1, 999, 946702799999, -62135596800000, 253402300799999]) {
      expect(epochSecondsToDate(dateToEpochSeconds(new Date(t))).getTime()).toBe(t);
    }
  });
});

describe("date-time", () => {
  it.each([
    [new Date(0), "1970-01-01T00:00:00Z"],
    [new Date(946702799999), "2000-01-01T04:59:59.999Z"],
    [new Date(120), "1970-01-01T00:00:00.120Z"],
  ])("writes %s as %j (no .000, as the SDK)", (date, want) => {
    expect(dateToDateTime(date)).toBe(want);
  });

  it.each([
    ["1985-04-12T23:20:50.52Z", "1985-04-12T23:20:50.520Z"],
    ["1985-04-12T23:20:50Z", "1985-04-12T23:20:50.000Z"],
    ["1985-04-12t23:20:50z", "1985-04-12T23:20:50.000Z"],
    ["1985-04-12 23:20:50Z", "1985-04-12T23:20:50.000Z"],
    ["1985-04-12T23:20:50.123999Z", "1985-04-12T23:20:50.123Z"], // truncated
    ["1996-12-19T16:39:57-08:00", "1996-12-20T00:39:57.000Z"],
    ["1996-12-19T16:39:57+0130", "1996-12-19T15:09:57.000Z"],
    ["1996-12-19T16:39:57+01", "1996-12-19T15:39:57.000Z"],
    ["2000-02-29T00:00:00Z", "2000-02-29T00:00:00.000Z"],
    ["0001-01-01T00:00:00Z", "0001-01-01T00:00:00.000Z"],
  ])("reads %j", (value, want) => {
    expect(iso(dateTimeToDate(value))).toBe(want);
  });

  it.each([
    ["1985-04-12T23:20:50"], // no zone
    ["1985-04-12"],
    ["1985-13-12T23:20:50Z"],
    ["1985-02-29T23:20:50Z"],
    ["1900-02-29T00:00:00Z"],
    ["1985-04-31T00:00:00Z"],
    ["1985-04-12T24:00:00Z"],
    ["1985-04-12T23:60:00Z"],
    ["1985-04-12T23:20:50+24:00"],
    ["Tue, 29 Apr 2014 18:30:38 GMT"],
    ["946702799"],
  ])("rejects %j", (value) => {
    expect(() => dateTimeToDate(value)).toThrow(TypeError);
  });
});

describe("http-date", () => {
  it.each([
    [new Date(0), "Thu, 01 Jan 1970 00:00:00 GMT"],
    [new Date(Date.UTC(2014, 3, 29, 18, 30, 38, 999)), "Tue, 29 Apr 2014 18:30:38 GMT"],
  ])("writes %s as %j", (date, want) => {
    expect(dateToHttpDate(date)).toBe(want);
  });

  it.each([
    ["Tue, 29 Apr 2014 18:30:38 GMT", "2014-04-29T18:30:38.000Z"],
    ["Thu, 01 Jan 1970 00:00:00 GMT", "1970-01-01T00:00:00.000Z"],
  ])("reads %j", (value, want) => {
    expect(iso(httpDateToDate(value))).toBe(want);
  });

  it.each([
    ["Tue, 29 Apr 2014 18:30:38.123 GMT"], // IMF-fixdate has no fraction
    ["Wed, 29 Apr 2014 18:30:38 GMT"], // wrong weekday
    ["Tue, 31 Apr 2014 18:30:38 GMT"],
    ["Tuesday, 29-Apr-14 18:30:38 GMT"], // RFC 850 form
    ["Tue Apr 29 18:30:38 2014"], // asctime form
    ["Tue, 29 Apr 2014 18:30:38 UTC"],
    ["2014-04-29T18:30:38Z"],
  ])("rejects %j", (value) => {
    expect(() => httpDateToDate(value)).toThrow(TypeError);
  });

  it("exports the same form as a pattern that compiles with the u flag", () => {
    const re = new RegExp(HTTP_DATE_PATTERN, "u");
    expect(re.test("Tue, 29 Apr 2014 18:30:38 GMT")).toBe(true);
    expect(re.test("Tue, 29 Apr 2014 18:30:38.123 GMT")).toBe(false);
    expect(re.test("x Tue, 29 Apr 2014 18:30:38 GMT")).toBe(false);
  });
});

describe("wire values by format", () => {
  const date = new Date(946702799999);
  it.each([
    ["epoch-seconds", 946702799.999],
    ["date-time", "2000-01-01T04:59:59.999Z"],
    ["http-date", "Sat, 01 Jan 2000 04:59:59 GMT"],
  ] as const)("%s", (format, want) => {
    expect(formatTimestamp(date, format)).toBe(want);
    expect(parseTimestamp(want, format).getTime()).toBe(format === "http-date" ? 946702799000 : 946702799999);
  });

  it("writes epoch seconds by default", () => {
    expect(formatTimestamp(new Date(1500))).toBe(1.5);
    expect(parseTimestamp(1.5).getTime()).toBe(1500);
  });

  it.each([
    ["946702799", "epoch-seconds"],
    [null, "epoch-seconds"],
    [946702799, "date-time"],
    [946702799, "http-date"],
    [[1], "date-time"],
  ] as const)("rejects %j as %s", (value, format) => {
    expect(() => parseTimestamp(value, format)).toThrow(TypeError);
  });

  it("refuses to write an invalid Date", () => {
    expect(() => formatTimestamp(new Date(NaN), "date-time")).toThrow(TypeError);
    expect(() => dateToEpochSeconds(new Date(NaN))).toThrow(TypeError);
  });
});
