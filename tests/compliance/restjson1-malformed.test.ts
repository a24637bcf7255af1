/**
 * Smithy's restJson1 malformed-request compliance tests (`@httpMalformedRequestTests` of
 * `../shared/smithy/protocol-tests/restJson1/`, the `validation/` service's aside: see
 * restjson1-validation.test.ts), against our mock runtime: each definition's parameter matrix is
 * expanded as Smithy does (support/malformed-cases.ts), and each case — named by its id, and its
 * position and parameters when expanded — sends its request to the service's mock, whose answer
 * must have the case's status and headers (and body, where the case names one).
 *
 * A case we cannot pass is in {@link EXCEPTIONS} with the reason (by id for every position, or
 * `Id[i]` for one); it still runs and must fail with the message given.
 *
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html#httpmalformedrequesttests
 */
import { describe, expect, it } from "vitest";
import { loadProtocolFolder } from "./support/protocol-folder.ts";
import { describeMalformedCases, malformedCasesOf, type ExceptionTable } from "./support/suite.ts";

const VALIDATION_SERVICE = "aws.protocoltests.restjson.validation#RestJsonValidation";

/** The malformed-request cases we cannot pass. */
const EXCEPTIONS: ExceptionTable = {};

const folder = loadProtocolFolder("restJson1");
const cases = malformedCasesOf(folder).filter((c) => c.site.service.shape.id !== VALIDATION_SERVICE);

describe("restJson1 malformed-request cases", () => {
  it("are the folder's protocol cases, expanded: 530 of the 655 (the validation service has the other 125)", () => {
    expect(cases.length).toBe(530);
  });
});

describeMalformedCases("restJson1 @httpMalformedRequestTests, server side", cases, EXCEPTIONS);
