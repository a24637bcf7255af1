/** Timestamps: in the window around now, ordered by role within a structure, written in the plan's format. */
import { describe, expect, it } from "vitest";
import { TIMESTAMP_WINDOW, realisticValue } from "../../../../runtime/data/realistic/index.ts";
import { parseTimestamp } from "../../../../runtime/protocol/timestamp.ts";
import { NOW, SETTINGS, list, member, seeds, struct, ts } from "./support/plans.ts";
import { orderViolations, visit } from "./support/visit.ts";

const DAY = 86_400_000;

describe("realistic timestamps", () => {
  it("documents a window of 30 days back and, for after-creation roles only, 30 days ahead", () => {
    expect(TIMESTAMP_WINDOW).toEqual({ pastMs: 30 * DAY, futureMs: 30 * DAY });
  });

  const job = (format: "epoch-seconds" | "date-time" | "http-date") =>
    struct(
      member("completionDateTime", ts(format)),
      member("lastUpdatedDateTime", ts(format)),
      member("StartTime", ts(format)),
      member("creationDateTime", ts(format)),
      member("CreatedAt", ts(format)),
      member("DeletionDate", ts(format)),
      member("ExpiresAt", ts(format)),
      member("LastAccessedDate", ts(format)),
      member("EndTime", ts(format)),
    );

  it.each(["epoch-seconds", "date-time", "http-date"] as const)("orders a structure's timestamps by role and keeps them in the window (%s)", (format) => {
    let ahead = 0;
    for (const seed of seeds(300)) {
      const plan = job(format);
      const value = realisticValue(plan, {}, SETTINGS, seed) as Record<string, unknown>;
      const seen = visit(plan, {}, value);
      const timestamps = seen.structures[0]!.timestamps;
      expect(timestamps).toHaveLength(9);
      expect(orderViolations(timestamps, NOW), `seed ${seed}`).toEqual([]);
      for (const t of timestamps) {
        expect(t.ms).toBeGreaterThanOrEqual(NOW - TIMESTAMP_WINDOW.pastMs);
        expect(t.ms).toBeLessThanOrEqual(NOW + (t.role === "afterCreation" ? TIMESTAMP_WINDOW.futureMs : 0));
        if (t.ms > NOW) ahead++;
      }
      // Both creation members name the same instant.
      expect(value.creationDateTime).toEqual(value.CreatedAt);
    }
    expect(ahead).toBeGreaterThan(0);
  });

  it("writes each format as the wire carries it", () => {
    const epoch = realisticValue(ts("epoch-seconds"), {}, SETTINGS, 1, { member: "CreatedAt" });
    const dateTime = realisticValue(ts("date-time"), {}, SETTINGS, 1, { member: "CreatedAt" });
    const httpDate = realisticValue(ts("http-date"), {}, SETTINGS, 1, { member: "CreatedAt" });
    expect(typeof epoch).toBe("number");
    expect(Math.abs(Math.round((epoch as number) * 1000) - (epoch as number) * 1000)).toBeLessThan(1e-3);
    expect(dateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/);
    expect(httpDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/);
    expect(parseTimestamp(httpDate, "http-date").getTime() % 1000).toBe(0);
  });

  it("draws a timestamp outside any structure by its role alone, in the recent past", () => {
    for (const seed of seeds(100)) {
      const items = realisticValue(list(ts()), {}, SETTINGS, seed, { member: "creationTimes" }) as number[];
      for (const seconds of items) {
        const ms = parseTimestamp(seconds, "epoch-seconds").getTime();
        expect(ms).toBeGreaterThanOrEqual(NOW - TIMESTAMP_WINDOW.pastMs);
        expect(ms).toBeLessThanOrEqual(NOW - 3_600_000);
      }
    }
  });

  it("puts creation at least an hour before now, spread over the window", () => {
    const created = seeds(300).map((seed) => (realisticValue(job("epoch-seconds"), {}, SETTINGS, seed) as { creationDateTime: number }).creationDateTime * 1000);
    expect(Math.max(...created)).toBeLessThanOrEqual(NOW - 3_600_000);
    expect(Math.min(...created)).toBeLessThan(NOW - 20 * DAY);
  });
});
