/**
 * Where the reference model (/work/shared/models/aws/dynamodb-2012-08-10.json, April 2025) and the
 * installed `@aws-sdk/client-dynamodb` were generated from different revisions of the DynamoDB
 * API: the SDK is newer (vector indexes and `SearchVectors`, global-table witnesses, contributor
 * insights modes, throttling reasons). Its types differ from any faithful rendering of that model
 * in exactly these places, and nowhere else.
 *
 * fidelity-dynamodb.test.ts holds this ledger to the facts: every entry must be borne out by the
 * model (the member or enum value is absent there, the member required, the error not
 * `@retryable`) and by the SDK (checked by `tsc`, and at run time for enum values), the strict
 * check (nothing excused) must fail exactly where these entries and what contains a drifted enum
 * say, and the exports must match once the SDK-only names are set aside. Update it when the SDK or
 * the model is upgraded; the test says which entry went stale.
 *
 * None of these is a fault of our emitter: an emitter bug must fail the test, not be listed here.
 */

/** A difference in one structure (or error) of the model that the SDK's type of it shows. */
export type TypeDrift =
  /** `added`: the SDK has an optional member the model lacks. `optional`: the model requires it, the SDK no longer does. */
  | { readonly type: string; readonly member: string; readonly change: "added" | "optional" }
  /** The SDK's error class carries `$retryable: {}` (a `@retryable` trait the model's error lacks). */
  | { readonly type: string; readonly change: "retryable" };

/** Values an enum of the model has gained in the SDK (for DynamoDB each key is its value). */
export interface EnumDrift {
  readonly enum: string;
  readonly added: readonly string[];
}

export const TYPE_DRIFT: readonly TypeDrift[] = [
  { type: "ConsumedCapacity", member: "VectorIndexes", change: "added" },
  { type: "ContributorInsightsSummary", member: "ContributorInsightsMode", change: "added" },
  { type: "CreateTableInput", member: "AttributeDefinitions", change: "optional" },
  { type: "CreateTableInput", member: "GlobalTableSettingsReplicationMode", change: "added" },
  { type: "CreateTableInput", member: "GlobalTableSourceArn", change: "added" },
  { type: "CreateTableInput", member: "KeySchema", change: "optional" },
  { type: "CreateTableInput", member: "VectorIndexes", change: "added" },
  { type: "DescribeContributorInsightsOutput", member: "ContributorInsightsMode", change: "added" },
  { type: "ProvisionedThroughputExceededException", member: "ThrottlingReasons", change: "added" },
  { type: "ReplicaDescription", member: "GlobalTableSettingsReplicationMode", change: "added" },
  { type: "ReplicaDescription", member: "ReplicaArn", change: "added" },
  { type: "ReplicatedWriteConflictException", change: "retryable" },
  { type: "RequestLimitExceeded", member: "ThrottlingReasons", change: "added" },
  { type: "RestoreTableFromBackupInput", member: "VectorIndexOverride", change: "added" },
  { type: "RestoreTableToPointInTimeInput", member: "VectorIndexOverride", change: "added" },
  { type: "SourceTableFeatureDetails", member: "VectorIndexes", change: "added" },
  { type: "TableCreationParameters", member: "VectorIndexes", change: "added" },
  { type: "TableDescription", member: "GlobalTableSettingsReplicationMode", change: "added" },
  { type: "TableDescription", member: "GlobalTableWitnesses", change: "added" },
  { type: "TableDescription", member: "VectorIndexes", change: "added" },
  { type: "UpdateContributorInsightsInput", member: "ContributorInsightsMode", change: "added" },
  { type: "UpdateContributorInsightsOutput", member: "ContributorInsightsMode", change: "added" },
  { type: "UpdateTableInput", member: "GlobalTableSettingsReplicationMode", change: "added" },
  { type: "UpdateTableInput", member: "GlobalTableWitnessUpdates", change: "added" },
  { type: "UpdateTableInput", member: "VectorIndexUpdates", change: "added" },
];

export const ENUM_DRIFT: readonly EnumDrift[] = [
  { enum: "ReplicaStatus", added: ["ARCHIVED", "ARCHIVING", "REPLICATION_NOT_AUTHORIZED"] },
  { enum: "TableStatus", added: ["REPLICATION_NOT_AUTHORIZED"] },
];

/** Operations the SDK has that the model does not. */
export const SDK_ONLY_OPERATIONS: readonly string[] = ["SearchVectors"];

/** Types the SDK exports that the model does not define (they came with the entries above and SearchVectors). */
export const SDK_ONLY_TYPES: readonly string[] = [
  "ContributorInsightsMode",
  "CreateGlobalTableWitnessGroupMemberAction",
  "CreateVectorIndexAction",
  "DeleteGlobalTableWitnessGroupMemberAction",
  "DeleteVectorIndexAction",
  "GlobalTableSettingsReplicationMode",
  "GlobalTableWitnessDescription",
  "GlobalTableWitnessGroupUpdate",
  "SearchResultItem",
  "SearchSchemaElement",
  "SearchSchemaElementType",
  "SearchVectorsCommandInput",
  "SearchVectorsCommandOutput",
  "SearchVectorsInput",
  "SearchVectorsOutput",
  "ThrottlingException",
  "ThrottlingReason",
  "VectorAttributeDefinition",
  "VectorCapacity",
  "VectorDistanceFunction",
  "VectorIndex",
  "VectorIndexDescription",
  "VectorIndexInfo",
  "VectorIndexUpdate",
  "WitnessStatus",
];

/**
 * The SDK side of a check with the type drift of `entries` taken out: added members omitted,
 * members made optional compared as present (`m: T | undefined`, the model's form), a `$retryable`
 * the model lacks compared as the base exception's. Everything else about the SDK type is still
 * compared. Enum drift is not taken out here (it reaches every type that contains the enum): the
 * test adds the SDK's values to the model instead.
 *
 * @example
 * ```ts
 * sdkWithoutDrift("Sdk.CreateTableInput", [{ type: "CreateTableInput", member: "KeySchema", change: "optional" }], "Sdk.DynamoDBServiceException")
 * // 'Omit<Sdk.CreateTableInput, "KeySchema"> & { KeySchema: Sdk.CreateTableInput["KeySchema"] }'
 * ```
 */
export function sdkWithoutDrift(sdkType: string, entries: readonly TypeDrift[], sdkBaseException: string): string {
  if (entries.length === 0) return sdkType;
  const omitted = entries.map((d) => ("member" in d ? d.member : "$retryable"));
  const parts = [`Omit<${sdkType}, ${omitted.map((m) => JSON.stringify(m)).join(" | ")}>`];
  if (entries.some((d) => d.change === "retryable")) parts.push(`Pick<${sdkBaseException}, "$retryable">`);
  const required = entries.flatMap((d) => (d.change === "optional" ? [`${d.member}: ${sdkType}[${JSON.stringify(d.member)}]`] : []));
  if (required.length > 0) parts.push(`{ ${required.join("; ")} }`);
  return parts.join(" & ");
}

/**
 * A type-level assertion (`true` when it holds) that the SDK bears `entry` out: the member is there
 * and optional (`added`, `optional`), or the error's `$retryable` is required (`retryable`).
 */
export function sdkEvidence(entry: TypeDrift): string {
  return "member" in entry
    ? `{} extends Pick<Sdk.${entry.type}, ${JSON.stringify(entry.member)}> ? true : false`
    : `{} extends Pick<Sdk.${entry.type}, "$retryable"> ? false : true`;
}
