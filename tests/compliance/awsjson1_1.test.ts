/**
 * Smithy's awsJson1_1 compliance tests (`../shared/smithy/protocol-tests/awsJson1_1/`, with its
 * `services/` folder: Amazon ML's Predict), server side, against our mock runtime: the folder is
 * read with our IDL parser and loaded as `generate` loads a model; each service's contract is the
 * one `generate` writes to `contract.ts`; every case with `appliesTo` absent or `"server"` runs as
 * its own test, named by its id:
 *
 * - `@httpRequestTests`: the case's request is routed to its operation and read into exactly its
 *   `params` (support/request-case.ts);
 * - `@httpResponseTests`: its `params` as the answer (an output, or an error's body) produce exactly
 *   its status, headers and body (support/response-case.ts).
 *
 * A case we cannot pass is in {@link EXCEPTIONS} with the reason; it still runs and must fail with
 * the message given, so one that starts passing is noticed.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html
 */
import { loadProtocolFolder } from "./support/protocol-folder.ts";
import { describeFolder, type ExceptionTable } from "./support/suite.ts";

/** The server-side cases we cannot pass, by trait and id. */
const EXCEPTIONS: ExceptionTable = {
  httpRequestTests: {
    MachinelearningPredictEndpoint: {
      reason:
        "Amazon ML's SDK customization sends Predict to the URL in the input's PredictEndpoint (custom.example.com), not to the client's endpoint; no Smithy trait says so, and the mock serves the endpoints a test gives it (a test of Predict gives that URL too: endpoint: [client endpoint, PredictEndpoint])",
      failsWith: "no handler of the mock answered POST https://custom.example.com/",
    },
  },
  httpResponseTests: {
    AwsJson11IntEnums: {
      reason: "the case expects an X-Amz-Target header on the response: a request header that no server sends (the request case's headers, copied; clients do not check it)",
      failsWith: "header X-Amz-Target",
    },
    parses_the_request_id_from_the_response: {
      reason:
        "a client's fixture: a client must read the request id the response carries (here amazon-uniq-request-id); the mock sends its own x-amzn-requestid, deterministic per seed and call, which a test does not choose",
      failsWith: "header X-Amzn-Requestid",
    },
  },
};

/**
 * Request cases that leave out headers every awsJson request has; the request is sent with them
 * (see `addedHeaders`: without `X-Amz-Target` no server can route it, smithy-lang/smithy#1391).
 */
const ADDED_HEADERS = {
  SDKAppliedContentEncoding_awsJson1_1: ["X-Amz-Target", "Content-Type"],
  SDKAppendsGzipAndIgnoresHttpProvidedEncoding_awsJson1_1: ["X-Amz-Target", "Content-Type"],
  MachinelearningPredictEndpoint: ["X-Amz-Target"],
};

const folder = loadProtocolFolder("awsJson1_1");

describeFolder(folder, {
  // All: Smithy's README count of this folder (60 request, 63 response cases).
  counts: {
    httpRequestTests: { all: 60, server: 58 },
    httpResponseTests: { all: 63, server: 45 },
    httpMalformedRequestTests: { all: 0, server: 0 },
  },
  exceptions: EXCEPTIONS,
  addedHeaders: ADDED_HEADERS,
});
