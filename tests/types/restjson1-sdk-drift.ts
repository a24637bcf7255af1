/**
 * Where the restJson1 reference models (/work/shared/models/aws-restjson1/, a snapshot of
 * 2025-04-02) and the SDK clients of their time (`@aws-sdk/client-<name>@"<=3.782.0"`, installed
 * as the `sdk-2025-<name>` aliases) differ, for each of the five models. Three of those clients are
 * older than their model: the registry's newest release up to 3.782.0 is 3.650.0 for Personalize
 * Runtime, 3.523.0 for DataExchange and 3.405.0 for GreengrassV2. So the differences run the other
 * way than Personalize's and DynamoDB's: the model has what the client lacks.
 *
 * fidelity-restjson1.test.ts holds each ledger to the facts: every entry must be borne out by the
 * model and by the client (checked by `tsc`, and at run time for enum values), the types of the
 * model less these entries, written in the client's conventions, must match the client exactly, the
 * check of our real output must fail exactly where the entries say, and the conventions must be
 * the client's own (read off its declarations). Update it when a client or a model is upgraded; the
 * test says which entry went stale.
 *
 * None of these is a fault of our emitter: an emitter bug must fail the test, not be listed here.
 */
import type { SdkLedger } from "./sdk-ledger.ts";

/** The conventions of today's smithy-typescript: what our emitter writes. */
const TODAY = { optionalUndefined: true, enumOrString: false } as const;

export const LEDGERS: readonly SdkLedger[] = [
  {
    model: "personalize-runtime-2018-05-22.json",
    sdkModule: "sdk-2025-personalize-runtime",
    // 3.650.0 predates `| undefined` on optional members; its API is the model's.
    conventions: { optionalUndefined: false, enumOrString: false },
    modelOnlyOperations: [],
    modelOnlyTypes: [],
    members: [],
    enums: [],
  },
  {
    model: "personalize-events-2018-03-22.json",
    sdkModule: "sdk-2025-personalize-events",
    conventions: TODAY,
    modelOnlyOperations: [],
    modelOnlyTypes: [],
    members: [],
    enums: [],
  },
  {
    model: "lambda-2015-03-31.json",
    sdkModule: "sdk-2025-lambda",
    conventions: TODAY,
    modelOnlyOperations: [],
    modelOnlyTypes: [],
    members: [],
    enums: [],
  },
  {
    model: "dataexchange-2017-07-25.json",
    sdkModule: "sdk-2025-dataexchange",
    // 3.523.0 predates data grants and `| undefined` on optional members.
    conventions: { optionalUndefined: false, enumOrString: false },
    modelOnlyOperations: ["AcceptDataGrant", "CreateDataGrant", "DeleteDataGrant", "GetDataGrant", "GetReceivedDataGrant", "ListDataGrants", "ListReceivedDataGrants"],
    newerSdkModule: "@aws-sdk/client-dataexchange",
    modelOnlyTypes: [
      "AcceptDataGrantRequest",
      "AcceptDataGrantResponse",
      "AcceptanceStateFilterValue",
      "CreateDataGrantRequest",
      "CreateDataGrantResponse",
      "DataGrantAcceptanceState",
      "DataGrantSummaryEntry",
      "DeleteDataGrantRequest",
      "GetDataGrantRequest",
      "GetDataGrantResponse",
      "GetReceivedDataGrantRequest",
      "GetReceivedDataGrantResponse",
      "GrantDistributionScope",
      "ListDataGrantsRequest",
      "ListDataGrantsResponse",
      "ListReceivedDataGrantsRequest",
      "ListReceivedDataGrantsResponse",
      "ReceivedDataGrantSummariesEntry",
    ],
    members: [{ type: "OriginDetails", member: "DataGrantId", change: "model-only" }],
    enums: [
      { enum: "LimitName", modelOnly: ["Active_and_pending_data_grants", "Pending_data_grants_per_consumer"] },
      { enum: "ResourceType", modelOnly: ["DATA_GRANT"] },
    ],
  },
  {
    model: "greengrassv2-2020-11-30.json",
    sdkModule: "sdk-2025-greengrassv2",
    // 3.405.0 predates both conventions of today: members typed with an enum are `E | string`.
    conventions: { optionalUndefined: false, enumOrString: true },
    modelOnlyOperations: [],
    modelOnlyTypes: ["IotEndpointType", "S3EndpointType"],
    members: [
      { type: "ComponentDeploymentSpecification", member: "componentVersion", change: "optional-in-sdk" },
      { type: "CoreDevice", member: "architecture", change: "model-only" },
      { type: "CoreDevice", member: "platform", change: "model-only" },
      { type: "CoreDevice", member: "runtime", change: "model-only" },
      { type: "GetComponentVersionArtifactRequest", member: "iotEndpointType", change: "model-only" },
      { type: "GetComponentVersionArtifactRequest", member: "s3EndpointType", change: "model-only" },
      { type: "GetCoreDeviceResponse", member: "runtime", change: "model-only" },
      { type: "ListCoreDevicesRequest", member: "runtime", change: "model-only" },
    ],
    enums: [],
  },
];
