/**
 * Timestamps on the awsJson wire. The protocol's default is epoch seconds, a JSON number with an
 * optional fraction (`946702799.999`); `@timestampFormat` on the member (or else its target) can
 * choose `date-time` (RFC 3339 string) or `http-date` (IMF-fixdate string) instead.
 *
 * Precision is the millisecond, as in JavaScript's `Date` and the SDK: epoch seconds are rounded to
 * the nearest millisecond, longer fractions of date-times are truncated.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#shape-serialization
 * @see https://smithy.io/2.0/spec/protocol-traits.html#timestampformat-trait
 */

export type TimestampFormat = "epoch-seconds" | "date-time" | "http-date";

/** What awsJson uses when neither the member nor its target has `@timestampFormat`. */
export const DEFAULT_TIMESTAMP_FORMAT: TimestampFormat = "epoch-seconds";

/**
 * The format in force for a member: the member's own `@timestampFormat`, else its target's, else
 * the protocol default. Pass `member.effective.timestampFormat` (which already merges the two).
 */
export function timestampFormatOf(format: TimestampFormat | undefined): TimestampFormat {
  return format ?? DEFAULT_TIMESTAMP_FORMAT;
}

/** Where a timestamp travels in an HTTP message (restJson1 binds members to all of them). */
export type TimestampLocation = "body" | "header" | "label" | "query";

/**
 * The format of a timestamp at a location of an HTTP message: the member's `@timestampFormat`,
 * else the location's default — `http-date` in headers, `date-time` in labels and the query,
 * epoch seconds in a JSON body.
 *
 * @example timestampFormatAt("header", undefined) // "http-date"
 * @example timestampFormatAt("label", "epoch-seconds") // "epoch-seconds"
 * @see https://smithy.io/2.0/spec/http-bindings.html#httpheader-serialization-rules
 * @see https://smithy.io/2.0/spec/http-bindings.html#httplabel-serialization-rules
 */
export function timestampFormatAt(location: TimestampLocation, format: TimestampFormat | undefined): TimestampFormat {
  if (format !== undefined) return format;
  switch (location) {
    case "header":
      return "http-date";
    case "label":
    case "query":
      return "date-time";
    case "body":
      return DEFAULT_TIMESTAMP_FORMAT;
  }
}

/** Smithy's date-time: RFC 3339 in UTC only (`Z`), fraction optional; no offset, no other ISO 8601 form. */
const SMITHY_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?[Zz]$/;
/** Epoch seconds written as text (a header, label or query value): digits, an optional fraction. */
const EPOCH_SECONDS_TEXT = /^-?\d+(?:\.\d+)?$/;

/**
 * Reads a timestamp as a server must, strictly: epoch seconds as a number (a JSON number, or
 * digits with an optional fraction in text), a date-time in UTC with `Z` (an offset, a missing
 * zone or another ISO 8601 form is refused, as the restJson1 malformed-request tests require), an
 * IMF-fixdate http-date. Throws a `TypeError` for anything else.
 *
 * @example parseStrictTimestamp("1515531081.123", "epoch-seconds", true).getTime() // 1515531081123
 * @example parseStrictTimestamp("1996-12-19T16:39:57-08:00", "date-time", true) // throws
 * @see https://smithy.io/2.0/spec/protocol-traits.html#timestampformat-trait
 */
