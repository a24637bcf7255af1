/**
 * What the mock panel and scripted browser tests can do to the mocks (`window.__mocks` in
 * `--mode mock`). Types and data only, so that Node-side tests can import it.
 */

/** The seed of every mock on the page: same seed, same answers, so a reload shows the same job and books. */
export const SEED = 1;

/** The `failureReason` of a simulated failed import. */
export const FAILURE_REASON = "Input CSV header does not match the dataset schema: missing column ITEM_ID";

export interface MockControls {
  /** Later imports end in CREATE FAILED with {@link FAILURE_REASON} (`true`) or in ACTIVE; lifecycles start over. */
  simulateFailure(on: boolean): void;
  /** Answers the next DescribeDatasetImportJob call with a modeled error. */
  failNextCall(name: "InvalidInputException" | "ResourceNotFoundException", message: string): void;
  /** Answers the next GetRecommendations call with a modeled error. */
  failNextRecommendations(name: "InvalidInputException" | "ResourceNotFoundException", message: string): void;
  /** Contract violations the mocks recorded (answers they refused to send), as messages. */
  violations(): string[];
  /** Requests the Personalize mock answered since the page loaded or the last switch. */
  requestCount(): number;
  /** The bodies of the GetRecommendations and PutEvents requests the mocks answered, as the service read them. */
  recommendationRequests(): unknown[];
  clickRequests(): unknown[];
}
