/**
 * Smithy's restJson1 compliance tests (`../shared/smithy/protocol-tests/restJson1/`, with its
 * `services/` and `validation/` folders), server side, against our mock runtime: the folder is read
 * with our IDL parser and loaded as `generate` loads a model; each service's contract is the one
 * `generate` writes to `contract.ts`; every case with `appliesTo` absent or `"server"` runs as its
 * own test, named by its id:
 *
 * - `@httpRequestTests`: the case's request is routed to its operation (method, URI pattern, query
 *   literals) and read into exactly its `params` (support/request-case.ts);
 * - `@httpResponseTests`: its `params` as the answer (an output, or an error's members) produce
 *   exactly its status, headers and body (support/response-case.ts).
 *
 * The malformed-request cases run in restjson1-malformed.test.ts and restjson1-validation.test.ts.
 * A case we cannot pass is in {@link EXCEPTIONS} with the reason; it still runs and must fail with
 * the message given, so one that starts passing is noticed.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html
 */
import { loadProtocolFolder } from "./support/protocol-folder.ts";
import { describeFolder, type ExceptionTable } from "./support/suite.ts";

const STREAMING =
  "the operation's payload is a @streaming blob, and the closure lists every operation with a streaming member as unsupported (codegen/model/closure.ts streamingReason), so the contract has no such operation; a restJson1 streaming blob payload is the raw body, which the protocol reads and writes as any blob payload — admitting streaming blob payloads of restJson1 services in the closure would make these pass";

/** The server-side cases we cannot pass, by trait and id. */
const EXCEPTIONS: ExceptionTable = {
  httpRequestTests: {
    RestJsonOmitsEmptyListQueryValues: {
      reason:
        "a client's case (no appliesTo): a client must send no query parameter for an empty list, so the request carries none; a server cannot tell an empty list from an absent one and reads the members as unset, while params name seven empty lists",
      failsWith: "differs from params at /queryBooleanList",
    },
    RestJsonStreamingTraitsWithBlob: { reason: STREAMING, failsWith: "RestJson has no operation StreamingTraits" },
    RestJsonStreamingTraitsWithNoBlobBody: { reason: STREAMING, failsWith: "RestJson has no operation StreamingTraits" },
    RestJsonStreamingTraitsRequireLengthWithBlob: { reason: STREAMING, failsWith: "RestJson has no operation StreamingTraitsRequireLength" },
    RestJsonStreamingTraitsRequireLengthWithNoBlobBody: { reason: STREAMING, failsWith: "RestJson has no operation StreamingTraitsRequireLength" },
    RestJsonStreamingTraitsWithMediaTypeWithBlob: { reason: STREAMING, failsWith: "RestJson has no operation StreamingTraitsWithMediaType" },
    GlacierVersionHeader: { reason: `Glacier's UploadArchive: ${STREAMING}`, failsWith: "Glacier has no operation UploadArchive" },
  },
  httpResponseTests: {
    RestJsonStreamingTraitsWithBlob: { reason: STREAMING, failsWith: "RestJson has no operation StreamingTraits" },
    RestJsonStreamingTraitsWithNoBlobBody: { reason: STREAMING, failsWith: "RestJson has no operation StreamingTraits" },
    RestJsonStreamingTraitsWithMediaTypeWithBlob: { reason: STREAMING, failsWith: "RestJson has no operation StreamingTraitsWithMediaType" },
  },
};

/**
 * Request cases that send a JSON body without the Content-Type a client sends with it; the request
 * is sent with it (see `addedHeaders`: a server refuses such a body, 415).
 */
const ADDED_HEADERS = {
  RestJsonEndpointTraitWithHostLabel: ["Content-Type"],
  SDKAppendedGzipAfterProvidedEncoding_restJson1: ["Content-Type"],
  SDKAppliedContentEncoding_restJson1: ["Content-Type"],
};

const folder = loadProtocolFolder("restJson1");

describeFolder(folder, {
  // All: Smithy's README count of this folder (159 request, 116 response cases, 191 malformed-request
  // definitions, 655 once expanded); the server side as the reference loader reads the folder.
  counts: {
    httpRequestTests: { all: 159, server: 137 },
    httpResponseTests: { all: 116, server: 92 },
    httpMalformedRequestTests: { all: 191, server: 191 },
  },
  malformedExpanded: 655,
  exceptions: EXCEPTIONS,
  addedHeaders: ADDED_HEADERS,
});
