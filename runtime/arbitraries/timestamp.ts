/**
 * Timestamps in both forms. The wire side is written by the protocol's own {@link formatTimestamp}
 * (runtime/protocol/timestamp.ts), which writes what the SDK writes, so a pair holds both ways:
 *
 * - `epoch-seconds` (the awsJson default): `ms / 1000` (e.g. `1700000000.123`); the SDK reads
 *   `new Date(Math.round(seconds * 1000))`, so every millisecond round-trips exactly;
 * - `date-time`: RFC 3339 in UTC, without a `.000` fraction;
 * - `http-date`: IMF-fixdate (`Tue, 14 Nov 2023 22:13:20 GMT`); whole seconds only, since the format
 *   has no fraction.
 *
 * The SDK side is a `Date` with millisecond precision. Dates lie within `[min, max]` (default
 * 1970-01-01T00:00:00Z to 2100-01-01T00:00:00Z): four-digit years, as every format needs.
 *
 * @see https://smithy.io/2.0/spec/protocol-traits.html#timestampformat-trait
 */
import * as fc from "fast-check";
import { formatTimestamp, type TimestampFormat } from "../protocol/timestamp.ts";
import type { Pair } from "./pair.ts";

export interface TimestampBounds {
  readonly min?: Date;
  readonly max?: Date;
}

const DEFAULT_MIN = Date.UTC(1970, 0, 1);
const DEFAULT_MAX = Date.UTC(2100, 0, 1);

export function timestampPair(format: TimestampFormat, bounds: TimestampBounds = {}): fc.Arbitrary<Pair<number | string, Date>> {
  const min = bounds.min?.getTime() ?? DEFAULT_MIN;
  const max = bounds.max?.getTime() ?? DEFAULT_MAX;
  const ms =
    format === "http-date"
      ? fc.integer({ min: Math.ceil(min / 1000), max: Math.floor(max / 1000) }).map((s) => s * 1000)
      : fc.integer({ min, max });
  return ms.map((t) => {
    const date = new Date(t);
    return { wire: formatTimestamp(date, format), sdk: date };
  });
}
