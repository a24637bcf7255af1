/**
 * `smithy-contract/runtime`: what generated files import at test time — the contract types, the
 * arbitrary builders, the awsJson wire rules and the project's ajv configuration. Never the
 * generator (codegen/), so a user's test suite loads only this.
 *
 * Generated files import only this package: what they need of fast-check and `@smithy/types` is
 * re-exported here, so an app need not list either (pnpm's strict layout would not let it reach
 * them otherwise).
 */
export type * from "./contract.ts";
export * from "./arbitraries/index.ts";
export { createAjv, type CreateAjvOptions } from "./validation/ajv.ts";
export { realisticSides, type RealisticDefaults, type RealisticSides } from "./data/realistic-sides.ts";
export { exhaustiveArbitraries, type ExhaustiveArbitraries } from "./data/exhaustive.ts";
export { httpArbitraries, type DataFlavour, type DrawnAnswer, type DrawnError, type DrawnOutput, type DrawnRequest, type HttpArbitraries, type HttpArbitrariesOptions } from "./data/http-arbitraries.ts";
export { unpackContract, type PackedPlan, type PackedServiceContract } from "./data/plan-pack.ts";
/** fast-check, the instance our arbitraries are built with: `fc.assert(fc.property(wire.X, …))`. */
export * as fc from "fast-check";
export type { Arbitrary } from "fast-check";
/** The `@smithy/types` types a generated `types.ts` refers to (as the SDK's own types do). */
export type { BlobPayloadInputTypes, DocumentType, HttpResponse, MetadataBearer, ResponseMetadata, RetryableTrait, StreamingBlobPayloadInputTypes, StreamingBlobPayloadOutputTypes, StreamingBlobTypes } from "@smithy/types";
