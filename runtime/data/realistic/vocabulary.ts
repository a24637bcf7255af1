/**
 * The words realistic strings are made of: plain lower-case ASCII, neutral across services (no
 * service's own vocabulary), short enough that two of them fit most `@length` bounds.
 */

export const ADJECTIVES = ["daily", "nightly", "weekly", "primary", "sample", "staging", "prod", "test", "main", "backup", "shared", "archive", "default", "legacy", "new"] as const;

/** Plural nouns, so that every sentence template reads right with any of them. */
export const NOUNS = ["orders", "users", "events", "catalogs", "reports", "metrics", "sales", "products", "clicks", "sessions", "payments", "profiles", "items", "logs", "invoices"] as const;

export const FIRST_NAMES = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"] as const;

export const LAST_NAMES = ["smith", "jones", "garcia", "chen", "patel", "kim", "mueller", "silva"] as const;

/** What a plain (non-enum) `…Status` or `…State` string says (the first half of the time). */
export const STATES = ["ACTIVE", "AVAILABLE", "ENABLED", "READY", "COMPLETED"] as const;

/** Sentences for `Description`: `{noun}` and `{adjective}` are filled in. */
export const DESCRIPTIONS = [
  "Stores {noun} for the {adjective} reporting pipeline.",
  "Used by the {adjective} {noun} workflow.",
  "Holds {adjective} {noun} for analysis.",
  "Created for the {noun} team.",
] as const;

/** Sentences for `…Message`, `…Reason`, `…Comment` and the like. */
export const MESSAGES = [
  "The {noun} request was processed.",
  "The {adjective} {noun} job finished without errors.",
  "No action is required for these {noun}.",
  "The {noun} were updated by the {adjective} run.",
] as const;

/** Folders and file names of S3 keys. */
export const FOLDERS = ["imports", "exports", "data", "input", "output"] as const;
export const EXTENSIONS = ["csv", "json", "parquet"] as const;
