/**
 * `validate` as a library: load a model's wire schemas ({@link loadValidationContract}), check the
 * values of JSON, NDJSON and HAR files against them ({@link validateFiles}; HAR entries routed and
 * read by the model's protocol, {@link routeEntry}, {@link checkBoundRequest}), and report the
 * violations as text ({@link TextReporter}) or JUnit XML ({@link JunitReport}).
 */
export { loadValidationContract, validationContract } from "./contract.ts";
export type { CheckTarget, ContractOptions, ValidationContract } from "./contract.ts";
export { formatOfPath, labelOf } from "./items.ts";
export type { InputFormat } from "./items.ts";
export { DEFAULT_MAX_VIOLATIONS, validateFiles } from "./run.ts";
export type { FileReport, InputFile, RunOptions, ValidationListener, ValidationReport, ValueResult } from "./run.ts";
export { TextReporter, resultLines, summaryLine } from "./text.ts";
export { JunitReport, testcaseXml, xmlEscape } from "./junit.ts";
export { harExchanges } from "./har.ts";
export type { HarExchange } from "./har.ts";
export { routeEntry } from "./route.ts";
export type { EntryRoute } from "./route.ts";
export { checkBoundRequest, checkBoundResponse, wireOf } from "./bound.ts";
export type { BoundOutcome, LocatedViolation } from "./bound.ts";
export { formatLocated } from "./located.ts";
