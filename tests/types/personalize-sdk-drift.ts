/**
 * Where the reference model (/work/shared/models/aws/personalize-2018-05-22.json) and the installed
 * `@aws-sdk/client-personalize` were generated from different revisions of the Personalize API:
 * the SDK is newer. Its types differ from any faithful rendering of that model in exactly these
 * places, and nowhere else.
 *
 * fidelity-full.test.ts holds this ledger to the facts: every entry must be borne out by the model
 * (the member is absent, or required, there), every entry must be needed (the strict check of the
 * type fails), and the strict check must fail nowhere else. Update it when the SDK or the model is
 * upgraded; the test says which entry went stale.
 */

export interface MemberDrift {
  /** The structure, as both name it. */
  readonly type: string;
  readonly member: string;
  /** `added`: the SDK has an optional member the model lacks. `optional`: the model requires it, the SDK no longer does. */
  readonly change: "added" | "optional";
}

export const MEMBER_DRIFT: readonly MemberDrift[] = [
  { type: "BatchInferenceJobConfig", member: "rankingInfluence", change: "added" },
  { type: "CampaignConfig", member: "rankingInfluence", change: "added" },
  { type: "CreateDatasetImportJobRequest", member: "roleArn", change: "optional" },
  { type: "CreateSolutionRequest", member: "performIncrementalUpdate", change: "added" },
  { type: "Solution", member: "performIncrementalUpdate", change: "added" },
  { type: "SolutionConfig", member: "eventsConfig", change: "added" },
  { type: "SolutionUpdateConfig", member: "eventsConfig", change: "added" },
  { type: "SolutionUpdateSummary", member: "performIncrementalUpdate", change: "added" },
  { type: "SolutionVersion", member: "performIncrementalUpdate", change: "added" },
  { type: "TrainingDataConfig", member: "includedDatasetColumns", change: "added" },
  { type: "UpdateSolutionRequest", member: "performIncrementalUpdate", change: "added" },
];

/** Types the SDK exports that the model does not define (they came with the members above). */
export const SDK_ONLY_TYPES: readonly string[] = ["EventParameters", "EventsConfig", "RankingInfluenceType"];

/**
 * The SDK side of a check with the drift of `members` taken out: added members omitted, members
 * made optional compared as present (`m: T | undefined`, the model's form). Everything else about
 * the SDK type is still compared.
 */
export function withoutDrift(sdkType: string, members: readonly MemberDrift[]): string {
  if (members.length === 0) return sdkType;
  const omit = members.map((d) => JSON.stringify(d.member)).join(" | ");
  const required = members.filter((d) => d.change === "optional").map((d) => `${d.member}: ${sdkType}[${JSON.stringify(d.member)}]`);
  return `Omit<${sdkType}, ${omit}>${required.length > 0 ? ` & { ${required.join("; ")} }` : ""}`;
}