export function parseStrictTimestamp(value: unknown, format: TimestampFormat, text: boolean): Date {
  if (format === "epoch-seconds" && text) {
    if (typeof value !== "string" || !EPOCH_SECONDS_TEXT.test(value)) throw new TypeError(`not epoch seconds: ${JSON.stringify(value)}`);
    return epochSecondsToDate(Number(value));
  }
  if (format === "date-time" && (typeof value !== "string" || !SMITHY_DATE_TIME.test(value))) throw new TypeError(`not a date-time in UTC: ${JSON.stringify(value)}`);
  return parseTimestamp(value, format);
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * An IMF-fixdate (`Tue, 29 Apr 2014 18:30:38 GMT`), the only http-date form a Smithy server must
 * accept; fractional seconds are not part of it. ECMAScript pattern source (the schema emitter
 * puts it in `pattern`); day-of-month and weekday are checked by {@link httpDateToDate}, not here.
 */
export const HTTP_DATE_PATTERN = `^(?:${DAYS.join("|")}), (\\d{2}) (${MONTHS.join("|")}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$`;

const HTTP_DATE = new RegExp(HTTP_DATE_PATTERN);

/**
 * RFC 3339 date-time with a zone, in every spelling ajv-formats' `date-time` format accepts (`T`,
 * `t` or white space between date and time; `Z`, `z` or an offset `+hh:mm`, `+hhmm`, `+hh`), so a
 * value that passed the schema can always be read.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;

/**
 * A `Date` as epoch seconds, milliseconds as the fraction.
 *
 * @example dateToEpochSeconds(new Date(946702799999)) // 946702799.999
 */
export function dateToEpochSeconds(date: Date): number {
  return validTime(date) / 1000;
}

/**
 * Epoch seconds as a `Date`, rounded to the millisecond. Throws a `TypeError` for anything but a
 * finite number (the SDK's `parseEpochTimestamp` does the same).
 *
 * @example epochSecondsToDate(946702799.999).toISOString() // "2000-01-01T04:59:59.999Z"
 */
export function epochSecondsToDate(seconds: number): Date {
  if (typeof seconds !== "number" || !Number.isFinite(seconds)) {
    throw new TypeError(`epoch seconds must be a finite number, not ${String(seconds)}`);
  }
  return new Date(Math.round(seconds * 1000));
}

/**
 * A `Date` as an RFC 3339 date-time in UTC, without a fraction when the milliseconds are 0 (as the SDK writes it).
 *
 * @example dateToDateTime(new Date(0)) // "1970-01-01T00:00:00Z"
 */
export function dateToDateTime(date: Date): string {
  validTime(date);
  return date.toISOString().replace(".000Z", "Z");
}

/**
 * Reads an RFC 3339 date-time (with `Z` or an offset); throws a `TypeError` when it is not one or
 * names a day that does not exist. Fractions beyond the millisecond are truncated.
 *
 * @example dateTimeToDate("1985-04-12T23:20:50.52Z").getTime() // 482196050520
 */
export function dateTimeToDate(value: string): Date {
  const m = DATE_TIME.exec(value);
  if (!m) throw new TypeError(`not an RFC 3339 date-time: ${JSON.stringify(value)}`);
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, "0"));
  let time = buildUtc(value, Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), ms);
  if (sign !== undefined) {
    const offsetHours = Number(oh);
    const offsetMinutes = Number(om ?? 0);
    if (offsetHours > 23 || offsetMinutes > 59) throw new TypeError(`invalid offset in ${JSON.stringify(value)}`);
    time -= (sign === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  return new Date(time);
}

/**
 * A `Date` as an IMF-fixdate (seconds precision; milliseconds are dropped, as the SDK does).
 *
 * @example dateToHttpDate(new Date(0)) // "Thu, 01 Jan 1970 00:00:00 GMT"
 */
export function dateToHttpDate(date: Date): string {
  validTime(date);
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCFullYear()).padStart(4, "0")} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} GMT`
  );
}

/**
 * Reads an IMF-fixdate; throws a `TypeError` when it is not one, names a day that does not exist,
 * or names the wrong weekday.
 *
 * @example httpDateToDate("Thu, 01 Jan 1970 00:00:00 GMT").getTime() // 0
 */
export function httpDateToDate(value: string): Date {
  const m = HTTP_DATE.exec(value);
  if (!m) throw new TypeError(`not an IMF-fixdate http-date: ${JSON.stringify(value)}`);
  const [, d, mon, y, h, mi, s] = m;
  const date = new Date(buildUtc(value, Number(y), MONTHS.indexOf(mon as (typeof MONTHS)[number]) + 1, Number(d), Number(h), Number(mi), Number(s), 0));
  if (!value.startsWith(`${DAYS[date.getUTCDay()]},`)) throw new TypeError(`wrong day of the week in ${JSON.stringify(value)}`);
  return date;
}

/**
 * A `Date` in its wire form for `format`: a number for epoch seconds, a string otherwise.
 *
 * @example formatTimestamp(new Date(1500), "epoch-seconds") // 1.5
 */
export function formatTimestamp(date: Date, format: TimestampFormat = DEFAULT_TIMESTAMP_FORMAT): number | string {
  switch (format) {
    case "epoch-seconds":
      return dateToEpochSeconds(date);
    case "date-time":
      return dateToDateTime(date);
    case "http-date":
      return dateToHttpDate(date);
  }
}

/**
 * Reads a wire timestamp of `format`. Throws a `TypeError` when the JSON value has the wrong type
 * (a string where epoch seconds are due, a number where a date-time is due) or the wrong form — what
 * a real service answers with a 400 `SerializationException`.
 *
 * @example parseTimestamp(946702799.999, "epoch-seconds").toISOString() // "2000-01-01T04:59:59.999Z"
 */
export function parseTimestamp(value: unknown, format: TimestampFormat = DEFAULT_TIMESTAMP_FORMAT): Date {
  if (format === "epoch-seconds") {
    if (typeof value !== "number") throw new TypeError(`an epoch-seconds timestamp must be a JSON number, not ${describe(value)}`);
    return epochSecondsToDate(value);
  }
  if (typeof value !== "string") throw new TypeError(`a ${format} timestamp must be a JSON string, not ${describe(value)}`);
  return format === "date-time" ? dateTimeToDate(value) : httpDateToDate(value);
}

function buildUtc(value: string, y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  // Seconds may be 60 (a leap second, which ajv-formats also admits); Date.UTC rolls it over.
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60) {
    throw new TypeError(`no such date or time: ${JSON.stringify(value)}`);
  }
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d); // unlike Date.UTC, keeps years 0..99 as they are
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validTime(date: Date): number {
  const t = date.getTime();
  if (Number.isNaN(t)) throw new TypeError("invalid Date");
  return t;
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
}
