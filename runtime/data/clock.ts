/**
 * The default clock of realistic data: a fixed instant, so that seeded answers stay byte-identical
 * across runs and days. A mock's `now` option (or `serve --now`) moves it, `Date.now` included.
 */

/** 2026-01-01T00:00:00Z. */
export const DEFAULT_NOW = Date.UTC(2026, 0, 1);
