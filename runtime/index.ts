/**
 * `smithy-contract/runtime`: what generated files import at test time — the contract types, the
 * arbitrary builders, the awsJson wire rules and the project's ajv configuration. Never the
 * generator (codegen/), so a user's test suite loads only this.
 */
export type * from "./contract.ts";
export * from "./arbitraries/index.ts";
export { createAjv, type CreateAjvOptions } from "./validation/ajv.ts";
