/**
 * Type-level uses of the msw helpers that must compile (checked by `tsc` through types.test.ts and
 * the project's typecheck). The helpers are bound to the SDK's own types, as generated code binds
 * them to types.ts.
 */
import type { DescribeDatasetImportJobResponse, InvalidInputException } from "@aws-sdk/client-personalize";
import type { HttpHandler } from "msw";
import { expectTypeOf } from "vitest";
import type { ErrorBody, MockInstance, RecordedRequest, SdkOrWire, WireForm } from "../../../runtime/msw/index.ts";
import type { PersonalizeOperations } from "./fixtures/personalizeContract.ts";
import { createDatasetImportJob, describeDatasetImportJob, personalize } from "./fixtures/setup.ts";

// Outputs in SDK form, wire form, or mixed.
expectTypeOf(describeDatasetImportJob({ datasetImportJob: { jobName: "a", creationDateTime: new Date() } })).toEqualTypeOf<HttpHandler>();
describeDatasetImportJob({ datasetImportJob: { creationDateTime: 1704164645.678, lastUpdatedDateTime: "2024-01-02T03:04:05Z" } });
describeDatasetImportJob({});
const sdkValue: DescribeDatasetImportJobResponse = { datasetImportJob: { importMode: "FULL" } };
describeDatasetImportJob(sdkValue);

// Resolvers: the input arrives in wire form, typed; sync or async; may answer an error.
describeDatasetImportJob((input, ctx) => {
  expectTypeOf(input.datasetImportJobArn).toEqualTypeOf<string | undefined>();
  expectTypeOf(ctx.requestId).toEqualTypeOf<string>();
  return input.datasetImportJobArn === "x" ? ctx.error("ResourceNotFoundException", { message: "gone" }) : { datasetImportJob: { status: "ACTIVE" } };
});
describeDatasetImportJob(async () => ({ datasetImportJob: { jobName: "a" } }), { once: true, seed: 3 });
createDatasetImportJob((input) => ({ datasetImportJobArn: `${input.datasetArn}/job` }));

// Errors: modeled names only; members of the SDK class, without its Error/ServiceException fields.
describeDatasetImportJob.error("InvalidInputException", { message: "bad" });
describeDatasetImportJob.error("ResourceNotFoundException");
expectTypeOf<keyof ErrorBody<InvalidInputException>>().toEqualTypeOf<"message">();

// The mock instance and its log.
const mock: MockInstance<PersonalizeOperations> = personalize.create({ seed: 1, latency: [1, 2], endpoint: ["http://localhost:4566"], lifecycle: { afterCalls: 2 } });
expectTypeOf(mock.requests).toEqualTypeOf<readonly RecordedRequest[]>();
mock.requestsOf("ListDatasetImportJobs");
describeDatasetImportJob({}, { mock, once: true });

// The form mappings.
expectTypeOf<WireForm<{ at?: Date; data: Uint8Array; n: bigint; list: Date[] }>>().toEqualTypeOf<{ at?: number | string; data: string; n: number; list: (number | string)[] }>();
expectTypeOf<SdkOrWire<Date | undefined>>().toEqualTypeOf<Date | number | string | undefined>();
