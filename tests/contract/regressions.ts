/**
 * Seeds that once made a contract property fail, replayed on every run next to the property's
 * random runs (see support/property.ts). When a property fails, fast-check prints
 * `{ seed: <n>, path: "<p>", endOnFailure: true }`: add a row with that seed and path and a note on
 * what it caught, then fix the cause. A row without `path` replays the whole seeded run.
 */

/** The properties of tests/contract, by the name their tests carry. */
export type PropertyName =
  | "P1 input"
  | "P1 output"
  | "P1 errors"
  | "P2 input"
  | "P2 output"
  | "P2 output resolver"
  | "P3 served"
  | "P3 unknown members"
  | "P4 request"
  | "P5 modeled"
  | "P5 unmodeled"
  | "P6 progress"
  | "P6 independent"
  | "D same seed"
  | "D same seed, both transports"
  | "DynamoDB D3 served"
  | "DynamoDB D4 request"
  | "DynamoDB D5 modeled"
  | "DynamoDB D5 validation"
  | "DynamoDB same seed"
  // The restJson1 services through their real clients (tests/contract/restjson1/).
  | `${RestJson1ServiceName} ${"P1 documents" | "P1 parts" | "P2 broken input" | "P3 served" | "P4 request" | "P5 modeled"}`;

/** The restJson1 services of tests/contract/restjson1/, by the name their properties carry. */
export type RestJson1ServiceName = "PersonalizeRuntime" | "PersonalizeEvents" | "Lambda" | "DataExchange" | "GreengrassV2";

export interface Regression {
  readonly property: PropertyName;
  readonly seed: number;
  /** fast-check's shrink path of the counterexample; without it the whole seeded run is replayed. */
  readonly path?: string;
  /** Runs of the replay (default: the property's own count). */
  readonly numRuns?: number;
  /** What the seed caught when it failed. */
  readonly caught: string;
}

export const REGRESSIONS: readonly Regression[] = [
  // Found while writing the properties (the test's own expectations, not the runtime):
  { property: "P2 output resolver", seed: 916872779, numRuns: 1, caught: "ContractViolation messages moved to validate's wording (pointer, member path, constraint, value); the expected problem text follows it" },
  { property: "P2 output", seed: 1319542174, path: "56:0:0:0", caught: "an unknown member set to null is dropped by the helper (null members are absent), so it broke nothing" },
  { property: "P2 output resolver", seed: -627794868, path: "42:0", caught: "the same null unknown member, through a resolver: the answer was valid and sent" },
  { property: "P6 progress", seed: -1737880763, numRuns: 3, caught: "compared answers as JSON text, but failureReason keeps the draw's key position when the overlay writes it, so the text differed: answers are now compared as objects" },
  // A lone high and a lone low surrogate drawn side by side as padding joined into one code point
  // (U+103FF), so a value meant to be one code point too long was exactly at the limit and valid.
  { property: "P5 unmodeled", seed: -1727736156, path: "450", caught: "a 'too long' ARN that was 256 code points: adjacent lone surrogates in the padding made one" },
  { property: "P2 output", seed: -2122493872, path: "1170", caught: "a 'too long' dataLocation that was 256 code points, by the same surrogate pairing" },
  { property: "P2 output resolver", seed: 717356060, path: "46", caught: "the same, through a resolver: the answer was valid and sent" },
  { property: "P2 output", seed: -250191582, caught: "a jobName 'breaking' its pattern with a final line terminator, which Java's $ accepts (the translated pattern does too): such breakages now keep line terminators out" },
  // DynamoDB (tests/contract/dynamodb.test.ts), the test's own expectations:
  { property: "DynamoDB D3 served", seed: -1957633312, numRuns: 2, caught: "a map key named constructor (BatchGetItem UnprocessedKeys): vitest's toStrictEqual compares `.constructor`, which the own key overrides; values are now compared as sorted entries with their class" },
  // restJson1 (tests/contract/restjson1/), the runtime:
  { property: "GreengrassV2 P5 modeled", seed: 1433200018, path: "0", caught: "InternalServerException's retryAfterSeconds (@default(0), @httpHeader Retry-After) left out: the mock sent no Retry-After (an error's @defaults were not filled as an output's are), so the client read none" },
  // restJson1, the test's own expectations (what the installed clients do):
  { property: "DataExchange P4 request", seed: 855731079, path: "17", numRuns: 40, caught: "a __proto__ key of SendApiAsset's QueryStringParameters, which the client drops from the query (the SDK's, not the mock's): such inputs are now left out while the SDK canary holds" },
];
