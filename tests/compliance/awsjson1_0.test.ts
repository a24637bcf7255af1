/**
 * Smithy's awsJson1_0 compliance tests (`../shared/smithy/protocol-tests/awsJson1_0/`), server
 * side, against our mock runtime: the folder is read with our IDL parser and loaded as `generate`
 * loads a model; each service's contract is the one `generate` writes to `contract.ts`; every case
 * with `appliesTo` absent or `"server"` runs as its own test, named by its id:
 *
 * - `@httpRequestTests`: the case's request is routed to its operation and read into exactly its
 *   `params` (support/request-case.ts);
 * - `@httpResponseTests`: its `params` as the answer (an output, or an error's body) produce exactly
 *   its status, headers and body (support/response-case.ts).
 *
 * A case we cannot pass is in {@link EXCEPTIONS} with the reason; it still runs and must fail with
 * the message given, so one that starts passing is noticed.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html
 */
import { loadProtocolFolder } from "./support/protocol-folder.ts";
import { describeFolder, type ExceptionTable } from "./support/suite.ts";

/** The server-side cases we cannot pass, by trait and id. */
const EXCEPTIONS: ExceptionTable = {
  httpResponseTests: {
    QueryCompatibleAwsJson10CustomCodeError: {
      reason:
        "an @awsQueryCompatible service names an error that has @awsQueryError in the header x-amzn-query-error (`Customized;Sender`); the contract carries neither trait (codegen/contract), so the mock cannot send it",
      failsWith: "header x-amzn-query-error",
    },
  },
};

/**
 * Request cases that leave out headers every awsJson request has; the request is sent with them
 * (see `addedHeaders`: without `X-Amz-Target` no server can route it, smithy-lang/smithy#1391).
 */
const ADDED_HEADERS = {
  AwsJson10EndpointTrait: ["X-Amz-Target", "Content-Type"],
  AwsJson10EndpointTraitWithHostLabel: ["X-Amz-Target", "Content-Type"],
  AwsJson10ServerPopulatesDefaultsWhenMissingInRequestBody: ["X-Amz-Target"],
  AwsJson10ServerPopulatesNestedDefaultsWhenMissingInRequestBody: ["X-Amz-Target"],
  SDKAppliedContentEncoding_awsJson1_0: ["X-Amz-Target", "Content-Type"],
  SDKAppendsGzipAndIgnoresHttpProvidedEncoding_awsJson1_0: ["X-Amz-Target", "Content-Type"],
};

const folder = loadProtocolFolder("awsJson1_0");

describeFolder(folder, {
  // All: Smithy's README count of this folder (33 request, 43 response cases).
  counts: {
    httpRequestTests: { all: 33, server: 26 },
    httpResponseTests: { all: 43, server: 23 },
    httpMalformedRequestTests: { all: 0, server: 0 },
  },
  exceptions: EXCEPTIONS,
  addedHeaders: ADDED_HEADERS,
});
